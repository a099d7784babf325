"""Red flags of round 28's missed lines and alarms (issue 15, round 37), by class.

Each class was red-teamed with fresh wordings of our own, scored once before its fix (the
figures beside each class); the look-alikes must keep their answer. NICE NG59 / NHS / CKS decide
what alarms.
"""

from __future__ import annotations

from tests.qa.answer_checks import alarm_cases, alarm_naming, quiet_cases

# Weight lost while eating as much as ever ("lost 5 kg, I eat a lot", "despite eating well",
# "my appetite is the same as ever"): no diet explains it (NICE NG59, unexplained weight loss).
# Before the fix 2 of 5 of our wordings alarmed, 5 of 5 after; weight lost on a diet or with
# more walking, and weight put on, stay quiet (4 of 4 before and after).
WEIGHT_LOST_EATING = [
    "I've lost about 6kg in two months but honestly I eat loads, more than before. My lower back "
    "aches all the time. should I be worried?",
    "getting skinnier even though im eating normally, and my back pain wakes me up some nights. "
    "what could it be",
    "I have dropped 10 pounds without changing what I eat, back and leg pain for 6 weeks now. Is "
    "this sciatica?",
    "lost 8 lbs since september despite eating well, my back pain is there most of the day. is "
    "that related to the disc?",
    "Back pain for a couple of months, low down on the right. The odd thing is I am losing "
    "weight, nearly 4 kilos, and my appetite is the same as ever. Any ideas?",
]
WEIGHT_EXPLAINED = [
    "I've lost 5kg since I started eating healthy and walking more, and my back feels a lot "
    "better. Can I start jogging?",
    "I eat a lot when I'm bored at home with this sciatica and I've put on 4 kilos, any "
    "exercises I can do?",
    "I lost 2 stone on slimming world eating loads of veg and my sciatica has eased, should I "
    "keep up the walking?",
    "I'm eating well and sleeping better now, the leg pain is less and I've lost my fear of "
    "moving. What next?",
    "I've lost a stone on a diet even though I eat a lot of snacks, my back is better for it",
]

test_weight_lost_eating_as_ever_alarms = alarm_naming("cancer_weight", WEIGHT_LOST_EATING)
test_weight_lost_on_a_diet_or_gained_is_quiet = quiet_cases(WEIGHT_EXPLAINED)

# A feeling lost below a level of the trunk ("reduced sensation from the neck down", "numb from
# the chest down", "no feeling below the waist"): a sensory level of the spinal cord (NICE CKS,
# spinal cord compression). Before the fix 2 of 4 of our wordings alarmed, 4 of 4 after; a pain
# from the neck down to a shoulder blade, sciatica from the hip down and an epidural's numbness
# in labour stay quiet.
BELOW_A_LEVEL = [
    "I have reduced feeling from the chest down and it's getting worse, plus pain in the middle "
    "of my back. what do I do?",
    "tingling and numbness from my neck down for two weeks, my hands are clumsy too. GP says "
    "trapped nerve, should I push for more?",
    "lost sensation from the belly button down after lifting at work yesterday, back is killing "
    "me",
    "I'm numb below my waist since this morning and I can't tell if I need a wee",
]
NOT_A_LEVEL = [
    "the pain goes from my neck down to my shoulder blade when I sit at the desk, is this "
    "sciatica too?",
    "I've had sciatica from the hip down to the ankle for 3 months, what stretches help?",
    "When I had my son they gave me an epidural and I was numb from the waist down for hours. "
    "Now 2 years later my lower back aches, could that be from the epidural?",
    "an ache from my shoulders down to my lower back after decorating all weekend, any stretches?",
]

test_a_feeling_lost_below_a_level_is_the_cord = alarm_naming("cord_compression", BELOW_A_LEVEL)
test_a_pain_from_the_neck_or_hip_down_is_quiet = quiet_cases(NOT_A_LEVEL)

# A vertebra told slipped out of line ("one vertebra slipped forward over another", "my L5 has
# slipped onto S1"): a spondylolisthesis, no fall (NICE NG59's trauma is an injury). Before the
# fix 0 of 3 of our wordings were quiet, 3 of 3 after; a person who slipped and fell still alarms.
VERTEBRA_SLIPPED = [
    "I have spondylolisthesis where one vertebra slipped forward over the one below, and a "
    "bulging disc. Can I still do pilates?",
    "my L5 has slipped forward onto S1 (grade 1), the physio says core work, which exercises are "
    "safest?",
    "the xray showed a vertebra that has slipped slightly out of line, I've had back ache for "
    "years. Is swimming ok?",
]
PERSON_SLIPPED = [
    "I slipped on the stairs yesterday and landed on my back, now my leg is numb. What should I "
    "do?",
    "slipped on ice this morning and fell hard on my tailbone, pain shooting down both legs",
    "I broke a vertebra when I slipped on the ice last week, the pain is awful",
]

test_a_vertebra_slipped_out_of_line_is_quiet = quiet_cases(VERTEBRA_SLIPPED)
test_a_person_who_slipped_and_fell_alarms = alarm_naming("trauma", PERSON_SLIPPED)

# A fracture told already fused or fixed ("broke my back resulting in five fused vertebrae",
# "had them fused in April"): the injury is in a surgeon's care, like one told operated on (NICE
# NG59's trauma flag is for an injury not yet seen to). Before the fix 0 of 2 of our wordings
# were quiet, 2 of 2 after; a new fall on top of an old fusion still alarms.
FRACTURE_FUSED = [
    "I fell off a roof 2 months ago and broke my back, I have 3 fused vertebrae now with rods. "
    "The pain stops me sleeping, what can I take alongside my tramadol?",
    "Crushed two vertebrae in a car crash in March and had them fused in April. What exercises "
    "can I do at home now?",
]
NEW_FALL_AFTER_FUSION = [
    "I fell off a ladder yesterday and landed on my back, it's agony and my legs feel funny. I "
    "have a fusion from years ago.",
    "fell down the stairs last night, I already have L4-L5 fused, now pain shooting down both "
    "legs",
]

test_a_fracture_already_fused_is_quiet = quiet_cases(FRACTURE_FUSED)
test_a_new_fall_after_a_fusion_alarms = alarm_naming("trauma", NEW_FALL_AFTER_FUSION)

# An odd or funny pain ("odd twinges in my bum cheek", "a funny ache in my buttock") is a pain,
# not a changed feeling of the saddle (NHS: numbness around the bottom), as a weird or strange
# one already was. Before the fix 3 of 4 of our wordings were quiet, 4 of 4 after; a bottom
# that feels odd or funny, numb or not one's own, still alarms.
ODD_PAINS = [
    "Odd twinges in my left buttock on and off for three weeks. What could that be?",
    "got a funny ache in my bum cheek when I sit on hard chairs, is that my sciatica?",
    "I keep getting odd shooting pains in my backside when I bend over to tie my shoes",
    "a funny pain deep in my right bum cheek since I started running again, any stretches?",
]
ODD_FEELINGS = [
    "My bum feels odd and numb since yesterday and I can't feel the toilet paper when I wipe",
    "my bottom and between my legs feel funny, like it's not mine, since Saturday, and my back "
    "is bad",
    "everything down below feels odd since this morning, sort of numb around my bottom. do I "
    "need A&E?",
]

test_an_odd_pain_in_the_buttock_is_quiet = quiet_cases(ODD_PAINS)
test_a_bottom_that_feels_odd_alarms = alarm_naming("saddle", ODD_FEELINGS)

# A pain of the neck, the back or a shoulder told on one side, another on the other side ("neck
# pain on the left side and lower back pain on the right side"): no leg is named, so no symptom
# in both legs (NHS). Before the fix 1 of 3 of our wordings were quiet, 3 of 3 after; a leg's
# symptom told on each side still alarms.
SIDES_OF_THE_TRUNK = [
    "I get neck pain on the left side and lower back pain on the right side after long rides, "
    "would a new saddle help?",
    "Shoulder pain on my right side from sleeping badly. Also some back ache on the left side "
    "when I stand a lot. Any stretches?",
    "my lower back pain is on the left side. My neck pain is on the right side. Is that normal "
    "from my desk?",
]
SIDES_OF_THE_LEGS = [
    "Sciatica down my left leg for months. Now this week I have the same pain and numbness on "
    "the right side too, down to my foot.",
    "pain in my right leg for a while, and since Monday my left leg is numb and tingling as well",
    "numbness on the left side of my leg and on the right side too, both feet tingle",
]

test_a_pain_of_the_trunk_on_each_side_is_quiet = quiet_cases(SIDES_OF_THE_TRUNK)
test_a_leg_symptom_on_each_side_alarms = alarm_naming("both_legs", SIDES_OF_THE_LEGS)

# A trip in a game or a run on the level, a muscle felt and still walking on the leg ("while I
# was running on the field I had tripped ... I could still walk on the leg"): a strain, not NICE
# NG59's significant trauma nor a foot that catches. Before the fix 0 of 3 of our wordings were
# quiet, 3 of 3 after; a trip down the stairs, tripping kept up, or a foot dragging since still
# alarm. Walking told without the leg ("can still walk ok") was narrowed out afterwards: after
# a fall on the back ("fell on the ice, hurt my lower back, can still walk") it says nothing
# of a fracture, so those falls alarm as before.
A_TRIP_IN_A_GAME = [
    "Tripped while jogging in the park on Sunday and felt a twinge in my hamstring. I could "
    "still walk on it fine, it's just sore. Should I rest?",
    "i tripped playing football last week and pulled something in my calf, can still walk on "
    "the leg but it aches. when can i play again?",
]
A_TRIP_THAT_HARMED = [
    "I tripped and fell down the stairs yesterday, now my back is agony and my leg feels weak",
    "I keep tripping over my own feet since last week and my foot slaps when I walk",
    "tripped while running and since then my foot drags and I can't lift my toes, I could still "
    "walk home though",
    "fell on the ice last night, hurt my lower back, can still walk ok. should i rest?",
    "slipped on the ice yesterday and hurt my back, I can still walk fine. what should i do?",
]

test_a_trip_in_a_game_still_walking_is_quiet = quiet_cases(A_TRIP_IN_A_GAME)
test_a_trip_that_harmed_alarms = alarm_cases(A_TRIP_THAT_HARMED)
