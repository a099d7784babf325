"""Whether a message tells the guide's own subject in words of its own (bot/qa/scope.py
`Scope.told`): sciatica named, or a lower back that hurts beside a plea for what to do."""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-z0-9]+")
_SCIATICA = re.compile(r"\b(?:sciatica|sciatic)\b")
# A lower back that hurts, told by the writer or of someone close, beside a plea for what to do
# ("Boyfriend has sudden back pain. Not sure what to do.", "his back hurts ... what should we
# do?"): the guide's subject too. Told beside another question ("Diverticulitis cause lower
# backache?") it is that question's, which may be another illness's.
_BACK = re.compile(
    r"\b(?:(?:lower |low )?back ?(?:pain|aches?|aching)|backache|(?:bad|sore|achy|aching) back|"
    r"(?:back|spine) (?:hurts|hurt|hurting|is killing|has been killing))\b"
)
_PLEA = re.compile(
    r"\b(?:what (?:should|shall|can|could|do|would) (?:i|we|he|she|they) do|"
    r"(?:not sure|no idea|dont know|unsure|at a loss) (?:what|how) to (?:do|help)|"
    r"what (?:do|would) you (?:suggest|recommend|advise)|your (?:suggestions?|advice|"
    r"recommendations?) (?:about|on|for|as to) what|how (?:do|can|should|will|would) (?:i|we) "
    r"(?:manage|cope|deal)|any (?:tips|advice|suggestions))\b"
)

# What sciatica comes from, named instead of it ("a herniated disk in my lower back. What does
# this mean?", "any info on pinched nerves?", "my doctor says it's spinal stenosis"): the
# guide's subject too, and so is a disc's bulge told by its lumbar level ("a bulge at L4-L5"),
# unless the neck, an arm or the upper back is told with it ("a pinched nerve in my neck",
# "cervical stenosis"). A narrowing named without the spine ("aortic stenosis") is another
# illness's.
_CAUSE = re.compile(
    r"\b(?:(?:herniated|herniation|slipped|bulging|bulged|bulge|prolapsed|prolapse|ruptured|"
    r"protruding) (?:(?:lumbar|spinal|lower) )?dis[ck]s?|(?:pinched|trapped|compressed) nerves?|"
    r"(?:spinal|lumbar|foraminal|canal|spine) stenosis|stenosis (?:of|in) (?:my |the |his |her )?"
    r"(?:lower |low )?(?:spine|back|lumbar)|(?:bulge|bulging|herniation|herniated|protrusion|"
    r"prolapse|extrusion) (?:at|in|of|on) (?:the |my )?(?:l[1-5]|s1|lumbar)|(?:l[1-5]|s1)"
    r"(?: (?:l[1-5]|s1))? (?:dis[ck] )?(?:bulge|herniation|protrusion|prolapse|extrusion))\b"
)
_UPPER = re.compile(
    r"\b(?:neck|cervical|c[1-7]|shoulders?|arms?|hands?|wrists?|elbows?|thoracic|upper back)\b"
)
# The guide's section on what sciatica is and where it comes from, for a message asking what
# the subject it tells means ("What does this mean?", "Do you have any info on ...?").
WHAT_IT_IS = "why-sciatica"
_WHAT_IT_IS = re.compile(
    r"\b(?:what (?:does|do|will) (?:this|that|it|these|those) (?:mean|means)|"
    r"(?:an?y|some|more) info(?:rmation)? (?:on|about|for)|tell me (?:more )?about|"
    r"what (?:do|can|would) you (?:have to )?say about|(?:know|knows) (?:much|anything) about)\b"
)


def subject_told(plain: str) -> bool:
    """`plain` (lower-case words, denials left out) tells sciatica or a disc or nerve it comes
    from (not in the neck or an arm), or a lower back that hurts beside a plea for what to do."""
    return (
        _SCIATICA.search(plain) is not None
        or (_CAUSE.search(plain) is not None and _UPPER.search(plain) is None)
        or (_BACK.search(plain) is not None and _PLEA.search(plain) is not None)
    )


def asks_what_it_is(plain: str) -> bool:
    """`plain` asks what the subject it tells means or for information on it, or names only
    that subject ("spinal stenosis", "a slipped disc?")."""
    return (
        _WHAT_IT_IS.search(plain) is not None
        or _CAUSE.fullmatch(" ".join(_WORD.findall(plain))) is not None
    )
