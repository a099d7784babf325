"""Routing (route30 of issue 15, classes that recur across rounds of real messages): relief
itself asked for ("how do I actually get some relief?", "what is the best remedy?", "has anyone
come out the other side?"), often at the end of a story listing the treatments that failed, is
what treats sciatica in the long run, not the last treatment the story named; pain relief (a
drug), a named treatment's relief and quick relief tonight keep their own sections. A figure of
speech names no activity: a pain "driving me mad" is no driving, "running out of options" no
running, "no walk in the park" no walk, while driving, running or a walk told as done keeps its
section. Where an injury happened is no activity asked about: "hurt my back at the gym" names no
gym and "lifting a sofa" no sitting, and a back pulled lifting something, then only a plea, is a
bad spell (flare-ups). Wordings written for this brief, beside look-alikes that must keep their
answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import routed, routed_cases, routed_to

test_relief_asked_for_after_treatments_that_failed_is_the_long_term_treatment = routed_to(
    "long-term-treatment",
    [
        "Ive had sciatica for two years. tried physio, a chiropractor, naproxen and gabapentin, "
        "even an epidural. none of it lasted. how do i actually get some relief?",
        "My back has been bad since a fall in 2019, the MRI showed a bulge at L5. Been on "
        "painkillers and had two injections. What is the best remedy for this in the long run?",
        "years of sciatica. muscle relaxers, massage, acupuncture, pain meds, nothing works for "
        "long. has anyone come out the other side with something that actually worked",
        "I have a disc bulge pressing on the nerve and my GP has me on co-codamol which takes the "
        "edge off. What can I do to get real relief instead of just masking it?",
        "how do I get relief?",
        "what is the best remedy?",
        "Three rounds of steroids and a TENS machine later I'm still hobbling about. Has anyone "
        "been through this and come out of it? How did you finally get relief?",
    ],
)

test_relief_from_a_named_treatment_keeps_its_section = routed_cases(
    [
        ("do painkillers give relief from sciatica?", "painkillers"),
        ("how do I get proper pain relief?", "painkillers"),
        ("how much relief can an epidural injection give and for how long?", "injections"),
        ("does heat or ice give better relief?", "heat-ice"),
        ("does heat give better relief?", "heat-ice"),
        ("what can I do to get quick relief tonight?", "flare-ups"),
    ]
)


test_a_figure_of_speech_names_no_activity = routed_cases(
    [
        ("Three weeks of this and the nerve pain is driving me nuts. Is it normal for it to last "
         "this long?", "how-long"),
        ("The pain drove me crazy all weekend. Is it worth going to see someone about it?",
         "see-a-doctor"),
        ("The sciatica is driving me mad. Is there anything I can do to speed it up?",
         "long-term-treatment"),
        ("Recovery has been no walk in the park. How long did it take everyone else?",
         "how-long"),
    ]
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("my sciatica is driving me up the wall. what can i do about it?", "driving-travel"),
        ("My GP says we are running out of options. Is it worth trying anything else?",
         "running"),
    ],
)  # fmt: skip
def test_a_question_naming_nothing_after_a_figure_of_speech_is_not_about_its_activity(
    text: str, activity: str
) -> None:
    assert routed(text) != activity


test_an_activity_told_as_done_keeps_its_section = routed_cases(
    [
        ("Driving drives me mad because my leg goes numb after twenty minutes in the car. How "
         "can I make long drives easier?", "driving-travel"),
        ("I drive a lorry for a living and the pain is driving me crazy on long runs. How do I "
         "cope with the driving?", "driving-travel"),
        ("I've started running again but I'm running out of breath and my back aches after 2 "
         "miles. Is running ok with sciatica?", "running"),
        ("Is a walk in the park every day good for sciatica?", "walking"),
    ]
)  # fmt: skip


test_where_an_injury_happened_is_not_what_is_asked = routed_cases(
    [
        ("Pulled my lower back lifting a sofa on Sunday. Now there is a constant ache in my "
         "buttock and the back of my thigh. Any advice?", "flare-ups"),
        ("I did something to my back in the gym last month while deadlifting. The pain went "
         "away but now I have numbness in two toes. Any ideas what it is?", "is-it-sciatica"),
        ("My husband injured his back at the gym. He's been in pain for three weeks and it's "
         "spreading into his leg. How long before it gets better?", "how-long"),
    ]
)  # fmt: skip


def test_a_pain_after_an_injury_at_the_gym_is_not_about_the_gym() -> None:
    assert (
        routed(
            "I hurt my back at the gym two weeks ago and the pain is now going down my right leg "
            "to the ankle. What should I do?"
        )
        != "gym-yoga"
    )


test_the_gym_or_a_sofa_asked_about_keeps_its_section = routed_cases(
    [
        ("Is sitting on a soft sofa bad for sciatica?", "sitting"),
        ("I hurt my back at the gym last year. When can I go back to the gym?", "gym-yoga"),
        ("My back always hurts at the gym when I do squats. What should I change?", "gym-yoga"),
        ("I moved to a new office chair and my leg still goes numb at my desk. Any advice?",
         "sitting"),
    ]
)  # fmt: skip
