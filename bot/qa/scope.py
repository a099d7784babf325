"""Whether a message's subject is outside the guide: money, a particular doctor or place, a
pet, another illness, another condition or part of the body told with no sciatica, or told just
before a short question pointing back at it (content/qa.yaml `off_topic`, `off_topic_subjects`,
`off_topic_conditions`, `on_topic`)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.content.loader import Content
from bot.qa.focus import asked, asking_sentences, last_sentence, questions
from bot.qa.models import QAConfig
from bot.qa.patterns import compiled
from bot.qa.pointing_back import points_back
from bot.qa.prefilter import KeyedPatterns
from bot.qa.ranking import GuideRanker
from bot.qa.scope_aside import DENIED, aside
from bot.qa.subject_told import subject_told
from bot.qa.text import words

# A medicine's effect told or asked ("gabapentin made my eyes blurry", "does pregabalin give you
# headaches?"): with a medicine for sciatica named, the other part of the body is its side effect.
_EFFECT = re.compile(
    r"\b(?:side ?effects?|side ?affects?|reactions?|allergic|makes? (?:me|my)|made (?:me|my)|"
    r"making (?:me|my)|gives? (?:me|you)|gave me|giving me|caus\w+|since (?:i )?(?:started|"
    r"starting|began|been on|taking)|after (?:taking|starting))\b"
)
# The last clause of a sentence, after a comma, that asks on its own ("..., how long does it
# last").
_CLAUSE_ASKED = re.compile(
    r"[,;:]\s*((?:how|what|which|when|why|where|can|could|should|will|would|is|are|does|do)\b"
    r"[^,;:]*)$",
    re.IGNORECASE,
)
_ACTIVITY = re.compile(
    r"\b(?:exercis\w*|stretch\w*|walk\w*|swim\w*|gym|yoga|pilates|run|runs|running|cycl\w*|"
    r"work|working|sit|sitting|sleep\w*|driv\w*|fly|flying|lift\w*)\b"
)
# A short question with a pronoun pointing back at what was told ("is that normal?", "should I
# worry about it?"): no longer than this.
POINTING_WORDS = 8
_POINTING = re.compile(r"\b(?:it|this|that)\b")
# The guide's section on medicines for sciatica.
MEDICINES = "painkillers"
# The guide's answer for a message that tells sciatica when nothing else in the guide ranks
# ("Sciatica has ruled my life for three years. Is there light at the end of the tunnel?"):
# what helps it most in the long run, never "the guide doesn't cover that".
AT_LARGE = "long-term-treatment"
# The guide's sections on working and sitting, which an employment matter names by its words;
# the routine's words, which a question about it names ("which stretches can I do at my desk?").
_WORKPLACE = frozenset({"work", "sitting"})
# The guide's sections on treatments, which a question about one's own procedure may name
# ("what next, more injections or a discectomy?").
_TREATMENTS = frozenset({"injections", "surgery", "other-treatments", "painkillers"})
_ROUTINE = re.compile(r"\b(?:exercis\w*|stretch\w*|routine|physio\w*|walk\w*|yoga|pilates)\b")


class Scope:
    """Built once from the content's patterns; says whether a message asks outside the guide."""

    def __init__(self, config: QAConfig, ranker: GuideRanker, content: Content) -> None:
        self._ranker = ranker
        self._off_topic = _together(config, config.off_topic)
        self._money = _together(config, config.off_topic_money)
        self._off_subjects = _together(config, config.off_topic_subjects)
        self._off_topic_or_subjects = _together(
            config, [*config.off_topic_subjects, *config.off_topic]
        )
        self._conditions = _together(config, config.off_topic_conditions)
        self._questions = _together(config, config.off_topic_questions)
        self._injuries = _together(config, config.off_topic_injuries)
        self._procedures = _together(
            config, [*config.off_topic_procedures, *config.off_topic_medicines]
        )
        self._work = _together(config, config.off_topic_work)
        self._own_procedures = _together(config, config.off_topic_own_procedures)
        self._on_topic = compiled(config.on_topic)
        self._at_large = AT_LARGE in content.sections

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
        plain = aside(plain)
        question = asked(text) if story else text
        asking = aside(" ".join(words(question))) if story else plain
        if self._off_topic_asked(asking) or self._money_asked(text, question, story=story):
            return not (story and self._other_question_in_scope(text, question))
        if self._asked_anywhere(text) or self._work_matter(text, plain):
            return True
        # Another condition told with no sciatica, lower back or leg in it at all, anywhere in
        # the message ("my calves" is part of claudication).
        if self._conditions.any_found(plain):
            return True
        # A runner's knee or heel, asked about ("... the top of my foot hurts when i run, could
        # it be a stress fracture?"); a story that asks nothing keeps its sport's section.
        if self._injuries.any_found(plain) and questions(text):
            return True
        if (self._procedures.any_found(plain) and self._procedure_asked(text)) or (
            self._own_procedures.any_found(plain) and self._own_procedure_asked(text)
        ):
            return True
        if MEDICINES in self._ranker.themes(text) and _EFFECT.search(plain):
            # "amitriptyline ... my eyes are blurry": the medicine's side effect, not the eyes.
            return False
        if self._subject_asked(aside(" ".join(words(asked(text)))), also_off_topic=not story):
            return True
        # The question's own last clause asks about another illness, and no theme or activity of
        # the guide's, whatever back the sentence told before it ("I have shingles and it hurts
        # round to my back, how long does shingles pain last?"); "..., is it safe to exercise
        # with diabetes?" asks about exercising.
        clause = _CLAUSE_ASKED.search(asked(text).rstrip(" ?!."))
        if (
            clause
            and not self._ranker.themes(clause.group(1))
            and not _ACTIVITY.search(clause.group(1).lower())
            and self._subject_asked(aside(" ".join(words(clause.group(1)))), also_off_topic=False)
        ):
            return True
        if self._told_just_before(text):
            return True
        # A message naming one of the guide's exercises is about the routine, whatever part of
        # the body it tells ("an easier bird dog? I wobble when I lift my arm").
        return (
            self._off_subjects.any_found(plain)
            and not self._on_topic.search(DENIED.sub(" ", plain))
            and not self._ranker.named_exercises(text)
        )

    def told(self, text: str) -> bool:
        """The message tells sciatica (not only denied, "it is not sciatica"), or a lower back that
        hurts beside a plea for what to do, and names nothing outside the guide beside it ("...
        but today my question is about my cat"): the guide's subject."""
        plain = DENIED.sub(" ", aside(" ".join(words(text))))
        return (
            self._at_large
            and subject_told(plain)
            and not self._off_topic_or_subjects.any_found(plain)
        )

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

    def _told_just_before(self, text: str) -> bool:
        """The question points back ("Is this normal?", "What could cause that?") at the sentence
        told just before it, and that sentence tells another part of the body or another illness
        with no sciatica, back or leg ("... a disc at L5. Now my neck grinds when I turn my head.
        Is this normal?"): that part of the body is what is asked about."""
        ranker = self._ranker
        question = asked(text)
        plain_question = " ".join(words(question))
        short = question.rstrip().endswith("?") and len(plain_question.split()) <= POINTING_WORDS
        pointing = points_back(question) or (short and _POINTING.search(plain_question))
        if not pointing or (
            self._on_topic.search(plain_question)
            or ranker.themes(question)
            or ranker.named_exercises(question)
        ):
            return False
        before = last_sentence(text, question)
        plain = aside(" ".join(words(before)))
        return (
            self._off_subjects.any_found(plain)
            and not self._on_topic.search(DENIED.sub(" ", plain))
            and not ranker.named_exercises(before)
        )

    def _procedure_asked(self, text: str) -> bool:
        """A procedure the guide does not cover, or a medicine's own handling ("how do I taper
        off tramadol?"), is named in a question, in the sentence told just before the question
        ("Having a lumbar puncture tomorrow. Will it hurt?"), or anywhere in a message that
        asks nothing."""
        found = questions(text)
        asking = [*found, last_sentence(text, asked(text))] if found else [text]
        return any(self._procedures.any_found(aside(" ".join(words(s)))) for s in asking)

    def _own_procedure_asked(self, text: str) -> bool:
        """No question names a theme but the guide's treatments ("... a stimulator fitted in
        March. Is this normal?"), nor an operation beside the procedure ("how long after an RFA
        before the laminectomy?": the operation's)."""
        ranker = self._ranker
        for q in questions(text) or [text]:
            named = ranker.themes(q)
            if named - _TREATMENTS or ranker.named_exercises(q):
                return False
            if "surgery" in named and self._own_procedures.any_found(" ".join(words(q))):
                return False
        return True

    def _work_matter(self, text: str, plain: str) -> bool:
        """The message tells an employment matter (content/qa.yaml `off_topic_work`: "HR stopped
        my sick pay", "one of our drivers hurt his back", "should I mention it to the hiring
        manager?") and none of its questions but those telling such a matter ("should he be allowed
        to keep working?") names a theme of the guide's but working or sitting, a shape or an
        exercise: the employer's, the union's or the law's question. "Can I work
        with sciatica?" tells no such matter; "... my sick pay stopped. Which stretches can I do
        at my desk?" asks about stretches."""
        if not self._work.any_found(plain):
            return False
        ranker = self._ranker
        return not any(
            ranker.themes(q) - _WORKPLACE
            or ranker.shapes(q)
            or ranker.named_exercises(q)
            or _ROUTINE.search(" ".join(words(q)))
            for q in questions(text)
            if not self._work.any_found(" ".join(words(q)))
        )

    def _asked_anywhere(self, text: str) -> bool:
        """One of the message's questions asks about the law, a driving licence's rules, how to
        answer other people or a couple's intimacy ("... my surgery was denied because I smoke.
        Is this common? Legal?"), and none of the others names a theme, a shape or an exercise
        ("Is that legal? And which stretches can I do at my desk?" asks about stretches too)."""
        asking = questions(text) or [text]
        found = [q for q in asking if self._questions.any_found(aside(" ".join(words(q))))]
        ranker = self._ranker
        return bool(found) and not any(
            ranker.themes(q) or ranker.named_exercises(q) for q in asking if q not in found
        )

    def _other_question_in_scope(self, text: str, question: str) -> bool:
        """A question asked before `question` names a theme, a shape or an exercise and asks
        nothing outside the guide, nor an employment matter ("how do you go off sick?")."""
        ranker = self._ranker
        before = text[: max(text.find(question), 0)]
        for other in questions(before):
            plain = " ".join(words(other))
            if (
                self._off_topic_asked(plain)
                or self._work.any_found(plain)
                or self._money_asked(other, other, story=False)
            ):
                continue
            if ranker.themes(other) or ranker.shapes(other) or ranker.named_exercises(other):
                return True
        return False


def _together(config: QAConfig, patterns: Iterable[str]) -> KeyedPatterns:
    """`patterns` (a <<family>> they name written out) compiled and searched together, each
    only in a text holding a literal it needs."""
    return KeyedPatterns((p, compiled(p)) for p in map(config.expand, patterns))
