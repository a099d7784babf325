"""Out of scope in both directions (round 20), pursuits, animals, children and work: classes of
misses seen over every real dev set, round 18's first (scuba diving, a horse's illness, a young
child's pain, an employer's sanction, a rucksack or car to buy), checked on wordings written by
the team (not copied from any labelled set), each beside look-alikes that must keep their
answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import (
    ANSWERER,
    in_guide_cases,
    outside_cases,
    routed_cases,
)

test_scuba_diving_is_outside = outside_cases(
    [
        # Scuba diving's own matters with a bad back (the gear, a diving medical, the pressure at
        # depth): a diving doctor's question; the guide covers swimming, not diving.
        "My lower back is bad, which BCD and weight system puts the least strain on it?",
        "Every time I go on a dive trip my back pain disappears for days. Could the pressure "
        "underwater be doing something to my discs?",
        "Can I still get a diving medical signed off after spinal fusion?",
    ],
)


test_swimming_stays_in_the_guide = routed_cases(
    [
        # Look-alikes: swimming and water exercise stay the guide's.
        ("Is swimming lengths in the pool OK with sciatica?", "swimming"),
        ("Is aqua aerobics ok with sciatica?", "swimming"),
    ],
)  # fmt: skip


test_going_back_to_diving_after_an_operation_stays_in_the_guide = in_guide_cases(
    [
        # Look-alikes: going back to diving after an operation or a slipped disc is the
        # recovery's question (round 18's labellers gave it the surgery section).
        "Had a discectomy last year. When would it be safe to start scuba diving again?",
        "I have a slipped disc at L5. Should I wait until it settles before I go diving again?",
    ],
)


test_a_horses_illness_is_outside = outside_cases(
    [
        # A horse's own illness, named as a mare, a gelding, a foal or a stallion: a vet's.
        "Our mare has gone lame behind and the physio thinks it is her back. Any ideas?",
        "my gelding flinches when I brush over his loins, could he have a trapped nerve?",
        "The foal cannot stand on his hind legs properly this morning, what could cause it?",
        "Has anyone had a stallion with a back problem? He won't let anyone saddle him now.",
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        # A young child's own leg or back pain: the guide is for the adult who chats with it,
        # whatever "leg pain" the message names.
        "My 7 year old keeps waking up at night crying with leg pain, what could it be?",
        "Our 9-year-old daughter has had back pain since PE last week, should I worry?",
        "my little boy is 5 and says his legs hurt after nursery every day",
        "My 6 year old son is limping and complaining of pain in his thigh. What causes this?",
    ],
)
def test_a_young_childs_pain_gets_no_guide_section(text: str) -> None:
    # Pain waking a child at night gets the urgent-care advice first (bot/qa/redflags.py), which
    # is no answer from the adult's guide either.
    found = ANSWERER.answer(text)
    assert found.kind in ("out_of_scope", "red_flag"), (text, found)


test_an_adults_own_sciatica_beside_a_child_stays_in_the_guide = in_guide_cases(
    [
        # Look-alikes: lifting or carrying one's child, and a grown child's sciatica.
        "Lifting my 3 year old son into his car seat sets my sciatica off, how should I lift him?",
        "Is it ok to carry my toddler with sciatica?",
        "My daughter is 30 and has sciatica, what stretches can she do?",
    ],
)


test_an_employers_sanction_for_sick_days_is_outside = outside_cases(
    [
        # An employer's sanction for days off sick (a warning, a disciplinary, a sickness
        # policy): employment law, whatever back the message tells.
        "My manager says if I take one more sick day for my back I'll get a written warning. "
        "Can he do that?",
        "HR have started a disciplinary because my sciatica kept me off twice this month. "
        "Surely they have to take a long term condition into account?",
        "I've hit the trigger points on the sickness absence policy because of my slipped "
        "disc. What are my options?",
    ],
)


test_working_with_sciatica_stays_in_the_guide = in_guide_cases(
    [
        # Look-alikes: working with sciatica, asking for a change at work.
        "How do I tell my boss I need breaks from sitting because of my sciatica?",
        "My sciatica flared at work, how do I ask my manager for a standing desk?",
    ],
)


test_which_rucksack_or_car_to_buy_is_outside = outside_cases(
    [
        # Whether some make of rucksack or car is kinder to the back: shopping, not the guide.
        "Is there a rucksack that is kinder to a bad lower back on long walks?",
        "My back is wrecked after the op. Are there any cars that are easier to get in and out "
        "of?",
        "Is there a particular backpack which puts less load on the spine?",
    ],
)


test_lifting_or_getting_into_a_car_stays_in_the_guide = in_guide_cases(
    [
        # Look-alikes: how to lift a load or get into a car with sciatica.
        "Is there a way to get into the car without twisting my back? My sciatica hates it.",
        "How should I lift heavy boxes with sciatica?",
    ],
)
