"""Ranking a question against the guide: BM25 over the guide's words, plus what the question
names (an exercise, a theme's key word) and its shape (content/qa.yaml `intents`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.content.loader import Content
from bot.qa.documents import documents_from_content
from bot.qa.exercise_names import ExerciseNames
from bot.qa.index import AnswerIndex
from bot.qa.memo import Memo
from bot.qa.models import QAConfig
from bot.qa.patterns import compiled
from bot.qa.prefilter import KeyedPatterns
from bot.qa.ranking_words import (
    EXERCISE_SAFELY,
    HOW_LONG,
    OR_BE_SEEN,
    PURPOSE,
    SPORTS,
    WARNING_SIGNS,
    WITHOUT,
    asked_past,
    asked_themes,
    named_in,
    past_medicine,
    past_messengers,
    without_when,
)
from bot.qa.redflags import RedFlagDetector
from bot.qa.text import Analyzer, fold, words

# How many texts' literal versions are remembered: the parts of one message, not past messages.
LITERAL_MEMO = 16
# How many texts' shapes are remembered: the parts of one message, not past messages.
SHAPES_MEMO = 16
# Riding words and the saddle, rewritten in a message that tells of a horse ridden; riding kit
# ("a riding helmet or vest") names the kit, which the guide does not cover, not the sport.
_RIDING = re.compile(
    r"\b(?:rides|riding|rode|ridden)\b(?! (?:helmets?|hats?|vests?|body protectors?|boots|"
    r"gear|kit|jackets?|gloves|clothes|pants|breeches|tights|boot)\b)",
    re.IGNORECASE,
)
_SADDLE = re.compile(r"\bsaddle\b", re.IGNORECASE)


@dataclass(frozen=True)
class Ranked:
    """The best answer for a text and its score."""

    answer_id: str
    score: float


class GuideRanker:
    """Scores every section and exercise for a question; built once at start-up."""

    def __init__(self, content: Content, config: QAConfig, detector: RedFlagDetector) -> None:
        self.config = config
        self._detector = detector
        self.index = AnswerIndex(
            list(documents_from_content(content, config)),
            Analyzer(config.synonyms, config.stopwords),
            config.generic_terms,
            config.generic_weight,
        )
        self.topic_terms = {
            term: answer_id
            for word, answer_id in config.topics.items()
            for term in self.index.terms(word)
        }
        # The shapes, each searched only in a text holding a literal it needs (most hold none).
        self._intents = KeyedPatterns(
            (answer_id, shape)
            for answer_id, patterns in config.intents.items()
            for shape in map(compiled, patterns)
        )
        self._told = KeyedPatterns(
            (answer_id, shape)
            for answer_id, patterns in config.message_intents.items()
            for shape in map(compiled, patterns)
        )
        self._named = ExerciseNames(content)
        self.exercise_names = {e.id: e.name for e in content.exercises.values()}
        self.messengers = compiled(config.messengers)
        self._similes = compiled(config.similes)
        self._horse = compiled(config.horse_told)
        self._past_medicine = past_medicine(config.synonyms.get("painkiller", ()))
        self.doctor_terms = set(self.index.terms("doctor"))
        self._risk = compiled(config.risk_words)
        self._literal: Memo[str, str] = Memo(LITERAL_MEMO)
        self._shapes: Memo[str, frozenset[str]] = Memo(SHAPES_MEMO)
        # A question worded exactly as one of the listed ways of asking gets that answer.
        self._asked_as = {
            " ".join(words(variant)): answer_id
            for answer_id, variants in config.variants.items()
            for variant in variants
        }

    def named_exercises(self, text: str) -> set[str]:
        """Exercises the text names (longest names first, so 'side plank' beats 'plank')."""
        return self._named.named(text)

    def literal(self, text: str) -> str:
        """`text` folded, without its comparisons: "it felt like I'd run a marathon" names no
        sport, "a pain like a hot poker" no heat; and something asked past the medicines told
        ("anything besides painkillers?", "what can I try other than gabapentin, ibuprofen,
        heat?") asks for something else, not about the medicines."""
        return self._literal.get(
            text, lambda: asked_past(self._past_medicine, self._similes.sub(" ", fold(text)))
        )

    def ridden(self, text: str) -> str:
        """The message with a horse's riding words read as "horse riding", a pastime: "should I
        keep riding?" after "my mare" asks nothing about a bike, whichever of its sentences is
        ranked (content/qa.yaml `horse_told`)."""
        if not self._horse.search(fold(text)):
            return text
        return _SADDLE.sub("horseback", _RIDING.sub("horse riding", text))

    def without_symptoms(self, text: str) -> str:
        """`text` as ranked: without its comparisons and its symptom clauses (one memo entry
        per message for both, whichever step asks)."""
        return self._detector.without_symptoms(self.literal(text))

    def themes(self, text: str) -> set[str]:
        """The guide themes a text names by their key words ("surgery", "pregnant"); the verb
        "work" said of a treatment ("for the pills to work") names no job, and an operation told
        as not needed ("I'm not at the stage of surgery") no operation."""
        named = named_in(self.literal(text))
        found = {self.topic_terms.get(term) for term in self.index.terms(named)}
        return {theme for theme in found if theme is not None}

    def shapes(self, text: str) -> frozenset[str]:
        """The answers whose question shapes `text` has (one message asks it of its whole text
        more than once, and of its literal version, which folds the same: remembered by the
        folded text the shapes are searched in)."""
        folded = " ".join(words(text))
        return self._shapes.get(folded, lambda: self._shapes_of(folded))

    def _shapes_of(self, folded: str) -> frozenset[str]:
        return frozenset(self._intents.keys_found(folded))

    def told_shape(self, text: str) -> str | None:
        """The answer a shape told across the whole message gives (content/qa.yaml
        `message_intents`), if any."""
        folded = " ".join(words(text))
        return next(self._told.keys_found(folded), None)

    def _credited(self, question: str, scores: dict[str, float]) -> tuple[set[str], bool]:
        """Add to `scores` what the question names (exercises, themes) and its shapes; drop the
        answers it does not ask about. Returned: the themes and shapes it asks about, and
        whether it names any theme or exercise at all."""
        config = self.config
        exercises = self.named_exercises(question)
        for exercise_id in exercises:
            scores[exercise_id] = scores.get(exercise_id, 0.0) + config.exercise_name_bonus
        # A question's shape ("X or sciatica?", "can sciatica affect my feet?") says even more.
        # What the question asks to do without ("... without seeing a physio?") is no part of it.
        told = WITHOUT.sub(" ", self.literal(question))
        aim = PURPOSE.sub(" ", told)
        if aim != told and self.themes(aim):
            told = aim
        shaped = self.shapes(told)
        if OR_BE_SEEN.search(told):  # "will it pass alone or should I see someone?"
            shaped -= {HOW_LONG}
        # A theme the question names ("... during pregnancy", "... running") is what it asks about,
        # unless it is what the question asks to do without, or only says when a symptom comes
        # (asked whether it is sciatica) or when the routine is done ("stretches at night?"), or
        # only who told the teller something ("my osteopath says I should give up tennis").
        themes = past_messengers(self.themes, self.messengers, self.literal(question))
        names_something = bool(themes or exercises)
        told = without_when(told, shaped)
        if told != self.literal(question):
            themes &= self.themes(told)
        themes = asked_themes(
            themes, shaped, told, themes_of=self.themes, activities=config.story_activities
        )
        for theme in themes:
            scores[theme] = scores.get(theme, 0.0) + config.topic_bonus
        for answer_id in shaped:
            scores[answer_id] = scores.get(answer_id, 0.0) + config.intent_bonus
        themes |= shaped
        # A section about one thing (running, a scan, a drug) answers only a text that names it:
        # "when can I start exercising again?" shares words with "start running again", but
        # asks nothing about running.
        for answer_id in config.named_only:
            if answer_id in scores and answer_id not in themes:
                del scores[answer_id]
        # A treatment's own danger ("is sciatica surgery dangerous?") is told in its section.
        if themes & config.treatments and self._risk.search(self.literal(question)):
            scores.pop(WARNING_SIGNS, None)
        return themes, names_something

    def ranked(self, text: str, *, strict: bool = False, symptoms: bool = False) -> Ranked | None:
        """The best answer for `text` (its symptom clauses left out), if it is good enough.

        With `symptoms` (a whole message in which no red flag was found), a text that is all
        symptoms is ranked on them: "numbness down to my foot ... I assume it's nerve related"
        asks what it is."""
        question = self.without_symptoms(text)
        if symptoms and not question.strip():
            question = self.literal(text)
        listed = self._asked_as.get(" ".join(words(question)))
        if listed is not None:
            return Ranked(listed, self.config.strong_score)
        # What it asks to do without ("... without seeing a physio?") is not what it asks about.
        asked = WITHOUT.sub(" ", question)
        ranking = self.index.rank(asked if self.index.known_terms(asked) else question)
        scores = dict(ranking.scores)
        themes, names_something = self._credited(question, scores)
        if not scores:
            return None
        answer_id = max(scores, key=scores.__getitem__)
        # A question that names no theme or exercise but has a shape ("what can I do day to day
        # to lower the chance of a third time?") asks what its shape says: its other words only
        # choose between shapes.
        shaped = [a for a in scores if a in themes]  # in the index's order: ties stay stable
        if shaped and not names_something:
            answer_id = max(shaped, key=scores.__getitem__)
        # "Is it safe to get on the bike?" shares exercising safely's words, but the activity
        # named has its own section.
        sports = [a for a in scores if a in themes & SPORTS]
        if answer_id == EXERCISE_SAFELY and sports:
            answer_id = max(sports, key=scores.__getitem__)
        score, config = scores[answer_id], self.config
        familiar = (
            ranking.coverage >= config.min_coverage
            or score >= config.strong_score
            or answer_id in themes
        )
        # A short follow-up ("is that bad?") is ranked with the story instead.
        all_known = not strict and ranking.coverage >= 1.0 and score >= config.known_words_score
        if not all_known and (score < config.threshold or not familiar):
            return None
        return Ranked(answer_id, score)
