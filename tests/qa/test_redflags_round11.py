"""Lay wordings for the red-flag classes round 10's second split (scored once as a test, dev in
round 11) showed missed or raised for nothing, written by the team (not copied from any labelled
set): each class with paraphrases that must alarm and look-alikes that must stay quiet."""

from __future__ import annotations

from tests.qa.answer_checks import alarm_naming, flags, quiet, quiet_cases

# An accident told in few words: no article, or only "a bad" one, or where it happened.
test_an_accident_told_tersely_is_trauma = alarm_naming(
    "trauma",
    ["was in accident on the motorway on friday and my lower back is killing me",
     "had bad accident at the weekend, hurt my back",
     "had an accident on my bike last week and now my back hurts",
     "got in accident yesterday – pain in my hip and down the leg"],
)  # fmt: skip


test_no_accident_or_a_figurative_one_stays_quiet = quiet_cases(
    ["no accident or injury, it just came on",
     "I never had accident, the pain just started",
     "I had an accident with my routine and skipped a day"],
)  # fmt: skip


# A fall caught before it happened, or a condition that "hits" someone, is no injury.
test_a_fall_caught_or_a_figurative_hit_stays_quiet = quiet_cases(
    ["I grabbed the rail to stop myself falling on the stairs, my back is so stiff",
     "my bum hurts so much I nearly fell over getting out of the car, is stretching ok?",
     "when you get hit by something like sciatica it really knocks your confidence"],
)  # fmt: skip


test_a_real_fall_or_blow_still_alarms = alarm_naming(
    "trauma",
    ["I slipped and fell on the ice yesterday and my back hurts",
     "got hit by a cyclist yesterday and my back is very sore"],
)  # fmt: skip


def test_nearly_falling_because_a_leg_gave_way_is_weakness() -> None:
    assert "leg_weakness" in flags("I nearly fell because my leg gave way")


# A cancer named by its stage, or nerve damage left by radiotherapy (NICE NG59: malignancy).
test_a_staged_cancer_or_radiation_nerve_damage_alarms = alarm_naming(
    "cancer_weight",
    ["stage 3 breast cancer, now my back aches all night",
     "stage IV lung cancer, sciatic pain down my leg",
     "radiation induced plexopathy in my pelvis, sciatic pain is worse"],
)  # fmt: skip


test_a_stage_of_sciatica_or_a_relatives_cancer_stays_quiet = quiet_cases(
    ["What stage of sciatica am I at?",
     "my aunt had stage 4 cancer and I have sciatica"],
)  # fmt: skip


# Muscle being lost in a leg (NICE: progressive motor deficit).
test_muscle_lost_in_a_leg_is_weakness = alarm_naming(
    "leg_weakness",
    ["I'm losing muscle in my calf and it looks smaller",
     "there is muscle loss in my left leg since the disc went",
     "the muscle in my thigh is wasting away"],
)  # fmt: skip


test_muscle_one_hopes_to_keep_stays_quiet = quiet_cases(
    ["will bed rest make me lose muscle?",
     "how do I avoid losing muscle in my legs while I rest?"],
)  # fmt: skip


# A pain (or "it") travelling down the legs, or a pain in the back and the legs: both legs.
test_pain_travelling_down_the_legs_is_both_legs = alarm_naming(
    "both_legs",
    ["the pain shoots from my bum down my legs",
     "it runs all the way down my legs now",
     "it's spreading into my legs since yesterday",
     "terrible ache in my back and legs since Monday"],
)  # fmt: skip


test_a_stretch_one_side_or_denied_legs_stay_quiet = quiet_cases(
    ["I feel the stretch going down my legs",
     "my back and legs ache after the gym",
     "no pain in my back and legs, only my neck",
     "pain in my right leg and right foot, worse when I sit"],
)  # fmt: skip


# A list of symptoms placed at its end: the place is every item's.
test_a_list_of_symptoms_in_both_legs_is_both_legs = alarm_naming(
    "both_legs",
    ["tingling, aching and cramps in both legs since Tuesday",
     "pins and needles, then cramping in both feet",
     "weakness, heaviness, cramps in both my legs"],
)  # fmt: skip


test_a_denied_list_or_a_stretch_of_both_legs_stays_quiet = quiet_cases(
    ["no numbness or tingling, cramps in both legs after running",
     "numbness in my toes, I stretch both legs every morning"],
)  # fmt: skip


# Weight loss told as an item of a list of complaints, with the back (NICE NG59).
test_weight_loss_in_a_list_of_complaints_alarms = alarm_naming(
    "cancer_weight",
    ["I've been getting back pain, weight loss, night sweats",
     "symptoms: lower back ache, weight loss, tiredness",
     "im having stiff back,,, weight loss,,, no energy"],
)  # fmt: skip


test_weight_loss_as_a_help_or_a_goal_stays_quiet = quiet_cases(
    ["things that helped my back: walking, weight loss, physio",
     "I am having back pain, would weight loss help?",
     "goals: weight loss, fitness, less back pain",
     "I'm having back pain and weight loss surgery next month"],
)  # fmt: skip


def test_opposite_sides_are_both_legs() -> None:
    assert "both_legs" in flags("pain in left leg and right foot")


# "Wee" as small ("the wee hours", "a wee bit") is no urine; a wee that feels different is.
test_the_wee_hours_are_no_bladder = quiet_cases(
    ["woke in the wee hours and something felt wrong with my back",
     "in the wee hours my back felt weird, is that normal?"],
)  # fmt: skip


def test_a_wee_that_feels_different_is_still_bladder() -> None:
    assert "bladder_bowel" in flags("my wee feels different since last night")


# A foot or leg told as "it" after the sentence naming it (NICE: foot drop).
test_a_limb_told_as_it_that_drags_or_wont_lift_is_weakness = alarm_naming(
    "leg_weakness",
    ["something is wrong with my foot. It keeps wanting to drag when I walk",
     "my right leg feels odd. I can't pick it up to take a proper step"],
)  # fmt: skip


def test_a_pain_that_drags_on_stays_quiet() -> None:
    quiet("the pain in my bum just drags on, it seems to drag on for weeks")
