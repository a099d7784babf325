"""Round 22's urgent-care alarms on messages with no red flag, by class (issue 15, round 28).

Each class was red-teamed with fresh wordings of our own before its fix and scored once (the
figures beside each class); the look-alikes must keep alarming. NICE NG59 / NHS decide what
alarms.
"""

from __future__ import annotations

from tests.qa.answer_checks import alarm_naming, quiet_cases

# 'temp' meaning temporary (a temp job, the temp office, a temp agency): no temperature told.
# Before the fix 0 of 4 of our wordings stayed quiet; after it, 4 of 4. A temperature told with
# the back pain (NICE NG59: fever, an infection) still alarms: 4 of 4 before and after.
TEMP_WORK = [
    "i work a temp job in a warehouse, lots of lifting boxes, my lower back aches by friday. "
    "is lifting ok with sciatica?",
    "Our team got moved to a temp office for 3 months and the chairs are awful, my sciatica "
    "is flaring. Any tips for sitting all day?",
    "Signed up with a temp agency, they keep sending me to jobs where im on my feet 10 hours, "
    "back and left leg burning by the end. should i rest on my days off?",
    "Got a temp contract doing data entry, sitting 8 hours and my back and leg are aching. "
    "what sitting position is best??",
]
TEMP_HAD = [
    "back pain for 4 days and now i have a temp and keep shivering, what should i do",
    "my temp is 38.6 and my lower back is killing me since yesterday",
    "Running a temp since monday with this back pain, also sweating at night",
    "lower back agony and a high temp, is this sciatica?",
]
test_a_temp_job_or_office_is_no_fever = quiet_cases(TEMP_WORK)
test_a_temp_had_with_back_pain_still_alarms = alarm_naming("fever", TEMP_HAD)

# A fall or accident dated a year or more back, told again by name ('the accident wasn't bad',
# 'since the fall', 'the crash left me with a bulging disc'): NICE NG59's trauma is a recent
# one (NHS: back pain that started after a serious accident). Before the fix 1 of 4 of our
# wordings stayed quiet; after it, 4 of 4. A new accident or fall told (yesterday, again, last
# week) still alarms, the old one told beside it: 4 of 4 before and after.
OLD_ACCIDENT_TOLD_AGAIN = [
    "I was rear ended 4 years ago. The accident wasnt bad on paper but my lower back and "
    "right leg have hurt ever since. what else can I try?",
    "Fell off a horse back in 2017. since the fall ive had sciatica on and off, mostly when "
    "sitting long. any stretches?",
    "had a car crash 2 years ago, the crash left me with a bulging disc at L5 S1, pain daily. "
    "is swimming ok for it?",
    "My wife was in a car accident about five years ago; after the accident she has had back "
    "and leg pain most days. Would pilates help?",
    # Written after the fix (a slip or a horse's throw dated long ago; the first alarmed).
    "Slipped on ice two years ago and landed on my tailbone. Since that fall I have had pain in "
    "the buttock and down my leg. Could this be piriformis?",
    "came off my horse 3 years ago, since the fall my sciatica flares when i ride. what "
    "stretches before riding?",
]
NEW_ACCIDENT_BESIDE_OLD = [
    "I had a car accident 3 years ago and was fine, but yesterday I was in another accident "
    "and my back is agony since the crash",
    "fell down the stairs years ago, no issue. fell again this morning on the ice and the "
    "fall has left me unable to walk properly",
    "Was in a car accident last night, back and neck hurt, should I see someone? the "
    "accident was on the motorway",
    "In 2019 I had a fall at work. Last week I had a bad fall off a ladder and my back has "
    "been in agony since the fall",
    "I slipped on ice years ago. I slipped again yesterday and since the fall I cant feel my "
    "legs properly",
    "tripped down the stairs last year, and this morning I fell again, the fall hurt my back "
    "badly",
]
test_an_old_accident_told_again_is_no_trauma_now = quiet_cases(OLD_ACCIDENT_TOLD_AGAIN)
test_a_new_accident_beside_an_old_one_still_alarms = alarm_naming(
    "trauma", NEW_ACCIDENT_BESIDE_OLD
)

# Standing told limited in time by the pain ('can't stay on my feet for more than 15 minutes',
# 'unable to be on my feet longer than half an hour'): how long one can stand, no leg weakness
# (NICE NG59's flag is a motor deficit). Before the fix 2 of 3 of our wordings stayed quiet
# ('can't stand on my feet for long periods' alarmed); after it, 3 of 3. Legs told weak or
# giving way, or standing lost with no time told, still alarm (3 of 3 before and after; the
# last three written with the fix).
STANDING_TIME_LIMITED = [
    "Cant stay on my feet for more than 15 minutes because of the pain in my back and leg, "
    "lost my job. what can i do?",
    "i am unable to be on my feet longer than half an hour due to sciatica, should I get a sit "
    "stand desk?",
    "due to the pain I can't stand on my feet for long periods any more, is there an exercise "
    "that helps?",
]
STANDING_LOST = [
    "I can't stay on my feet, my legs keep giving way under me since yesterday",
    "both legs have gone weak and I can hardly stand on my feet",
    "my leg is getting weaker and weaker, today I couldnt stay on my feet",
    "I cant stand on my feet for long, both my legs go numb and weak",
    "unable to stand on my feet at all since this morning, back agony",
    "i cant stand on my feet, they give way",
]
test_standing_limited_in_time_is_no_weakness = quiet_cases(STANDING_TIME_LIMITED)
test_legs_giving_way_or_standing_lost_still_alarm = alarm_naming("leg_weakness", STANDING_LOST)

# 'Strange', 'weird' or 'odd' told of the matter ('the strange thing is', 'what's weird is the
# groin pain moves', 'weird question but'), not of a feeling: no changed sensation of the
# saddle (NHS: numbness or tingling around the genitals or buttocks). Before the fix 3 of 4 of
# our wordings stayed quiet; after it, 4 of 4. A saddle or groin told feeling strange, weird or
# odd still alarms: 4 of 4 before and after; the last three written with the fix.
ODD_MATTER = [
    "The strange thing is the pain in my groin and bum only comes on when I drive, fine when "
    "walking. could it be sciatica?",
    "weird question maybe but does sitting on my wallet cause buttock and groin pain? sciatica "
    "on the right",
    "The odd part is I get an ache round the groin and inner thigh after cycling, back is ok. "
    "what stretch?",
    "what's weird is the groin pain moves around, some days the hip, some days my buttock. is "
    "this nerve related?",
]
ODD_FEELING = [
    "my groin feels strange, kind of numb, since yesterday and peeing is different",
    "strange feeling around my bum and groin when i wipe, back pain for a week",
    "the skin around my genitals feels weird and dull since my back went",
    "odd sensation in my saddle area since this morning with the sciatica",
    "my groin feels weird is this normal",
    "my bum feels odd is it serious, back pain 3 days",
    "the weird thing is my groin has gone numb",
]
test_odd_told_of_the_matter_is_no_changed_feeling = quiet_cases(ODD_MATTER)
test_a_saddle_feeling_odd_still_alarms = alarm_naming("saddle", ODD_FEELING)

# Whether someone has cancer, asked ('does my son have cancer?', 'does this mean I have bone
# cancer?'): a fear, not a cancer had (NICE NG59's flag is a history of cancer). Before the fix
# 3 of 4 of our wordings stayed quiet; after it, 4 of 4. A cancer had, come back or asked about
# with weight lost unexplained still alarms: 4 of 4 before and after.
CANCER_ASKED = [
    "My back has ached for 2 weeks after moving house. Do I have cancer?? Dr google has me "
    "terrified",
    "my daughter (15) plays netball and her lower back hurts after matches, could she have a "
    "tumour? she is otherwise fine",
    "Sciatica down my left leg for a month, started after gardening. does this mean i have bone "
    "cancer? my aunt had it",
    "could i have cancer in my spine? lower back pain when i sit at work, better when i move "
    "about",
]
CANCER_HAD = [
    "I have breast cancer and my back has been aching for a week, should i worry?",
    "do I have cancer again? I had prostate cancer 5 years ago and now my back hurts at night",
    "my son has leukaemia and now his back and legs hurt",
    "Could I have cancer? I've lost a stone without trying and my back pain wakes me every night",
]
test_cancer_asked_about_is_no_cancer_had = quiet_cases(CANCER_ASKED)
test_a_cancer_had_still_alarms = alarm_naming("cancer_weight", CANCER_HAD)

# Chest pain told with a back (NHS: back pain and chest pain, call 999): a heart, a lung or an
# aorta before any sciatica. Before the fix 0 of 4 of our wordings alarmed; after it, 4 of 4.
# A knee-to-chest stretch, a chest of drawers, a chesty cough or a chest stretched stay quiet
# (4 of 4 before and after), and so do a chest pain asked about in general, one told last year
# and checked, chest muscles sore after a workout, and a heart said to ache (written with the
# fix; a heart said to hurt is as often a figure of speech as a symptom).
CHEST_PAIN_WITH_BACK = [
    "my upper back has been killing me since this morning and now i have chest pain too, "
    "should i just rest?",
    "Lower back pain for weeks, but today there's a tight pain in my chest that comes and goes. "
    "is this the sciatica spreading?",
    "back spasms and chest pains, and im short of breath climbing the stairs",
    "sharp pain between my shoulder blades going through to my chest since last night",
    "my back hurts and my chest feels tight and heavy",
    "husband has chest pain going into his back, started 20 mins ago",
]
CHEST_NO_PAIN = [
    "I did the knee to chest stretch and my lower back felt better, how many times a day "
    "should I do it?",
    "Lifted a chest of drawers and now my back and leg hurt, should i rest?",
    "my back is sore and I also have a chesty cough, can coughing make sciatica worse?",
    "I stretch my chest and shoulders every morning, will that help my back posture?",
    "can sciatica cause chest pain?",
    "I had chest pain last year and the heart was fine, now sciatica in my left leg, what "
    "stretches?",
    "my chest muscles are sore after bench press and my lower back too, is the gym ok with "
    "sciatica?",
    "my heart aches for everyone on this forum, my own back has been bad for a month too, what "
    "helps you?",
]
test_chest_pain_with_a_back_gets_urgent_care_advice = alarm_naming(
    "chest_pain", CHEST_PAIN_WITH_BACK
)
test_a_chest_named_with_no_pain_now_stays_quiet = quiet_cases(CHEST_NO_PAIN)
