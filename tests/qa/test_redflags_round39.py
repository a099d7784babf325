"""False alarms on people who told no new red flag (issue 15, round 39), by class.

Each class was red-teamed with fresh wordings of our own, scored once before its fix (the
figures beside each class); the must-alarm wordings tell the same story with a red flag that
is new (NICE NG59 / NHS / CKS decide what alarms) and must keep alarming.
"""

from __future__ import annotations

from tests.qa.answer_checks import alarm_cases, alarm_naming, quiet_cases

# Chills, sweats or shakes in a list of a medicine's withdrawal (stopped cold turkey, came off
# it): the body coming off a drug, not NICE NG59's fever. Before the fix 0 of 3 of our wordings
# stayed quiet, 3 of 3 after; a fever or a temperature named, or chills with no withdrawal told,
# still alarms (3 of 3 before and after).
A_WITHDRAWAL_LIST = [
    "Came off tramadol last week, the withdrawal gave me chills, sweats and restless legs. My "
    "sciatica is still there, what painkiller is better?",
    "Stopping pregabalin cold turkey left me with sweats, chills and anxiety for days. Is there a "
    "safer way to come off it for sciatica?",
    "I stopped gabapentin for my back pain a week ago and since then: tremor, chills, poor sleep "
    "and twitching legs. Has anyone else had this?",
]
A_FEVER_WITH_THE_BACK = [
    "I have back pain with chills and sweats and a temperature of 39, I feel really unwell.",
    "Came off tramadol last week, but now I have a fever of 38.5 and my back is agony.",
    "My lower back is killing me and I keep getting chills and night sweats, what is this?",
]

test_a_withdrawal_list_is_quiet = quiet_cases(A_WITHDRAWAL_LIST)
test_a_fever_with_the_back_alarms = alarm_naming("fever", A_FEVER_WITH_THE_BACK)

# '24/7' told alone of a pain, nothing of the night or of rest: constant, not NICE NG59's pain
# worse at night (dev labels agree: rounds 22, 24, 26 and 28 label such lines by their
# question). Before the fix 0 of 3 stayed quiet, 3 of 3 after; 24/7 with the night named or
# unrelieved by lying still alarms (3 of 3 before and after).
A_PAIN_TOLD_24_7 = [
    "I have severe pain down my left leg 24/7, seeing a pain specialist next week. Which "
    "painkillers are best for nerve pain?",
    "My sciatica is there 24/7 and wears me down. Does physiotherapy help?",
    "pain in my calf 24/7 since the injection two weeks ago, did neurontin help anyone?",
]
A_PAIN_24_7_AND_AT_NIGHT = [
    "I have severe pain down my left leg 24/7 and it is worse at night, it wakes me every night.",
    "My back pain is there 24/7, even lying down at night nothing eases it.",
    "my back hurts 24/7, day and night, nothing touches it",
]

test_a_pain_told_24_7_is_quiet = quiet_cases(A_PAIN_TOLD_24_7)
test_a_pain_24_7_and_at_night_alarms = alarm_naming("night_pain", A_PAIN_24_7_AND_AT_NIGHT)

# Red-teamed, not fixed this round (scored before any change; quiet ones stay quiet): a long
# known, assessed foot drop or a removed benign tumour told as background; a child's asthma or
# eczema worse at night. Their must-alarm versions alarm.
STAYS_QUIET = [
    "I was diagnosed with MS five years ago and have had foot drop on my left side ever since, "
    "it's managed by my neurologist. Is the cat-cow stretch safe for my sciatica?",
    "Had a benign tumour removed from my spine in 2010, all fine since. Now I get sciatica when "
    "I sit for long, what chair helps?",
    "My son is 12 and his asthma gets worse at night. I also have sciatica, what stretches can I "
    "do in bed?",
    "My 8 year old's eczema flares at night and keeps her awake, and my own back is sore from "
    "sitting by her bed. Tips for sitting?",
]
STILL_ALARMS = [
    "I was diagnosed with MS five years ago but this week my right foot has started dragging and "
    "it is getting worse by the day. Is the cat-cow stretch safe?",
    "My foot drop is from my MS but since yesterday I can't feel my bottom or between my legs. "
    "Can I still go swimming?",
    "Had a benign tumour removed from my spine in 2010. Now I have new back pain and I have been "
    "losing weight without trying.",
    "A year after my fusion my left leg is getting weaker again and now my foot drags. Is "
    "cycling ok?",
    "My leg weakness was improving after the discectomy but this week it's worse and I keep "
    "tripping. When can I go back to work?",
    "After the flare my right leg was weak and it is getting weaker every day, I can barely lift "
    "my foot.",
    "When I sit cross-legged I get pins and needles in both feet, and now my bottom and saddle "
    "area feel numb and don't go away.",
    "I get pins and needles in both legs all the time now, even lying down, and my bladder "
    "feels odd.",
    "I'm 14 and my back pain is worse at night and wakes me up. I also have asthma.",
    "My 16 year old son has back pain that wakes him every night, he has asthma too.",
]

test_background_told_stays_quiet = quiet_cases(STAYS_QUIET)
test_the_same_stories_with_a_new_red_flag_alarm = alarm_cases(STILL_ALARMS)

# Look-alikes checked after the fixes, which must not change: a fever or a temperature named
# beside a withdrawal, someone else's withdrawal with their back told, 24/7 with the night.
LOOK_ALIKES_STILL_ALARM = [
    "I quit smoking last month and now I have a fever and my back aches",
    "Came off tramadol, but I've had a temperature and chills since yesterday and my back aches",
    "My husband stopped his pregabalin and now has chills and his back is agony",
    "my pain is 24/7 and I'm awake all night with it",
    "constant back pain every night for weeks, nothing helps",
]

test_look_alikes_still_alarm = alarm_cases(LOOK_ALIKES_STILL_ALARM)
