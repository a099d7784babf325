"""Routing (route39 of issue 15, session 19). A pain told, often beside a sport, a job or a pill,
then one question asking both what is causing it and how to be rid of it ("What could be causing
it and how do I get rid of it?", "what might this be and is there anything I can do to make it
go away?", "what is wrong with me and how can I make it stop?") is answered with how to tell
what the pain is, not with the sport, the job or the pill the story names on the way, nor with
how to recover in general. A sciatica whose cause is already known, asked only how to stop it,
and a pill or a run asked about keep their answers.
Whether or when to take up training or games again after a back injury ("Should I start training
again or wait till it's gone?", "is it ok to go back to training or should I rest it longer?"),
and whether to stop a training altogether or only lighten it ("stop completely or just cut down
the distance?"), are answered with how to exercise safely, not the scan, bed rest or the time the
story names; a run, a swim, the gym, a job, an operation and rest weighed against keeping moving
keep their sections. A story of a martial art (aikido, kung fu, muay thai) ending in how to
carry on with it is answered the same way. Wordings written for this brief."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import routed, routed_cases

IS_IT = "is-it-sciatica"

test_what_causes_it_and_how_to_be_rid_of_it_is_is_it_sciatica = routed_cases(
    [
        (
            "I'm a keen tennis player and for about a month there's been a dull ache from my "
            "right buttock into the back of my thigh, worse after matches. My GP says nothing is "
            "torn. What could be causing it and how do I get rid of it?",
            IS_IT,
        ),
        (
            "My wife works twelve hour shifts as a nurse and for two weeks she has had a sharp "
            "pain from her hip to her knee on the left side. Ibuprofen takes the edge off. Could "
            "anyone tell me what is causing it and how to fix it?",
            IS_IT,
        ),
        (
            "I play golf every weekend and lately a burning pain runs down the outside of my leg "
            "after nine holes. Any idea what this could be, and what I can do about it?",
            IS_IT,
        ),
        (
            "For three weeks there's been an ache deep in my buttock that goes down my "
            "hamstring, it started after a long hike in the hills. What is wrong with me and how "
            "can I make it stop??",
            IS_IT,
        ),
        (
            "been doing crossfit 4x a week and now my left leg tingles down to the foot whenever "
            "i squat low. what might this be and is there anything i can do to make it go away?",
            IS_IT,
        ),
        # Look-alikes: the sport or the pill is what is asked about.
        (
            "My sciatica flares up every time I run more than 5k. How can I make it stop so I "
            "can keep running?",
            "running",
        ),
        (
            "I have had sciatica for a month and the naproxen is not touching it. Is there a "
            "stronger painkiller I could ask for?",
            "painkillers",
        ),
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        "The MRI showed a bulging disc pressing on the nerve, so I know what's causing my "
        "sciatica. What can I do to make the pain stop?",
        "Pulled something in my back lifting the kids' trampoline. How do I fix it quickly?",
    ],
)
def test_how_to_stop_a_pain_whose_cause_is_not_asked_is_not_is_it_sciatica(text: str) -> None:
    assert routed(text) != IS_IT, text


# Whether or when to take up the training or the games again after a back injury, asked of a
# sport the guide has no section on: how to exercise safely, not the scan, the rest or the time
# the story names on the way. Running, the gym, swimming, work, an operation and bed rest keep
# their own sections; giving lessons is no training.
test_whether_to_take_up_training_again_is_exercise_safely = routed_cases(
    [
        (
            "I tweaked my lower back at judo about three weeks ago. An x-ray showed nothing "
            "broken and it's mostly settled, just a twinge when I bend. Should I start training "
            "again or wait till it's completely gone?",
            "exercise-safely",
        ),
        (
            "i play rugby on saturdays and hurt my back in a tackle last month. its much better "
            "now but still stiff in the mornings. is it ok to go back to training or should i "
            "rest it a bit longer?",
            "exercise-safely",
        ),
        (
            "My son plays football for his school and strained his back in a match. He wants to "
            "play again next week. How soon is it safe for him to go back to training?",
            "exercise-safely",
        ),
        # Look-alikes.
        ("When can I start running again after my sciatica settles?", "running"),
        ("is it ok to start swimming again with sciatica?", "swimming"),
        (
            "Hurt my back squatting at the gym last week. Should I go back to the gym or wait a "
            "bit longer?",
            "gym-yoga",
        ),
        (
            "I had a microdiscectomy six weeks ago. When can I go back to playing golf?",
            "surgery",
        ),
        (
            "Hurt my back at work lifting boxes last week. Should I go back to work or stay off "
            "until it settles?",
            "work",
        ),
        ("Should I stay in bed and rest completely until my sciatica is gone?", "bed-rest"),
    ]
)


def test_going_back_to_giving_lessons_is_no_training() -> None:
    text = "I teach piano. Should I go back to giving lessons next week?"
    assert routed(text) != "exercise-safely", text


# Whether to stop a training altogether or only lighten it, in either order: how to exercise
# safely, not bed rest. Rest weighed against keeping moving, and a run named in the question,
# keep their sections.
test_stopping_a_training_or_only_lightening_it_is_exercise_safely = routed_cases(
    [
        (
            "I row four mornings a week and my lower back has been grumbling for a fortnight, "
            "worst after long pieces on the erg. Is it better to stop completely for a while or "
            "just cut down the distance?",
            "exercise-safely",
        ),
        (
            "my daughter does gymnastics 3x a week and her lower back aches after practice. "
            "should she rest totally or just ease off the back bends for a bit?",
            "exercise-safely",
        ),
        # Look-alikes.
        (
            "My sciatica hurts when I run. Should I stop running completely or just run shorter "
            "distances?",
            "running",
        ),
        ("Should I rest completely in bed or keep moving with sciatica?", "bed-rest"),
        ("Should I rest or keep moving with sciatica?", "bed-rest"),
        (
            "My back went yesterday. Should I rest completely for a few days or try to keep "
            "active?",
            "bed-rest",
        ),
    ]
)


# A story of a martial art (aikido, kung fu, muay thai ...) ending in how to carry on with it:
# how to exercise safely, not the pill or the heat the story names on the way; how to sit in
# seiza keeps the sitting section.
test_carrying_on_with_a_martial_art_is_exercise_safely = routed_cases(
    [
        (
            "I've done aikido for ten years and since a bad breakfall in December my lower back "
            "aches after every class, the physio says it's a strained muscle. Any tips on how I "
            "can keep training without making it worse?",
            "exercise-safely",
        ),
        (
            "My son does kung fu three times a week and his lower back has been sore since a "
            "grading. He took ibuprofen for a few days. Should he keep training or take a break?",
            "exercise-safely",
        ),
        (
            "Muay thai twice a week, and kicks now send a zing down the back of my thigh. Heat "
            "helps a bit. Can I carry on fighting?",
            "exercise-safely",
        ),
        (
            "I do aikido and my sciatica gets worse when I sit in seiza for long. How should I "
            "sit?",
            "sitting",
        ),
    ]
)
