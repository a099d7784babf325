"""A word typed alone that names nothing the guide answers ("Leg", "Why", "Bad"): the person is
asked to tell more (bot/qa/answer.py, before the out-of-scope check of bot/qa/scope.py)."""

from __future__ import annotations

import re

from bot.content.loader import Content
from bot.qa.models import QAConfig
from bot.qa.ranking import GuideRanker

# A word alone longer than this is no word a person meant ("xxxx..."): outside the guide.
VAGUE_CHARS = 20
# A part of the body typed alone ("Knee", "Nerve") says where, not what is asked, even when an
# exercise is named after it (knee to chest, the nerve glide): the person is asked for more.
_BODY_PART = re.compile(
    r"(?:knees?|nerves?|hamstrings?|glutes?|chest|buttocks?|bum|hips?|legs?|backs?|thighs?|"
    r"calf|calves|feet|foot|toes?|ankles?|shins?|groin|spine|pelvis|muscles?)"
)


class VagueWord:
    """Built once from the content: says whether a word typed alone is vague."""

    def __init__(self, config: QAConfig, ranker: GuideRanker, content: Content) -> None:
        self._ranker = ranker
        self._strong = config.strong_score
        self._titles = {e.id: e.name for e in content.exercises.values()} | {
            s.id: s.title for s in content.sections.values()
        }

    def vague(self, word: str) -> bool:
        """A word typed alone ("Leg", "Why") that names no theme, shape or exercise, and neither
        matches strongly nor is a word of its best answer's title ("stretches" is no vague
        word): the person is asked to tell more."""
        ranker = self._ranker
        if _BODY_PART.fullmatch(word.lower()):
            return True
        if ranker.themes(word) or ranker.shapes(word) or ranker.named_exercises(word):
            return False
        found = ranker.ranked(word)
        if found is None:
            return True
        terms = ranker.index.terms
        titled = set(terms(word)) & set(terms(self._titles[found.answer_id]))
        return found.score < self._strong and not titled
