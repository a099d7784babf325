"""Round 29's misses and alarms (issue 15, session 20): a chest pain told with the back, a feeling
lost in both arms or hands after a neck's hardware or injury (must alarm); numbness in the hands
and feet together with no back or leg story (a glove-and-stocking neuropathy), and a sexual
problem asked about as a medicine's side effect (must stay quiet). Each class was red-teamed with
fresh wordings of our own, scored once before the fix (NICE NG59 / NHS / CKS decide).
"""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import alarm_cases, alarm_naming, quiet_cases

# Back and chest pain told together (NHS: chest pain with back pain, call 999).
A_BACK_AND_CHEST = [
    "I have pain in my back and chest, it is unbearable",
    "Severe pain in my upper back and chest since this morning, what do I do?",
    "My back and chest hurt so much I can't breathe properly",
    "I've got terrible chest and back pain tonight",
    "Back and chest pain, worst pain of my life, should I worry?",
    "sharp pains in my chest and upper back that won't go away",
    "The pain in my chest and back is unbearable and I can't sleep",
    "my chest and my back are both aching really badly today",
    "Unbearable back and chest pains since lunch, is it my sciatica?",
    "Having a crushing pain in my back and my chest, help",
]
Q_CHEST_LOOKALIKES = [
    "Are chest stretches good for my back?",
    "I did chest and back day at the gym, now my lower back is sore, is that sciatica?",
    "Can I do back and chest exercises with sciatica?",
    "My back pain is bad but my chest x-ray was clear, what exercises help?",
]

# A feeling lost in both arms or hands after a neck's hardware or injury (NICE CKS: a cord
# pressed in the neck, urgent).
A_NECK_ARMS = [
    "My brother had a plate put in his neck and now he has no feeling in his arms or hands",
    "After my neck fusion I've lost feeling in both hands, is this an emergency?",
    "The screws in my neck broke and now I can't feel my arms",
    "Since the car crash injured my neck both my hands have gone numb",
    "I had cervical spine surgery last year and this week I lost all sensation in both arms",
    "Fell off a ladder and hurt my neck, now both my arms are numb",
    "The rod in my neck has come loose and my hands have no feeling",
    "Whiplash injury to my neck two days ago and now I have no feeling in my hands",
]
Q_NECK_LOOKALIKES = [
    "I had a neck fusion years ago, now I have sciatica. Is walking ok?",
    "After my neck surgery the numbness in my hands went away, can I do yoga for my sciatica?",
    "My hands go numb at night from carpal tunnel, and I have sciatica in my left leg",
    "I have a plate in my neck, can I have an MRI of my lower back?",
]

# Numbness or tingling in the hands and feet together, no back or leg story: a peripheral
# neuropathy (chemotherapy, diabetes) for a doctor, not an emergency.
Q_GLOVE = [
    "I have numbness in my fingers and feet, feel so frustrated",
    # Chemotherapy tells a cancer history: NICE NG59's cancer flag still alarms (cancer_weight).
    pytest.param(
        "Tingling in my hands and feet since chemo, will it go away?",
        marks=pytest.mark.xfail(reason="chemotherapy: a cancer history alarms"),
    ),
    "My fingers and toes tingle all the time, I'm diabetic",
    "Numb feet and fingertips for months, what could cause this?",
    "Burning and tingling in my feet and hands, could it be vitamin B12?",
    "My toes and fingers go numb, what should I do?",
    "pins and needles in hands and feet on and off for a year",
    "Is numbness in the feet and hands a sign of diabetes?",
]
A_GLOVE_WITH_BACK = [
    "I have numbness in my hands and feet and my lower back is killing me",
    "Tingling in my fingers and feet, and my legs have gone weak, I have a slipped disc",
    "My feet and hands are numb since my back went last week and I have sciatica",
    "Numb toes and fingers with bad back pain, and my legs keep giving way",
]

# A sexual problem asked about as a medicine's side effect: a question for the prescriber.
Q_DRUG_SEX = [
    "Has anyone reported sexual problems after starting lyrica?",
    "Has anyone had trouble getting an erection after starting gabapentin?",
    "Did anyone else lose their libido and have trouble with orgasm while taking duloxetine?",
    "Has anybody had sexual side effects while on amitriptyline for nerve pain?",
    "Anyone else have problems with orgasm since starting pregabalin for sciatica?",
]
A_SEX_NEW = [
    "Since my back went I can't get an erection and my bum feels numb",
    "My back pain is worse and I've lost feeling during sex, it's new this week",
    "Along with my sciatica I now have no sensation down there during sex",
    "I've been taking naproxen for my back and now my genitals feel numb",
]

test_back_and_chest_alarms = alarm_naming("chest_pain", A_BACK_AND_CHEST)
test_chest_lookalikes_stay_quiet = quiet_cases(Q_CHEST_LOOKALIKES)
test_neck_arms_alarm = alarm_cases(A_NECK_ARMS)
test_neck_lookalikes_stay_quiet = quiet_cases(Q_NECK_LOOKALIKES)
test_glove_stays_quiet = quiet_cases(Q_GLOVE)
test_glove_with_back_alarms = alarm_cases(A_GLOVE_WITH_BACK)
test_drug_sex_stays_quiet = quiet_cases(Q_DRUG_SEX)
test_sex_new_alarms = alarm_cases(A_SEX_NEW)

# Look-alikes written after the fix: must not change.
A_AFTER_LOOKALIKES = [
    "Has anyone had numb genitals after starting pregabalin? My back is bad too",
    "Has anyone had a numb bum and numb privates after starting physio?",
    "Since starting gabapentin I can't get an erection and my groin is numb",
    "After my neck fusion my legs have gone weak and both hands are numb",
    "pins and needles in my hands and feet and my lower back has been agony since the fall",
]
Q_AFTER_LOOKALIKES = [
    "My hands and feet get cold and tingly in winter, is that circulation?",
    "Does anyone get sexual side effects from duloxetine?",
    "My neck is stiff from the desk, can I still stretch my sciatic nerve?",
    "I had chest pain last year from heartburn; now my back hurts, what helps?",
]
test_after_lookalikes_alarm = alarm_cases(A_AFTER_LOOKALIKES)
test_after_lookalikes_quiet = quiet_cases(Q_AFTER_LOOKALIKES)

# "fell back into" old ways (work, habits, a routine) is no fall (round 29: 'fell back into
# working long hours' raised trauma). Written after the fix; a real fall backwards still alarms.
Q_FELL_BACK_INTO = [
    "In March I fell back into working long hours and now my back and stomach hurt",
    "After the op I fell back into bad habits and my back hurts again",
    "I fell back into my old routine of sitting all day, now my sciatica is back",
    "Fell back into depression over the winter and my back pain got worse",
]
A_FELL_BACKWARDS = [
    "I fell back into the bath and hurt my back",
    "I slipped and fell back into the door frame, my back hurts",
    "Fell backwards onto the stairs yesterday and now my back is agony",
]
test_fell_back_into_stays_quiet = quiet_cases(Q_FELL_BACK_INTO)
test_fell_backwards_alarms = alarm_naming("trauma", A_FELL_BACKWARDS)
