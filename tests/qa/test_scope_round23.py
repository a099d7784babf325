"""Out of scope in both directions (session 14, round 20's dev set): classes of misses checked on
wordings written by the team (not copied from any labelled set), each beside look-alikes that
must keep their answer."""

from __future__ import annotations

from tests.qa.answer_checks import (
    ANSWERER,
    in_guide,
    in_guide_cases,
    outside_cases,
    said_cases,
)

test_back_pain_with_a_plea_for_what_to_do_is_answered = in_guide_cases(
    [
        # A lower back that hurts, the writer's or someone close's, beside a plea for what to do,
        # where nothing else in the guide ranks: the guide's subject, never "the guide doesn't
        # cover that".
        "Wife woke up with awful back pain this morning, no idea what to do.",
        "Husband has had agonising low back pain since Tuesday. Not sure what to do next.",
        "My dad is 60 and his back has been killing him all week. What do we do?",
        "My 15 year old daughter says her lower back aches after netball. What would you suggest?",
    ],
)


test_back_pain_beside_another_subject_stays_outside = outside_cases(
    [
        # Look-alikes: back pain beside another illness asked about, a period's pain, a pet's
        # back or a neck stay outside the guide.
        "My back pain turned out to be a kidney stone. How long do kidney stones take to pass?",
        "I get back pain with my period every month, what helps period pain?",
        "My dog has back pain, what should we do?",
        "Our cat has a sore back and won't jump up, what should I do?",
        "My neck pain is awful since the weekend, what should I do?",
    ],
)


test_the_law_a_licence_other_people_or_intimacy_asked_is_outside = outside_cases(
    [
        # Asked in any question, with no other question naming what the guide answers: whether a
        # refusal is lawful, a driving licence's medical rules, how to answer other people's
        # remarks, a couple's intimacy.
        "The hospital cancelled my back operation because my BMI is too high. Is that common? "
        "Legal?",
        "My surgeon refused to do my disc surgery until I quit vaping. Can they legally refuse?",
        "Does the DVLA let you keep an HGV licence if you have a herniated disc? I drive lorries "
        "for a living.",
        "Will the DOT medical examiner fail me for taking gabapentin? Need my CDL renewed next "
        "month.",
        "My boss keeps making comments about my bad back in front of everyone. How should I "
        "respond to him?",
        "My wife's sciatica means we haven't been intimate for months. How do we get our sex "
        "life back?",
        # A prostate's blood test or a biopsy asked, whatever back pain is told beside it.
        "Does a high PSA cause back pain?",
        "Dad's urologist wants a second prostate biopsy after his PSA came back at 7. He also has "
        "sciatica. Would you have the biopsy?",
    ],
)


test_driving_work_and_warning_signs_keep_their_answer = said_cases(
    [
        # Look-alikes: driving, telling the boss, an operation's recovery, a flare at work and
        # sciatica's effect on sex (a warning sign's question) keep their answer; so does a
        # legal question asked beside a question the guide answers.
        ("Is it safe to drive a lorry with sciatica? My seat is bouncy and I do long shifts.",
         "driving-travel"),
        ("How do I sit in the cab on long truck drives without my sciatica flaring?",
         "driving-travel"),
        ("What should I tell my boss about my sciatica?", "work"),
        ("My surgeon says I have to stop smoking before the operation. Will it help my recovery "
         "after surgery?", "surgery"),
        ("How do I respond when my sciatica flares up at work?", "flare-ups"),
        ("Can sciatica affect your sex life?", "red-flags"),
        ("My husband's PSA test was normal. His sciatica is worse when he sits, what chair "
         "would help?", "sitting"),
        ("My manager moved my desk away from the window, is that even legal? And how long should "
         "I sit at my desk before taking a break with sciatica?", "sitting"),
    ],
)  # fmt: skip


test_another_joints_illness_is_outside = outside_cases(
    [
        # Arthritis of the joints with no back, spine, leg or sciatica told anywhere, a bursitis
        # of a joint other than the hip, and the arm's named conditions in the plural: another
        # illness's question.
        "I was diagnosed with arthritis last year and take methotrexate. Can I still work night "
        "shifts?",
        "My arthritis is much worse in the winter. Is swimming a good idea for it?",
        "Does knee bursitis go away on its own?",
        "I had sciatica two years ago and injections fixed it. Would the same injection work for "
        "bursitis in my elbow?",
        "Do tennis elbows heal by themselves? My sciatica cleared up on its own.",
    ],
)


test_arthritis_of_the_back_or_a_hip_beside_sciatica_keeps_its_answer = said_cases(
    [
        # Look-alikes: arthritis of the back beside sciatica or a pain down the leg, and a hip's
        # bursitis told beside sciatica, stay the guide's.
        ("I have arthritis in my lower back and sciatica down my left leg. Is walking OK?",
         "walking"),
        ("I have hip bursitis or sciatica, not sure which. How do I tell?", "is-it-sciatica"),
        ("My sciatica injection worked for 6 months, can I have another one?", "injections"),
    ],
)  # fmt: skip


def test_arthritis_of_the_spine_asked_as_the_cause_of_a_leg_pain_is_answered() -> None:
    text = "Could arthritis in my spine be causing the pain down my leg?"
    assert in_guide(text), (text, ANSWERER.answer(text))
