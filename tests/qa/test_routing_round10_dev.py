"""Routing for the kinds of message round 10's dev split brought (public patient Q&A sites):
headlines with a "?" on a statement, short follow-ups, and stories asking "what should I do?".
Written by the team in its own words, not copied from any labelled set."""

from __future__ import annotations

import pytest

from bot.qa.focus import focuses
from tests.qa.answer_checks import ANSWERER, routed_cases

test_round10_message_shapes_are_routed = routed_cases(
    [
        # A back in spasm, a setback, a pain back with force: a flare-up.
        ("My lower back keeps going into spasm. I've been told it's sciatica?", "flare-ups"),
        (
            "I get back spasms that flare up from time to time. I use a heat pad and take "
            "ibuprofen?",
            "flare-ups",
        ),
        ("Things were calm for months and then the pain came flooding back last night",
         "flare-ups"),
        # A sport played on a court is how to exercise safely (round 26: the gym section tells
        # weights and classes); who said to give it up is not what is asked.
        (
            "My osteopath says I should give up tennis for a while but my GP says I can carry "
            "on. I'm 45?",
            "exercise-safely",
        ),
        # A pastime the guide has no section on (golf) is how to exercise safely (round 17).
        ("Can I still play golf with sciatica?", "exercise-safely"),
        ("Can I carry on working out to keep my fitness up?", "exercise-safely"),
        # Care or kit only a pregnancy has.
        (
            "I'm 30 weeks and my bum and leg are killing me, my OB appointment isn't until "
            "next week",
            "pregnancy",
        ),
        ("I've started wearing a maternity belt, my lower back aches down into my thigh",
         "pregnancy"),
        # Where it can be felt, what it can be, a pain told along a leg: how to tell.
        ("Is it possible for sciatic pain to reach the front of my shin?", "is-it-sciatica"),
        ("I have a nasty ache down my left leg?", "is-it-sciatica"),
        ("My calf tingles and my thigh aches on the outside. What could it be?",
         "is-it-sciatica"),
        ("What causes a shooting pain from the buttock down the leg?", "why-sciatica"),
        ("How do I manage sciatica that never goes away?", "how-long"),
        ("What can I do about stiffness and pain when lifting?", "what-to-avoid"),
        ("I'm worried it will come back once I stop doing the exercises", "prevention"),
        # Stretching told as not enough, with a bare "any advice?": the story is the question.
        (
            "The physio gave me stretches, I do them every morning, but they don't seem to make "
            "any difference. Any advice?",
            "stretches-vs-exercises",
        ),
        # "What could be causing it?" is a diagnosis; the other question is the one answered.
        (
            "My leg hurts whenever I stand up from a chair. Should I get it checked by a "
            "doctor? What could be causing it?",
            "see-a-doctor",
        ),
        # A dose told in a story that asks nothing is part of the story.
        (
            "My back went on Saturday. I spent the whole evening flat on the sofa and took two "
            "400 mg ibuprofen, but honestly it barely took the edge off.",
            "painkillers",
        ),
        # Symptoms still there after an operation; "is that normal?" asks about the story.
        (
            "I had a discectomy in March and I still get the same burning in my calf, e.g. "
            "after walking. Is that normal?",
            "surgery",
        ),
        ("It was settling nicely until I carried the shopping in, which set me back a "
         "fortnight.", "flare-ups"),
        # "A long run" is a run, not the long term.
        ("I take paracetamol before a long run, is running ok with sciatica?", "running"),
        # Another organ's cancer asked about with a back or leg pain: the warning signs.
        ("Can prostate cancer cause back and leg pain?", "red-flags"),
        # What to do for a named back or nerve problem; "<problem> treatment?" as a headline.
        ("what can I do for my back pain", "long-term-treatment"),
        ("What should I do about a trapped nerve?", "long-term-treatment"),
        ("Slipped disc treatment?", "long-term-treatment"),
        ("Pinched nerve in lower back treatment?", "long-term-treatment"),
        ("Are muscle relaxers good for sciatica?", "painkillers"),
        # A symptom told as a headline, running down the leg: how to tell it is sciatica.
        ("Sharp pain in lower back and down left leg?", "is-it-sciatica"),
        ("Lower back pain radiating to left leg?", "is-it-sciatica"),
        ("Burning pain from my buttock into my calf", "is-it-sciatica"),
        # Going back to something: the something is what is asked about; driving, lifting or
        # work after a back operation told first is the surgery section's recovery (as the
        # one-sentence form is; tests/qa/test_routing_round15.py).
        ("I had a microdiscectomy 3 weeks ago. When can I start driving again?", "surgery"),
        ("when can I start swimming again after the op?", "swimming"),
        # Crammed into a seat is no squash.
        ("Four hours squashed in the back seat of the car did my sciatica no favours.",
         "driving-travel"),
    ],
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["who won the football last night",
     "how many mg of naproxen can I take?",
     # Another condition: a cancer of another organ, the nerve at the knee, a sore tailbone.
     "Can breast cancer cause swollen ankles?",
     "Is peroneal nerve palsy permanent?",
     "My tailbone pain started after a long bike ride, could my coil be the cause?",
     # Choosing a doctor, or what to ask one.
     "What questions should I ask the surgeon at my first appointment?",
     "How do I go about finding a good pain management doctor?"],
)  # fmt: skip
def test_what_the_guide_does_not_cover_gets_no_section(text: str) -> None:
    assert ANSWERER.answer(text).kind == "out_of_scope"


def test_a_question_mark_on_a_statement_leaves_the_whole_post_as_the_question() -> None:
    assert focuses("My back seized up on Monday. I've seen my GP and rested for a week?") == []


def test_a_bare_plea_is_no_question_of_its_own() -> None:
    story = "I walk every day. I stretch twice a day. It does nothing for the leg. Any advice?"
    assert focuses(story) == ["It does nothing for the leg."]
    assert focuses("My stretches do nothing for the leg. Any advice?") == []
    assert focuses("My stretches do nothing for the leg. Kindly advise me.") == []


def test_asking_what_causes_it_gives_way_to_the_other_question() -> None:
    found = focuses("My calf aches at night. Should I see a physio? What could be causing it?")
    assert found[0] == "Should I see a physio?"


def test_an_abbreviation_ends_no_sentence() -> None:
    found = focuses("My GP, i.e. Dr. Shah, said rest. Is that right?")
    assert found[0] == "Is that right?"
    assert focuses("Dr. Shah said to rest, e.g. no gym. Is that right?")[0] == "Is that right?"
