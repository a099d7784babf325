"""Routing (round 11): question shapes and words seen among real messages, checked on
paraphrases written by the team (not copied from any labelled set), each beside look-alikes
that must keep their answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import ANSWERER, routed_cases

test_a_way_to_treat_it_is_the_treatment = routed_cases(
    [
        # A way to deal with it, the treatment to have, or a plea about a back or a disc: the
        # stretches and exercises that treat it.
        ("Is there any good way to tackle sciatica?", "long-term-treatment"),
        ("What's the right way to sort out my backache?", "long-term-treatment"),
        ("They found a worn disc at L4. What treatment should I go for?", "long-term-treatment"),
        ("I've got sciatica down one side, please help me", "long-term-treatment"),
        ("Two herniated discs in my lower spine and I no longer know what to do.",
         "long-term-treatment"),
        # Look-alikes: a named theme or treatment keeps its own answer.
        ("Is there a way to cure it with surgery?", "surgery"),
        ("What can I take for the pain?", "painkillers"),
        ("Should I have an epidural steroid injection for my disc?", "injections"),
        ("How long does sciatica last?", "how-long"),
    ],
)  # fmt: skip


test_being_seen_is_seeing_a_doctor = routed_cases(
    [
        # Whether to be seen or checked at all: when to see a doctor.
        ("The pain behind my knee is still there after a month, do I need to get it checked?",
         "see-a-doctor"),
        ("My leg still aches a bit, should it be looked at or be seen by someone?",
         "see-a-doctor"),
        # Look-alikes: the scan and the warning signs keep theirs.
        ("What does my MRI report mean?", "scans"),
        ("What are the warning signs I should look out for?", "red-flags"),
    ],
)  # fmt: skip


test_words_for_numbness_and_drugs = routed_cases(
    [
        # A limb that "falls asleep" is numb; side effects are a drug's, and a drug by its brand
        # name is a painkiller question.
        ("My foot keeps going to sleep, my foot falls asleep at my desk, why?", "is-it-sciatica"),
        ("Both feet fall asleep every afternoon, is that normal?", "is-it-sciatica"),
        ("What side effects does baclofen have?", "painkillers"),
        ("Could tizanidine help with the spasms?", "painkillers"),
        # Look-alikes: a night's sleep and a side-lying exercise keep their answers.
        ("I can't fall asleep because of the pain, which position is best?", "sleeping"),
        ("How do I do the side plank?", "side-plank-modified"),
        ("Are there side effects of a steroid epidural?", "injections"),
    ],
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # Another organ's pain with no leg named, birth anaesthesia, the hip joint's own wear.
        "My lower back aches and so does my tummy, pain like cramps before my period?",
        "Sharp pain in my back and in my abdomen on the right, what tests should I ask for?",
        "Can I still have a spinal block for my caesarean with a bad back?",
        "Osteoarthritis of the hip, can I keep playing golf?",
    ],
)
def test_another_condition_is_outside_the_guide(text: str) -> None:
    assert ANSWERER.answer(text).kind == "out_of_scope"


test_look_alikes_of_another_condition_stay_inside = routed_cases(
    [
        # Look-alikes: the same words beside the leg, or about sciatica, stay inside.
        ("Pain under my ribs and down the back of my leg, is it sciatica?", "is-it-sciatica"),
        ("Is it hip arthritis or sciatica?", "is-it-sciatica"),
        ("Do steroid epidurals for sciatica work?", "injections"),
        ("Which abdominal exercises are safe with sciatica?", "exercise-safely"),
    ],
)  # fmt: skip


test_relapses_tests_appointments_and_how_much_exercise = routed_cases(
    [
        # A relapse or a bout told as had is a flare-up; keeping one away stays prevention.
        ("Last week I had a nasty relapse after a long weekend of gardening.", "flare-ups"),
        ("I've suffered several bouts of it over the years and I'm in another one now.",
         "flare-ups"),
        ("How do I stop it coming back once it has settled?", "prevention"),
        # Which test would show it; booking an appointment; how much exercise to do.
        ("Which scan would show whether a nerve is pinched?", "scans"),
        ("Should I book an appointment with a specialist about my leg pain?", "see-a-doctor"),
        ("How much exercise should I do each week with sciatica?", "exercise-safely"),
        # Look-alikes: a named sport and the exercises that treat it keep their answers.
        ("Can I go running with sciatica?", "running"),
        ("What exercises help sciatica?", "long-term-treatment"),
    ],
)  # fmt: skip
