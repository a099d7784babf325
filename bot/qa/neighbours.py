"""How a clause's neighbours tell of it, for bot/qa/redflags.py: an aside with no subject is
told of the time of the clause before it, a time opening the sentence of the clause after it,
and a clause going on about the one before it tells that one's symptom passing, and a sentence
that only dates the one before it tells that one's time."""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

# A clause with no subject of its own, only a time or cause ("after falling on ice"), or a bare
# list item (", whiplash and a sore back"): told of the time of the clause before it.
_ASIDE = re.compile(
    r"(?:after|from|following|since) \w+ing\b|(?:and )?(?:(?:a|an|the|my|some|bad|nasty|mild"
    r"|minor) )?\w+(?: (?:and|or) (?:(?:a|an|the|my|some) )?\w+(?: \w+)?)?$"
)
# A time opening the sentence, a clause of its own ("Before surgery, I had...", "A few years
# ago, I was in an accident", "In 2015, ..."): it is the time of the clause after it.
_LEAD = re.compile(
    r"^(?:before|prior to) (?:\w+ ){0,2}\w+$"
    r"|^(?:(?:about|around|over|some|almost|nearly|more than) )?(?:\w+ ){0,2}(?:years?|decades?)"
    r" (?:ago|back|before)$|^(?:back )?in (?:19|20)\d\d$|^last year$"
)
# A time told by the pain opening the sentence ("when the pain is there, I can't move my leg"):
# the clause after tells what the pain stops, unless it tells a weakness, a numbness or a drag
# of its own, or one that stays ("my leg is weak and drags even after the pain goes").
_PAIN_LEAD = re.compile(
    r"^(?:but |and )?(?:when|while|whenever|once) (?:the |my |this )?(?:pain|spasms?|agony"
    r"|cramps?)(?: is (?:there|bad|on)| comes| hits| starts| kicks in| flares(?: up)?)$"
)
_DEFICIT = re.compile(
    r"\b(?:weak\w*|drag\w*|numb\w*|giv\w* way|gave way|buckl\w*|dead|still|after|since)\b"
)
# A clause going on about the one before it, with no subject of its own or "it", "that" or
# "which" ("numb bum from the bleachers, went away when I stood up"; "a dead leg, it came back
# after a minute", "... in my feet and hands, gone within a minute of standing up"): what it
# tells of passing is told of that clause's symptom, unless it tells it back or still there
# too ("went away when I stood up but came back").
_TOLD_BACK = r"\b(?:but|again|still|worse|now|since|keeps?|kept|returned|returns)\b"
BACK_AFTER = re.compile(rf"{_TOLD_BACK}|\b(?:came|comes|come|coming) back\b")
_GOES_ON = re.compile(
    rf"^(?!.*{_TOLD_BACK})"
    r"(?:(?:and|but|then|though) )?(?:(?:it|that|which|this|they|the feeling) )?(?:(?:just|soon"
    r"|quickly|all) )?(?:went|goes|go|came|comes|come|wore|wears|passed|passes|eased|eases"
    r"|settled|settles|disappeared|disappears|faded|fades|gone (?=within|in a|after))\b"
)
# A clause telling the limb fine again ("fine the next morning", "my leg is back to normal
# now", "it is much stronger now"), silenced by content/qa.yaml's limb_fine_again, or getting
# stronger ("slowly getting stronger with physio"), silenced by its limb_recovering: it tells
# of the clause before it too.
_FINE_AGAIN = re.compile(
    r"^(?:(?:and|then|though) )?(?:(?:(?:my|the|his|her) (?:\w+ )?(?:leg|legs|foot|feet|calf"
    r"|calves|knee|knees|thigh|thighs|ankle|ankles)|it|they|that) (?:is|are|was|were|felt|feels"
    r"|feel|seems|s) |(?:is|was|felt|feels|its) )?(?:(?:totally|completely|all|perfectly"
    r"|absolutely|much|a lot|loads|fully|back|slowly|gradually|steadily|finally) )?(?:(?:getting"
    r"|gets|growing) (?:(?:much|a lot|a bit|a little|slowly|gradually|steadily) )?)?(?:fine|ok"
    r"|okay|normal|back to normal|stronger|better|right as rain)\b"
    r"(?!.*\b(?:but|again|still|worse|weaker)\b)"
)


# A weakness told getting worse, or a deficit told after the limb fine again ("fine in the
# mornings, by lunch I drag it"): not a weakness passed.
_WORSENING = (
    r"\b(?:worse|weaker|getting|keeps?|kept|more and more|each day|every day|progress\w*"
    r"|spread\w*"
)
_GOT_WORSE = re.compile(_WORSENING + r")\b")
_NOT_PASSED = re.compile(
    _WORSENING + r"|weak\w*|drag\w*|numb\w*|giv\w* way|gave way|buckl\w*|cant|unable)\b"
)


def told_fine_again(clause: str) -> bool:
    """The clause tells a limb fine again, of the clause before it ("fine the next morning")."""
    return _FINE_AGAIN.match(clause) is not None


# A clause telling going more often as what follows from a drink told in the clause before it
# ("I'm needing to drink more water, so I'm peeing a lot more"), with no leak, hold-up, urge or
# lost feeling of its own: the drink's doing, not the bladder's nerves.
_DRINK = re.compile(r"\b(?:drink\w*|drank|fluids?|water|tea|coffee|diuretics?)\b")
_SO_MORE = re.compile(
    r"^(?:and )?so (?!.*\b(?:leak\w*|cant|couldnt|control\w*|accidents?|wet\w*|dribbl\w*"
    r"|numb\w*|feel\w*|urgen\w*|hold\w*|strain\w*|unable|burn\w*|blood|pain\w*)\b)"
    r"(?:.*\b(?:pee|wee|peeing|weeing|urinat\w*|going|go|toilet|loo|bathroom)\b)"
)


def drink_explained(clauses: Sequence[str]) -> set[int]:
    """The clauses that tell going more often as a drink's doing, told just before."""
    return {
        i
        for i in range(1, len(clauses))
        if _SO_MORE.match(clauses[i]) and _DRINK.search(clauses[i - 1])
    }


def passing_told_after(clauses: Sequence[str], silenced: Set[int]) -> set[int]:
    """The clauses whose symptom the next clause, silenced and going on about it, tells
    passing ("a dead leg, it came back after a minute") or fine again ("fine the next
    morning"), with nothing told back after."""
    return {
        i - 1
        for i in silenced
        if i
        and (
            _GOES_ON.match(clauses[i])
            or (
                _FINE_AGAIN.match(clauses[i])
                and not _GOT_WORSE.search(clauses[i - 1])
                and not any(_NOT_PASSED.search(c) for c in clauses[i + 1 :])
            )
        )
        and not any(BACK_AFTER.search(c) for c in clauses[i + 1 :])
    }


def shown_in(clauses: Sequence[str], silenced: Set[int]) -> list[int]:
    """The clauses that may still show a sign: none silenced, nor an aside with no subject
    after a silenced one ("since February (after falling on ice)", ", whiplash and a sore
    back"), nor one after a silenced time opening the sentence ("before surgery, I had...",
    "when the pain is there, ...")."""
    return [
        i
        for i in range(len(clauses))
        if i not in silenced
        and not (
            i
            and i - 1 in silenced
            and (
                _ASIDE.match(clauses[i])
                or _LEAD.match(clauses[i - 1])
                or (_PAIN_LEAD.match(clauses[i - 1]) and not _DEFICIT.search(clauses[i]))
            )
        )
    ]


# A sentence that only dates the one before it ("I fell off a ladder. That was in 2018.", "This
# was about six years ago now."): its time opens that sentence, read as a time leading it.
_DATED = re.compile(
    r"^\s*(?:and |but )?(?:that|this|it|which)(?: all)? (?:was|happened|occurred)"
    r" (?P<time>(?:about |around |over |some |almost |nearly |more than |back )?"
    r"(?:\w+ ){0,2}(?:years?|decades?) (?:ago|back|before)|(?:back )?in (?:19|20)\d\d)"
    r"(?: now)?\s*$"
)


# A sentence opening with years gone by since the one before ("I fell off a ladder in my
# twenties. About ten years later the sciatica started."): the one before is that long ago.
_YEARS_LATER = re.compile(
    r"^\s*(?:and |but |then |so )?(?:about |around |over |some |almost |nearly |more than )?"
    r"(?P<count>(?:\w+ ){0,3}?)(?P<unit>years?|decades?) later\b"
)
# The sentence before told recent itself ("I fell off my horse yesterday."): not dated so.
_RECENT = re.compile(
    r"\b(?:yesterday|today|tonight|last (?:night|week|weekend|month)|this (?:morning|week"
    r"|weekend|month)|(?:hours?|days?|weeks?) ago|on (?:monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday))\b"
)


def dated_by_next(told: Sequence[str]) -> list[str]:
    """The sentences, each dated by a next one that only tells its time, or that opens with the
    years gone by since: the time opens it."""
    return [
        f"{time}, {s.strip()}" if (time := _time_of(told, i)) else s for i, s in enumerate(told)
    ]


def _time_of(told: Sequence[str], i: int) -> str | None:
    if i + 1 >= len(told):
        return None
    if found := _DATED.match(told[i + 1]):
        return found.group("time")
    if (later := _YEARS_LATER.match(told[i + 1])) and not _RECENT.search(told[i]):
        return f"{later.group('count')}{later.group('unit')} ago"
    return None
