"""Round 24's missed red flags and its alarms on messages telling no symptom, by class (issue
15, round 31).

Each class was red-teamed with fresh wordings of our own, scored once before its fix (the
figures beside each class); the look-alikes must stay as they are. NICE NG59 / NHS / CKS decide
what alarms.
"""

from __future__ import annotations

from tests.qa.answer_checks import alarm_naming, quiet_cases

# A pain, burning, numbness or tingling told in the legs listed after the arms, hands, neck or
# hips, with no "my" before the legs ('burning in my hands and legs', 'in my arms and legs and
# even my feet'): both legs (NHS), and arms too may be the spinal cord (NICE NG59). Before the
# fix 2 of 4 of our wordings alarmed; after it, 4 of 4. Stretches for the arms and legs, resting
# them after gardening and legs of lamb stayed quiet: 3 of 3 before and after.
LIMBS_LISTED = [
    "for 3 weeks ive had this burning in my arms and legs and even my feet, worse at night, what "
    "could it be?",
    "My neck has been sore for a month and now there is tingling and burning in my hands and "
    "legs. is this the nerve?",
    "i have a stabbing pain in my hips and legs that gets worse every week, any ideas",
    "Back pain for a fortnight and now numbness in my bum and legs when i sit, should i worry",
    "the aching is in my shoulders and legs and feet now, it started in my neck",
    # Written after the fix, a comma list.
    "i get burning in my hands, arms and legs for a month now, what could it be",
]
LIMBS_LISTED_OTHERWISE = [
    "I do the stretches for my arms and legs every morning, which one is best for sciatica?",
    "how long should i rest my hands and legs after gardening if my sciatica is playing up?",
    "my kids and legs of lamb, sunday dinner prep kills my back, any tips for standing at the "
    "counter?",
    "I stretch my neck, shoulders, arms and legs every morning, which stretch is best for "
    "sciatica?",
    "i wash my face, hands, arms and legs in cold water, is cold good for sciatica",
    "i walk my dogs and my legs and feet ache afterwards, is walking good for sciatica",
]
test_a_symptom_in_the_arms_and_legs_alarms = alarm_naming("both_legs", LIMBS_LISTED)
test_stretching_or_resting_the_arms_and_legs_is_quiet = quiet_cases(LIMBS_LISTED_OTHERWISE)

# A pain told from the back all the way to the feet ('from my lower back to the bottom of my
# feet', 'from my spine down to the soles of my feet'): both legs (NHS). Before the fix 0 of 4
# of our wordings alarmed; after it, 4 of 4. A pain to one foot, a back sore after a day on the
# feet and shoes for the feet stayed quiet: 3 of 3 before and after.
BACK_TO_FEET = [
    "I have agonising pain from my lower back to the bottom of my feet and nothing gives me "
    "relief",
    "constant pain from my low back right down to my feet, i work in a shop all day. help?",
    "the pain goes from my back all the way to my feet and it is getting worse, what do i do",
    "Severe aching from my spine down to the soles of my feet for two weeks now",
]
BACK_TO_ONE_FOOT = [
    "the pain goes from my lower back down to my left foot, is it sciatica?",
    "I have been on my feet all day and my lower back is sore, should I sit or lie down?",
    "what shoes are best for my feet when i have lower back pain?",
    "the stretch pulls from my lower back to my right foot, is that how it should feel?",
]
test_a_pain_from_the_back_to_both_feet_alarms = alarm_naming("both_legs", BACK_TO_FEET)
test_a_pain_to_one_foot_or_shoes_for_the_feet_is_quiet = quiet_cases(BACK_TO_ONE_FOOT)

# Stumbled across, upon or onto a site, a bot or a video: came across it, no fall or weakness.
# Before the fix 1 of 3 of our wordings stayed quiet; after it, 3 of 3. Stumbling told as a
# leg giving out or a foot dragging still alarms (NICE NG59: a progressive motor deficit): 2 of 2
# before and after.
STUMBLED_ON_A_FIND = [
    "I stumbled across your bot on a forum, can you tell me if walking helps sciatica?",
    "stumbled upon a video of the piriformis stretch, is it safe to do with a disc bulge?",
    "I stumbled onto this site last night after months of back pain, what exercises should I "
    "start with?",
    "i stumbled across a programme for golfers with back trouble, has anyone tried it?",
]
STUMBLING_LEGS = [
    "my sciatica has got worse and i keep stumbling, my right leg gives out when i walk",
    "since last week my left foot drags and i stumbled on the stairs twice",
    "my leg is weak and i stumbled across the kitchen and nearly fell yesterday",
]
test_stumbled_across_a_find_is_quiet = quiet_cases(STUMBLED_ON_A_FIND)
test_stumbling_on_a_weak_leg_alarms = alarm_naming("leg_weakness", STUMBLING_LEGS)

# Hit with what felt like a cramp, a shock or a knife: a pain's onset told in a simile, not a
# blow. Before the fix 0 of 3 of our wordings stayed quiet; after it, 3 of 3. A car or a bat
# hitting the person still alarms (NICE NG59: trauma): 2 of 2 before and after.
HIT_WITH_WHAT_FELT = [
    "about a month ago i was hit with what felt like an electric shock down my leg and its come "
    "back twice since",
    "Last night I got hit by what seemed like a cramp in my calf, then pain in my buttock, is it "
    "sciatica?",
    "this morning I was hit with something that felt like a knife in my lower back when I bent "
    "down",
]
HIT_BY_SOMETHING = [
    "I was hit by a car on my bike last week and my lower back has been agony since",
    "got hit with a cricket bat in the lower back at training on sunday and it still hurts a lot",
]
test_hit_with_what_felt_like_a_pain_is_quiet = quiet_cases(HIT_WITH_WHAT_FELT)
test_hit_by_a_car_or_a_bat_alarms = alarm_naming("trauma", HIT_BY_SOMETHING)

# A dose told taken at night or at bedtime, the pain's severity told of then or of another time
# ('I take one capsule before going to bed at night for back pain, in the past I was waking up
# with severe back pain'): the night is the medicine's time. Before the fix 2 of 4 of our
# wordings stayed quiet; after it, 4 of 4. A night dose beside a pain that still wakes, is
# constant or unbearable at night still alarms (NICE NG59): 3 of 3 before and after.
NIGHT_DOSE = [
    "I take two paracetamol at night before bed for my sciatica, in the past the pain was severe "
    "but now it is mild, is it ok to keep taking them?",
    "i have a naproxen at night for my back, years ago i had really bad pain but since the physio "
    "its been manageable. can i stay on it?",
    "My GP put me on amitriptyline 10mg at night for the leg pain, the pain used to be severe, "
    "now its much better. how long do people stay on it?",
    "I take ibuprofen at bedtime for back pain, at first it was severe but it eased after a week, "
    "should I stop it now?",
]
NIGHT_DOSE_PAIN_AT_NIGHT = [
    "I take ibuprofen at night but the back pain still wakes me every night and it is severe",
    "i take my tablets at night and the pain is constant, it never lets up even lying still, what "
    "is wrong",
    "I take codeine at night for my back, the pain at night is unbearable and nothing helps",
]
test_a_dose_taken_at_night_is_quiet = quiet_cases(NIGHT_DOSE)
test_a_night_dose_beside_a_pain_waking_at_night_alarms = alarm_naming(
    "night_pain", NIGHT_DOSE_PAIN_AT_NIGHT
)
