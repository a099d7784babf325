"""Whether a message tells the guide's own subject in words of its own (bot/qa/scope.py
`Scope.told`): sciatica named, or a lower back that hurts beside a plea for what to do."""

from __future__ import annotations

import re

_SCIATICA = re.compile(r"\b(?:sciatica|sciatic)\b")
# A lower back that hurts, told by the writer or of someone close, beside a plea for what to do
# ("Boyfriend has sudden back pain. Not sure what to do.", "his back hurts ... what should we
# do?"): the guide's subject too. Told beside another question ("Diverticulitis cause lower
# backache?") it is that question's, which may be another illness's.
_BACK = re.compile(
    r"\b(?:(?:lower |low )?back ?(?:pain|aches?|aching)|backache|bad back|"
    r"(?:back|spine) (?:hurts|hurt|hurting|is killing|has been killing))\b"
)
_PLEA = re.compile(
    r"\b(?:what (?:should|shall|can|could|do|would) (?:i|we|he|she|they) do|"
    r"(?:not sure|no idea|dont know|unsure|at a loss) (?:what|how) to (?:do|help)|"
    r"what (?:do|would) you (?:suggest|recommend|advise)|your (?:suggestions?|advice|"
    r"recommendations?) (?:about|on|for|as to) what)\b"
)


def subject_told(plain: str) -> bool:
    """`plain` (lower-case words, denials left out) tells sciatica, or a lower back that hurts
    beside a plea for what to do."""
    return _SCIATICA.search(plain) is not None or (
        _BACK.search(plain) is not None and _PLEA.search(plain) is not None
    )
