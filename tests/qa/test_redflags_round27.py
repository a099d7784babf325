"""Round 21's missed red flags and urgent-care alarms, by class (issue 15, round 27).

Each class was red-teamed with fresh wordings of our own before its fix and scored once (the
figures beside each class); the look-alikes must keep their answer. NICE NG59 / NHS decide what
alarms.
"""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import flags, quiet

# A leg told as having given out, in the perfect tense too ('my leg has given out three times').
# Before the fix 4 of 5 of our wordings alarmed; after it, 5 of 5.
LEG_GIVEN_OUT = [
    "Long post sorry. L5 herniation found in March, did physio, ok for a while. Over the last "
    "few weeks my leg has given out three times going down stairs. should i push for another MRI?",
    "sciatica for 2 months now and twice this week my right leg just gave out on me in the shop",
    "my knee keeps giving out from under me since the back pain started and its getting worse",
]


@pytest.mark.parametrize("text", LEG_GIVEN_OUT)
def test_a_leg_that_has_given_out_gets_urgent_care_advice(text: str) -> None:
    assert "leg_weakness" in flags(text)


# Legs or feet told going to sleep (numbness in both legs: NHS, NICE NG59). Before the fix 2 of
# 4 alarmed ('keep going to sleep', 'have gone to sleep' were missed); after it, 4 of 4. The
# person going to sleep is no numbness (those two written with the fix).
LEGS_ASLEEP = [
    "Both my legs keep going to sleep when I stand at the sink, back has been bad for a fortnight,"
    " what is going on?",
    "my feet have gone to sleep and wont wake up, since yesterday, back pain too",
    "my legs fall asleep within 10 minutes of sitting now and my lower back is killing me",
    "After my back went on Monday my legs and feet keep falling asleep, like pins and needles",
]
ASLEEP_QUIET = [
    "My legs ache when I'm going to sleep, which position is best for sciatica?",
    "I fall asleep on the sofa and wake up with my back stiff, is the sofa bad for sciatica?",
]


@pytest.mark.parametrize("text", LEGS_ASLEEP)
def test_legs_going_to_sleep_get_urgent_care_advice(text: str) -> None:
    assert "both_legs" in flags(text)


@pytest.mark.parametrize("text", ASLEEP_QUIET)
def test_the_person_going_to_sleep_stays_quiet(text: str) -> None:
    quiet(text)


# Weakness down one side of the body, arm and leg (a neurological deficit). Before the fix 1 of
# 3 alarmed (the one naming 'left arm and leg ... gone weak'); after it, 3 of 3.
ONE_SIDE_WEAK = [
    "I have had back pain for a year but now the whole left side of my body feels weak, arm and "
    "leg, it started last month",
    "weakness down one side of my body, right arm and right leg, getting worse, neurologist not "
    "till october",
]


@pytest.mark.parametrize("text", ONE_SIDE_WEAK)
def test_weakness_down_one_side_of_the_body_gets_urgent_care_advice(text: str) -> None:
    assert "leg_weakness" in flags(text)


def test_pain_on_one_side_of_the_body_stays_quiet() -> None:
    quiet("My sciatica is only on one side of my body, the left, is that usual?")


# Nerve pains told within or throughout both legs (NHS: sciatica in both legs). Before the fix 1
# of 4 alarmed; after it, 4 of 4. One leg, or a stretch felt through them, stays quiet (3 of 3).
NERVE_PAIN_THROUGH_LEGS = [
    "For a month I've had burning nerve pains throughout my legs and feet, and now my back is "
    "stiff too. Physio hasn't helped",
    "my husband gets stabbing nerve pain within his legs at night and in the day, back aching",
    "Sciatic pain throughout my legs now, not only the left like before",
]
NERVE_PAIN_QUIET = [
    "I feel a stretch throughout my legs when I do the hamstring stretch, is that right?",
    "Nerve pain within my left leg for 6 weeks, is walking ok?",
]


@pytest.mark.parametrize("text", NERVE_PAIN_THROUGH_LEGS)
def test_nerve_pain_throughout_both_legs_gets_urgent_care_advice(text: str) -> None:
    assert "both_legs" in flags(text)


@pytest.mark.parametrize("text", NERVE_PAIN_QUIET)
def test_one_leg_or_a_stretch_through_the_legs_stays_quiet(text: str) -> None:
    quiet(text)


# The alarms: each class quiet, its look-alikes still alarming. Red-teamed before the fixes: 8
# of 19 of our quiet wordings stayed quiet (slipped discs, collapse wished, pee breaks, heavy
# legs, odd spots, 'as well as', landing strides), 19 of 19 after; the accident told again, 1 of
# 4 before, 3 of 4 after ('running 30 miles a week before the accident' still alarms). A car
# driven into the back of one's own was missed by that red-team and alarms now.
QUIET = [
    # Discs told slipped, counted: a disc's word, not a slip ('slipped 3 discs').
    "Have slipped 3 discs over the years, currently L4/5 flaring again with pain down the leg, "
    "how long does a flare usually last?",
    # Wanting to collapse from the pain is a wish, not a leg giving way.
    "some mornings my leg hurts so much i just want to collapse back into bed, is that normal "
    "with sciatica",
    # A pee break on a run or a walk is a stop, no change told.
    "I take a wee break every couple of miles on my long runs and do a hamstring stretch then, is "
    "that a good idea with sciatica?",
    "On my training runs I stop for pee breaks at the park toilets, and my back aches after",
    # Legs heavy after training are tired legs (no numbness or weakness named).
    "Marathon in 3 weeks, my legs feel heavy and tired after the long runs and my lower back is "
    "tight. Should I rest?",
    "Started cycling again after a winter off and my legs feel like lead after every ride, back a "
    "bit sore too, normal?",
    "my legs feel heavy after leg day at the gym, and my sciatica is grumbling, should I skip "
    "squats",
    # A place named odd is where the pain is, not a feeling in the saddle area.
    "The pain is in a weird spot just above my hip on the right, hard to say if it's sciatica or "
    "muscle. Any ideas?",
    "I get an ache in an odd spot in my lower back when I sit too long, is that sciatica?",
    # 'As well as' adds a symptom, not the other leg.
    "I have pain down my left leg as well as tingling, and my right hip clicks sometimes, is this "
    "sciatica?",
    "There's burning in my right calf as well as numbness in the toes, the left side is fine. How "
    "long will it take?",
    # Landing on one's heels or the ball of the foot when running is a stride.
    "When I run I'm landing hard on my heels and my lower back aches afterwards, would changing "
    "my stride help sciatica?",
    # An accident dated years ago, told again as the time before it.
    "I was in a car crash three years ago and my back has never been right since. The MRI shows a "
    "bulge that wasn't there before the crash. What exercises help?",
    "Motorbike accident 2 years ago. the disc was fine before the accident according to my old "
    "scans, now L5 S1 is bulging and the sciatica comes and goes. is swimming ok",
]
STILL_ALARM = [
    ("slipped on the stairs yesterday and landed on my back, now the pain goes down both legs",
     "trauma"),
    ("my leg collapsed under me on the way to the loo and I fell, back agony", "leg_weakness"),
    ("On my run this morning I couldn't hold my pee and wet myself, never happened before, back "
     "pain since last week", "bladder_bowel"),
    ("my wee stops and starts and takes ages, and my back is sore", "bladder_bowel"),
    ("both my legs feel heavy and numb since yesterday and my back is really bad", "both_legs"),
    ("there's a numb spot around my bum and between my legs since my back went", "saddle"),
    ("pain in my left leg for months and now the right leg as well, it's burning down both",
     "both_legs"),
    ("fell off a ladder last week and landed hard on my lower back, pain shooting down the leg",
     "trauma"),
    ("Fell down the stairs on Saturday, my back is worse than before the fall and the leg is "
     "tingling", "trauma"),
    ("Three years ago I had a disc op. Last week a car went into the back of mine and my back "
     "wasn't like this before the accident", "trauma"),
]  # fmt: skip


@pytest.mark.parametrize("text", QUIET)
def test_told_without_a_red_flag_stays_quiet(text: str) -> None:
    quiet(text)


@pytest.mark.parametrize(("text", "concept"), STILL_ALARM)
def test_look_alikes_of_the_quiet_classes_still_alarm(text: str, concept: str) -> None:
    assert concept in flags(text)
