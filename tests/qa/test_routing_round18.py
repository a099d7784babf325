"""Routing (round 18): classes of misses seen on round 16's split (dev since round 17), checked on
wordings written by the team (not copied from any labelled set), each beside look-alikes that must
keep their answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import (
    ANSWERER,
    outside_cases,
    routed_cases,
    routed_to,
)

test_employment_law_another_cause_and_nutrition_are_outside = outside_cases(
    [
        # Employment law: whether an employer may refuse, discipline or dismiss.
        "My manager won't let me have a stool at the till. Is this legal?",
        "I've been off sick with my back for 3 months. Can my employer sack me for it?",
        "HR say I have to come to a disciplinary meeting about my sick days, are they allowed "
        "to dismiss me?",
        "The company told me they will let me go if I can't lift the crates by Monday. Can they "
        "do that?",
        "Is it even legal for my boss to stop paying me while I wait for the operation?",
        # Another cause found for the pain, whatever sciatica was thought first.
        "My GP said it was sciatica, but the ultrasound found a clot in my calf which was "
        "causing the pain. How long until it settles?",
        "I thought I had sciatica but it turned out to be shingles. Will the burning stop?",
        # A nutrient's lack, or the gut, asked as a pain's cause.
        "Can a vitamin D deficiency give you sciatica?",
        "could a lack of protein in my diet be why my discs are wearing out?",
        "can trapped wind cause pain in the lower back?",
        "Is IBS the reason my back aches?",
    ],
)  # fmt: skip


test_outside_lookalikes_keep_their_answer = routed_cases(
    [
        # Look-alikes: working with sciatica, a cause only feared, constipation and a diet
        # for weight stay in the guide.
        ("Can I keep working in a warehouse with sciatica?", "work"),
        ("My boss got me a better chair, how should I sit at my desk with sciatica?", "sitting"),
        ("is it allowed to drive a car with sciatica?", "driving-travel"),
        ("I was scared it was a blood clot but the doctor said sciatica. How long will it "
         "last?", "how-long"),
        ("can constipation cause sciatica?", "red-flags"),
    ],
)  # fmt: skip


test_a_medicine_told_with_its_effects_is_the_medicines_section = routed_to(
    "painkillers",
    [
        # A medicine for sciatica told with an effect on another part of the body (the eyes, the
        # head, the hands) is the medicine's side effect, not another condition.
        "Has anyone on amitriptyline had blurry eyes?",
        # Nerve-pain tablets by other brand names.
        "I take Endep at night for my sciatica and feel groggy in the morning, is that normal?",
        "is Arcoxia better than ibuprofen for sciatica?",
    ],
)


test_a_symptom_searched_by_kind_and_place_is_how_to_tell = routed_to(
    "is-it-sciatica",
    [
        # A symptom searched by its kind and where it is felt, and lumbago searched: how to
        # tell it is sciatica.
        "throbbing pain in lower back",
        "dull ache in my bum",
        "burning thigh and calf pain",
        "hip knee and ankle pain due to a back problem",
        "stabbing pain in left buttock",
        "lumbago",
        "what is lumbago?",
    ],
)


test_a_searched_symptom_lookalikes_keep_their_answer = routed_cases(
    [
        # Look-alikes: a pain searched as constant or at night is the doctor's or sleep's.
        ("constant lower back pain", "see-a-doctor"),
        ("back pain at night", "sleeping"),
    ],
)


@pytest.mark.parametrize("text", ["Knee", "nerve", "Hamstring", "glute", "Chest", "Knees"])
def test_a_part_of_the_body_typed_alone_asks_for_more(text: str) -> None:
    # A part of the body typed alone says where, not what: "tell me more", even when an
    # exercise is named after it (knee to chest, the nerve glide).
    assert ANSWERER.answer(text).kind == "vague"


test_an_exercise_typed_alone_keeps_its_answer = routed_cases(
    [
        # Look-alikes: an exercise's own name, or a word of one that is no part of the body.
        ("knee to chest", "knee-to-chest"),
        ("bridge", "glute-bridge"),
        ("piriformis", "piriformis-stretch"),
    ],
)


test_words_in_another_sense = routed_cases(
    [
        # Words in another sense. Avoiding the pain itself is a purpose: the thing asked about
        # is the subject.
        ("What kind of office chair is best to avoid back pain?", "sitting"),
        ("which mattress should I buy to avoid back pain?", "sleeping"),
        ("what should I do to avoid sciatica?", "prevention"),
        ("how should I lift heavy boxes to avoid back pain?", "prevention"),
        # Operating a laptop or machinery is no operation.
        ("How high should my desk be to operate the computer without my sciatica flaring?",
         "sitting"),
        ("I operate heavy machinery for a living, can I keep doing my job with sciatica?",
         "work"),
        # A stool sat on is a seat, not a bowel movement.
        ("I play the piano on a piano stool for hours, is that bad for sciatica?", "sitting"),
        ("is perching on a bar stool bad for my sciatica?", "sitting"),
        # A lumbar support belt or brace is a belt for the back, not a chair's lumbar support.
        ("Are lumbar support belts any good for sciatica?", "other-treatments"),
        ("should I wear a lumbar brace while I garden?", "other-treatments"),
        # Look-alikes: things to avoid, an operation, a stool passed and a chair's lumbar
        # support keep their answer.
        ("what should I avoid doing with sciatica?", "what-to-avoid"),
        ("will they need to operate on my disc?", "surgery"),
        ("my stool is black, is that normal with sciatica?", "red-flags"),
        ("does a lumbar support cushion help when I sit at work?", "sitting"),
    ],
)  # fmt: skip


test_an_activity_named_in_a_safety_question_is_its_own = routed_cases(
    [
        # An activity with a section of its own, asked in exercising safely's words ("is it
        # safe to ...?"), is that activity's.
        ("Walking helps a lot. I miss the bike though, is it safe to get back on it once the "
         "pain eases?", "cycling"),
        ("I feel lost without exercise. Is it safe to go back in the pool when I feel able?",
         "swimming"),
        # Look-alike: a pastime the guide has no section on stays exercising safely.
        ("Is it safe to go bouldering with sciatica?", "exercise-safely"),
    ],
)  # fmt: skip


test_precautions_and_qa_site_requests = routed_cases(
    [
        # Precautions and the care to take are what to avoid.
        ("My wife has had sciatica for a month. What precautions should she take?",
         "what-to-avoid"),
        ("what precautions to take with sciatica", "what-to-avoid"),
        # A Q&A site's request ("Kindly ...", "Please suggest ...") is the question.
        ("Respected doctor, my MRI shows an L5 S1 bulge and my leg hurts. Please suggest "
         "treatment.", "long-term-treatment"),
        ("Sir, I am on gabapentin. Kindly tell me how long sciatica takes to heal.",
         "how-long"),
        # Look-alike: care after an operation is the operation's.
        ("What care should I take after my discectomy?", "surgery"),
    ],
)  # fmt: skip
