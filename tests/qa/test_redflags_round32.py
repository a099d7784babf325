"""Round 25's missed red flags and its alarms on messages telling no symptom, by class (issue
15, round 32).

Each class was red-teamed with fresh wordings of our own, scored once before its fix (the
figures beside each class); the look-alikes must stay as they are. NICE NG59 / NHS / CKS decide
what alarms.
"""

from __future__ import annotations

from tests.qa.answer_checks import alarm_naming, quiet_cases

# An ability told lost or gone, not done without a symptom ('loss of ability to walk without
# pain ... sciatica both legs', 'can no longer walk without tingling down both legs'): the
# symptom is told, not denied (NHS: sciatica in both legs). Before the fix 2 of 4 of our
# wordings alarmed; after it, 4 of 4. Walking without pain again stayed quiet: 2 of 2.
ABILITY_LOST = [
    "ive basically lost the ability to walk without pain and numbness in both legs, what now",
    "loss of ability to stand without sciatica both legs now, is this normal??",
    "I can no longer walk to the shops without tingling down both legs and my back",
    "could no longer get out of bed without burning in both legs this week",
]
ABILITY_BACK = [
    "after physio I can walk without pain in both legs again, so happy",
    "I am now able to walk without numbness in my legs for the first time in a year",
]
test_an_ability_lost_without_a_symptom_in_both_legs_alarms = alarm_naming(
    "both_legs", ABILITY_LOST
)
test_walking_without_the_symptom_again_is_quiet = quiet_cases(ABILITY_BACK)

# Both legs told affected, one worse than the other ('down one leg worse than the other but
# both legs severely affected'): both legs (NHS). 3 of 3 of our wordings alarmed before (the
# round's line said it with no verb: "both legs severely affected"); written after the fix:
BOTH_AFFECTED = [
    "the sciatica is down one leg more than the other but both legs are affected now",
    "both my legs badly affected by the nerve pain, cant stand long",
    "it cramps down one leg worse than the other but both legs severely affected, why?",
]
test_both_legs_told_affected_alarms = alarm_naming("both_legs", BOTH_AFFECTED)

# A comma list of places from the back down to the legs and the ankles or feet ('pain
# throughout the lower back, hips, glutes, legs, and ankles'): the list is where the pain is
# told, so both legs (NHS). Before the fix 0 of 3 of our wordings alarmed; after it, 1 of 3 (a
# list whose last item goes on, "legs and feet since tuesday", is still read as a clause of its
# own: left). A stretch routine listed, swollen legs and ankles in the heat, and one hip, leg
# and ankle stayed quiet: 3 of 3 before and after.
PLACES_LISTED = [
    "it can range from a dull ache to sharp stabbing pain throughout my lower back, hips, "
    "glutes, legs and ankles",
    "burning pain in my back, bum, thighs, legs, and feet, is it my disc?",
]
PLACES_OTHERWISE = [
    "I stretch my back, hips, glutes, legs and ankles every morning before work",
    "my legs and ankles swell in the heat, is walking ok for my back?",
    "pain in my left hip, leg and ankle, worse sitting",
]
test_a_pain_listed_down_to_the_ankles_alarms = alarm_naming("both_legs", PLACES_LISTED)
test_places_listed_with_no_symptom_or_one_leg_are_quiet = quiet_cases(PLACES_OTHERWISE)

# A leg's seated numbness told with the way of sitting ('my whole right leg goes numb when I sit
# with my legs crossed'): one leg, the legs only named as a posture. Before the fix 1 of 3 of
# our wordings stayed quiet; after it, 3 of 3. Numbness told in both legs still alarms: 1 of 1
# before and after.
LEGS_CROSSED = [
    "my left leg goes numb when i sit with my legs crossed at my desk, is that sciatica?",
    "sitting with my legs crossed makes my right foot tingle after 10 minutes",
    "when i sit on the floor with my legs crossed my right leg goes dead, normal?",
]
test_one_leg_numb_sitting_with_the_legs_crossed_is_quiet = quiet_cases(LEGS_CROSSED)
test_both_legs_numb_beside_crossed_legs_alarms = alarm_naming(
    "both_legs", ["numbness in both legs for a week, now i cant even sit with my legs crossed"]
)

# A bend kept from by the space or the load ('I couldn't bend my legs much when lifting it out
# due to the height above the floor'): the room, not a weakness (NICE NG59 names a weakness).
# Before the fix 1 of 3 of our wordings stayed quiet; after it, 3 of 3. A weakness or numbness
# told with it still alarms: 3 of 3 before and after.
ROOM_LIMITED = [
    "i couldnt bend my knees much when lifting the sofa due to the narrow stairs, now my back "
    "hurts",
    "couldn't bend my legs properly because of the low ceiling in the loft, and my lower back is "
    "sore",
    "I can't straighten my legs in the car because of the seat, is that bad for sciatica",
]
ROOM_AND_WEAKNESS = [
    "i couldnt bend my legs due to weakness, they just gave way",
    "cant lift my legs because of the numbness in both of them",
    "i couldnt bend my legs because of the height of the step, they felt weak and numb",
]
test_a_bend_kept_from_by_the_room_is_quiet = quiet_cases(ROOM_LIMITED)
test_a_weakness_told_with_the_bend_alarms = alarm_naming("leg_weakness", ROOM_AND_WEAKNESS)

# A shiver told as a likeness or of a generic "you" ('imagine if you just hopped out of a shower
# in the winter ... and you started shivering'): how a quiver feels, no chill of the writer's
# (NICE NG59's infection flag needs a fever). Before the fix 0 of 3 of our wordings stayed
# quiet; after it, 3 of 3. The writer's own shivers still alarm: 3 of 3 before and after.
SHIVER_LIKENED = [
    "Imagine jumping into a cold lake and shivering all over, thats what my back muscles feel "
    "like at night",
    "its like when you get out of a cold pool, and you start shivering, but its only my lower "
    "back twitching",
    "my back muscles quiver as if you were shivering in the snow, any ideas?",
]
SHIVER_OWN = [
    "i have been shivering and sweating at night with this back pain for a week",
    "imagine my panic, shivering with a fever and my back locked up",
    "I keep shivering at night and my back is agony, is it an infection?",
]
test_a_shiver_told_as_a_likeness_is_quiet = quiet_cases(SHIVER_LIKENED)
test_the_writers_own_shivers_alarm = alarm_naming("fever", SHIVER_OWN)
