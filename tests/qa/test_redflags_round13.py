"""Lay wordings for the red-flag classes round 12's test split (scored once, dev in round 13)
showed missed or raised for nothing, written by the team (not copied from any labelled set):
each class with paraphrases that must alarm and look-alikes that must stay quiet."""

from __future__ import annotations

from tests.qa.answer_checks import alarm_naming, quiet_cases

# Strength told going, not only "lost" (NICE NG59: a progressive motor deficit).
test_strength_told_going_alarms = alarm_naming(
    "leg_weakness",
    ["my strength is less and less every week",
     "I have decreased strength in my legs",
     "day by day my strength is fading",
     "reduced strength in my extremities and my back hurts",
     "my leg strength keeps decreasing",
     "my strength is going and I can hardly climb the stairs"],
)  # fmt: skip


test_strength_returning_built_or_denied_stays_quiet = quiet_cases(
    ["my strength is coming back slowly",
     "I want to build strength in my legs",
     "strength training has reduced my pain and built strength",
     "no decrease in strength, just pain",
     "is decreased strength a sign of something serious?"],
)  # fmt: skip


# The spine itself infected, told or suspected by a doctor (NICE NG59: spinal infection).
test_an_infected_spine_alarms = alarm_naming(
    "infection",
    ["the doctor thinks I may have an infected disc",
     "I have discitis and my back is agony",
     "my MRI showed an infected vertebra",
     "they suspect a spinal abscess",
     "I have a spinal infection"],
)  # fmt: skip


test_another_infection_an_old_one_or_a_denial_stays_quiet = quiet_cases(
    ["could an infected tooth cause sciatica?",
     "I had discitis years ago and it cleared up",
     "no sign of an infected disc on the MRI",
     "I had a spinal infection and three operations later my back is stiff"],
)  # fmt: skip


# Odd sensations told moving up or spreading through a leg (NICE NG59: a progressive
# neurological deficit), in other words than numbness or tingling.
test_odd_sensations_spreading_alarm = alarm_naming(
    "leg_weakness",
    ["the strange sensations are moving up my leg",
     "an odd feeling is spreading up my thigh",
     "weird sensations creeping up my calf"],
)  # fmt: skip


test_an_odd_sensation_that_does_not_spread_stays_quiet = quiet_cases(
    ["I have a weird sensation in my leg when I sit",
     "the pain moves down my leg",
     "a strange feeling in my buttock comes and goes"],
)  # fmt: skip


# A growth named benign by its kind is no cancer (NICE NG59: a history of cancer); a tumour on
# the spine, or a cancer told beside a benign growth, still alarms.
test_a_growth_named_benign_stays_quiet = quiet_cases(
    ["I have fibroid tumours, could they press on the sciatic nerve?",
     "the scan found a benign tumour near my spine",
     "my sister has a fatty tumour on her lower back"],
)  # fmt: skip


test_a_tumour_or_a_cancer_beside_a_benign_growth_alarms = alarm_naming(
    "cancer_weight",
    ["I have a tumour on my spine",
     "I had a fibroid removed and I also had breast cancer"],
)  # fmt: skip


# Osteoporotic fractures already found and named ("compression fractures", "healing") are in a
# clinician's care; with osteoporosis, a sudden pain, a fall or a fracture suspected still alarms
# (NICE NG59: suspected spinal fracture).
test_a_known_osteoporotic_fracture_stays_quiet = quiet_cases(
    ["my mother has osteoporotic compression fractures in her spine, what exercises are safe?",
     "my dad's osteoporosis-related fractures are healing",
     "I have osteopenia and an old insufficiency fracture, can I do the bridge?"],
)  # fmt: skip


test_osteoporosis_with_a_sudden_pain_a_fall_or_a_fracture_suspected_alarms = alarm_naming(
    "trauma",
    ["I have osteoporosis and felt a sudden pain in my back when I coughed",
     "my mum has osteoporosis and fell yesterday",
     "I have osteoporosis and I think I fractured my spine"],
)  # fmt: skip


# A slip on a floor at ground level whose pain is told easing is no serious fall (NHS: back pain
# after a serious fall or accident); without the easing, with a numbness or weakness after it,
# on ice or stairs, or with fragile bones, it alarms.
test_a_slip_on_the_floor_told_easing_stays_quiet = quiet_cases(
    ["I slipped on the kitchen floor last week, the pain is getting better now, should I get "
     "an X-ray?",
     "I slipped on a wet floor at work and hurt my back; it's slowly improving",
     "I hurt my back when I slipped on the bathroom tiles, but the pain has eased a lot"],
)  # fmt: skip


test_a_slip_not_easing_with_new_symptoms_or_a_harder_fall_alarms = alarm_naming(
    "trauma",
    ["I slipped on the floor yesterday and my back is killing me",
     "I slipped on the floor and now my leg is numb, the pain is getting better",
     "I slipped on the ice, the pain is getting better",
     "I fell down the stairs, the pain is easing",
     "I slipped on the floor, the pain is not getting better",
     "I have osteoporosis and slipped on the floor, the pain is a bit better"],
)  # fmt: skip


# "The other leg" after a knee, a hip or an ankle named for another reason is one leg, not both
# (NHS: sciatica in both legs); the other leg joining in ("too", "now both", a new tingling
# there), a spread into it, or a move to it (both, or alternating) still alarms.
test_the_other_leg_than_a_knee_or_hip_named_stays_quiet = quiet_cases(
    ["I had a hip replacement and now I get sciatica in the other leg",
     "my left knee was operated on and now there's pain in the other leg",
     "I broke my ankle in the spring and now I have sciatica in the other leg, is it related?"],
)  # fmt: skip


test_the_other_leg_joining_in_or_the_sciatica_moving_alarms = alarm_naming(
    "both_legs",
    ["now I have sciatica in the other leg too",
     "it's in both legs now",
     "I've got new tingling in my other leg",
     "the pain is spreading into my other leg",
     "my sciatica has moved to the other leg"],
)  # fmt: skip
