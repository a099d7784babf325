"""Out of scope, session 21 (brief oos44): another part of the body told with no sciatica or
back (gout moving between joints, a foot operation redone, a foot injured in an accident, the
ribs at the back, one calf bigger than the other) and a whole-body or many-system list (burning
or tingling all over the body, numbness down one side of the body, chest pains with the arms
and legs falling asleep, tiredness with dizziness) are not the guide's, and the bot says so; a
leg or foot pain told as coming from the back, or pins and needles down one leg, stays
is-it-sciatica, and a list naming a red flag still alarms. Wordings written by the team before
the fix, not copied from any labelled set."""

from __future__ import annotations

from tests.qa.answer_checks import alarm_cases, outside_cases, routed_cases, said_cases

test_another_part_of_the_body_is_outside = outside_cases(
    [
        "My gout started in my ankle and now it has moved to my big toe, is that normal?",
        "The doctor says I have cellulitis on my big toe, it is red and hot, will antibiotics "
        "clear it?",
        "Sharp pain just under my bottom rib at the back on the right side?",
        "Aching on both sides of my ribcage at the back for two weeks, what could it be?",
        "My right calf is much thinner than my left since I broke my leg as a kid, why?",
        "A horse stood on my foot three weeks ago, the x-ray was clear but it is still swollen?",
    ]
)

test_a_whole_body_list_is_outside = outside_cases(
    [
        "I have tingling and burning all over my body, even my face and scalp?",
        "Pins and needles down the whole left side of my body, arm and leg and face?",
        "Numbness down the right side of my body, what could cause this?",
        "Constant fatigue, dizziness and heavy legs, my doctors can't find anything wrong?",
        "Chest pains, my hands and feet keep falling asleep, and I have stomach problems. "
        "What's wrong with me?",
        "My whole body buzzes and vibrates at night, what is this?",
        "Numbness and tingling in my arms, legs and face, plus headaches?",
        "Everything hurts, my arms, legs, neck and jaw, and I'm exhausted all the time?",
    ]
)

# Red flags always first: a whole-body list naming one still alarms.
test_a_whole_body_list_with_a_red_flag_alarms = alarm_cases(
    [
        "Tingling all over my body and now I can't control my bladder?",
        "Numbness all over my body, including between my legs, what is it?",
        "Pins and needles down one side of my body and numb around my bottom and genitals?",
        "Both my legs have gone numb and tingly, what is it?",
    ]
)

test_a_leg_from_the_back_stays_is_it_sciatica = routed_cases(
    [
        (
            "Pain in my foot that seems to come from my lower back, is it sciatica?",
            "is-it-sciatica",
        ),
        ("Pins and needles down my leg into my foot, what is it?", "is-it-sciatica"),
        (
            "Numbness down the side of my leg from my buttock, what is causing it?",
            "is-it-sciatica",
        ),
    ]
)

# Near wordings written after the fix that must keep what they were answered with before it:
# sciatica, the lower back or a disc told beside the rib, the body or the calf.
test_near_wordings_keep_their_answer = said_cases(
    [
        (
            "Pain in my ribs and lower back that goes down my leg, is it sciatica?",
            "is-it-sciatica",
        ),
        ("Numbness down one side of my leg, what is it?", "is-it-sciatica"),
        ("My sciatica makes my whole body ache, what can I do?", "long-term-treatment"),
        ("I hurt my back and now my foot is numb, what is it?", "is-it-sciatica"),
        (
            "Tired all the time from the sciatica pain keeping me awake, what helps me sleep?",
            "sleeping",
        ),
        (
            "My left calf is thinner than the right since my disc prolapse, will it come back?",
            "red_flag",
        ),
    ]
)
