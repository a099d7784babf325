"""Lay wordings for the red-flag classes round 11's second split (scored once as a test, dev in
round 12) showed missed or raised for nothing, and the gaps the last session left, written by the
team (not copied from any labelled set): each class with paraphrases that must alarm and
look-alikes that must stay quiet."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import (
    ANSWERER,
    alarm_naming,
    flags,
    quiet,
    quiet_cases,
    routed,
    routed_to,
)

# Numbness or tingling in the hands and the legs or feet together: both legs, and a spread
# beyond them (NICE NG59: bilateral or widespread neurological symptoms).
test_numbness_in_the_hands_and_the_legs_alarms = alarm_naming(
    "both_legs",
    ["my vision is a bit blurry and I've got numbness in hands and legs",
     "tingling in my arms and feet since last week, is this sciatica?",
     "numb hands and feet for a few days now",
     "pins and needles in hands and legs when I wake up",
     "I have numbness in feet and my back hurts"],
)  # fmt: skip


test_the_hands_alone_a_denial_or_cold_feet_stay_quiet = quiet_cases(
    ["I get pins and needles in my hands at night, is that from my back?",
     "no numbness in hands or legs, just a sore back",
     "my hands and feet are always cold in winter",
     "can I do the stretches with my hands and feet flat on the floor?"],
)  # fmt: skip


# A history of cancer told by its treatment: a breast or the prostate removed, a breast rebuilt
# from the belly, the hormone tablets taken after breast cancer (NICE NG59).
test_a_cancer_told_by_its_treatment_alarms = alarm_naming(
    "cancer_weight",
    ["I had a DIEP flap last spring and now my lower back aches all the time",
     "two years after my mastectomy I have started getting sciatica",
     "I'm on tamoxifen and my back has been sore for a month",
     "had a lumpectomy in 2022, now pain down my leg",
     "since my prostatectomy I get back pain"],
)  # fmt: skip


test_a_preventive_operation_a_ligament_or_a_relatives_stays_quiet = quiet_cases(
    ["I had a preventive mastectomy because of the BRCA gene, can I do the bridge?",
     "I had an ACL reconstruction years ago, is the piriformis stretch safe?",
     "my wife had a mastectomy and I hurt my back lifting her",
     "I had a breast reduction and my back feels better"],
)  # fmt: skip


# A relative's cancer with the same relative's sciatica or back is a red flag for that relative
# (they are someone the writer cares for); with the writer's own sciatica, it is not the
# writer's cancer.
test_a_relatives_cancer_with_their_own_back_alarms = alarm_naming(
    "cancer_weight",
    ["my mum has cancer and she has sciatica",
     "my dad had cancer and he has back pain now",
     "my sister has cancer and her sciatica is getting bad"],
)  # fmt: skip


test_a_relatives_cancer_with_the_writers_own_back_stays_quiet = quiet_cases(
    ["my mum has cancer and I have sciatica",
     "my dad had cancer and my sciatica is bad",
     "my sister has cancer and I hurt my back lifting her"],
)  # fmt: skip


# What sciatica is, explained to anyone ("it means that when you walk, pain shoots down one or
# both legs"), even with "in my experience": a definition describes no one.
test_a_definition_told_to_the_reader_stays_quiet = quiet_cases(
    ["In simple terms, it means that when you stand up the pain can shoot down one or both legs "
     "and leave you unable to move for a bit (in my experience)",
     "sciatica is when the nerve is squeezed, and you can feel it in one or both legs"],
)  # fmt: skip


test_the_writers_own_legs_beside_a_definition_still_alarm = alarm_naming(
    "both_legs",
    ["in my experience both my legs go numb when I walk",
     "it means that when I walk both my legs go numb"],
)  # fmt: skip


# A weakness an operation done was for, or whose recovery is awaited after it, is in the
# surgeon's care; a weakness new since the operation, or waiting for one, alarms.
test_a_weakness_the_operation_treated_stays_quiet = quiet_cases(
    ["My surgeon operated on me last month. It's too soon to say whether the foot drop will "
     "improve, but I'm optimistic.",
     "The weak leg was the main reason I chose surgery. Before the operation, I couldn't lift "
     "my toes at all. Now I'm doing the exercises.",
     "I had a discectomy three weeks ago and it's early days for the foot drop"],
)  # fmt: skip


test_a_weakness_new_since_or_before_an_operation_alarms = alarm_naming(
    "leg_weakness",
    ["I had surgery two weeks ago and since the surgery my foot drags",
     "I woke up after the operation with foot drop, too early to tell if it will get better",
     "I have foot drop, it's too early to tell if it will get better",
     "I'm waiting for surgery and my foot is dragging more each week",
     "my leg weakness is the reason I'm having surgery next month"],
)  # fmt: skip


# A story from a year ago told to its end ("... it slowly got better") is history.
test_a_year_old_story_told_to_its_end_stays_quiet = quiet_cases(
    ["About a year ago I hurt my back lifting a box. The pain was so bad I fell to the floor. "
     "After a few weeks of rest it got better.",
     "A year ago I slipped a disc. I could not walk for a week. Physio fixed it."],
)  # fmt: skip


def test_a_year_old_story_with_a_fall_now_alarms() -> None:
    text = "About a year ago I slipped a disc and it got better. Yesterday I fell down the stairs."
    assert "trauma" in flags(text)


# A tingle that is more of a bother is worse to live with, not a deficit that spreads (see a
# doctor); numbness or weakness that spreads or deepens alarms.
test_a_tingle_more_of_a_bother_stays_quiet = quiet_cases(
    ["the tingling in my calf is getting more and more annoying",
     "my leg has pins and needles and it's becoming increasingly uncomfortable",
     "the tingling in my leg was getting progressively more bothersome"],
)  # fmt: skip


test_a_deficit_that_spreads_or_deepens_alarms = alarm_naming(
    "leg_weakness",
    ["the numbness in my leg is spreading up to my knee",
     "the tingling in my leg is getting progressively worse",
     "my leg is getting weaker and more numb every day"],
)  # fmt: skip


# Tingling brought on by a long sit, or a feeling that passes on standing, is the pressure of a
# seat; numbness in the saddle area that stays, or that does not pass, alarms (NICE NG59).
test_seated_tingling_that_passes_stays_quiet = quiet_cases(
    ["my bum goes tingly after a long drive",
     "pins and needles in my backside when I sit at my desk too long",
     "my groin goes numb on the sofa and it goes away as soon as I get up",
     "my bottom fizzes on the toilet after a while"],
)  # fmt: skip


test_saddle_numbness_that_stays_alarms = alarm_naming(
    "saddle",
    ["my bum is numb and it doesn't go away",
     "my bum goes tingly after a long drive and it doesn't go away when I stand",
     "I'm numb down there after sitting",
     "tingling in my groin since this morning"],
)  # fmt: skip


# A fear named ("I hope it's not a blood clot") describes no symptom.
test_a_named_fear_stays_quiet = quiet_cases(
    ["I hope it's not a blood clot",
     "my calf aches after the flight, I hope it's not a blood clot",
     "I'm scared it could be something serious like a tumour"],
)  # fmt: skip


# An animal's leg or back is not the writer's: no alarm, and the guide does not cover it.
@pytest.mark.parametrize(
    "text",
    ["my dog's back leg is dragging, what should I do?",
     "our cat's hind legs are weak",
     "my dog's back leg"],
)  # fmt: skip
def test_an_animals_leg_is_not_the_writers(text: str) -> None:
    found = ANSWERER.answer(text)
    assert found.kind == "out_of_scope", (text, found.kind, found.answer_id)


def test_an_animals_legs_giving_way_raise_no_alarm() -> None:
    quiet("my puppy's back legs give way")


def test_the_writers_own_leg_beside_a_dog_still_alarms() -> None:
    assert "leg_weakness" in flags("I trip over my dog because my foot drags")


# Whether to go to urgent care (a walk-in clinic) asks when to see a doctor; the emergency
# department is the warning signs, reassurance first.
test_urgent_care_asks_when_to_see_a_doctor = routed_to(
    "see-a-doctor",
    ["should I go to urgent care for sciatica?",
     "when should I go to urgent care with sciatica?",
     "do I go to urgent care or wait for my GP?"],
)  # fmt: skip


def test_the_emergency_department_asks_for_the_warning_signs() -> None:
    assert routed("should I go to A&E with sciatica?") == "red-flags"
