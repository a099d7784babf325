"""Does a message tell of thoughts of ending one's life? Read before any answer is given.

People living with long-term nerve pain sometimes write that they cannot go on, want it all to
end, or think of killing themselves, often in the middle of a long story about the pain. The
reply then opens with a short support note (content/texts.yaml `support`), and the usual answer
follows unchanged: this check decides nothing about which answer that is.

Plain text in, a `CrisisHit` (or None) out; no messaging app, no state. The whole message is
read, sentence by sentence and clause by clause, for word families (each pattern below names
what it covers):

- suicide named, however it is misspelt ("sucidal");
- killing or ending oneself, taking or ending one's life, ending it all, wanting it all to end;
- wanting to die, wishing one were dead, better off dead or without one;
- not wanting to live, be alive, be here or wake up any more; no reason or point to go on;
  life not worth living; cannot go on like this;
- harming oneself on purpose (self-harm, cutting oneself);
- a plan or a stock of pills to end it (stockpiling, an overdose meant).

Look-alikes keep their own sense and stay quiet: "this pain is killing me", "dying to get back
on my bike", "I could kill for a night's sleep", "how do I end this pain?", "sick to death of
this", "ending the day with stretches", a fear of dying of an illness ("I don't want to die of
cancer"), and a double dose taken by mistake (a poisoning question for a pharmacist or 111).

Negation is read inside its clause only: the negations that make a family ("don't want to
live", "no reason to go on") are part of its pattern, and a "not" in another clause neither
makes nor unmakes one ("I'm not sleeping, I don't see the point in living"). A denial of the
thought itself ("I'm not suicidal, just fed up", "I'd never kill myself, but...") still gets the
support note, on purpose: people in distress often play it down, the note is a few kind lines
that lecture no one, and a missed cry for help costs far more than a gentle note not needed.

Who it is about: a reflexive or possessive in the words found ("killing herself", "his life",
"better off without me"), else the nearest subject before them in the sentence ("my husband says
he wants to die"). Told of someone else, the note speaks to the one who cares for them; told by
the person themselves (or unclear), to them. Both in one message: to the person themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from bot.qa.text import fold

Who = Literal["self", "someone_else"]


@dataclass(frozen=True)
class CrisisHit:
    """The message tells of thoughts of ending a life: whose (the writer's, or someone else's)."""

    who: Who


# Oneself and another, as reflexives ("myself", "my self", "myslef"; "herself", "themselves").
_ME = r"(?:my ?s(?:el|le|e)f|meself)"
_THEM = r"(?:him ?self|her ?self|them ?sel(?:f|ves)|themself)"
_SELF = rf"(?:{_ME}|{_THEM})"
_WHOSE = r"(?:my|his|her|their)"
# What makes a wish to be gone last, after "live", "go on", "be here" ("I don't want to live
# with this pain any more"), or ends the clause ("i dont want to be here").
_LASTING = (
    r"(?:(?: \w+){0,6}? (?:anymore|any ?more|any longer|no more|no longer|like this|ever again)"
    r"\b|$)"
)
_LIVE = r"(?:live|be alive|exist|be here|go on|carry on|keep going|keep living|keep on living)"
_INTENT = (
    r"(?:plan|plans|planning|planned|want|wants|wanted|wanting|wanna|going|gonna|thinking|"
    r"thought|think|tempted|urge|urges|decided|decide|ready|considering|considered)"
)
_WISH = (
    r"(?:want|wants|wanted|wanting|wanna|thinking|thought|thoughts|think|tempted|urge|urges|"
    r"planning|considering|considered)"
)
_PILLS = (
    r"(?:pills|tablets|meds|medication|medicines?|painkillers|drugs|sleeping pills|tramadol|"
    r"codeine|co ?codamol|gabapentin|pregabalin|amitriptyline|morphine|oxy\w*|diazepam|"
    r"paracetamol|naproxen|ibuprofen|opioids?|fentanyl|hydrocodone|percocet|vicodin)"
)

_FAMILIES: tuple[tuple[str, str], ...] = (
    # Suicide named, misspelt too: suicide, suicidal, sucidal, suicdal, suiside, suicidel.
    ("suicide", r"\bsu(?:ic|ci|c|is|i)i?d(?:e|es|al|el|ial|ality|ally)\b"),
    # Killing oneself, not the idioms of an accident or of hard work ("I almost killed myself
    # on the ice", "killing myself trying to keep up"); "kms", "unalive".
    (
        "kill oneself",
        rf"(?<!nearly )(?<!almost )\b(?:kill|kil|kills|killing|killed|unalive|unaliving)"
        rf" (?P<who>{_SELF})\b(?! (?:doing|trying|at|over|for|laughing|to get|to keep|on the)\b)"
        r"|\bkms\b",
    ),
    # Ending or taking a life: one's own life, it all, things, everything.
    (
        "end a life",
        rf"\b(?:end|ends|ending|ended|take|takes|taking|took|finish|finishing) (?P<whose>{_WHOSE})"
        r" (?:own )?life\b(?! back)"
        r"|\b(?:end|ends|ending|ended|finish|finishing) (?:it|things|everything) all\b"
        r"|\b(?:end|ending) it all\b"
        r"|\b(?:end|ending) things$"
        r"|\bwants? (?:it|everything|things) (?:all )?to (?:end|be over)$"
        r"|\bwants? (?:it|everything|things) all to (?:end|stop|be over)\b"
        r"|\b(?:can|could|to|gonna|will|ll|might|would|d|should|and) end it\b"
        r"(?! (?:with|for|by|early|there|here|off)\b)",
    ),
    # Wanting to die, wishing one were dead; not a fear of dying of an illness ("I don't want to
    # die of cancer", "dont want to die in surgery").
    (
        "wish to die",
        r"(?<!dont )(?<!do not )(?<!didnt )(?<!never )\b(?:want|wants|wanted|wanting|wanna|"
        r"ready|wish|wishing|like|prefer|rather) (?:to )?(?:just )?die\b"
        r"|\b(?:dont|do not|didnt|never) (?:\w+ )?(?:want|wanna) to die\b"
        r"(?! (?:of|from|in|during|on|before|young|like)\b)"
        r"|\bwish (?:i|he|she|they) (?:was|were|could be) dead\b"
        r"|\b(?:want|wants|wanna|rather|like) (?:to )?be dead\b"
        r"|\bbetter off dead\b"
        r"|\bbetter off (?:without (?P<who>me|him|her|them)|if (?P<who2>i|he|she|they)"
        r" (?:was|were|wasnt|werent|wasn t) (?:not )?(?:dead|gone|here|around|alive))\b",
    ),
    # Not wanting to live or to be here any more; no reason to go on; life not worth living.
    (
        "no wish to live",
        rf"\b(?:dont|do not|didnt|doesnt|does not|no longer|not|never) (?:really |even |actually"
        rf" |truly )?(?:want|wanna|wish|feel like|care) (?:to |about )?{_LIVE}{_LASTING}"
        r"|\b(?:dont|doesnt|not|never) (?:\w+ )?(?:want|wanna) to (?:wake up|be alive)"
        rf"{_LASTING}"
        r"|\b(?:hope|hoping|wish|pray|praying) (?:i|he|she|they) (?:dont|doesnt|wont|never|"
        r"wouldnt|do not) wake up\b"
        r"|\b(?:go|went|going|fall) (?:to )?sleep and (?:never|not|dont) wak"
        # Life itself needs no "any more" ("what's the point of living when every step
        # hurts?"); going on does ("no point going on the waiting list" is no such thing).
        r"|\b(?:no|any|the) (?:reason|point|purpose) (?:to|in|of|for)? ?(?:living|being alive|"
        r"life|existing|live\b(?! (?:in|at|near|there|here|abroad|with)\b))\b"
        rf"|\b(?:no|any|the) (?:reason|point|purpose) (?:to|in|of|for)? ?(?:{_LIVE}|"
        rf"being here|going on|carrying on){_LASTING}"
        r"|\b(?:not|nt|never|isnt|aint) worth (?:living|being alive|going on)\b"
        r"|\blifes? (?:is )?(?:pointless|meaningless|not worth it|isnt worth it)\b"
        r"|\b(?:not sure|dont know|no idea) (?:if |whether )?(?:i|he|she) (?:\w+ )?(?:want|wants)"
        rf" to {_LIVE}\b"
        r"|\b(?:cant|cannot|couldnt|unable to) (?:go on|carry on|keep going)"
        r"(?: (?:anymore|any ?more|any longer|like this)\b|$)",
    ),
    # Harming oneself on purpose; not an injury asked about ("could I hurt myself doing...").
    (
        "self-harm",
        r"\bself ?harm\w*"
        rf"|\b(?:cut|cuts|cutting|burn|burning|harm|harming|hurt|hurting|injure|injuring)"
        rf" (?P<who>{_SELF}) (?:on purpose|deliberately|intentionally|to cope|to feel)\b"
        # A wish or an urge; not a harm foretold ("I'm going to hurt myself if I keep lifting").
        rf"|\b{_WISH} (?:of |about |to )?(?:cut|cutting|harm|harming|hurt|hurting)"
        rf" (?P<who2>{_SELF})\b"
        rf"|\b(?:started|start|been|keep|kept|stop|stopped) (?:\w+ )?cutting (?P<who3>{_SELF})\b",
    ),
    # A plan or a stock of pills: stockpiling, hoarding, an overdose meant; never one taken by
    # mistake ("I accidentally took a double dose").
    (
        "pills to end it",
        r"\b(?:stock ?pil\w*|hoard\w*|stash\w*|squirrel\w* away|sav(?:e|ed|ing) up)"
        rf"(?: (?:all|up|away))?(?: (?P<whose>{_WHOSE}))?(?: \w+){{0,2}}? {_PILLS}\b"
        rf"|\b{_INTENT}\b(?: \w+){{0,4}}? (?:to )?(?:overdose|od)\b"
        rf"|\b{_INTENT}\b(?: \w+){{0,3}}? (?:taking|take) (?:an overdose|all (?:of )?"
        rf"(?P<whose2>{_WHOSE}) {_PILLS}(?: at once| in one go| together)?$|the (?:lot|whole"
        r" (?:bottle|box|pack|packet)))\b"
        r"|\boverdos\w* (?:on purpose|deliberately|intentionally)\b",
    ),
)
_PATTERNS = tuple((name, re.compile(pattern)) for name, pattern in _FAMILIES)
# Sentences, then clauses: what a family must find inside one clause, and what marks its end.
_SENTENCE = re.compile(r"[.!?;\n]+")
_CLAUSE = re.compile(r",|\bbut\b|\bexcept\b|\bthough\b")
_NOT_WORD = re.compile(r"[^a-z0-9]+")
# Who a sentence is about, nearest before the words found.
_FIRST_PERSON = frozenset(("i", "im", "ive", "id", "ill", "me", "my", "myself", "mine"))
_OTHERS = frozenset(
    re.findall(
        r"\w+",
        "he she they hes shes theyre theyve theyd hed shed theyll him them his their"
        " husband wife partner son daughter mum mom mother dad father brother sister friend"
        " boyfriend girlfriend fiance fiancee kid child teenager grandad grandpa granddad nan"
        " nana gran grandma grandmother grandfather uncle aunt auntie cousin colleague neighbour"
        " neighbor flatmate roommate",
    )
)
_REFLEXIVE_OTHERS = re.compile(rf"^{_THEM}$|^(?:him|her|them|he|she|they|his|their)$")


def read_crisis(text: str) -> CrisisHit | None:
    """Whether `text` tells of thoughts of ending a life, and whose; None if it does not."""
    folded = fold(text)
    whose: set[Who] = set()
    for sentence in _SENTENCE.split(folded):
        said = _plain(sentence)
        if not said:
            continue
        for clause in _CLAUSE.split(sentence):
            told = _plain(clause)
            for _, pattern in _PATTERNS:
                for match in pattern.finditer(told):
                    whose.add(_whose(match, said, said.find(told)))
    if not whose:
        return None
    return CrisisHit("self" if "self" in whose else "someone_else")


def _plain(text: str) -> str:
    """Words only, one space between them."""
    return " ".join(_NOT_WORD.sub(" ", text).split())


def _whose(match: re.Match[str], sentence: str, clause_at: int) -> Who:
    """Who the words found are about: their own reflexive or possessive, else the sentence's
    nearest subject before them (none: the writer)."""
    named = [value for value in match.groupdict().values() if value]
    if named:
        return "someone_else" if _REFLEXIVE_OTHERS.match(named[0]) else "self"
    before = sentence[: max(clause_at, 0) + match.start()].split()
    for word in reversed(before):
        if word in _FIRST_PERSON:
            return "self"
        if word in _OTHERS:
            return "someone_else"
    return "self"
