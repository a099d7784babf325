"""Lay wordings that alarmed with no red flag told, by class (issue 15, round 29).

Each class was red-teamed with fresh wordings of our own, scored once before its fix (the
figures beside each class); the look-alikes must keep alarming. NICE NG59 / NHS / CKS decide
what alarms.
"""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import ANSWERER, alarm_cases, alarm_naming, quiet_cases

# A leg told weak after an effort, then fine again in the next clause ('fine the next morning',
# 'it is much stronger now'): a weakness passed or recovering, not NICE NG59's new or
# progressing deficit. Before the fix 0 of 5 of our wordings stayed quiet; after it, 5 of 5.
# A weakness told still there, getting worse, a drag or both legs after it still alarms: 5 of 5
# before and after.
WEAKNESS_PASSED = [
    "my leg felt weak after the hike, fine the next morning. is that the sciatica?",
    "my leg went a bit weak on the walk yesterday but its back to normal now. should I do less?",
    "My calf was weak after the operation but it is much stronger now, back at work. When can "
    "I run?",
    "after my long run on sunday my right leg felt weak and shaky, it was fine by the evening "
    "though. ok to run again?",
    "knee felt a bit weak going down the stairs after leg day, totally fine now. should i skip "
    "squats?",
]
WEAKNESS_KEPT = [
    "my leg felt weak after the hike and it is still weak this morning, is that the sciatica?",
    "my leg went weak on the walk yesterday, it was fine for an hour but now its weaker than ever",
    "my right leg is getting weaker each day, fine in the mornings but by lunch i drag it",
    "my foot went weak last night and this morning i still cant lift my toes",
    "my leg felt weak after the gym, fine the next morning, but now both legs are weak and "
    "tingling",
]
test_a_weakness_told_fine_again_is_quiet = quiet_cases(WEAKNESS_PASSED)
test_a_weakness_kept_or_worse_still_alarms = alarm_cases(WEAKNESS_KEPT)

# An infection told over ('a UTI last month, all cleared up', 'antibiotics sorted it', 'I got
# over it') with a back that aches as before. Before the fix 0 of 4 of our wordings stayed
# quiet; after it, 4 of 4. An infection with a fever, feeling unwell, a back getting worse, the
# infection back or not told over (CKS: spinal infection after a recent one) still alarms: 5 of
# 5 before and after.
INFECTION_OVER = [
    "a UTI last month, all cleared up, but my lower back still aches on the right. Is it "
    "sciatica?",
    "had a bladder infection in march, all cleared up with antibiotics, now my sciatica is "
    "flaring again. which stretches are best?",
    "had a kidney infection a few weeks ago, antibiotics sorted it, and my back ache is just the "
    "usual sciatica now. is swimming ok?",
    "I had a chest infection a couple of weeks back but I got over it, my back has been stiff "
    "since lying in bed so much, what exercises should I do?",
]
INFECTION_NOT_OVER = [
    "had a UTI last month, antibiotics cleared it but now my lower back is killing me and I have "
    "a fever",
    "kidney infection two weeks ago, thought it was sorted, now my back pain is getting worse "
    "every day and I feel really unwell",
    "I've had a uti for a week and now my back really hurts on one side, what should I do?",
    "my UTI came back again and now theres pain in my lower back and im shivering",
    "had a chest infection a couple of weeks ago and now sudden bad back pain, is that related?",
]
test_an_infection_told_over_is_quiet = quiet_cases(INFECTION_OVER)
test_an_infection_not_over_still_alarms = alarm_naming("infection", INFECTION_NOT_OVER)

# An odd pain in the buttock ('a weird ache', 'strange pain', 'an odd throbbing') is a pain, not
# a changed feeling of the saddle. Before the fix 1 of 3 of our wordings stayed quiet; after
# it, 3 of 3. An odd feeling, numbness or tingling there still alarms: 4 of 4 before and after.
ODD_PAIN = [
    "what's this weird ache in my right butt cheek that goes into my thigh?",
    "strange pain deep in my bum when I sit for long, goes down the back of my leg. piriformis?",
    "I get an odd throbbing in my left buttock after driving, what stretch helps",
]
ODD_FEELING = [
    "weird feeling in my bum since yesterday, like its not there when i sit on the toilet",
    "there's a strange numb ache around my back passage and my back is bad",
    "my backside feels weird and tingly since this morning with the back pain",
    "odd pain in my groin and it feels numb when I wipe",
]
test_an_odd_pain_in_the_buttock_is_quiet = quiet_cases(ODD_PAIN)
test_an_odd_feeling_of_the_saddle_still_alarms = alarm_naming("saddle", ODD_FEELING)

# Nothing passed at the toilet, told in the clause after the loo ('I went to the loo but
# nothing came out'): the loo names no bladder or bowel, and a retention is NICE NG59's flag
# (CKS: cauda equina, urinary retention), so it alarms as one. Before the fix 2 of 4 of our
# wordings alarmed; after it, 4 of 4. Pain that came out of nowhere, or nothing came out of a
# scan, is no retention: 3 of 4 quiet before, 4 of 4 after.
NOTHING_PASSED = [
    "I went to the loo but nothing came out, my back is in agony since yesterday",
    "sat on the toilet for ages this morning, nothing would come out, and the sciatica down both "
    "legs is worse. what should i do?",
    "been to the bathroom three times, nothing comes out even though i feel like i need to go. "
    "back pain started tuesday",
    "my lower back went on friday. since then when i go to the toilet nothing comes out?? is this "
    "the nerve",
]
NOTHING_OF_THE_TOILET = [
    "nothing came out of the MRI report that explains my leg pain, should I ask for another scan?",
    "went to the toilet, came out and my back locked up as I bent to wash my hands. why does it "
    "do that?",
    "my back pain came out of nowhere after using the loo this morning, is this sciatica?",
    "I tried to get the toilet roll out of the cupboard and my back went, what stretch helps?",
]
test_nothing_passed_at_the_toilet_alarms = alarm_naming("bladder_bowel", NOTHING_PASSED)
test_nothing_out_of_a_scan_or_pain_out_of_nowhere_is_quiet = quiet_cases(NOTHING_OF_THE_TOILET)

# A pain told constant and the same whatever the movement or posture ('doesnt change when i
# move', 'it doesnt matter if i sit, stand or lie down'): CKS's non-mechanical pain (NICE NG59:
# cancer, infection). Before the fix 1 of 4 of our wordings alarmed; after it, 4 of 4. A
# constant pain told changing with the posture, or a treatment making no difference yet, stays
# quiet: 4 of 4 before and after.
UNVARIED = [
    "cant sleep at all, back pain is worse lying down and is constant, doesnt change when i move. "
    "what does that mean?",
    "the ache in my lower back is there all the time and it doesnt matter if i sit, stand or lie "
    "down, its the same. should i be worried?",
    "constant deep pain in my spine, doesnt ease whatever position i am in, been like this 5 "
    "weeks",
    "my mid back pain never lets up and moving makes no difference to it at all, is that a disc?",
]
POSTURE_CHANGES_IT = [
    "my sciatica is constant but it eases when i walk and gets worse when i sit, any tips?",
    "the pain is constant when I sit, but fine when I move around. is that normal for sciatica?",
    "constant dull ache in my bum, the stretches make no difference yet, how long before they "
    "work?",
    "does it make a difference whether I sit or stand at my desk? my back is constantly stiff",
]
test_a_constant_pain_no_movement_changes_alarms = alarm_naming("night_pain", UNVARIED)
test_a_constant_pain_the_posture_changes_is_quiet = quiet_cases(POSTURE_CHANGES_IT)

# A fall or accident told as the start of the first of the bouts, that bout told over ('the
# first was after I slipped on the stairs... the pain went after two weeks'): an episode over,
# not NICE NG59's recent trauma. Before the fix 0 of 3 of our wordings stayed quiet; after it,
# 3 of 3. A fall told recent, or worse since, still alarms: 3 of 3 before and after.
FIRST_BOUT_OVER = [
    "This is my third bout of sciatica. The first was after I slipped on the stairs at work. The "
    "pain went after two weeks. Now it's back after gardening, what can I do?",
    "I've had two flare ups this year. The first one came after a car accident, the pain went in "
    "a few weeks. This one started from lifting my son. Any stretches?",
    "Sciatica again! the first time was after i fell off a ladder, it cleared up after a month. "
    "this time no reason at all. how long will it last?",
]
THIS_BOUT_AFTER_A_FALL = [
    "The first was after I fell off my bike on Saturday and the pain in my back has got worse "
    "every day since",
    "I've had sciatica before. This time it started after I fell down the stairs yesterday and my "
    "leg feels weak",
    "first bout was years ago. This one came after a car crash last week and my back is agony, "
    "should I see someone?",
]
test_an_accident_starting_a_bout_over_is_quiet = quiet_cases(FIRST_BOUT_OVER)
test_an_accident_starting_this_bout_still_alarms = alarm_cases(THIS_BOUT_AFTER_A_FALL)

# A head bumped on the furniture or a door at home ('hit my head on the cupboard'): quieted by
# rf31, then put back by the lead, because round 20's checks want a head hit on the cupboard
# followed by a numb leg or a worse back pain since to alarm (test_redflags_round20.py): a head
# injury told with a new symptom after it is urgent, and the quieting could not tell the two
# apart in time. A head or a back hurt in a fall, or a head hit by something falling, alarms.
HEAD_OR_BACK_HURT = [
    "slipped in the shower and hit my head and back on the bath, now my lower back is agony",
    "fell down the stairs and hit my head, my neck and back hurt since",
    "hit my back on the kitchen counter when I fell yesterday and now my leg is numb",
    "got hit on the head by a falling shelf at work and my back has hurt since, should I get "
    "checked?",
]
test_a_head_or_back_hurt_in_a_fall_still_alarms = alarm_naming("trauma", HEAD_OR_BACK_HURT)

# A chest told tight or sore from a cold or a cough, beside sciatica jolted by the cough: no
# chest pain of the heart or the aorta. Before the fix 0 of 3 of our wordings named no chest pain;
# after it, 3 of 3 (the flu and a chest infection told still alarm as a fever and a recent
# infection, NICE NG59 / CKS). A chest pain told sudden, crushing or through to the back still
# alarms: 3 of 3 before and after.
CHEST_FROM_A_COUGH = [
    "my chest is tight from a cold and coughing makes my sciatica shoot down my leg, how do I "
    "cough without pain?",
    "got a chesty cough from the flu, chest sore from all the coughing and every cough jolts my "
    "lower back. any tips?",
    "I've a chest infection and my chest hurts when I cough, it sets my sciatica off too. should "
    "I still do the stretches?",
]
CHEST_WITH_THE_BACK = [
    "my chest is tight and I have a pain going through to my back between the shoulder blades, "
    "came on an hour ago",
    "sudden chest pain and back pain, I feel sweaty and sick. is this my sciatica?",
    "I have a cold but this chest pain is different, crushing and going into my back and arm",
]


@pytest.mark.parametrize("text", CHEST_FROM_A_COUGH)
def test_a_chest_sore_from_a_cough_names_no_chest_pain(text: str) -> None:
    found = ANSWERER.answer(text)
    assert found.red_flag is None or "chest_pain" not in found.red_flag.flags, text


test_a_chest_pain_with_the_back_still_alarms = alarm_naming("chest_pain", CHEST_WITH_THE_BACK)
