"""Read one content/ YAML file: a missing file, broken YAML or a key written twice in one
mapping stops start-up with a one-line ContentError naming the file (and the key's lines).

Every content file is read here (guide, exercises, programmes, texts, poses, qa, whatsapp).
PyYAML on its own keeps the later of two equal keys without a word: an entry written twice
(a word family, a concept's key) would silently lose its first copy.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

# libyaml's parser (C), which PyYAML's wheels carry: about ten times faster than the pure-Python
# one, which start-up would otherwise spend half a second in (content/qa.yaml is 230 KB).
_SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_MERGE = "tag:yaml.org,2002:merge"


class ContentError(ValueError):
    """content/ is invalid; the message is one line naming the file and the item."""


class _DuplicateKey(Exception):
    """A mapping names one key twice: the key and both lines (1-based)."""

    def __init__(self, key: object, first: int, second: int) -> None:
        super().__init__(key, first, second)
        self.key, self.first, self.second = key, first, second


class _UniqueKeyLoader(_SAFE_LOADER):  # type: ignore[valid-type, misc]
    """The safe loader, refusing a mapping that names one key twice."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        if isinstance(node, yaml.MappingNode):
            seen: dict[Any, int] = {}
            for key_node, _ in node.value:
                # A merge (`<<: *base`) may be overridden by the mapping's own keys: not a repeat.
                if key_node.tag == _MERGE or not isinstance(key_node, yaml.ScalarNode):
                    continue
                key = self.construct_object(key_node, deep=deep)
                line = key_node.start_mark.line + 1
                if key in seen:
                    raise _DuplicateKey(key, seen[key], line)
                seen[key] = line
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        return mapping


def read_yaml(path: Path) -> Any:
    """A content file's data; a missing or broken file, or a key written twice in one mapping,
    is a one-line ContentError."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)
    except FileNotFoundError:
        raise ContentError(f"{path}: file not found") from None
    except _DuplicateKey as exc:
        raise ContentError(
            f"{path}: key {exc.key!r} written twice in one mapping"
            f" (lines {exc.first} and {exc.second}); the later would silently win"
        ) from None
    except yaml.YAMLError as exc:
        raise ContentError(f"{path}: not valid YAML ({exc})".replace("\n", " ")) from None
