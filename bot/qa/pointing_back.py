"""Questions that point back at what the message told ("is that true?", "is it worth it?"),
worries voiced beside the real question, and asking which doctor to see after what it is."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.qa.focus import last_sentence, questions
from bot.qa.text import fold, words

# Which doctor to see, or whether to see one ("What doctor should I see?", "Should I see a
# GP?"): after asking what a symptom is, a follow-up that the answer about what it is covers.
_WHICH_DOCTOR = re.compile(
    r"^\W*(?:(?:and|so|also) )?(?:(?:what|which) (?:kind of |type of |sort of )?"
    r"(?:doctor|specialist|gp|physician|clinic)s? (?:should|shall|do|would|could|can|must) "
    r"(?:i|we|he|she) (?:\w+ )?(?:see|go to|visit|consult|contact)|"
    r"(?:who|whom) (?:should|shall|do|would|can) (?:i|we|he|she) (?:\w+ )?(?:see|go to|visit|"
    r"consult)|(?:should|shall|do|must) "
    r"(?:i|we|he|she) (?:\w+ )?(?:see|go to|visit|consult) (?:a |an |the |my )?(?:doctor|gp|"
    r"specialist|physician))\b",
    re.IGNORECASE,
)
# A question pointing back at the story ("is it worth it?", "should I try this?").
_REFERS_BACK = re.compile(r"\b(?:it|this|these|them|those|one)\b")
# A worry voiced beside the question ("Or maybe I have a tumor?", "What if it is cancer?").
_WORRY = re.compile(
    r"^\W*(?:(?:or|and) (?:maybe|perhaps|worse|even)\b|what if\b|maybe\b|perhaps\b)"
)
# A short question about what was just said ("is that true?", "what does that mean?", "does
# anyone know what this is?"), or
# whether what was told is a bad sign ("is something wrong?", "is anything wrong with me?").
_POINTS_BACK = re.compile(
    r"^(?:\w+ ){0,3}(?:that|this|it)(?: \w+){0,2}$"
    r"|^(?:\w+ ){0,3}(?:know|idea|tell me|tell us|explain) what (?:this|it|that) (?:is|means)$"
    r"|^(?:is|could|might) (?:there )?(?:something|anything) (?:be )?wrong"
    r"(?: with (?:me|my back))?$"
)
# A claim heard or read, or a fear, told ("my friend says ...", "I read that ...", "I'm scared I
# won't ..."): what a question pointing back right after it asks about.
_CLAIM_OR_FEAR = re.compile(
    r"\b(?:says?|said|told|tells|read|heard|claims?|claimed|reckons?|scared|afraid|fear|fears|"
    r"feared|worried|worry|worries)\b"
)


def what_before_doctor(text: str, what_it_is: Callable[[str], bool]) -> list[str]:
    """The last question asking `what_it_is` when the message ends by asking which doctor to see
    or whether to see one ("What could this be? What doctor should I see?"); else none."""
    asking = questions(text)
    if len(asking) < 2 or _WHICH_DOCTOR.match(fold(asking[-1])) is None:
        return []
    return [q for q in asking[:-1] if what_it_is(q)][-1:]


def refers_back(question: str) -> bool:
    """The question points back at the story with a pronoun ("is it worth the risk?")."""
    return _REFERS_BACK.search(fold(question)) is not None


def points_back(question: str) -> bool:
    """The question is a short one about what was just said ("is that true?")."""
    return _POINTS_BACK.match(" ".join(words(question))) is not None


def claim_before(text: str, question: str) -> str:
    """The claim or the fear told just before `question` ("I read that sitting is worse ...
    Is that true?"), or "" when the sentence before tells neither."""
    near = last_sentence(text, question)
    return near if _CLAIM_OR_FEAR.search(fold(near)) else ""


def voices_worry(question: str) -> bool:
    """The question only voices a worry beside the message's real question ("Or maybe I have a
    tumor?", "What if it is something worse?")."""
    return _WORRY.match(fold(question)) is not None


def without_worries(text: str) -> str:
    """`text` without the worries it voices beside another question; `text` itself when every
    question it asks is a worry, or none is."""
    asking = questions(text)
    worries = [q for q in asking if voices_worry(q)]
    if not worries or len(worries) == len(asking):
        return text
    for worry in worries:
        text = text.replace(worry, " ")
    return text
