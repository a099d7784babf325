"""Routing classes missed on round 5's test split, checked on paraphrases written for round 6
(invented by the team, not copied from any labelled set)."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import ANSWERER, routed, routed_cases

test_round_6_question_shapes = routed_cases(
    [
        # A question opening with "or" finishes the one before it.
        (
            "There's a deep ache in my bum when I stand up. Is it my hip? "
            "Or is my back playing up?",
            "is-it-sciatica",
        ),
        (
            "My calf has burned for a week. Was this a pulled muscle? Or something else?",
            "is-it-sciatica",
        ),
        # "work" after a body part or "ab" is exercise, not a job.
        ("can I still do ab work with sciatica?", "exercise-safely"),
        ("is core work ok when my sciatica is bad?", "exercise-safely"),
        # Whether to stretch or exercise at all with sciatica.
        ("is it ok to stretch when you have sciatica?", "exercise-safely"),
        ("Can you exercise with a sciatic nerve problem?", "exercise-safely"),
        # Treatments without drugs.
        ("what natural remedies are there for sciatica besides pills?", "other-treatments"),
        ("are there any drug-free treatments for sciatica?", "other-treatments"),
        # Dos and don'ts are what to avoid.
        ("sciatica dos and don'ts please", "what-to-avoid"),
        ("what are the do's and don'ts of living with sciatica?", "what-to-avoid"),
        # Hoping it will fade or disappear asks how long it lasts.
        ("I keep hoping the sciatica will just disappear one day. Will it?", "how-long"),
        ("Is sciatica something that eventually fades by itself?", "how-long"),
    ],
)


test_the_question_in_a_story = routed_cases(
    [
        # A short question that names no theme asks about the one theme its story names.
        (
            "My surgeon has booked me in for a microdiscectomy next month. What is the recovery "
            "time?",
            "surgery",
        ),
        ("They've suggested a procedure on my disc. What's the recovery like?", "surgery"),
        # A request worded indirectly ("I thought I'd ask ...") is the question.
        (
            "I used to lift weights before my sciatica. I'd like to know how to get back into "
            "squats safely.",
            "gym-yoga",
        ),
        (
            "Squats and deadlifts set off my sciatica, so I thought I'd ask what others do to "
            "build leg strength.",
            "gym-yoga",
        ),
        # A warning sign asked about in any question of the message, with no symptom told.
        (
            "My dad has back pain going into his leg. Could this be a tumour? Should he see "
            "someone?",
            "red-flags",
        ),
        ("Is back pain ever a sign of cancer? Should I book a check-up?", "red-flags"),
    ],
)


@pytest.mark.parametrize(
    "text",
    ["what tablets are best for a migraine?", "how do I treat tennis elbow?",
     "do I need to pay up front for physio sessions?",
     "is there a payment plan for chiropractic visits?"],
)  # fmt: skip
def test_other_illnesses_and_money_are_not_covered(text: str) -> None:
    assert ANSWERER.answer(text).kind == "out_of_scope", text


@pytest.mark.parametrize(
    "text",
    ["Which hospital in Bristol is best for back surgery?",
     "Can you recommend a good osteopath near me?",
     "Who is the top spine surgeon in Glasgow?",
     "Is Dr Jones at the spine clinic any good?"],
)  # fmt: skip
def test_a_particular_doctor_clinic_or_place_is_not_covered(text: str) -> None:
    assert ANSWERER.answer(text).kind == "out_of_scope", text


test_sciatica_questions_naming_another_word_stay_in_scope = routed_cases(
    [("I took ibuprofen like I would for a headache but my lower back still hurts. What else "
      "can I take?", "painkillers"),
     ("Should I see a specialist for sciatica?", "see-a-doctor"),
     ("is it worth paying for a physio for my sciatica?", "physiotherapy")],
)  # fmt: skip


test_a_short_question_with_a_shape_is_answered_by_its_shape = routed_cases(
    [("My toes go cold and prickly in the evenings. Could this be sciatica?", "is-it-sciatica"),
     ("I get an ache behind my knee when I walk far. Is it sciatica?", "is-it-sciatica"),
     ("I've had it for four months now. How long does sciatica last?", "how-long")],
)  # fmt: skip


test_past_pregnancy_helpful_exercises_and_duration = routed_cases(
    [
        # A pregnancy in the past is the story; the question asks about something else.
        ("My sciatica began after I had my son. Would seeing a physio help?", "physiotherapy"),
        (
            "Ever since giving birth two years ago I've had sciatica. Is swimming a good idea?",
            "swimming",
        ),
        ("My sciatica started after my second baby. Does physio actually help?", "physiotherapy"),
        (
            "Since my pregnancy last year the sciatica keeps coming back. How do I stop it "
            "returning?",
            "prevention",
        ),
        ("I'm 28 weeks pregnant, is swimming ok for sciatica?", "pregnancy"),
        ("Is it safe to do these stretches while expecting?", "pregnancy"),
        # Which exercises help is the treatment.
        ("What exercises help sciatica?", "long-term-treatment"),
        ("which stretches actually work for sciatic pain?", "long-term-treatment"),
        # How long it has lasted so far, and whether that is normal.
        ("I've had sciatica for 6 months, is that normal?", "how-long"),
        ("It's been going on for three weeks now, is that normal for sciatica?", "how-long"),
        # A spin class is cycling.
        ("can I still go to spin classes with sciatica?", "cycling"),
    ],
)


@pytest.mark.parametrize(
    ("text", "warning_signs"),
    [("should I stretch both legs or just the sore one?", False),
     ("do I lift both legs together in this exercise?", False),
     ("is it bad if sciatica goes into both legs?", True)],
)  # fmt: skip
def test_both_legs_in_an_exercise_is_not_a_warning_sign_question(
    text: str, warning_signs: bool
) -> None:
    assert (routed(text) == "red-flags") is warning_signs, text


test_stress_swimming_strokes_and_ordinary_back_pain = routed_cases(
    [("does being stressed at work make sciatica flare up?", "flare-ups"),
     ("is front crawl ok with sciatica?", "swimming"),
     ("how is sciatica different from a normal bad back?", "is-it-sciatica")],
)  # fmt: skip


test_everyday_jobs_are_staying_active_and_a_shower_is_heat = routed_cases(
    [("is it ok to do some hoovering with sciatica?", "bed-rest"),
     ("would a warm shower ease sciatica?", "heat-ice")],
)  # fmt: skip
