"""Out of scope in both directions (round 20): classes of misses seen over every real dev set,
round 18's first, checked on wordings written by the team (not copied from any labelled set),
each beside look-alikes that must keep their answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import ANSWERER, in_guide, outside, routed


@pytest.mark.parametrize(
    "text",
    [
        # Scuba diving's own matters with a bad back (the gear, a diving medical, the pressure at
        # depth): a diving doctor's question; the guide covers swimming, not diving.
        "My lower back is bad, which BCD and weight system puts the least strain on it?",
        "Every time I go on a dive trip my back pain disappears for days. Could the pressure "
        "underwater be doing something to my discs?",
        "Can I still get a diving medical signed off after spinal fusion?",
    ],
)
def test_scuba_diving_is_outside(text: str) -> None:
    assert outside(text), (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Look-alikes: swimming and water exercise stay the guide's.
        ("Is swimming lengths in the pool OK with sciatica?", "swimming"),
        ("Is aqua aerobics ok with sciatica?", "swimming"),
    ],
)  # fmt: skip
def test_swimming_stays_in_the_guide(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    "text",
    [
        # Look-alikes: going back to diving after an operation or a slipped disc is the
        # recovery's question (round 18's labellers gave it the surgery section).
        "Had a discectomy last year. When would it be safe to start scuba diving again?",
        "I have a slipped disc at L5. Should I wait until it settles before I go diving again?",
    ],
)
def test_going_back_to_diving_after_an_operation_stays_in_the_guide(text: str) -> None:
    assert in_guide(text), (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    "text",
    [
        # A horse's own illness, named as a mare, a gelding, a foal or a stallion: a vet's.
        "Our mare has gone lame behind and the physio thinks it is her back. Any ideas?",
        "my gelding flinches when I brush over his loins, could he have a trapped nerve?",
        "The foal cannot stand on his hind legs properly this morning, what could cause it?",
        "Has anyone had a stallion with a back problem? He won't let anyone saddle him now.",
    ],
)
def test_a_horses_illness_is_outside(text: str) -> None:
    assert outside(text), (text, ANSWERER.answer(text))


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


@pytest.mark.parametrize(
    "text",
    [
        # Look-alikes: lifting or carrying one's child, and a grown child's sciatica.
        "Lifting my 3 year old son into his car seat sets my sciatica off, how should I lift him?",
        "Is it ok to carry my toddler with sciatica?",
        "My daughter is 30 and has sciatica, what stretches can she do?",
    ],
)
def test_an_adults_own_sciatica_beside_a_child_stays_in_the_guide(text: str) -> None:
    assert in_guide(text), (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    "text",
    [
        # A medicine for the bones (a bisphosphonate, denosumab) named as the cause of the
        # pain: that medicine's side effects, which the guide does not cover.
        "I started alendronate for my bones a month ago and now my lower back aches. Could it "
        "be the tablets?",
        "Has anyone had leg pain with Fosamax? I think it started after the second week.",
        "Since my Prolia injection my back and legs ache all over, is that a side effect?",
    ],
)
def test_a_bone_medicines_side_effect_is_outside(text: str) -> None:
    assert outside(text), (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    "text",
    [
        # A pill or medicine to sleep, or a medicine through an airport: a pharmacist's or an
        # airline's question, not the guide's.
        "My sciatica keeps me awake. Are sleeping tablets safe to take with co-codamol?",
        "Would melatonin help me get to sleep? Nothing else has worked with this leg pain.",
        "What can I take to help me sleep? I'm already on naproxen for sciatica.",
        "Am I allowed to take my pregabalin through airport security on a flight to Spain?",
        "Can I fly while I'm on gabapentin after my back operation?",
    ],
)
def test_a_medicine_to_sleep_or_to_fly_with_is_outside(text: str) -> None:
    assert outside(text), (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Look-alikes: sleeping and flying with sciatica, and a medicine's own effect.
        ("How can I sleep better with sciatica?", "sleeping"),
        ("What position should I sleep in with sciatica?", "sleeping"),
        ("How do I cope with a long flight with sciatica?", "driving-travel"),
        ("Gabapentin makes me dizzy, is that normal with sciatica?", "painkillers"),
    ],
)  # fmt: skip
def test_sleeping_and_flying_with_sciatica_stay_in_the_guide(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    "text",
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
def test_an_employers_sanction_for_sick_days_is_outside(text: str) -> None:
    assert outside(text), (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    "text",
    [
        # Look-alikes: working with sciatica, asking for a change at work.
        "How do I tell my boss I need breaks from sitting because of my sciatica?",
        "My sciatica flared at work, how do I ask my manager for a standing desk?",
    ],
)
def test_working_with_sciatica_stays_in_the_guide(text: str) -> None:
    assert in_guide(text), (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    "text",
    [
        # Another illness named as the pain's cause (an infection, an illness of the immune
        # system, arthritis of the back), with no sciatica, disc or trapped nerve told.
        "lupus leg pain",
        "Can rheumatoid arthritis cause lower back pain?",
        "I have fibromyalgia and my legs ache all the time, what helps?",
        "arthritis in lower back, best treatment?",
        "ankylosing spondylitis back stiffness in the mornings",
    ],
)
def test_another_illness_as_the_cause_is_outside(text: str) -> None:
    assert outside(text), (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Look-alikes: sciatica told beside the illness.
        ("I have arthritis in my spine and sciatica down my left leg, is walking ok?",
         "walking"),
    ],
)  # fmt: skip
def test_sciatica_beside_another_illness_stays_in_the_guide(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # A cancer told as the past (a survivor, in remission, treated years ago) is history:
        # the question about an activity is answered.
        ("I'm a bowel cancer survivor and want to get fitter. Is swimming a good idea?",
         "swimming"),
        ("Breast cancer in remission for five years now. Would cycling be a good way to get "
         "fit again?", "cycling"),
    ],
)  # fmt: skip
def test_a_cancer_in_the_past_leaves_the_question_in_the_guide(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    "text",
    [
        # The neck, the head or a shoulder told last, and the question pointing back at it ("is
        # this normal?"), whatever disc in the lower back the story told first: another part of
        # the body.
        "I have a bulging disc at L4 and mild sciatica. Lately my neck clicks and grinds every "
        "time I turn my head and I get headaches behind my eyes. Is this normal?",
        "My lower back has been bad for years. But now my right shoulder locks when I lift my "
        "arm above my head and it wakes me at night. Should I be worried about that?",
        "Disc problems at L5 S1 for ages. This week my jaw clicks and aches when I chew, what "
        "could cause that?",
    ],
)
def test_another_body_part_told_last_and_asked_about_is_outside(text: str) -> None:
    assert outside(text), (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    "text",
    [
        # Look-alikes: the neck told in passing, the question about the leg or the back.
        "My neck is stiff from the desk too, but the real problem is sciatica down my left leg "
        "every afternoon. Is this normal?",
        "I get headaches sometimes, but my lower back and buttock hurt most when I sit. Should "
        "I be worried about that?",
    ],
)
def test_the_back_or_leg_told_last_stays_in_the_guide(text: str) -> None:
    assert in_guide(text), (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    "text",
    [
        # Whether some make of rucksack or car is kinder to the back: shopping, not the guide.
        "Is there a rucksack that is kinder to a bad lower back on long walks?",
        "My back is wrecked after the op. Are there any cars that are easier to get in and out "
        "of?",
        "Is there a particular backpack which puts less load on the spine?",
    ],
)
def test_which_rucksack_or_car_to_buy_is_outside(text: str) -> None:
    assert outside(text), (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    "text",
    [
        # Look-alikes: how to lift a load or get into a car with sciatica.
        "Is there a way to get into the car without twisting my back? My sciatica hates it.",
        "How should I lift heavy boxes with sciatica?",
    ],
)
def test_lifting_or_getting_into_a_car_stays_in_the_guide(text: str) -> None:
    assert in_guide(text), (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    "text",
    [
        # How to treat the gut's upset from a medicine (constipation, nausea, a sore stomach):
        # a pharmacist's question, whatever eases the back.
        "Codeine has left me badly constipated, what's the best laxative to take?",
        "The naproxen helps my leg but upsets my stomach. How do I stop the nausea?",
        pytest.param(
            "how do i get rid of constipation from my pain meds",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the urgent-care advice (bowel) comes first, a false alarm left to the "
                "red-flag work",
            ),
        ),
    ],
)
def test_treating_a_medicines_upset_gut_is_outside(text: str) -> None:
    assert outside(text), (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    "text",
    [
        # Look-alikes: whether a medicine for sciatica has side effects at all.
        "Can the painkillers for sciatica cause constipation?",
        "Does gabapentin have side effects?",
    ],
)
def test_whether_a_medicine_has_side_effects_stays_in_the_guide(text: str) -> None:
    assert in_guide(text), (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # A treatment the guide names under other words: cannabis oil is one of the other
        # treatments, the rods and screws of a fusion are the operation's.
        ("Has anyone tried CBD oil for sciatica? Did it help?", "other-treatments"),
        ("Would cannabis oil help my leg pain?", "other-treatments"),
        ("Do the rods and screws from a spinal fusion ever need taking out?", "surgery"),
        ("spinal hardware removal recovery", "surgery"),
    ],
)  # fmt: skip
def test_a_treatment_named_in_other_words_stays_in_the_guide(text: str, expect: str) -> None:
    assert routed(text) == expect
