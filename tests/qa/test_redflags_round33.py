"""Round 26's missed red flags and its alarms on messages telling no symptom, by class (issue
15, round 33).

Each class was red-teamed with fresh wordings of our own, scored once before its fix (the
figures beside each class); the look-alikes must stay as they are. NICE NG59 / NHS / CKS decide
what alarms.
"""

from __future__ import annotations

from tests.qa.answer_checks import alarm_naming, quiet_cases

# The feet named with the hands or fingers, numb or tingling ('tingling/numb feet and tingling
# fingertips', 'feet/finger tingling'): both feet and more (NICE NG59: a deficit in both legs;
# the hands too may be the cord). Before the fix 2 of 5 of our wordings alarmed; after it, 4
# of 5 (a cause asked of "the feet/hand numbness" stays a general question: left). Cold hands
# and feet, the fingertips alone and one foot stayed quiet: 4 of 4 before and after.
FEET_AND_HANDS = [
    "numb/tingling feet and fingertips for a month, diabetic but sugar ok. is it a spinal nerve "
    "thing??",
    "i have tingling feet and tingling fingers, the doctor says my bloods are fine. sciatica?",
    "Pins and needles? Feet and tingling fingertips most days now, is my lumbar disc to blame",
]
FEET_AND_HANDS_OTHERWISE = [
    "my hands and feet are always cold, my back hurts too, any stretches?",
    "tingling in my fingertips when I type, is that related to my back?",
    "pins and needles in my left foot after sitting cross legged",
]
test_the_feet_numb_with_the_hands_alarms = alarm_naming("both_legs", FEET_AND_HANDS)
test_cold_hands_and_feet_or_one_place_are_quiet = quiet_cases(FEET_AND_HANDS_OTHERWISE)

# A leg barely or hardly lifted ('I walk with cane and can barely lift right leg'): a motor
# deficit (NICE NG59). Before the fix 2 of 4 of our wordings alarmed; after it, 4 of 4. An arm,
# a load, a leg lifted for a stretch and a leg lifted fine stayed quiet: 4 of 4 before and after.
LEG_BARELY_LIFTED = [
    "it gets worse every day and now I can barely lift my left leg into the car",
    "i can hardly lift my leg up the stairs any more, the hip pain is awful, is this my back?",
    "hip pain unbearable and I could barely lift right leg this morning",
]
LIFTS_OTHERWISE = [
    "I can barely lift my arm above my head since the shoulder op",
    "i cant lift heavy boxes at work because of my back, what should I do",
    "can I lift my leg up onto a chair for the hamstring stretch?",
    "I can lift my leg fine, it's just the buttock pain when I sit",
]
test_a_leg_barely_lifted_alarms = alarm_naming("leg_weakness", LEG_BARELY_LIFTED)
test_other_lifts_are_quiet = quiet_cases(LIFTS_OTHERWISE)

# A buttock's feeling told lost beside a bare "can't go" ('I lost feeling from my buttock and
# can't go'): the toilet cannot be gone to, with a numbness where one sits (NICE NG59: retention,
# saddle anaesthesia). Our four wordings (a bottom or the buttocks named) alarmed before the fix;
# the round's single buttock did not. Written after it:
BUTTOCK_AND_CANT_GO = [
    "is a laxative ok with tramadol? I lost feeling in my buttock and can't go",
    "my left buttock has gone numb and i havent been able to go for 3 days",
]
CANT_GO_ELSEWHERE = [
    "my buttock aches when I sit and I can't go to the gym anymore",
    "I can't go to work with this buttock pain, what can I take",
    "lost feeling in my buttock for a second after sitting on the hard bench, can't go on "
    "like this",
]
test_a_buttock_unfelt_and_no_toilet_alarms = alarm_naming("bladder_bowel", BUTTOCK_AND_CANT_GO)
test_cant_go_somewhere_is_quiet = quiet_cases(CANT_GO_ELSEWHERE)

# Weight told lost in one sentence and the appetite gone in another ('My appetite started to
# dwindle ... I lost about 10 pounds'): NICE NG59, unexplained weight loss. Round 6's line told
# so alarmed only by its "run over by a truck" likeness until that was quieted (below). Before
# the fix 2 of 4 of our wordings alarmed; after it, 4 of 4. Weight lost by dieting or walking,
# and an appetite gone with no weight lost, stayed quiet: 3 of 3 before and after.
APPETITE_AND_WEIGHT = [
    "My appetite has dwindled since the back pain started. I've dropped a stone too.",
    "can't face food anymore and have lost 5kg, the back pain is constant",
    "the back pain has been awful. My appetite has gone down. I have lost about 6 kg.",
]
WEIGHT_OTHERWISE = [
    "I've lost 10 pounds on slimming world and my appetite is huge, will it help my sciatica?",
    "lost a stone since I started walking every day, sciatica easing",
    "the gabapentin has killed my appetite a bit, is that normal?",
]
test_weight_lost_with_the_appetite_gone_alarms = alarm_naming("cancer_weight", APPETITE_AND_WEIGHT)
test_weight_lost_on_purpose_or_appetite_alone_is_quiet = quiet_cases(WEIGHT_OTHERWISE)
