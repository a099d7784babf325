"""A symptom story in which an everyday activity only says when the pain comes ("walking to the
shops makes it burn", "whenever I drive more than half an hour", "after standing at work all
day"): the story asks what the pain is, not about walking, driving or work."""

from __future__ import annotations

import re

from bot.qa.focus import asking_sentences
from bot.qa.ranking import GuideRanker
from bot.qa.ranking_words import DESCRIBED_PAIN
from bot.qa.text import fold

# A pain told in a part of the leg or the hip ("a throbbing pain in my left leg"): what it is.
LIMB_PAIN = re.compile(
    r"\b(?:pain|pains|ache|aches|aching|throbbing|burning|tingling|numbness|cramps?)\b"
    r"(?: \w+){0,3} (?:in|on|at|behind) (?:my |the |his |her )?(?:\w+ )?"
    r"(?:legs?|thighs?|calf|calves|knees?|shins?|ankles?|foot|feet|toes?|buttocks?|bum|hips?|groin)\b"
)
# A pain told in the buttock, the hip or the leg ("an ache in my left butt cheek") and asked
# what it is ("What is this?", "worried about what it could be", "what's causing it?"): how to
# tell what the pain is, when nothing else in the guide answers it. The knee, the foot and the
# groin are left out: their own injuries are other questions.
_SEAT_PAIN = re.compile(
    r"\b(?:pain|pains|ache|aches|aching|throbbing|twinges?)\b(?: \w+){0,3} (?:in|on|at|behind) "
    r"(?:my |the |his |her |their )?(?:\w+ )?(?:legs?|thighs?|buttocks?|bum|butt|glutes?|hips?)"
    r"(?: cheeks?)?\b"
)
_WHAT_IS = re.compile(
    r"\b(?:what (?:is|could|might|can|would) (?:this|that|it)(?: be)?|what (?:it|this|that) "
    r"(?:is|could be|might be|may be)|whats (?:this|that|it|causing)|what is causing|"
    r"what is my deal)\b"
)
# A message that is only a pain told in the lower back, the sacrum or a leg ("searing, gnawing,
# burning pain in low back and sacrum region", "aching pain I have had in my left leg?"): a
# terse way of asking what it is.
_PAIN_ALONE = re.compile(
    r"^(?:\w+ ){0,4}(?:pain|pains|ache|aches|aching|throbbing)\b(?: \w+){0,4} (?:in|on|at|around) "
    r"(?:my |the |his |her )?(?:(?:left|right|lower|low) )?(?:legs?|thighs?|buttocks?|back|sacrum|"
    r"sacral)(?: and (?:my |the )?(?:\w+ )?(?:legs?|thighs?|buttocks?|back|sacrum|sacral))?"
    r"(?: (?:area|region|for \w+ \w+))?(?: what (?:is|could) (?:it|this|that)(?: be)?)?$"
)
# A story this long or longer (in words) tells more than the activity: in a short message
# ("pain down my leg whenever I sit, any tips?") the activity is what is asked about.
STORY_WORDS = 26
# What a story may name besides the pain and still only ask what the pain is: how to tell it
# is sciatica, and what causes it (an injury told as absent: "no injury I can think of").
_ABOUT_THE_PAIN = frozenset({DESCRIBED_PAIN, "why-sciatica"})
# The everyday activities a pain is told coming with ("when I sit", "after a day at work").
EVERYDAY = frozenset({"walking", "sitting", "driving-travel", "sleeping", "bed-rest", "work"})
# A clause saying when or where the pain comes: after "when", "whenever", "every time", "after"
# and the like ("every time I sit at my desk", "worst when I'm walking the dog"), or an activity
# told making it worse ("walking to the shops makes it burn", "lying in bed doesn't ease it").
ACTIVITY_WHEN = re.compile(
    r"\b(?:(?:when|whenever|while|whilst|after|before|once|if|every time|each time|any ?time)"
    r"(?: (?:i|im|i am|ive been|he|she|we|they|its|it is))?"
    r"|(?:worst|worse|bad|painful|sore|better|easier|eases?|eased)"
    r" (?:when|while|after|during|on|in|at))"
    r"(?: (?!is\b|are\b|could\b|can\b|might\b|would\b|should\b)\w+){1,5}"
    r"|\b(?:walking|sitting|standing|driving|lying|laying|sleeping|bending|lifting)(?: \w+){0,4}"
    r" (?:makes?|made|is|gets|get|doesnt|dont|does|hurts?|sets? off|brings? on|triggers?)\b"
)


def pain_only_when(ranker: GuideRanker, described_pain: re.Pattern[str], text: str) -> bool:
    """`text` is a story of a pain in the leg or the hip (`described_pain`: along the leg) that
    names an everyday activity only in clauses saying when the pain comes, and without them
    names no theme, shape or exercise of the guide's other than what the pain is; neither does
    any sentence of it that asks ("any thoughts?", "not sure if these are related"): it asks
    what the pain is."""
    folded = fold(text)
    if len(folded.split()) < STORY_WORDS or not (
        described_pain.search(folded) or LIMB_PAIN.search(folded)
    ):
        return False
    named = ranker.themes(text)
    if not named & EVERYDAY:
        return False
    rest = ACTIVITY_WHEN.sub(" ", ranker.literal(text))
    if named - ranker.themes(rest) - EVERYDAY:
        # The clause held more than an activity ("after low back surgery").
        return False
    return _names_only_the_pain(ranker, rest) and all(
        _names_only_the_pain(ranker, ACTIVITY_WHEN.sub(" ", ranker.literal(asking)))
        for asking in asking_sentences(text)
    )


def _names_only_the_pain(ranker: GuideRanker, rest: str) -> bool:
    if ranker.named_exercises(rest):
        return False
    return (ranker.themes(rest) | ranker.shapes(rest)) <= _ABOUT_THE_PAIN


def pain_asked_what(described_pain: re.Pattern[str], folded: str) -> bool:
    """`folded` tells a pain travelling down the leg (`described_pain`), or a pain in the
    buttock, the hip or the leg and asks what it is, or is only a pain told in the low back, the
    sacrum or a leg."""
    return (
        described_pain.search(folded) is not None
        or (_SEAT_PAIN.search(folded) is not None and _WHAT_IS.search(folded) is not None)
        or _PAIN_ALONE.search(" ".join(re.findall(r"[a-z0-9]+", folded))) is not None
    )
