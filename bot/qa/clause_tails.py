"""Clauses that only tell how the one before ends or goes on, read with it (bot/qa/sentences.py
cuts the clauses): a feeling passing when the body moves ("but it wears off when I get up"), a
change with no subject (", getting worse"), a place (", both sides"), a recovery ("but fine the
next morning"), an afterword of years ("but I've always done that"), a return ("but now it's
back") and a balance lost after an exercise ("but my legs wobble"), so the families judging
that clause see the whole of it."""

from __future__ import annotations

import re

# A feeling told passing when the body moves ("... but it wears off when I get up", ", goes
# away when I stand"): the clause after the turn tells how the one before ends, so the two are
# read as one (a seated pressure, not a lasting numbness). Not a past passing ("it wore off but
# now it's back") nor one denied ("but it doesn't go away when I stand").
_PASSING = re.compile(
    r"^(?!.*\b(?:doesnt|dont|didnt|wont|never|not|cant|isnt|hasnt|no longer|back|again)\b)"
    r"(?:(?:it|that|this|they|the feeling|the numbness|the tingling|then it) )?"
    r"(?:(?:always|usually|normally|soon|quickly|just|only) )?"
    r"(?:wears off|goes away|goes off|goes|passes|eases|settles|disappears|fades|stops"
    r"|comes right|returns to normal|goes back to normal)"
    r"(?: \w+){0,2} (?:when|once|as soon as|after|if|whenever)\b"
)
# An afterword telling the clause before a habit of years or a trouble long over ("I pee a lot
# at night but I've always done that", "... years ago but that sorted itself out"): read with
# that clause. Not when the sentence tells it back ("that went away but now it's back").
_AFTERWORD = re.compile(
    "^(?:"
    + "|".join((
        r"(?:ive|i have|hes|he has|shes|she has|weve|theyve) always (?:done|had|been like)"
        r" (?:that|this|it)",
        r"(?:its |it has |thats |that has )?(?:always )?been (?:like (?:that|this)|that way"
        r"|this way) (?:for|since)",
        r"(?:thats |that s |its |it s )?(?:just |only )?(?:the|my) (?:baby|bump|pregnancy)$",
        r"(?:thats |its |that s |it s )?nothing new",
        r"(?:\w+ ){0,2}(?:cleared|sorted|fixed|got rid of) (?:it|that)$",
        r"(?:(?:that|it|this) )?(?:has |had |all )?(?:cleared up|went away|resolved)"
        r"(?: completely| fully)?$",
        r"(?:that|it|this) (?:has |had |all )?(?:sorted itself out|cleared up|went away|resolved"
        r"|settled|healed)",
        r"(?:that|it|this) was (?:\w+ ){0,3}(?:years?|decades?) ago",
        r"(?:that|it|this) (?:went|cleared|passed|healed|was fine)$",
        r"(?:all |fully |completely )?(?:healed|recovered)$",
        # A habit told "always have"; a fall that did not happen ("... but didn't fall").
        r"(?:(?:i|ive|he|she) )?(?:always (?:have|had|did|do)|(?:have|had) always)$",
        r"(?:i )?(?:didnt|never) (?:actually |quite )?(?:fall|go down|hit the (?:ground|floor))",
        r"(?:i )?caught myself",
        # The accident just told, pointed back to ("... broke my wrist, that's my only accident").
        r"(?:thats|that s|that was|its|it s|it was) (?:my|the) (?:only|one|last|first|worst)"
        r" (?:\w+ )?(?:accident|fall|injury|crash)",
    ))
    + r")\b"
)  # fmt: skip
# A change told with no subject after a comma ("numbness in my leg and foot, getting worse"):
# the clause before is what changes.
_CHANGE_TAIL = re.compile(
    r"^(?:and )?(?:its |it is |it s |which is |thats )?(?:still |now )?"
    r"(?:getting|growing|spreading|creeping|progressing|worsening)(?: \w+){0,3}$"
)
# A place told after a comma with nothing else ("shooting down my legs, both sides", "now I
# get it down both sides, left and right legs"), or a
# recovery after a "but" ("weak after a long walk but fine the next morning"): read with the
# clause before.
# A feeling told coming and going after a comma ("numbness from my knee down, it comes and
# goes"): read with the clause before, so that clause is seen as passing.
_INTERMITTENT_TAIL = re.compile(
    r"^(?:and )?(?:it|this|that|they|the numbness|the tingling|the feeling) (?:just |only )?"
    r"(?:comes and goes|come and go|comes on and off|is on and off|is intermittent)$"
)
_PLACE_TAIL = re.compile(
    r"^(?:on |in |down )?(?:both (?:sides|legs|feet|of them)|each side"
    r"|(?:left and right|right and left)(?: legs?| sides?)?)$"
)
_RECOVERY_TAIL = re.compile(
    r"^(?:its |it s |it is |theyre |they re )?(?:back to normal|fine|normal|ok|okay)(?: again)?"
    r" (?:the next|by the|next|after a|in the) (?:\w+ )?(?:day|morning|night|rest)$"
)
# A balance lost told on its own after a "but" or a comma ("I've been doing the bird dog but my
# legs wobble all over the place"), after a clause that names an exercise or its position and
# denies nothing: read with that clause, so the exercise it is told in is seen (content/qa.yaml
# `exercise_strain`).
_BALANCE_TAIL = re.compile(
    r"^(?:i|my (?:\w+ )?(?:legs?|knees?|ankles?|foot|feet|hips?|body))"
    r"(?: just| still| really| kind of| sort of| keep| keeps| tend to)* (?:wobbl\w*|shak\w*"
    r"|trembl\w*|tip\w* over|toppl\w*|(?:lose|lost|losing) my balance|(?:am|is|are|feel|feels"
    r"|get|gets|go|goes)(?: so| really| very| a bit| quite)? (?:wobbly|unsteady|shaky))"
    r"(?: all over(?: the place)?| like mad| a lot| everywhere| (?:from )?side to side)?$"
)
_DENIAL = re.compile(r"\b(?:no|not|never|cant|couldnt|dont|didnt|wont|unable)\b")
# A return or a worsening told with no subject of its own ("... but now it's back", "but now
# it's worse"): read with the clause before, so what exempts that clause (a past, an
# improvement) sees it told back.
_BACK_TAIL = re.compile(
    r"^(?:and )?(?:now )?(?:its|it s|it is|it has|it s come|it came|theyre|they re|they are"
    r"|they have|they came) (?:come |got |getting |gone |much |even |all )?(?:back|returned|worse"
    r"|again)(?: now| again| since| after| \w+ days?| \w+ weeks?)*$"
)
# "Back" told of a return ("now it's back"), not the body ("jarred my back").
_TOLD_BACK = re.compile(
    r"\b(?:(?<!my )(?<!the )(?<!his )(?<!her )(?<!lower )(?<!upper )(?<!your )back(?! pain| ache)"
    r"|again|returned|recurred|recurring|since then)\b"
)


def _afterword(clause: str, rest: list[str]) -> bool:
    """`clause` tells the one before a habit of years or a trouble over, and the rest of the
    sentence does not tell it back."""
    return bool(_AFTERWORD.match(clause)) and not _TOLD_BACK.search(" ".join([clause, *rest]))


def _balance_tail(clause: str, before: str, exercise_positions: re.Pattern[str]) -> bool:
    """`clause` only tells a balance lost, and `before` names an exercise (content/qa.yaml
    `exercise_positions`) and denies nothing."""
    return bool(
        _BALANCE_TAIL.match(clause)
        and exercise_positions.search(before)
        and not _DENIAL.search(before)
    )


def read_with_before(
    clause: str, turn: str, rest: list[str], before: str, exercise_positions: re.Pattern[str]
) -> bool:
    """`clause`, after `turn` (the punctuation or word that cut it), only tells how `before`
    ends or goes on; `rest` is the sentence's parts after it."""
    return bool(
        (turn == "," and (_CHANGE_TAIL.match(clause) or _INTERMITTENT_TAIL.match(clause)))
        or (turn in (",", "but") and _PLACE_TAIL.match(clause))
        or (turn == "but" and _RECOVERY_TAIL.match(clause))
        or _afterword(clause, rest)
        or _BACK_TAIL.match(clause)
        or (turn in (",", "but") and _balance_tail(clause, before, exercise_positions))
    )


def passing(clause: str, turn: str) -> bool:
    """`clause`, after `turn`, tells a feeling passing when the body moves."""
    return turn in ("but", ",") and bool(_PASSING.match(clause))
