"""How a message is cut for the red-flag check: sentences, clauses (a list after a denial kept
whole, a clause with no verb read with the one before, a limb told as "it" after a "but" read
as the limb, negations read first), and how far a reported or hypothetical frame reaches in a
clause (page titles, which describe no one, are told in bot/qa/headlines.py). A clause that
only tells how the one before ends or goes on (", getting worse", "but I've always done that")
is read with it (bot/qa/clause_tails.py), so the families judging that clause see the whole of
it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.qa.clause_tails import passing as is_passing
from bot.qa.clause_tails import read_with_before
from bot.qa.prefilter import may_match

# Clauses end at punctuation and at words that turn the sentence ("no fever, but numb groin").
_CLAUSE = re.compile(
    r"[,;:()\u2013\u2014]+|\s-\s|\b(?:but|although|though|however|except|and now)\b"
)
_CLAUSE_SPLIT = re.compile(f"({_CLAUSE.pattern})")
# A clause with no verb, its predicate that of the clause before ("not only is my foot numb
# but now my groin too"): read with that clause.
_ELLIPTICAL = re.compile(
    r"^(?:(?:now|also|and) )*(?:my|his|her|their|the) (?:\w+ )?\w+ (?:too|as well|also)$"
)
# A limb (or the bladder or bowel) named before a "but", or in the sentence before, and told
# as "it" or "they" after it ("no pain in my foot but it keeps dragging", "my leg hurts. It
# feels weak", "a weak bladder, but it's got worse and I can't hold it"): the pronoun is read as
# the limb, so the clause after the turn is about it.
_LIMB = re.compile(
    r"\b(?:my|his|her|their|the|a) (?:(?:left|right|bad|other|weak) )?"
    r"(?:foot|feet|legs?|ankles?|toes|bladder|bowels?|groin)\b"
)
# Not a pronoun of people or of the past ("they said", "it would roll"), nor one before a word
# that tells of something else ("it's both", "it's only the pain", "it was fine").
_PRONOUN = re.compile(
    r"^(?:(?:now|then|and|so|but|this time|today|lately|these days) )*(?:it|they|its|theyre)"
    r"(?= (?!(?:said|says|say|told|tell|think"
    r"|thought|reckon|would|could|should|might|may|will|ll|d|did|do|does|was|were|want|wanted"
    r"|asked|checked|found|sent|gave|put|tested|can|to|both|only|just|all|not|been|ok|okay"
    r"|fine|my|the|a|an|\d+)\b))"
)
_COPULA = {"its": " is", "theyre": " are"}
# A numbness, a tingling, a weakness or a foot drop named, and "it" told after it spreading or
# worse ("tingling started in my foot, now it's spreading up my leg", "my foot went numb. It's
# now climbing to my knee", "I've had foot drop for years. It's got much worse this week", "the
# weakness was the reason for my op. It's been getting worse since"): the "it" is the deficit,
# progressing (NICE NG59), not the limb, and whatever quieted the deficit where it was named (a
# foot drop known for years) does not reach it. Not told as each time it comes ("..., then it
# creeps up my leg when I sit"), nor better or less, nor worse only at a time of day.
_FEELING = re.compile(
    r"\b(?:numb|tingl|pins and needles|pins n needles|weakness|foot ?drop|drop ?foot|dropped foot"
    r"|(?:leg|legs|foot|feet|calf|ankle) (?:\w+ ){0,2}weak)"
)
_DENIED = re.compile(r"\b(?:no|not|never|dont|didnt|doesnt|without|nor)\b")
# A time the "it" is told after ("In the last few days it has got a lot worse").
_SPREAD_LEAD = (
    r"(?:now|then|and|so|but|since then|today|lately|recently|suddenly|this (?:week|month"
    r"|morning|year)|(?:in|over|during) the (?:last|past) (?:\w+ ){0,2}(?:days?|weeks?|months?)"
    r"|since (?:yesterday|the weekend|last \w+))"
)
_SPREAD_TOLD = re.compile(
    r"^(?!.*\b(?:when|whenever|if|while|each time|every time|better|improv\w*|less|eas\w*"
    r"|receding|retreat\w*|pain|pains|ache|aches|aching|hurt\w*|sore\w*)\b)"
    rf"(?P<pronoun>(?:{_SPREAD_LEAD} )*(?:it|they|its|theyre))"
    r"\b.*\b(?:spread\w*|creep\w*|crept|climb\w*|(?:moved|moving|gone"
    r"|going|travel\w*|work\w* its way|got|gotten|getting) (?:\w+ ){0,2}(?:up|higher|further)"
    r"|(?:getting|got|gets|gotten|growing|grown|grew|become|became|becoming) (?:\w+ ){0,2}"
    r"(?:worse|bigger)|worse (?:every|each|than (?:ever|before|it))"
    r"|(?:much|lot|far|way|even|really|definitely) worse(?! (?:in the|at|after|by|on|first)\b))\b"
)
# What the "it" is read as, by the first letters of the deficit named before it (a limb told
# weak, "my foot is weak", is the weakness).
_DEFICIT_NAMES = {
    "numb": "the numbness",
    "ting": "the tingling",
    "pins": "the tingling",
    "foot": "the foot drop",
    "drop": "the foot drop",
}
_TURNS = frozenset(("but", ",", "and now", "except", "however", "though", "although"))
# A part of a sentence this short after a comma may be an item of a list.
LIST_ITEM = 6
# Verbs a list item may name without starting a statement ("or trouble going to the toilet").
LIST_VERBS = frozenset(("going", "get", "gets", "got", "feel", "feels", "felt", "have", "has"))
_NOT_WORD = re.compile(r"[^a-z0-9]+")
# A list item that only names a part of the body ("hips", "and ankles").
_PLACE = (
    r"(?:(?:and|or|my|the|both|even|also|then|lower|upper|left|right) ){0,3}(?:back|spine"
    r"|neck|shoulders?|arms?|hands?|fingers|hips?|glutes?|buttocks?|bum|butt|thighs?|knees?"
    r"|legs?|calf|calves|shins?|ankles?|feet|foot|toes)"
)
_PLACE_ITEM = re.compile(rf"^{_PLACE}(?: {_PLACE})?$")
# A list's last place running on with its time ("numbness in my hips, legs and feet for three
# days", "..., calves and feet since the weekend"): still a place of the list.
_PLACE_LAST = re.compile(
    rf"^{_PLACE}(?: {_PLACE})? (?:(?:since|for|over) (?:\w+ ){{0,3}}\w+"
    r"|(?:\w+ )?(?:days?|weeks?) ago|now|today|yesterday|lately|recently"
    r"|this (?:morning|week)|last (?:night|week))(?: now)?$"
)
# Words that start a new statement after an "and" ("... and my foot is dragging").
_STATEMENT_STARTS = frozenset((
    "i", "im", "ive", "id", "my", "me", "it", "its", "he", "she", "his", "her", "we", "our",
    "they", "their", "now", "then", "this",
))  # fmt: skip
# How many words a reported or hypothetical frame reaches ("asked if I had any ..."), not
# counting "or" and the small words of a place ("... can still feel in my private parts").
FRAME_REACH = 4
# Words that give a reason, a statement after them the writer's own ("because my legs are
# weaker"); not "such as" or "as well as" a list goes on with.
_REASONS = frozenset(("because", "cause", "cos", "coz", "as"))
_FRAME_FILLERS = frozenset(("in", "on", "around", "my", "his", "her", "their", "your"))


def word_spans(clause: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\S+", clause)]


def clauses(
    sentence: str, statement_words: frozenset[str], exercise_positions: re.Pattern[str]
) -> list[str]:
    """The clauses; bare list items after commas that end in "or" ("no fever, numbness or
    weakness") join the clause before, so its denial reaches the whole list. A part with a
    subject or a verb ("no fever, my groin is numb") or a list without "or" ("no fever, numb
    groin") stays a clause of its own."""
    parts = _CLAUSE_SPLIT.split(sentence)
    clauses: list[str] = []
    items: list[str] = []
    for n in range(0, len(parts), 2):
        clause = " ".join(_NOT_WORD.sub(" ", parts[n]).split())
        words = set(clause.split())
        after_comma = n > 0 and parts[n - 1].strip() == ","
        if clauses and read_with_before(
            clause, parts[n - 1].strip(), parts[n + 1 :], clauses[-1], exercise_positions
        ):
            _close_list(clauses, items)
            clauses[-1] = f"{clauses[-1]} {clause}"
            continue
        # A list's last item, after its "or", may be longer and name a doing ("..., or issues
        # going to the toilet"), not a subject of its own.
        closing = clause.split()[:1] in (["or"], ["nor"]) and len(words) <= 2 * LIST_ITEM
        told = statement_words - LIST_VERBS if closing else statement_words
        if (
            after_comma
            and clauses
            and words
            and (len(words) <= LIST_ITEM or closing)
            and (not (told & words) or _PLACE_ITEM.match(clause) or _PLACE_LAST.match(clause))
        ):
            items.append(clause)
            continue
        _close_list(clauses, items)
        turn = parts[n - 1].strip() if n else ""
        passing = is_passing(clause, turn)
        clause = _carried(clause, parts[n - 1] if n else "", clauses)
        if clauses and (_ELLIPTICAL.match(clause) or passing):
            clauses[-1] = f"{clauses[-1]} {clause}"
        elif clause:
            clauses.append(clause)
    _close_list(clauses, items)
    return clauses


@dataclass(frozen=True)
class NegationReading:
    """How negation words are read before a sentence is cut into clauses (content/qa.yaml):
    a negated ability as the one word of its loss ("can no longer" as "cant"), a limb named in
    everyday words as the limb ("my numb flippers" as "my numb hands"), and a past denial
    restored by the clause after it ("I didn't use to leak but now I do") dropped."""

    # Each form's pattern, its replacement and the literals one of which it needs (prefilter):
    # a sentence lacking them is left as it is without a search (most sentences lack all).
    forms: tuple[tuple[re.Pattern[str], str, tuple[str, ...] | None], ...]
    past_denial: re.Pattern[str]
    restored: re.Pattern[str]
    exercise_positions: re.Pattern[str]

    def clauses(self, sentence: str, statement_words: frozenset[str]) -> list[str]:
        """The sentence's clauses, its negations read."""
        for pattern, form, needed in self.forms:
            if may_match(needed, sentence):
                sentence = pattern.sub(form, sentence)
        cut = clauses(sentence, statement_words, self.exercise_positions)
        return [
            self.past_denial.sub("", clause)
            if self.past_denial.search(clause)
            and self.restored.search(" ".join(cut[i + 1 : i + 2]))
            else clause
            for i, clause in enumerate(cut)
        ]


def _carried(clause: str, cut: str, before: list[str]) -> str:
    """`clause` with a leading "it" or "they" read as the limb the clause before named, when
    the two are turned by a "but", a comma or an "and now"."""
    if cut.strip() not in _TURNS or not before:
        return clause
    if not (_PRONOUN.match(clause) or _SPREAD_TOLD.match(clause)):
        return clause
    return told_as_limb(clause, before[-1])


def told_as_limb(text: str, before: str) -> str:
    """`text` with a leading "it" or "they" read as the last limb `before` names, if any; as
    the numbness or tingling `before` tells when `text` tells it spreading or worse."""
    found = _SPREAD_TOLD.match(text)
    feeling = _FEELING.findall(before) if found else []
    if found and feeling and not _DENIED.search(before):
        last = feeling[-1]
        name = (
            "the weakness"
            if last.endswith("weak")
            else _DEFICIT_NAMES.get(last[:4], "the weakness")
        )
        said = _as_limb(found.group("pronoun"), name)
        return " ".join(f"{said}{text[found.end('pronoun') :]}".split())
    limbs = _LIMB.findall(before)
    if not limbs:
        return text
    return " ".join(_PRONOUN.sub(lambda m: _as_limb(m.group(0), limbs[-1]), text).split())


def _as_limb(pronoun: str, limb: str) -> str:
    """ "now it" as "now my leg", "its" as "my leg is"."""
    *lead, word = pronoun.split()
    return " ".join([*lead, limb + _COPULA.get(word, "")])


def _close_list(clauses: list[str], items: list[str]) -> None:
    """Join the pending list items to the clause before, up to the one with its "or" ("no
    fever, numbness in my groin, or trouble with my bladder, just the ache"); the items after
    it are clauses of their own. A list of places only ("pain throughout my lower back, hips,
    glutes, legs, and ankles") is where the part before it is told: joined to that part."""
    places = len(items)
    if places and _PLACE_LAST.match(items[-1]):
        places -= 1
    while places and _PLACE_ITEM.match(items[places - 1]):
        places -= 1
    # Places that open the list, the last of them running on with its time ("pins and needles
    # in my thighs, calves and feet since the weekend, back pain too"): the clause's places.
    lead = 0
    while lead < len(items) and _PLACE_ITEM.match(items[lead]):
        lead += 1
    if places == len(items) and lead < len(items) and _PLACE_LAST.match(items[lead]):
        clauses[-1] = " ".join([clauses[-1], *items[: lead + 1]])
        items[: lead + 1] = []
        places = len(items)
    if places < len(items):
        if places:
            items[places - 1 :] = [" ".join(items[places - 1 :])]
        else:
            clauses[-1] = " ".join([clauses[-1], *items])
            items.clear()
    ends = [i for i, item in enumerate(items) if {"or", "nor"} & set(item.split())]
    if ends:
        clauses[-1] = " ".join([clauses[-1], *items[: ends[-1] + 1]])
        items[: ends[-1] + 1] = []
    clauses.extend(items)
    items.clear()


def frames(between: str) -> bool:
    """A frame governs a symptom a few words on ("asked if I had any bladder problems"), or
    on down a list ("watch for any change in bladder or bowel habits"), not one after an "and"
    ("I read about foot drop and my foot is dragging") nor one given as the reason ("said I could
    end up paralysed because my legs are getting weaker"): the writer's own telling."""
    words = between.split()
    # A list reaches on down its "or" ("watch out for numbness in the saddle area or changes in
    # peeing"): only the words after its last "or" count.
    ors = [i for i, word in enumerate(words) if word in ("or", "nor")]
    words = words[ors[-1] + 1 :] if ors else words
    # An "and" that lists ("numbness and loss of bladder control") stays in the frame; one that
    # starts a statement ("and my foot is dragging") leaves it.
    statement = any(
        (word == "and" or (word in _REASONS and words[i - 1 : i] not in (["such"], ["well"])))
        and _STATEMENT_STARTS.intersection(words[i + 1 : i + 2])
        for i, word in enumerate(words)
    )
    return sum(word not in _FRAME_FILLERS for word in words) <= FRAME_REACH and not statement
