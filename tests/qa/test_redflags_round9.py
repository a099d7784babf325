"""Lay wordings for the red-flag classes round 8's split showed missed or raised for nothing,
written for round 9 (invented by the team, not copied from any labelled set): each class with
paraphrases that must alarm and look-alikes that must stay quiet."""

from __future__ import annotations

from tests.qa.answer_checks import alarm_cases, alarm_naming, flag_cases, flags, quiet, quiet_cases

# A foot or leg that lost its movement (NICE NG59: foot drop, progressive motor deficit).
test_a_foot_that_lost_its_movement = alarm_naming(
    "leg_weakness",
    ["I've lost the ability to flex my right foot",
     "there's no movement in my left foot at all since this morning",
     "I don't have any movement in my toes anymore",
     "my husband has lost the power to lift his foot"],
)  # fmt: skip


test_movement_look_alikes_stay_quiet = quiet_cases(
    ["the physio said there are no movement restrictions for my leg",
     "I've lost the ability to sit for long, is that normal with sciatica?"],
)  # fmt: skip


# A fall told with a strong adjective, in someone they care for (NICE NG59: significant trauma).
test_a_serious_fall = alarm_naming(
    "trauma",
    ["my dad had a very serious fall and now can barely walk with his back",
     "Mum had a really nasty fall on Monday and her back is agony",
     "I had a major fall down the stairs and my lower back hurts"],
)  # fmt: skip


# An injury long past that began a sciatica still there is the story of its onset, not new
# trauma: last year, a year named with its month, the years since, weeks after, since a month.
test_an_old_injury_or_someone_elses_story_stays_quiet = quiet_cases(
    ["Last year I crashed my bike and hurt my lower back; long rides still make it seize up",
     "In the years since the fall my flare ups have become more frequent",
     "It all began in December 2008 with a fall on an icy pavement",
     "The scan was weeks after the injury and the swelling had gone down by then",
     "Since the first week in January (after falling on ice) I've had sciatica in my left leg",
     "I read your story about being knocked off your bike; can I cycle with sciatica?"],
)  # fmt: skip


def test_a_recent_fall_still_alarms() -> None:
    assert "trauma" in flags("I slipped on the ice yesterday and landed on my back, it's agony")


# What other people may get, said of no one ("others may experience loss of bladder control").
test_what_others_may_get_stays_quiet = quiet_cases(
    ["Others may experience numbness and loss of bowel and bladder control. Mine is the buttock.",
     "Some people get weakness in both legs with it, I read, but I only have the ache"],
)  # fmt: skip


def test_others_then_ones_own_symptom_alarms() -> None:
    assert "bladder_bowel" in flags("Others may get it too, but I have lost control of my bladder")


# "Lie down there" is a place, not the body ("down there" as the saddle area).
test_down_there_as_a_place_stays_quiet = quiet_cases(
    ["when I stand or lay down there is a little pain",
     "I sat down there on the bench for an hour and my calf ached"],
)  # fmt: skip


def test_numb_down_there_still_alarms() -> None:
    assert "saddle" in flags("I'm numb down there since yesterday")


# A clinician's condition for surgery ("only when the leg collapses"), said of no one.
def test_a_condition_for_surgery_stays_quiet() -> None:
    quiet(
        "The surgeon told me an operation is usually only done when the leg collapses and "
        "can't be controlled. Is surgery worth it for me?"
    )


def test_a_condition_then_a_collapse_alarms() -> None:
    text = (
        "The surgeon said surgery is only for when the leg collapses, but my leg collapsed today"
    )
    assert "leg_weakness" in flags(text)


# The pain itself buckling the legs for a moment, or a fear of collapsing, is no weakness;
# legs that turn to jelly on their own are.
test_pain_that_buckles_or_a_fear_of_collapse_stays_quiet = quiet_cases(
    ["the spasm was a blinding pain that turned my legs to jelly",
     "I felt like I would collapse when I put weight on my right leg from the pain"],
)  # fmt: skip


def test_legs_turning_to_jelly_alarms() -> None:
    assert "both_legs" in flags("my legs keep turning to jelly when I walk")


# A story set years ago, told in the past with its outcome ("the surgery fixed it") and nothing
# said of now, is history; a present symptom, a story with no outcome, or a bladder still alarms.
test_a_story_from_years_ago_stays_quiet = quiet_cases(
    ["A few years ago I hurt my back. After the injection I had no control of my right leg. "
     "The surgery fixed it and I'm doing my stretches again.",
     "Back in 2012 I was struggling. My left leg gave way on the stairs twice. "
     "Physio sorted it out, what stretches keep it from coming back?"],
)  # fmt: skip


test_a_story_from_years_ago_with_something_now_alarms = flag_cases(
    [("A few years ago I hurt my back. Now my right leg keeps giving way.", "leg_weakness"),
     ("Years ago I hurt my back. My leg gave way yesterday.", "leg_weakness"),
     ("Years ago I hurt my back. I couldn't control my bladder.", "bladder_bowel"),
     ("I've had sciatica since 2015. My leg gave way on the stairs.", "leg_weakness"),
     ("I have had back trouble since a fall years ago. My left leg gave way twice.",
      "leg_weakness"),
     # No outcome told: the story's past tense may be last week's.
     ("In 2019 I had a discectomy. Then my leg started dragging and the numbness spread.",
      "leg_weakness")],
)  # fmt: skip


# A fever is a red flag with back pain (NICE NG59); a relative's fever after a birth, with no
# back, leg or nerve named anywhere, is another illness.
def test_a_fever_with_no_back_named_stays_quiet() -> None:
    quiet("My sister gave birth last week and she's had a fever since. Is that the epidural?")


test_a_fever_with_back_pain_alarms = alarm_naming(
    "fever",
    ["I've had a fever for three days. My back is killing me.",
     "my sister has a fever and terrible pain in her lower back"],
)  # fmt: skip


# One's own cancer named as a possible cause ("surely it isn't the cancer?").
test_ones_own_cancer_doubted = alarm_naming(
    "cancer_weight",
    ["Surely it wasn't the cancer causing this pain?",
     "could it be the cancer coming back in my spine?"],
)  # fmt: skip


def test_a_cancer_scare_that_was_nothing_stays_quiet() -> None:
    quiet("it wasn't cancer in the end, just a cyst, can I do the stretches?")


# Burning or shooting down both legs into the feet, told to "you" as one's own story.
test_burning_down_both_legs_into_the_feet = alarm_naming(
    "both_legs",
    ["a terrible burning sensation all the way down your legs and into your feet",
     "I get a burning feeling down my legs and into my feet"],
)  # fmt: skip


def test_a_general_question_about_the_legs_stays_quiet() -> None:
    quiet("Can sciatica cause burning down your legs and into your feet?")


# Sudden numbness of a whole leg (a major sensory loss).
test_a_whole_leg_gone_numb = alarm_cases(
    ["I woke up and my body was numb below my left hip",
     "my whole leg went numb from the hip down this morning"],
)  # fmt: skip


# A night the pain kept them from sleeping, told as severe (NICE NG59: night pain).
test_a_severe_pain_that_stops_sleep = alarm_naming(
    "night_pain",
    ["I could not sleep as the pain got so bad that I thought I was going to die",
     "my husband can't sleep because of the pain at night as it is excruciating"],
)  # fmt: skip


test_sleep_or_an_idiom_alone_stays_quiet = quiet_cases(
    ["I can't sleep because of the pain, what position is best?",
     "I thought I was going to die of boredom doing the stretches"],
)  # fmt: skip


# Look-alikes of this round's quiet classes that are symptoms all the same.
test_look_alikes_of_the_quiet_classes_still_alarm = flag_cases(
    [("some people have said my leg is weak and it keeps giving way", "leg_weakness"),
     ("the doctor said it only hurts when I walk, and my foot drags now", "leg_weakness"),
     ("I fell down the stairs yesterday and since then I may have hurt my spine", "trauma"),
     ("my leg went numb from the hip down and won't come back", "leg_weakness")],
)  # fmt: skip


def test_a_leg_numb_from_the_hip_to_the_knee_when_sitting_stays_quiet() -> None:
    quiet("my leg goes numb from the hip to the knee when I sit too long, which stretch helps?")
