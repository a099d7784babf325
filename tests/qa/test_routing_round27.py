"""Routing (round 28 of issue 15, classes that recur across rounds of real messages): how to get
better at all, asked of a back or a sciatica told ("pulled a muscle in my back - how to
recover?", "trapped nerve, how do I heal it?"), is what treats it in the long run, not how long
it takes nor a section the story's words name; why a part of the leg hurts, asked with nothing
after it ("why does my leg hurt?"), or what happened, asked after a pain told, is how to tell
what the pain is, while a time or a place named ("... at night", "... when I run") keeps that
section; a dependence on painkillers growing in oneself or someone close, then a plea ("he's
getting addicted to his tramadol, what can we do?"), is the medicines' section whatever
operation the story tells (an addiction told as a fact is outside: test_scope_round27);
a plea alone ("Any advice?") after a story that names no theme and no pain in the leg is what
treats it; sciatica misspelt ("siatica", "sciatca") or a back pain
run together ("backpain", "lowerback") reads as spelt, and an English word near it ("somatic")
stays itself.
Wordings written by the team, beside look-alikes that must keep their answer."""

from __future__ import annotations

import pytest

from bot.qa.text import respelled
from tests.qa.answer_checks import flags, routed


@pytest.mark.parametrize(
    "text",
    [
        "Trapped nerve in my back, how do I heal it?",
        "slipped disc at 30, how to recover fully??",
        "Strained my lower back carrying boxes last week - how to recover?",
        "sciatica down my left leg for a month now. how can i get better",
        "Bulging disc L5. Any advice on how to feel better? It's wearing me down",
        "My friends who had sciatica, how did you get over it?",
    ],
)  # fmt: skip
def test_how_to_get_better_is_what_treats_it(text: str) -> None:
    assert routed(text) == "long-term-treatment"


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # How long it takes is the outlook's.
        ("sciatica after lifting, how long to recover?", "how-long"),
        ("will I ever fully recover from sciatica?", "how-long"),
        ("do most people get over sciatica?", "how-long"),
        # Recovering from an operation or a flare keeps its own section.
        ("I had a microdiscectomy on Monday, how do I recover well?", "surgery"),
        ("Back pain for 3 months and not getting better - should I see a doctor?", "see-a-doctor"),
    ],
)  # fmt: skip
def test_how_long_or_an_operation_keeps_its_own(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    "text",
    [
        "why do my calves ache so much",
        "Why does my hip hurt?",
        "why does the back of my thigh keep burning",
        "Bent down to tie my shoe and felt a twinge, now my bum burns down to the knee. "
        "What happened?",
    ],
)  # fmt: skip
def test_why_a_leg_hurts_asked_alone_is_how_to_tell(text: str) -> None:
    assert routed(text) == "is-it-sciatica"


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("why does my leg hurt at night?", "sleeping"),
        ("why does my leg hurt when i run", "running"),
        ("why do people get sciatica?", "why-sciatica"),
        ("why did I get sciatica in the first place?", "why-sciatica"),
    ],
)  # fmt: skip
def test_why_with_a_time_or_of_sciatica_keeps_its_own(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    "text",
    [
        "Worried my dad is getting dependent on his codeine since his back op. How do we help "
        "him get off it",
        "I think I'm becoming reliant on oxycodone for my leg pain. Any advice?",
    ],
)  # fmt: skip
def test_a_dependence_on_painkillers_told_is_the_medicines_section(text: str) -> None:
    assert routed(text) == "painkillers"


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("does this sound like siatica to you", "is-it-sciatica"),
        ("is it sciatca or just a pulled muscle? pain from my bum down the back of my thigh",
         "is-it-sciatica"),
        ("what is siatica exactly", "why-sciatica"),
        ("how long does scatica usually last, its been 3 weeks", "how-long"),
        ("my lowerback aches after sitting at my desk all day, any tips for my chair setup?",
         "sitting"),
        ("Why have I had backpain for years that keeps getting worse?", "why-sciatica"),
    ],
)  # fmt: skip
def test_sciatica_misspelt_or_back_pain_run_together_reads_as_spelt(
    text: str, expect: str
) -> None:
    assert routed(text) == expect


def test_a_misspelt_sciatica_keeps_its_warning_signs() -> None:
    assert "saddle" in " ".join(flags("siatica and now i cant feel my bum when i wipe"))


@pytest.mark.parametrize(
    "word", ["somatic", "static", "socratic", "septic", "sciatic", "sciatica", "stick"]
)
def test_words_of_their_own_are_not_taken_for_sciatica(word: str) -> None:
    assert respelled(word) == word


@pytest.mark.parametrize(
    "text",
    [
        "Sciatica for 6 weeks now and it's wearing me down. Any tips?",
        "Bulging disc at L4/L5 diagnosed last month. Any advice?",
        "Lower back and leg pain on and off since Christmas, I'm fed up. Any advice?",
        "sciatica is making my life a misery. any suggestions??",
    ],
)  # fmt: skip
def test_a_plea_alone_after_a_story_naming_nothing_is_what_treats_it(text: str) -> None:
    assert routed(text) == "long-term-treatment"


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("I sit at a desk all day and my sciatica flares. Any tips?", "sitting"),
        ("I'm 30 weeks pregnant with sciatica. any advice?", "pregnancy"),
        ("Back went into spasm this morning and I can barely stand up. Any advice?", "flare-ups"),
        ("Tingling in my right foot since last week. Any ideas?", "is-it-sciatica"),
    ],
)  # fmt: skip
def test_a_plea_after_a_theme_or_a_pain_in_the_leg_keeps_its_answer(
    text: str, expect: str
) -> None:
    assert routed(text) == expect
