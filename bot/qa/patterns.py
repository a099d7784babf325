"""content/qa.yaml's patterns, each compiled once for the validator and every reader of them."""

from __future__ import annotations

import re
from functools import lru_cache

# qa.yaml holds some 650 distinct patterns, more than re's own cache keeps (512): without this
# one, the validator's check and each reader's compile would compile most of them twice.
# Only patterns from the content come here, never a user's text, so the bound is never reached.
_MAX_PATTERNS = 4096


@lru_cache(maxsize=_MAX_PATTERNS)
def compiled(pattern: str) -> re.Pattern[str]:
    """`pattern` compiled, the same object for every caller; raises re.error if it is bad."""
    return re.compile(pattern)
