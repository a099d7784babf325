"""Pregnancy in a message: one now (its section answers whatever is asked) or one that is over
(part of the teller's story; the baby it left is a child)."""

from __future__ import annotations

import re

from bot.qa.patterns import compiled
from bot.qa.ranking import GuideRanker
from bot.qa.text import fold

PREGNANCY = "pregnancy"
# After a pregnancy that is over, "the baby" is a child in the family, not a pregnancy.
_BORN_BABY = re.compile(r"\b(?:baby|babies|newborn|newborns)\b")
# A pregnancy told as the teller's ("since having my baby"), not asked about ("after pregnancy?").
_TOLD = re.compile(r"\b(?:my|our|her|his|i|having|had|gave|was|born|ago)\b")


class PregnancyReading:
    """Tells a pregnancy now from one that is over (content/qa.yaml `past_pregnancy`)."""

    def __init__(self, past_pregnancy: str, ranker: GuideRanker, *, has_section: bool) -> None:
        self._past = compiled(past_pregnancy)
        self._ranker = ranker
        self._has_section = has_section

    def past_left_out(self, text: str) -> str:
        """`text` for the guide, without the teller's pregnancy that is over ("since having my baby
        2 years ago", "after my c-section"): it is part of the story, and the baby it left is a
        child. "After pregnancy?" asked of no one stays. The red-flag check has read it all."""
        folded = fold(text).replace("-", " ")
        told = [m for m in self._past.finditer(folded) if _TOLD.search(m.group())]
        for past in reversed(told):
            folded = f"{folded[: past.start()]} {folded[past.end() :]}"
        return _BORN_BABY.sub("child", folded) if told else text

    def pregnant(self, text: str) -> bool:
        """The message speaks of a pregnancy now (not one that is over) and asks about no
        exercise by name."""
        if not self._has_section or self._ranker.named_exercises(text):
            return False
        story = self._past.sub(" ", self._ranker.without_symptoms(text))
        return PREGNANCY in self._ranker.themes(story)
