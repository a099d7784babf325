"""Reading a typed answer to "How is your pain right now?": a score 0-10, or why not.

Plain rules on text, no Telegram and no storage. A short answer with one number in it ("6",
"6/10", "pain 5", "about a 4", "it's a 3 today", "seven") is a score when the number is a whole
one from 0 to 10, and an unusable score otherwise ("11", "-2", "4 or 5", "5.5"). A question, a
long story or a number that counts something else ("for 3 weeks") is not a score at all, and
neither is text without a number, unless it is a word that describes pain without scoring it
("bad", "worse"), which asks for the number instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

MAX_SCORE = 10
# Longer than "my pain is about a 4 today": a story, answered as a question.
MAX_SCORE_WORDS = 7
# Words that describe pain without a number, short enough to be an answer to the check-in.
MAX_VAGUE_WORDS = 4

_NUMBER_WORDS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10",
}  # fmt: skip
_VAGUE_WORDS = frozenset({
    "bad", "worse", "worst", "better", "good", "great", "terrible", "awful", "horrible",
    "dreadful", "mild", "severe", "meh", "so-so", "same", "agony", "excruciating", "unbearable",
    "painful", "sore",
})  # fmt: skip
# "6/10", "6 out of 10", "6 of 10": the scale, not a second number.
_SCALE = re.compile(r"\s*(?:/|\bout of\b|\bof\b)\s*10\b")
_NUMBER = re.compile(r"(?<![\w.,])-?\d+(?:[.,]\d+)?(?![\w.,]*\d)")
# A number followed by one of these counts something other than pain.
_UNIT = re.compile(
    r"\s*(?:days?|weeks?|wks?|months?|years?|yrs?|hours?|hrs?|h|mins?|minutes?|times?|am|pm"
    r"|km|miles?|kg|lbs?|kilos?|stone|steps|sets|reps|x)\b"
)
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")


@dataclass(frozen=True)
class PainReading:
    """What a typed text says as an answer to the pain check-in."""

    kind: Literal["score", "unusable", "not_a_score"]
    score: int | None = None


def read_pain(text: str) -> PainReading:
    """Read `text` as an answer to the pain check-in."""
    folded = " ".join(text.casefold().replace("’", "'").split())
    if not folded or folded.endswith("?") or len(folded.split()) > MAX_SCORE_WORDS:
        return PainReading("not_a_score")
    folded = _SCALE.sub("", folded)
    folded = re.sub(r"[a-z]+", lambda m: _NUMBER_WORDS.get(m.group(), m.group()), folded)
    numbers = list(_NUMBER.finditer(folded))
    if any(_UNIT.match(folded, number.end()) for number in numbers):
        return PainReading("not_a_score")
    if len(numbers) == 1:
        value = numbers[0].group()
        if value.isdigit() and int(value) <= MAX_SCORE:
            return PainReading("score", int(value))
        return PainReading("unusable")
    if numbers:
        return PainReading("unusable")  # "4 or 5", "4-5": one number, please
    words = _WORD.findall(folded)
    if len(words) <= MAX_VAGUE_WORDS and any(word in _VAGUE_WORDS for word in words):
        return PainReading("unusable")
    return PainReading("not_a_score")
