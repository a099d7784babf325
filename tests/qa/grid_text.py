"""How the red-flag grid's messages are written: who has the symptom (with the words English
agrees with them), a part of the body (with its own agreement), the person and time frames a
clause is told in, and the product of templates and fillers.

Verb agreement is done by the person: `{subj} {have} trouble` is "I have trouble" or "my
husband has trouble"; `{s}` is a verb's third-person ending, `{pron}` the person named a
second time, `{whose}` their possessive when first named ("my husband's leg", then "his leg").
A part of the body carries its own agreement (`{ps}`, `{pbe}`, `{phave}`: "my bum feels", "my
private parts feel"). A `txt:` frame is typed in text-speak: lower case, no apostrophes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import product


@dataclass(frozen=True)
class Case:
    """One generated message: the concept and cell it came from, and whether it must alarm."""

    concept: str
    cell: str
    text: str
    alarm: bool


# One cell of the grid: its concept, its name, its clauses, who has it, the frames told in.
Cell = tuple[str, str, list[str], tuple["Person", ...], tuple[str, ...]]


@dataclass(frozen=True)
class Person:
    """Who has the symptom, with the words English agrees with them."""

    subj: str
    whose: str
    poss: str
    obj: str
    refl: str
    pron: str
    third: bool

    def forms(self, second: bool = False) -> dict[str, str]:
        """The words a template names; `second` names the person again ("he", not "my dad")."""
        third = self.third
        return {
            "subj": self.pron if second else self.subj,
            "pron": self.pron,
            "whose": self.poss if second else self.whose,
            "poss": self.poss,
            "obj": self.obj,
            "refl": self.refl,
            "have": "has" if third else "have",
            "be": "is" if third else ("am" if self.pron == "I" else "are"),
            "was": "was",
            "do": "does" if third else "do",
            "dont": "doesn't" if third else "don't",
            "havent": "hasn't" if third else "haven't",
            "s": "s" if third else "",
            "es": "es" if third else "",
        }


ME = Person("I", "my", "my", "me", "myself", "I", third=False)
HUSBAND = Person("my husband", "my husband's", "his", "him", "himself", "he", third=True)
MUM = Person("my mum", "my mum's", "her", "her", "herself", "she", third=True)
SHE = Person("she", "her", "her", "her", "herself", "she", third=True)
PERSONS = (ME, HUSBAND, SHE)

# Person and time frames: `{c}` is the clause with the person named first, `{c2}` named again.
# Told plainly; since yesterday; hedged, since this morning; at the end of a story, before
# the question asked; in text-speak.
FRAMES = (
    "{c}",
    "{c} since yesterday",
    "Not sure if it's related but since this morning {c}",
    "{subj} {have} had sciatica for two weeks after lifting a heavy box at work. Physio helped"
    " at first. Now {c2}. Should {pron} stop the exercises?",
    "txt:{c}, started 2 days ago, is this normal??",
)


@dataclass(frozen=True)
class Part:
    """A part of the body as the subject of a clause, with its own agreement."""

    words: str
    plural: bool = False

    def forms(self) -> dict[str, str]:
        many = self.plural
        return {"part": self.words, "ps": "" if many else "s", "pbe": "are" if many else "is",
                "phave": "have" if many else "has",
                "pdont": "don't" if many else "doesn't"}  # fmt: skip


def fill(template: str, words: dict[str, str]) -> str:
    """`template` with its slots filled; a slot's words may name the person too ("{poss} leg")."""
    return template.format(**words).format(**words)


def finish(text: str, textspeak: bool) -> str:
    """A message as typed: a capital to start, or (text-speak) lower case and no apostrophes."""
    return text.lower().replace("'", "") if textspeak else text[0].upper() + text[1:]


def framed(concept: str, cell: str, clauses: Iterable[str], persons: Iterable[Person] = PERSONS,
           frames: Iterable[str] = FRAMES, alarm: bool = True) -> Iterator[Case]:  # fmt: skip
    """Every clause, for every person, in every frame."""
    for clause, person, frame in product(clauses, persons, frames):
        # A clause about a part of them names whose it is first ("my husband's leg").
        if clause.startswith("{poss}"):
            clause = clause.replace("{poss}", "{whose}", 1)
        words = person.forms()
        first = fill(clause, words)
        second = fill(clause, person.forms(second=True))
        said = {"c": first, "c2": second, "C2": second[0].upper() + second[1:]}
        text = fill(frame.removeprefix("txt:"), {**words, **said})
        yield Case(concept, cell, finish(text, frame.startswith("txt:")), alarm)


def crossed(templates: Iterable[str], slot: str, fillers: Iterable[str]) -> list[str]:
    """Each template with each filler in its `slot` (body word x change word)."""
    return [t.replace("{" + slot + "}", f) for t, f in product(templates, fillers)]


def with_parts(templates: Iterable[str], parts: Iterable[Part]) -> list[str]:
    """Each template with each part of the body as its subject, agreement filled in."""
    out = []
    for template, part in product(templates, parts):
        text = template
        for key, value in part.forms().items():
            text = text.replace("{" + key + "}", value)
        out.append(text)
    return out
