"""Lay wordings for the red-flag classes round 10's dev split (public patient Q&A datasets)
showed missed or raised for nothing, written by the team (not copied from any labelled set):
each class with paraphrases that must alarm and look-alikes that must stay quiet."""

from __future__ import annotations

from tests.qa.answer_checks import alarm_naming, quiet, quiet_cases

# Legs named with no "my" ("numbness in legs", "numb legs"): both legs (NICE NG59: bilateral
# neurological symptoms).
test_numb_or_weak_legs_without_my = alarm_naming(
    "both_legs",
    ["over the last week I've developed tingling in legs and feet",
     "numb legs since this morning, what is going on?",
     "legs feel numb whenever I get up from the sofa",
     "sudden weakness in legs that came on yesterday"],
)  # fmt: skip


test_legs_in_a_general_question_or_an_instruction_stay_quiet = quiet_cases(
    ["Can sciatica cause numbness in legs?",
     "stretch your legs out straight and hold for ten seconds"],
)  # fmt: skip


# "Does anyone know what causes...?" asks the forum about the writer's own symptom.
test_asking_anyone_what_causes_a_symptom_is_ones_own = alarm_naming(
    "both_legs",
    ["Does anybody know what causes pins and needles in both feet at night?",
     "anyone know what could cause numbness in both legs?"],
)  # fmt: skip


test_asking_anyone_about_sciatica_stays_quiet = quiet_cases(
    ["Does anyone know what causes sciatica?",
     "Does anyone know why sciatica flares up in winter?"],
)  # fmt: skip


# A leg tired or weak after a lot of walking or standing is tiredness, not a failing nerve.
test_a_leg_tired_from_walking_a_lot_stays_quiet = quiet_cases(
    ["I'd walked a lot that day and my leg felt weak by the evening",
     "after standing all day at the fair my legs felt tired"],
)  # fmt: skip


test_weakness_with_a_stronger_sign_or_no_cause_still_alarms = alarm_naming(
    "leg_weakness",
    ["I was walking a lot and my leg felt weak and my foot started dragging",
     "I walked miles yesterday and now my leg keeps giving way",
     "my leg feels weak",
     "my leg has been getting weaker"],
)  # fmt: skip


# A slip of a movement while dressing or reaching is no fall (NICE NG59: significant trauma).
test_a_slip_of_a_movement_stays_quiet = quiet_cases(
    ["I slipped putting on my socks and my back went into spasm",
     "I slipped while reaching for a cup and pulled something in my back"],
)  # fmt: skip


test_a_slip_that_ends_in_a_fall_still_alarms = alarm_naming(
    "trauma",
    ["I slipped putting my jeans on and fell onto the floor on my back",
     "I slipped on the stairs yesterday and landed on my back"],
)  # fmt: skip


# A cancer guessed at, asked ("maybe I have a tumour?"), is a fear, not a history of cancer.
test_a_cancer_guessed_at_stays_quiet = quiet_cases(
    ["maybe I have a tumour? my pain is in my buttock",
     "Could I have cancer? It has been aching for weeks"],
)  # fmt: skip


test_a_cancer_history_still_alarms = alarm_naming(
    "cancer_weight",
    ["I've had cancer before and now my back is aching",
     "maybe I have cancer again, I had a melanoma removed last year"],
)  # fmt: skip


# A foot drop from an operation or injury on the nerve at the knee (the common peroneal nerve,
# NICE CKS) is not the spine; a guess between it and the back still alarms.
def test_a_foot_drop_from_the_peroneal_nerve_stays_quiet() -> None:
    quiet("My foot drop came after an operation on my peroneal nerve two years ago")


test_a_foot_drop_not_told_as_the_peroneal_nerve_alarms = alarm_naming(
    "leg_weakness",
    ["My foot drags, could it be my peroneal nerve or my back?",
     "Is my foot drop from peroneal nerve damage or a disc?",
     "My foot has started dragging since last week"],
)  # fmt: skip
