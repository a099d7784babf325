"""Run every benchmark module's `main()` in turn: `python -m bench [name ...]`."""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from pathlib import Path

from bench import _goals


def main(argv: list[str]) -> int:
    """Run the named benchmarks (when none is named, all but those whose RUN_BY_DEFAULT is
    False); return 1 if any failed."""
    available = sorted(
        module.name
        for module in pkgutil.iter_modules([str(Path(__file__).parent)])
        if not module.name.startswith("_")
    )
    chosen = argv or [name for name in available if _by_default(name)]
    unknown = sorted(set(chosen) - set(available))
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(available)}")
        return 2
    failed: list[str] = []
    _goals.clear()
    for name in chosen:
        print(f"\n=== bench/{name}.py", flush=True)
        started = time.perf_counter()
        module = importlib.import_module(f"bench.{name}")
        try:
            module.main()
        except Exception as exc:  # one broken benchmark must not hide the others' figures
            print(f"bench/{name}.py failed: {exc!r}")
            failed.append(name)
        print(f"--- {name} took {time.perf_counter() - started:.1f} s", flush=True)
    print(f"\n{_goals.summary()}")  # a missed goal is reported, not an error: exit 0
    if failed:
        print(f"failed: {', '.join(failed)}")
    return 1 if failed else 0


def _by_default(name: str) -> bool:
    """Whether a bare `python -m bench` runs it (a module says RUN_BY_DEFAULT = False if not)."""
    return bool(getattr(importlib.import_module(f"bench.{name}"), "RUN_BY_DEFAULT", True))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
