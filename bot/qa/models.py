"""content/qa.yaml as validated models: variants, synonyms, red-flag rules and reply words."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from bot.content.loader import ContentError, first_error, read_yaml
from bot.qa.concept import Concept
from bot.qa.patterns import compiled

_FAMILY_NAME = re.compile(r"<<([a-z_]+)>>")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# Long patterns that content/qa.yaml may write as a list of alternatives (word families too).
_LISTABLE = ("symptom_negations", "reassured", "hypothetical", "general_question", "warning_topic")
# The out-of-scope pattern lists (a pattern may name a word family: <<asked_medicine>>).
_OFF_TOPIC = (
    "off_topic",
    "off_topic_money",
    "off_topic_subjects",
    "off_topic_conditions",
    "off_topic_questions",
    "off_topic_injuries",
    "off_topic_procedures",
    "off_topic_medicines",
    "off_topic_own_procedures",
    "off_topic_work",
)


def _joined(pattern: object) -> object:
    """A pattern written as a YAML list of alternatives (a few to a line) is one pattern."""
    return "|".join(pattern) if isinstance(pattern, list) else pattern


def _compiles(patterns: tuple[str, ...]) -> tuple[str, ...]:
    for pattern in patterns:
        try:
            compiled(pattern)
        except re.error as exc:
            raise ValueError(f"bad pattern {pattern!r}: {exc}") from None
    return patterns


class Replies(_Model):
    """Every word the bot says when answering a question."""

    source: str
    urgent: str
    urgent_then_answer: str
    out_of_scope: str
    other_language: str
    greeting: str
    thanks: str
    empty: str
    # A word typed alone that names nothing the guide answers ("Leg", "Why"): tell me more.
    vague: str
    ask_usage: str
    howto_button: str
    today_button: str
    more_button: str
    exercise_answer: str
    # The answer to "is sciatica dangerous?": reassurance first, then the warning signs.
    warning_signs: str
    topics: tuple[str, ...] = Field(min_length=1, max_length=10)


class QAConfig(_Model):
    """Everything the answering engine knows about language, from content/qa.yaml."""

    threshold: float = Field(gt=0)
    min_coverage: float = Field(ge=0, le=1)
    strong_score: float = Field(gt=0)
    # A question whose every word the guide knows is answered from this lower score.
    known_words_score: float = Field(default=0.5, gt=0)
    # A question of one known word inside a longer message must match at least this well.
    focus_score: float = Field(default=2.0, gt=0)
    # A story that asks nothing is answered on its whole text when that scores this many times
    # its last sentence's best answer.
    story_margin: float = Field(default=2.0, gt=1)
    # ...or this many times, when the whole story names one of these activities and its last
    # sentence does not ("I went for a light run ... I started seeing a chiropractor").
    story_activity_margin: float = Field(default=2.0, gt=1)
    story_activities: frozenset[str] = frozenset()
    exercise_name_bonus: float = Field(ge=0)
    # A theme's key word (a synonyms key: "pregnant", "run") adds this to that theme's answer.
    topic_bonus: float = Field(default=0.0, ge=0)
    topics: dict[str, str] = Field(default_factory=dict)
    # Sections about one thing, answered only when the text names it (a topic's key word or a
    # shape): shared incidental words ("start ... again") are not enough.
    named_only: frozenset[str] = frozenset()
    # Treatments whose own risks their section tells ("is surgery dangerous?"), not the warning
    # signs; and the words that ask about a risk.
    treatments: frozenset[str] = frozenset()
    risk_words: str = "(?!)"
    # Question shapes that say what is asked whatever the words ("sciatica or plantar
    # fasciitis?" asks how to tell): answer id -> patterns; a match adds `intent_bonus`.
    intents: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    intent_bonus: float = Field(default=0.0, ge=0)
    # Shapes read over the whole message, its sentences joined ("I had a microdiscectomy. When
    # can I drive?"): a match answers the message, whatever its last question names.
    message_intents: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    stopwords: frozenset[str]
    synonyms: dict[str, tuple[str, ...]]
    variants: dict[str, tuple[str, ...]]
    exercise_templates: tuple[str, ...] = Field(min_length=1)
    greetings: tuple[str, ...]
    thanks: tuple[str, ...]
    acknowledgements: tuple[str, ...]
    personal_advice: tuple[str, ...]
    # Ranking words too common to choose a topic ("sciatica", "pain"): dropped from a question
    # that has any other word the guide knows.
    generic_terms: tuple[str, ...] = ()
    generic_weight: float = Field(default=1.0, ge=0, le=1)
    # A question about these is outside the guide whatever else it says (prices, insurance).
    off_topic: tuple[str, ...] = ()
    # Money (prices, insurance, paying): outside the guide when a sentence asks about it, not
    # when it is only told beside the question ("my insurer is slow. Should I keep walking?").
    off_topic_money: tuple[str, ...] = ()
    # A question about these (pets, cars) is outside the guide unless it also names sciatica,
    # the back or a leg.
    off_topic_subjects: tuple[str, ...] = ()
    on_topic: str = "(?!)"
    # Another condition told with no sciatica, lower back or leg pain in the message (each
    # pattern says what keeps it on topic): outside the guide whatever else the message says.
    off_topic_conditions: tuple[str, ...] = ()
    # A question about these (the law, a driving licence's rules, answering other people, a
    # couple's intimacy) is outside the guide wherever the message asks it, unless another of
    # its questions names something the guide answers.
    off_topic_questions: tuple[str, ...] = ()
    # A part of the body hurt by a sport (a runner's knee or heel), told in a message that asks
    # something, with no back or sciatica told (each pattern says what keeps it on topic).
    off_topic_injuries: tuple[str, ...] = ()
    # A procedure the guide does not cover (a lumbar puncture, a spinal cord stimulator), named
    # in a question or just before it, or in a message that asks nothing.
    off_topic_procedures: tuple[str, ...] = ()
    # A named medicine's own handling (tapering off it, an old supply, beside an injection),
    # read where the procedures are.
    off_topic_medicines: tuple[str, ...] = ()
    # A device or procedure the guide does not cover, told as the writer's own (had fitted,
    # weeks after it, choosing between makers), wherever the message tells it.
    off_topic_own_procedures: tuple[str, ...] = ()
    # An employment matter (an employer's duty, sick pay, an employee managed, what to tell a
    # hiring manager), told anywhere in a message none of whose questions names anything of the
    # guide's but working or sitting.
    off_topic_work: tuple[str, ...] = ()
    negation_window: int = Field(ge=1, le=10)
    # Words the window does not count ("I don't have any numbness in my groin"), and the words
    # that join a denied list ("no problems with my bladder or bowels").
    negation_fillers: frozenset[str] = frozenset()
    negation_lists: frozenset[str] = frozenset()
    # A part after a comma with one of these words is a clause of its own, not a list item.
    statement_words: frozenset[str] = frozenset()
    negation_cues: frozenset[str]
    # Negated abilities read as the one word of their loss, before anything is matched ("can
    # no longer" as "cant", "not able to" as "unable to"): pattern -> what it is read as.
    negation_forms: dict[str, str] = Field(default_factory=dict)
    # Hands, feet and legs named in everyday words after a possessive ("my numb flippers", "both
    # my pegs"), read as the limb before anything is matched: pattern -> what it is read as.
    limb_names: dict[str, str] = Field(default_factory=dict)
    # A denial of the past ("I didn't use to leak") that the next clause restores ("but now I
    # do"): its words are dropped, and what follows is told of now.
    past_denial: str = "(?!)"
    restored: str = "(?!)"
    # A named exercise or its position ("bird dog", "on all fours"): a balance lost told after it
    # ("..., but I wobble") is part of it, not a clause of its own.
    exercise_positions: str = "(?!)"
    word_families: dict[str, str] = Field(default_factory=dict)
    symptom_negations: str
    reassured: str
    # A frame that makes what follows it no symptom: reported, hypothetical or feared.
    hypothetical: str = "(?!)"
    # What a clinician said to come back for ("said if your leg starts dragging... go to A&E"):
    # the part of the sentence in group `condition` tells of no symptom.
    reported_condition: str = "(?!)"
    personal_marker: str
    # What someone said or one read, opening a sentence ("my friend said", "I heard that"):
    # whether the rest is a general question is judged without it.
    hearsay_frame: str = "(?!)"
    # A sentence that claims the one before for oneself ("Because I have them.", "Mine is
    # numb."): a general question before it is personal after all.
    claimed_back: str = "(?!)"
    general_question: str
    not_general: str
    # A general question naming one of these (bladder, cancer, fever) is answered with the
    # warning signs, reassurance first.
    warning_topic: str = "(?!)"
    # A pregnancy that is over ("since I had my son"): part of the story, not what is asked.
    past_pregnancy: str = "(?!)"
    # A question worded as a follow-up to the one before ("anything else?", "and what about..."):
    # the message's main question is an earlier one.
    follow_up: str = "(?!)"
    # A pain told travelling down the leg ("a tightness that creeps along my thigh into my
    # heel"): a message the guide finds nothing else in is answered with how to tell.
    described_pain: str = "(?!)"
    # A comparison that names no theme ("like running a marathon", "like a hot poker"): left
    # out of ranking and themes.
    similes: str = "(?!)"
    # Who told the person something ("my physio said", "the chiropractor showed me"): the
    # teller is not what a story is about when a question points back at it.
    messengers: str = "(?!)"
    # A message telling of a horse ridden and no bike: its riding words are the horse's.
    horse_told: str = "(?!)"
    concepts: tuple[Concept, ...] = Field(min_length=1)
    replies: Replies

    @field_validator("personal_advice", *_OFF_TOPIC)
    @classmethod
    def _valid(cls, patterns: tuple[str, ...]) -> tuple[str, ...]:
        return _compiles(patterns)

    @field_validator(*_LISTABLE, mode="before")
    @classmethod
    def _pattern_joined(cls, pattern: object) -> object:
        return _joined(pattern)

    @field_validator("negation_forms", "limb_names")
    @classmethod
    def _valid_forms(cls, forms: dict[str, str]) -> dict[str, str]:
        _compiles(tuple(forms))
        return forms

    @field_validator("word_families", mode="before")
    @classmethod
    def _families_joined(cls, families: object) -> object:
        if isinstance(families, dict):
            return {name: _joined(pattern) for name, pattern in families.items()}
        return families

    @field_validator("intents", "message_intents")
    @classmethod
    def _valid_intents(cls, intents: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        for patterns in intents.values():
            _compiles(patterns)
        return intents

    def family(self, name: str) -> str:
        """The word family `name` with every <<family>> it names written out."""
        return self.expand(self.word_families[name])

    def expand(self, pattern: str, depth: int = 0) -> str:
        """`pattern` with every <<family>> replaced by that family's alternatives."""
        if depth > 5:
            raise ValueError(f"word families nest too deep in {pattern[:40]!r}")
        return _FAMILY_NAME.sub(
            lambda m: f"(?:{self.expand(self.word_families[m.group(1)], depth + 1)})", pattern
        )

    @model_validator(mode="after")
    def _families_resolve(self) -> QAConfig:
        families = self.word_families
        named = [self.personal_marker, self.hearsay_frame, self.claimed_back,
                 self.general_question, self.not_general,
                 self.past_denial, self.restored, self.exercise_positions,
                 self.symptom_negations, self.reassured, self.hypothetical,
                 self.reported_condition,
                 self.warning_topic, self.on_topic, self.past_pregnancy, self.similes,
                 self.follow_up, self.described_pain, self.risk_words, self.messengers,
                 self.horse_told,
                 *families.values(),
                 *(p for field in _OFF_TOPIC for p in getattr(self, field))]  # fmt: skip
        for concept in self.concepts:
            unknown = concept.families() - set(families)
            if unknown:
                raise ValueError(f"concept {concept.id!r} names unknown families {unknown}")
            if problem := concept.clause_needs_problem():
                raise ValueError(problem)
        for pattern in named:
            unknown = set(_FAMILY_NAME.findall(pattern)) - set(families)
            if unknown:
                raise ValueError(f"pattern {pattern[:40]!r} names unknown families {unknown}")
            _compiles((self.expand(pattern),))
        return self


class QAConfigError(ContentError):
    """qa.yaml is missing or invalid; the message names the file and the entry."""


def load_qa(path: Path) -> QAConfig:
    """Load and validate qa.yaml."""
    try:
        return QAConfig.model_validate(read_yaml(path))
    except ValidationError as exc:
        raise QAConfigError(f"{path}: {first_error(exc)}") from None
