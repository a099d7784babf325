"""The question answerer: red flags first, then greetings, personal advice, and the guide."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from bot.content.loader import Content
from bot.core.routine import RoutineItem, dose_text
from bot.qa.documents import documents_from_content
from bot.qa.focus import asked, focuses, points_back, questions, refers_back
from bot.qa.index import AnswerIndex, SourceKind
from bot.qa.models import QAConfig, QAConfigError, load_qa
from bot.qa.redflags import RedFlagDetector, RedFlagHit
from bot.qa.text import Analyzer, fold, words

AnswerKind = Literal["answer", "red_flag", "greeting", "thanks", "out_of_scope", "empty"]
# Longer questions are cut here: Telegram messages hold at most 4,096 characters anyway.
MAX_QUESTION = 4096
_LETTER = re.compile(r"[^\W\d_]")
WARNING_SIGNS = "red-flags"
PREGNANCY = "pregnancy"
# A question of this many words or fewer that names no theme is about its story's theme.
SHORT_QUESTION = 6


@dataclass(frozen=True)
class Answer:
    """What to say: the kind of reply, the answer found (if any) and the next steps offered."""

    kind: AnswerKind
    red_flag: RedFlagHit | None = None
    answer_id: str | None = None
    source_kind: SourceKind | None = None
    source_title: str | None = None
    text: str | None = None
    score: float = 0.0
    other_language: bool = False
    suggestions: tuple[str, ...] = field(default_factory=tuple)


class QuestionAnswerer:
    """Built once at start-up from the content; answers in well under a few milliseconds."""

    def __init__(self, content: Content, config: QAConfig) -> None:
        self.config = config
        self._content = content
        self._detector = RedFlagDetector(config)
        self._index = AnswerIndex(
            list(documents_from_content(content, config)),
            Analyzer(config.synonyms, config.stopwords),
            config.generic_terms,
            config.generic_weight,
        )
        self._topic_terms = {
            term: answer_id
            for word, answer_id in config.topics.items()
            for term in self._index.terms(word)
        }
        self._off_topic = [re.compile(p) for p in config.off_topic]
        self._off_subjects = [re.compile(p) for p in config.off_topic_subjects]
        self._on_topic = re.compile(config.on_topic)
        self._past_pregnancy = re.compile(config.past_pregnancy)
        self._intents = [
            (answer_id, re.compile(pattern))
            for answer_id, patterns in config.intents.items()
            for pattern in patterns
        ]
        self._greetings = {" ".join(words(g)) for g in config.greetings}
        self._thanks = {" ".join(words(t)) for t in (*config.thanks, *config.acknowledgements)}
        self._personal = [re.compile(p) for p in config.personal_advice]
        self._names = {
            tuple(words(name)): exercise.id
            for exercise in content.exercises.values()
            for name in (exercise.name, *exercise.aliases)
        }
        self._longest_name = max(len(key) for key in self._names)
        # A question worded exactly as one of the listed ways of asking gets that answer.
        self._asked_as = {
            " ".join(words(variant)): answer_id
            for answer_id, variants in config.variants.items()
            for variant in variants
        }

    def _named_exercises(self, text: str) -> set[str]:
        """Exercises the text names (longest names first, so 'side plank' beats 'plank')."""
        found, seen = set(), words(text)
        i = 0
        while i < len(seen):
            for size in range(min(self._longest_name, len(seen) - i), 0, -1):
                exercise_id = self._names.get(tuple(seen[i : i + size]))
                if exercise_id is not None:
                    found.add(exercise_id)
                    i += size - 1
                    break
            i += 1
        return found

    @classmethod
    def from_content(cls, content: Content, content_dir: Path) -> QuestionAnswerer:
        """Load `content_dir`/qa.yaml, check it against the content, and build the index."""
        config = load_qa(content_dir / "qa.yaml")
        known = {*content.sections, *content.exercises}
        named = {*config.variants, *config.replies.topics, *config.topics.values(),
                 *config.intents}  # fmt: skip
        unknown = sorted(named - known)
        if unknown:
            raise QAConfigError(f"{content_dir / 'qa.yaml'}: unknown answer ids {unknown}")
        return cls(content, config)

    def answer(self, question: str) -> Answer:
        """Answer one question."""
        text = question[:MAX_QUESTION]
        plain = " ".join(words(text))
        letters = _LETTER.findall(text)
        if not plain and not letters:
            return Answer("empty")
        red_flag = self._detector.detect(text)
        if sum(ch.isascii() for ch in letters) < len(letters) / 2:
            if red_flag is not None:
                return Answer("red_flag", red_flag)
            return Answer("out_of_scope", other_language=True, suggestions=self._topics())
        if red_flag is None:
            small_talk = self._small_talk(plain)
            if small_talk is not None:
                return small_talk
        found = self._guide_answer(text, red_flag)
        if red_flag is not None:
            if found is not None and found.answer_id == "red-flags":
                found = None
            base = found or Answer("red_flag")
            return Answer(**{**base.__dict__, "kind": "red_flag", "red_flag": red_flag})
        return found or Answer("out_of_scope", suggestions=self._topics())

    def _small_talk(self, plain: str) -> Answer | None:
        """Thanks, a greeting, or a question whose subject is not sciatica."""
        if plain in self._thanks:
            return Answer("thanks")
        if plain in self._greetings:
            return Answer("greeting")
        if self._outside(plain):
            return Answer("out_of_scope", suggestions=self._topics())
        return None

    def _guide_answer(self, text: str, red_flag: RedFlagHit | None) -> Answer | None:
        """The guide's answer, if any: none for requests for personal medical advice."""
        folded = " ".join(fold(text).split())
        if any(pattern.search(folded) for pattern in self._personal):
            return None
        question = asked(text)
        # A question pointing back ("is that true?", "is it a disease?") asks about what the
        # message said before, unless it names a theme or an exercise of its own.
        back = points_back(question) or (
            refers_back(question)
            and not self._themes(question)
            and not self._named_exercises(question)
        )
        about = [text] if back else [question, *questions(text)]
        if red_flag is None and any(self._detector.mentions_warning_topic(q) for q in about):
            # "Can sciatica affect the bladder?" describes no symptom: the warning signs answer it,
            # whichever of the message's questions asks it.
            return self._reply(WARNING_SIGNS, self.config.strong_score)
        return self._found(text)

    def _outside(self, folded: str) -> bool:
        """The question's subject is not sciatica: prices, insurance, a pet, a car."""
        if any(pattern.search(folded) for pattern in self._off_topic):
            return True
        return any(p.search(folded) for p in self._off_subjects) and not self._on_topic.search(
            folded
        )

    def _found(self, text: str) -> Answer | None:
        """The answer to what is asked: the last question, then every question, then the last
        request, then the whole text.

        A long message is mostly the person's story; its words would outvote the question itself.
        """
        whole = text.strip()
        if self._pregnant(whole):
            # Everything is different in pregnancy: its section answers whatever is asked.
            return self._reply(PREGNANCY, self.config.strong_score)
        for focus in focuses(whole):
            if len(focus) >= len(whole):
                continue
            found = self._ranked(self._with_story_theme(focus, whole), strict=True)
            # A focus of one known word ("is that bad?") needs a strong match, a shape ("is it
            # sciatica?") or the story.
            if found is not None and (
                self._index.known_terms(focus) >= 2
                or found.score >= self.config.focus_score
                or self._named_exercises(focus)
                or found.answer_id in self._shapes(focus)
            ):
                return found
        return self._ranked(whole)

    def _pregnant(self, text: str) -> bool:
        """The message speaks of a pregnancy now (not one that is over) and asks about no
        exercise by name."""
        if PREGNANCY not in self._content.sections or self._named_exercises(text):
            return False
        story = self._past_pregnancy.sub(" ", fold(self._detector.without_symptoms(text)))
        return PREGNANCY in self._themes(story)

    def _themes(self, text: str) -> set[str]:
        """The guide themes a text names by their key words ("surgery", "pregnant")."""
        found = {self._topic_terms.get(term) for term in self._index.terms(text)}
        return {theme for theme in found if theme is not None}

    def _with_story_theme(self, focus: str, whole: str) -> str:
        """A question that names no theme and points back ("is it worth the risk?") or is short
        ("what is the recovery time?") asks about the one theme its story names ("... surgery
        can fix it"): its key word is added."""
        # "Is that bad?" points at the whole story instead, and is ranked with it.
        short = (
            len(words(focus)) <= SHORT_QUESTION
            and focus.rstrip(" \"'\u201d").endswith("?")
            and not points_back(focus)
        )
        # A question with a shape of its own ("is it sciatica?") asks what its shape says.
        if not (refers_back(focus) or short) or self._themes(focus) or self._shapes(focus):
            return focus
        story = self._themes(self._detector.without_symptoms(whole))
        if len(story) != 1:
            return focus
        (theme,) = story
        keys = [word for word, answer_id in self.config.topics.items() if answer_id == theme]
        return f"{focus} {keys[0]}"

    def _ranked(self, text: str, *, strict: bool = False) -> Answer | None:
        question = self._detector.without_symptoms(text)
        listed = self._asked_as.get(" ".join(words(question)))
        if listed is not None:
            return self._reply(listed, self.config.strong_score)
        ranking = self._index.rank(question)
        scores = dict(ranking.scores)
        for exercise_id in self._named_exercises(question):
            scores[exercise_id] = scores.get(exercise_id, 0.0) + self.config.exercise_name_bonus
        # A theme the question names ("... during pregnancy", "... running") is what it asks about.
        themes = {self._topic_terms.get(term) for term in self._index.terms(question)} - {None}
        for theme in themes:
            if theme is not None:
                scores[theme] = scores.get(theme, 0.0) + self.config.topic_bonus
        # A question's shape ("X or sciatica?", "can sciatica affect my feet?") says even more.
        shaped = self._shapes(question)
        for answer_id in shaped:
            scores[answer_id] = scores.get(answer_id, 0.0) + self.config.intent_bonus
        themes |= shaped
        if not scores:
            return None
        answer_id = max(scores, key=scores.__getitem__)
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
        return self._reply(answer_id, score)

    def _shapes(self, text: str) -> set[str]:
        """The answers whose question shapes `text` has."""
        folded = " ".join(words(text))
        return {answer_id for answer_id, shape in self._intents if shape.search(folded)}

    def _reply(self, answer_id: str, score: float) -> Answer:
        """The answer with its source: an exercise and its dose, or a section's summary."""
        content, replies = self._content, self.config.replies
        if self._index.kinds[answer_id] == "exercise":
            exercise = content.exercises[answer_id]
            d = exercise.dose
            item = RoutineItem(exercise.id, exercise.name, exercise.kind, d.sets,
                               d.hold_seconds, d.reps, d.per_side, 0)  # fmt: skip
            dose = dose_text(item, content)
            return Answer(
                "answer", answer_id=answer_id, source_kind="exercise", source_title=exercise.name,
                text=replies.exercise_answer.format(why=exercise.why, dose=dose), score=score,
                suggestions=(f"howto:{answer_id}", "today"),
            )  # fmt: skip
        section = content.sections[answer_id]
        # "Is sciatica dangerous?" describes no symptom: reassure first, then the warning signs.
        summary = replies.warning_signs if answer_id == WARNING_SIGNS else section.summary
        return Answer(
            "answer", answer_id=answer_id, source_kind="section", source_title=section.title,
            text=summary, score=score, suggestions=(f"more:{answer_id}", "today"),
        )  # fmt: skip

    def _topics(self) -> tuple[str, ...]:
        return tuple(f"topic:{topic}" for topic in self.config.replies.topics)
