"""The crisis check (bot/qa/crisis.py): thoughts of ending a life found in people's own words,
whose they are, and the look-alikes that mean something else kept quiet."""

from __future__ import annotations

import pytest

from bot.qa.crisis import read_crisis
from tests.qa.crisis_wordings import (
    HELD_OUT_LOOK_ALIKES,
    HELD_OUT_TOLD,
    LOOK_ALIKES,
    TOLD_BY_SELF,
    TOLD_OF_OTHERS,
)

# Written after the held-out score, for the two classes it missed and for negation.
MORE_TOLD_BY_SELF = [
    "honestly what is the point in living with this",
    "there's no reason to live when you can't even sit down",
    # A "not" in another clause neither makes nor unmakes one.
    "It's not the leg that's the worst of it, I just don't want to be here anymore",
    "Not sure I want to go on like this, what else can I try?",
    # A denial still gets the note: people in distress often play it down.
    "I'd never kill myself, but some nights I get why people do",
    "don't worry, I'm not going to end it all, I'm just so tired of the pain",
]
MORE_LOOK_ALIKES = [
    "I'll hurt myself if I run on it, won't I?",
    "I'm going to hurt myself lifting the kids at this rate",
    "I want to live a normal life again, which stretch helps most?",
    "I don't want to die in surgery, how safe is a microdiscectomy?",
    "I want to take my life back from this pain",
    "I'm thinking of taking all my tablets at bedtime instead of the morning",
    "I don't want to carry on with the bridges, they hurt",
    "I cut myself shaving because my back twinged",
    "there's every reason to go on with the exercises, they're working",
]


# The held-out wordings: the first ten are told of oneself, the last two of someone else.
@pytest.mark.parametrize("text", [*TOLD_BY_SELF, *HELD_OUT_TOLD[:10], *MORE_TOLD_BY_SELF])
def test_thoughts_told_of_oneself_get_the_note_for_oneself(text: str) -> None:
    hit = read_crisis(text)
    assert hit is not None and hit.who == "self"
    assert read_crisis(text.upper()) == hit  # case is no part of it


@pytest.mark.parametrize("text", [*TOLD_OF_OTHERS, *HELD_OUT_TOLD[10:]])
def test_thoughts_told_of_someone_else_get_the_note_for_the_carer(text: str) -> None:
    hit = read_crisis(text)
    assert hit is not None and hit.who == "someone_else"


@pytest.mark.parametrize("text", [*LOOK_ALIKES, *HELD_OUT_LOOK_ALIKES, *MORE_LOOK_ALIKES])
def test_look_alikes_stay_quiet(text: str) -> None:
    assert read_crisis(text) is None


def test_in_the_middle_of_a_long_story_it_is_found() -> None:
    story = (
        "Right leg, L5 nerve root, nine months now. I do the piriformis stretch and the nerve"
        " glides every morning and walk the dog twice a day. Work has been understanding."
    )
    assert read_crisis(story) is None
    told = f"{story} Some nights I think everyone would be better off without me. {story}"
    hit = read_crisis(told)
    assert hit is not None and hit.who == "self"


def test_both_in_one_message_speaks_to_the_writer() -> None:
    hit = read_crisis("My wife says she wants to die, and honestly so do I. I want to die too.")
    assert hit is not None and hit.who == "self"


def test_typed_in_other_scripts_and_marks_it_is_read_as_folded() -> None:
    hit = read_crisis("I DON’T want to be here anymore…")
    assert hit is not None and hit.who == "self"
    assert read_crisis("") is None and read_crisis("?!") is None
