"""The reminder sender's process loads no drawing library: matplotlib and numpy (about 60 MB of
its memory) are imported by the chart worker that draws, not by the process that hands it work.

Each check runs in a fresh interpreter: this test process has long since imported everything.
"""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("matplotlib", "numpy", "PIL", "bot.qa")
# What the sender's process imports: its entry point (`run_sender`, spawned), its loop, and the
# function `python -m bot run` hands it for the channels other than Telegram (pickled by name).
SENDER_MODULES = (
    "bot.reminders.sender_process",
    "bot.reminders.sender_loop",
    "bot.whatsapp.reminder_sender",
    "bot.whatsapp.channel",
)


def loaded_after(code: str) -> list[str]:
    """The heavy libraries a fresh interpreter has imported after running `code`."""
    found = f"sorted(m for m in {HEAVY!r} if m in sys.modules)"
    probe = f"{code}\nimport json, sys\nprint(json.dumps({found}))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    result: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_sender_modules_import_no_drawing_library() -> None:
    imports = "\n".join(f"import {module}" for module in SENDER_MODULES)
    assert loaded_after(imports) == []


def test_handing_a_figure_to_the_worker_imports_nothing_to_draw_it() -> None:
    # What figure_cards does to draw in the chart worker: pickle the drawing function by name.
    code = (
        "import pickle\n"
        "from bot.figures import render_animation, render_figure\n"
        "from bot.core.chart import render_progress_chart\n"
        "pickle.dumps((render_figure, render_animation, render_progress_chart))"
    )
    assert loaded_after(code) == []


def test_drawing_a_figure_does_load_matplotlib() -> None:
    # The check above can fail: the same interpreter, drawing, has matplotlib.
    code = (
        "from bot.content.loader import default_content_dir, load_content\n"
        "from bot.figures import render_figure\n"
        "pose = next(iter(load_content(default_content_dir()).poses.values()))\n"
        "assert render_figure(pose).startswith(b'\\x89PNG')"
    )
    assert "matplotlib" in loaded_after(code)
