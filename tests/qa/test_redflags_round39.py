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

# '24/7' told alone of a pain, nothing of the night or of rest: red-teamed (0 of 3 quiet) and
# NOT changed. The dev labels call such lines no red flag (rounds 22, 26, 28), but
# tests/qa/test_redflags_lay_stories_serious.py holds "pain 24/7" and "constant pain 24/7" as
# NICE NG59's constant pain day and night, a decision for the lead. 24/7 with the night told
# alarms (3 of 3) and must keep alarming.
A_PAIN_24_7_AND_AT_NIGHT = [
    "I have severe pain down my left leg 24/7 and it is worse at night, it wakes me every night.",
    "My back pain is there 24/7, even lying down at night nothing eases it.",
    "my back hurts 24/7, day and night, nothing touches it",
]

test_a_pain_24_7_and_at_night_alarms = alarm_naming("night_pain", A_PAIN_24_7_AND_AT_NIGHT)

# A leg weakness told improving or getting stronger after an operation or a flare, in its own
# clause or the next ("still a bit weak, but slowly getting stronger"): a deficit on the mend,
# not NICE NG59's progressing one. Before the fix 2 of 7 of our wordings stayed quiet, 6 of 7
# after (left: the recovery told 7 words after the weakness, past the window); the same stories
# told getting weaker, dragging or the other foot alarm (8 of 8 after; before, "my left leg is
# weak and the pain is getting better" was quiet: the pain's easing read as the leg's).
A_WEAKNESS_ON_THE_MEND = [
    "A year after my fusion my left leg is still a bit weak but slowly getting stronger with "
    "physio. Is cycling ok?",
    "My leg weakness is improving week by week since the discectomy, I can walk further each "
    "day. When can I go back to work?",
    "After the flare my right leg was weak but it is getting stronger now and nearly back to "
    "normal. Which exercises should I keep doing?",
    "My leg strength is coming back slowly since the microdiscectomy, can I start walking more?",
    "Six weeks after surgery, the weakness in my foot is gradually improving. When can I drive?",
    "my foot drop is recovering after the op, physio says I'm doing well. which exercises?",
]
A_WEAKNESS_GOING_THE_WRONG_WAY = [
    "A year after my fusion my left leg is getting weaker again and now my foot drags. Is "
    "cycling ok?",
    "My leg weakness was improving after the discectomy but this week it's worse and I keep "
    "tripping. When can I go back to work?",
    "After the flare my right leg was weak and it is getting weaker every day, I can barely lift "
    "my foot.",
    "My leg strength was coming back after the op but since Monday it's going again and my foot "
    "slaps",
    "Six weeks after surgery the weakness in my foot is getting worse, not better.",
    "my foot drop was recovering but now the other foot is weak too",
    "Weak right calf after the flare, getting weaker every week, can't stand on tiptoe",
    "my left leg is weak and the pain is getting better",
]

test_a_weakness_on_the_mend_is_quiet = quiet_cases(A_WEAKNESS_ON_THE_MEND)
test_a_weakness_going_the_wrong_way_alarms = alarm_naming(
    "leg_weakness", A_WEAKNESS_GOING_THE_WRONG_WAY
)

# Pins and needles in the hands and feet from sitting cross-legged or kneeling, told passing
# when one moves: limbs pressed by the posture, not sciatica in both legs (NHS). Before the fix
# 2 of 4 stayed quiet, 4 of 4 after; told lasting, with the saddle, the bladder or weak legs it
# alarms (4 of 4 before and after).
A_POSTURE_TINGLE_PASSING = [
    "When I sit cross-legged for a while I get pins and needles in both my hands and feet, it "
    "goes as soon as I move. Is that sciatica?",
    "Kneeling to pray gives me pins and needles in my feet and hands, gone within a minute of "
    "standing up. Should I worry?",
    "If I kneel to garden I get tingling in my hands and feet, it wears off when I get up. Is "
    "kneeling bad for sciatica?",
    "Sitting cross legged on the floor with the kids makes my feet and fingers go to sleep, it "
    "passes once I move. Best way to sit?",
]
A_POSTURE_TINGLE_AND_MORE = [
    "When I sit cross-legged I get pins and needles in both feet, and now my bottom and saddle "
    "area feel numb and don't go away.",
    "I get pins and needles in both legs all the time now, even lying down, and my bladder "
    "feels odd.",
    "Kneeling gives me pins and needles in my hands and feet and it doesn't go away when I get "
    "up, now both legs are weak",
]
# Hands and feet tingling together all the time, with no back, leg weakness or sudden onset told:
# a glove-and-stocking neuropathy for a doctor (round 29's labels: see-a-doctor, out_of_scope),
# quiet since rf43 (tests/qa/test_redflags_round41.py); told with the back it still alarms.
A_GLOVE_ALL_THE_TIME = [
    "I have pins and needles in my hands and feet all the time, whether I sit cross legged or not",
]
test_a_glove_all_the_time_is_quiet = quiet_cases(A_GLOVE_ALL_THE_TIME)

test_a_posture_tingle_passing_is_quiet = quiet_cases(A_POSTURE_TINGLE_PASSING)
test_a_posture_tingle_and_more_alarms = alarm_cases(A_POSTURE_TINGLE_AND_MORE)

# A foot drop whose known cause is told diagnosed (MS, a stroke), or a tumour told benign and
# then told again as "the tumour": the deficit assessed, no cancer history (NICE NG59). Before
# the fix 4 of 8 of our wordings stayed quiet, 8 of 8 after; told worse, new, dragging, the
# other foot, the saddle, the tumour back or a weight lost, they alarm (8 of 8 before and after).
A_KNOWN_CAUSE_TOLD = [
    "I was diagnosed with MS five years ago and have had foot drop on my left side ever since, "
    "it's managed by my neurologist. Is the cat-cow stretch safe for my sciatica?",
    "My foot drop is from my MS, known about for years and assessed by my team. Can I still go "
    "swimming with sciatica?",
    "My foot drop is due to a stroke I had in 2019, I'm in physio for it. What stretches help "
    "sciatica?",
    "Diagnosed with MS last year, which is behind my foot drop. Does sitting make sciatica worse?",
    "Had a benign tumour removed from my spine in 2010, all fine since. Now I get sciatica when "
    "I sit for long, what chair helps?",
    "I had a benign tumour on my spine as a teenager. The tumour was removed and I've been fine "
    "since. Now I have sciatica, is swimming good?",
    "Years ago they found an osteoid osteoma (a benign tumor) in my spine. The tumor was removed "
    "and the vertebrae fused. What exercises help the stiffness?",
    "My wife had a benign spinal tumour taken out in 2015; the tumour never came back. She now "
    "has sciatica, can she do yoga?",
]
A_KNOWN_CAUSE_AND_SOMETHING_NEW = [
    "I was diagnosed with MS five years ago but this week my right foot has started dragging and "
    "it is getting worse by the day. Is the cat-cow stretch safe?",
    "My foot drop is from my MS but since yesterday I can't feel my bottom or between my legs. "
    "Can I still go swimming?",
    "I have MS and my foot drop has suddenly got much worse since yesterday",
    "My foot drop is from my MS but now my other foot has started dropping too",
    "I have MS. Now my left leg is getting weaker every day and I keep tripping",
    "Had a benign tumour removed from my spine in 2010. Now I have new back pain and I have been "
    "losing weight without trying.",
    "I had a benign tumour removed years ago but the tumour has come back and my back pain is "
    "worse at night",
    "They removed a tumour from my spine last year. Now my back pain is back and I've lost weight "
    "without trying.",
]

test_a_known_cause_told_is_quiet = quiet_cases(A_KNOWN_CAUSE_TOLD)
test_a_known_cause_and_something_new_alarms = alarm_cases(A_KNOWN_CAUSE_AND_SOMETHING_NEW)

# A child's asthma or eczema worse at night, the writer's own back told without the night: the
# CKS under-20s rule is about back pain. Quiet before any change (2 of 2), kept; a young
# person's back pain at night alarms (2 of 2).
A_CHILDS_OTHER_NIGHT_TROUBLE = [
    "My son is 12 and his asthma gets worse at night. I also have sciatica, what stretches can I "
    "do in bed?",
    "My 8 year old's eczema flares at night and keeps her awake, and my own back is sore from "
    "sitting by her bed. Tips for sitting?",
]
A_YOUNG_BACK_AT_NIGHT = [
    "I'm 14 and my back pain is worse at night and wakes me up. I also have asthma.",
    "My 16 year old son has back pain that wakes him every night, he has asthma too.",
]

test_a_childs_other_night_trouble_is_quiet = quiet_cases(A_CHILDS_OTHER_NIGHT_TROUBLE)
test_a_young_back_at_night_alarms = alarm_naming("night_pain", A_YOUNG_BACK_AT_NIGHT)

# Look-alikes checked after the fixes, which must not change: a fever or a temperature named
# beside a withdrawal, someone else's withdrawal with their back told, 24/7 with the night, a
# weakness told mending then worse, a posture's tingle with a numb bottom or legs that stay numb,
# a tumour told growing, a foot drop with MS told new or spreading.
LOOK_ALIKES_STILL_ALARM = [
    "I quit smoking last month and now I have a fever and my back aches",
    "Came off tramadol, but I've had a temperature and chills since yesterday and my back aches",
    "My husband stopped his pregabalin and now has chills and his back is agony",
    "my pain is 24/7 and I'm awake all night with it",
    "constant back pain every night for weeks, nothing helps",
    "after the op my leg was weak, it is getting weaker now",
    "my foot drop was getting better after surgery, now it's dragging again",
    "both my legs go numb when I sit cross legged and it doesn't go away",
    "pins and needles in both feet when kneeling, gone within a minute of standing up, but my "
    "bum is numb all the time",
    "They found a tumour on my spine, the tumour is growing and my back hurts at night",
    "I have MS but my foot drop is new this week",
    "Diagnosed with MS, and now my foot drop is spreading to the other leg",
]

test_look_alikes_still_alarm = alarm_cases(LOOK_ALIKES_STILL_ALARM)
