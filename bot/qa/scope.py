"""Whether a message's subject is outside the guide: money, a particular doctor or place, a
pet, another illness, another condition or part of the body told with no sciatica (content/qa.yaml
`off_topic`, `off_topic_subjects`, `off_topic_conditions`, `on_topic`)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.content.loader import Content
from bot.qa.focus import asked, asking_sentences, questions
from bot.qa.models import QAConfig
from bot.qa.patterns import compiled
from bot.qa.prefilter import KeyedPatterns
from bot.qa.ranking import GuideRanker
from bot.qa.text import words

# Sciatica, back or leg pain denied ("she has no sciatica or leg pain"): not what the message is
# about, so it does not bring another illness's question back into the guide.
# A word alone longer than this is no word a person meant ("xxxx..."): outside the guide.
VAGUE_CHARS = 20
_DENIED = re.compile(
    r"\b(?:no|not|never|without|doesnt have|dont have|hasnt got|havent got|never had)"
    r"(?: any)? (?:sciatica|back pain|leg pain)(?: or (?:any )?(?:sciatica|back pain|leg pain))?\b"
)

# Teeth in a figure of speech for bearing pain ("I grit my teeth getting out of bed", "through
# clenched teeth", "by the skin of my teeth"): no dental subject, so they are read as not said.
_FIGURATIVE = re.compile(
    r"\b(?:(?:grit|grits|gritting|gritted|clench|clenches|clenching|clenched) "
    r"(?:(?:my|his|her|your|their|our) )?teeth|(?:through|with) (?:gritted|clenched) teeth|"
    r"skin of (?:my|his|her|your|their|our) teeth|kick in the teeth|long in the tooth|"
    r"sweet tooth)\b"
)

# A medicine's effect told or asked ("gabapentin made my eyes blurry", "does pregabalin give you
# headaches?"): with a medicine for sciatica named, the other part of the body is its side effect.
_EFFECT = re.compile(
    r"\b(?:side ?effects?|side ?affects?|reactions?|allergic|makes? (?:me|my)|made (?:me|my)|"
    r"making (?:me|my)|gives? (?:me|you)|gave me|giving me|caus\w+|since (?:i )?(?:started|"
    r"starting|began|been on|taking)|after (?:taking|starting))\b"
)
# A part of the body typed alone ("Knee", "Nerve") says where, not what is asked, even when an
# exercise is named after it (knee to chest, the nerve glide): the person is asked for more.
_BODY_PART = re.compile(
    r"(?:knees?|nerves?|hamstrings?|glutes?|chest|buttocks?|bum|hips?|legs?|backs?|thighs?|"
    r"calf|calves|feet|foot|toes?|ankles?|shins?|groin|spine|pelvis|muscles?)"
)
# The guide's section on medicines for sciatica.
MEDICINES = "painkillers"


class Scope:
    """Built once from the content's patterns; says whether a message asks outside the guide."""

    def __init__(self, config: QAConfig, ranker: GuideRanker, content: Content) -> None:
        self._ranker = ranker
        self._strong = config.strong_score
        self._titles = {e.id: e.name for e in content.exercises.values()} | {
            s.id: s.title for s in content.sections.values()
        }
        self._off_topic = _together(config.off_topic)
        self._money = _together(config.off_topic_money)
        self._off_subjects = _together(config.off_topic_subjects)
        self._off_topic_or_subjects = _together([*config.off_topic_subjects, *config.off_topic])
        self._conditions = _together(config.off_topic_conditions)
        self._on_topic = compiled(config.on_topic)

    def outside(self, text: str, plain: str, *, story: bool) -> bool:
        """The message's subject is not sciatica.

        In a story only its question says whether it asks about prices or a particular doctor
        ("my doctor has recommended injections ... any side effects?" is not about a doctor);
        in any message, money told beside a question is the story's ("my insurer is slow to
        approve the scan. Should I keep walking?" asks about walking),
        and a price asked after the story's own question ("How do I survive 9 hours on a plane?
        Should I pay for extra legroom?") leaves that question to answer. Another illness is the
        subject wherever the message tells it, unless sciatica, the back or a leg is told too;
        and it is the subject when the question itself asks about it ("... I also had sciatica
        last year. How long does a gout attack last?", "... I also get sciatica. Is HRT safe?")."""
        plain = _FIGURATIVE.sub(" ", plain)
        question = asked(text) if story else text
        asking = _FIGURATIVE.sub(" ", " ".join(words(question))) if story else plain
        if self._off_topic_asked(asking) or self._money_asked(text, question, story=story):
            return not (story and self._other_question_in_scope(text, question))
        # Another condition told with no sciatica, lower back or leg in it at all, anywhere in
        # the message ("my calves" is part of claudication).
        if self._conditions.any_found(plain):
            return True
        if MEDICINES in self._ranker.themes(text) and _EFFECT.search(plain):
            # "amitriptyline ... my eyes are blurry": the medicine's side effect, not the eyes.
            return False
        if self._subject_asked(
            _FIGURATIVE.sub(" ", " ".join(words(asked(text)))), also_off_topic=not story
        ):
            return True
        # A message naming one of the guide's exercises is about the routine, whatever part of
        # the body it tells ("an easier bird dog? I wobble when I lift my arm").
        return (
            self._off_subjects.any_found(plain)
            and not self._on_topic.search(_DENIED.sub(" ", plain))
            and not self._ranker.named_exercises(text)
        )

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

    def _off_topic_asked(self, asking: str) -> bool:
        return self._off_topic.any_found(asking)

    def _money_asked(self, text: str, question: str, *, story: bool) -> bool:
        """A sentence that asks or requests names money ("Will my insurance cover it?"); a
        message that asks nothing is asked whole when short, and only tells when a story
        ("... I can get a refund on the tickets.")."""
        asking = asking_sentences(text)
        if story:
            asking = [question] if any(question.strip() in s for s in asking) else []
        elif not asking:
            asking = [text]
        return any(self._money.any_found(" ".join(words(s))) for s in asking)

    def _subject_asked(self, asking: str, *, also_off_topic: bool) -> bool:
        """The question names another illness (with `also_off_topic`, anything `off_topic`
        names too: "... I've got sciatica myself. What helps growing pains?"), and no sciatica,
        back, leg or question shape of the guide's."""
        ranker = self._ranker
        patterns = self._off_topic_or_subjects if also_off_topic else self._off_subjects
        return (
            patterns.any_found(asking)
            and not self._on_topic.search(asking)
            and not ranker.shapes(asking)
            and not ranker.named_exercises(asking)
        )

    def _other_question_in_scope(self, text: str, question: str) -> bool:
        """A question asked before `question` names a theme, a shape or an exercise and asks
        nothing outside the guide."""
        ranker = self._ranker
        before = text[: max(text.find(question), 0)]
        for other in questions(before):
            if self._off_topic_asked(" ".join(words(other))) or self._money_asked(
                other, other, story=False
            ):
                continue
            if ranker.themes(other) or ranker.shapes(other) or ranker.named_exercises(other):
                return True
        return False


def _together(patterns: Iterable[str]) -> KeyedPatterns:
    """`patterns` compiled and searched together, each only in a text holding a literal it
    needs."""
    return KeyedPatterns((pattern, compiled(pattern)) for pattern in patterns)
