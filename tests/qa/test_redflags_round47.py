"""The red flags every dev set still missed (issue 15, session 22, helper rf47), worked as
general classes (NICE NG59 / NHS / CKS decide). Each class was red-teamed with fresh wordings of
our own, written and scored once before the fix; the look-alikes must stay quiet.
"""

from __future__ import annotations

from tests.qa.answer_checks import alarm_cases, quiet_cases

# Back pain in someone on a steroid for an immune illness (lupus, vasculitis, Henoch-Schonlein
# purpura, nephrotic syndrome, a transplant...), the illness, the steroid and the pain each
# told in a sentence of its own (NICE CKS / NG59: spinal infection in someone immunosuppressed).
A_STEROID_APART = [
    "My son has lupus. He has been on prednisone for two months. Now his lower back hurts a lot.",
    "I was diagnosed with rheumatoid arthritis last year. I take prednisolone every day. "
    "This week my back has been really painful.",
    "My daughter had HSP three weeks ago. She is finishing a steroid taper. "
    "Today she has bad back pain.",
    "I have polymyalgia. I'm on steroids long term. My spine has been very sore since Tuesday.",
    "I have Crohn's disease. The doctor put me on prednisone again. "
    "And now I have a terrible ache in my lower back.",
    "My husband had a kidney transplant. He takes steroids every day. "
    "His back started hurting badly yesterday.",
    "My 8 year old has nephrotic syndrome. She's on high dose prednisolone. "
    "She is now complaining of pain in her back.",
    "I've had ulcerative colitis for years. Currently on a course of prednisone. "
    "Severe back pain started two days ago and it's getting worse.",
    "Mum has vasculitis. She takes methylprednisolone. Her back hurts so much she can't sit.",
    "my little boy was diagnosed with henoch schonlein purpura. he finished the steroids and is "
    "being weaned off. now he cries with pain in his lower back",
]

# Someone (the writer or a relative) suddenly unable to walk today, or the legs giving way
# today (NICE NG59: a new motor deficit; NHS: sudden weakness in the legs, call 999).
A_CANT_WALK_TODAY = [
    "Today my dad can't walk at all.",
    "My mum can't walk at all this morning, her legs won't hold her.",
    "This morning I woke up and could not walk.",
    "My legs gave way today and now I can't stand.",
    "Today my legs keep giving way under me.",
    "My husband's legs suddenly gave out today and he can't get up.",
    "I can't walk at all today, my legs just won't move.",
    "As of this morning my grandad is unable to walk.",
    "Woke up today and my legs wouldn't carry me.",
    "My wife's legs gave way today and she fell, she has had back pain for weeks.",
]

# A child or a teenager with back pain told together with a belly or stomach pain (CKS: back
# pain in the young with a systemic sign; the belly's organs, a kidney or the pancreas).
A_YOUNG_BACK_AND_BELLY = [
    "I'm a 14 year old boy, my stomach and back are killing me",
    "my 12 year old daughter has stomach pain and back pain, what could it be?",
    "I'm 16 and I have really bad pain in my back and my tummy",
    "My son is 9, he's had belly ache and his back hurts since yesterday",
    "im 15, my back and stomach hurt so bad i can barely move",
    "My teenage daughter keeps getting lower back pain with stomach cramps",
    "13 year old here, back pain and abdominal pain for two days",
    "My 10 year old is complaining of tummy ache and back ache",
]

# Look-alikes that must stay quiet: a history long past, a steroid cream or an injection for the
# back, a child's growing pains with nothing else, walking made short or hard by pain, an adult's
# period pain.
Q_LOOKALIKES = [
    "Years ago I had lupus and took prednisone for a while, my back aches after gardening, "
    "which stretch helps?",
    "I use a steroid cream for my eczema. My lower back aches when I sit, which chair is best?",
    "My GP gave me a short course of prednisone for my sciatica, is that normal?",
    "My 10 year old has growing pains in his legs, is that normal?",
    "I can't walk far, is cycling better for sciatica?",
    "Walking is hard when it flares, what helps?",
    "Today I can't walk far because of the sciatica pain, should I rest?",
    "I couldn't walk for a week when my sciatica started two years ago",
    "I'm 35 and get lower back pain with my period cramps, is that sciatica?",
    "My teenage son hurt his back playing rugby, which stretches help?",
]

test_steroid_apart_alarms = alarm_cases(A_STEROID_APART)
test_cant_walk_today_alarms = alarm_cases(A_CANT_WALK_TODAY)
test_young_back_and_belly_alarms = alarm_cases(A_YOUNG_BACK_AND_BELLY)
test_lookalikes_stay_quiet = quiet_cases(Q_LOOKALIKES)

# Near wordings written after the fix that must not change: a child lying on the belly, an adult's
# belly and back, a period pain, a steroid user's back merely named, a steroid injection for the
# back itself, walking short, with a dog or stiff this morning.
Q_AFTER_LOOKALIKES = [
    "My 12 year old daughter lies on her stomach to read and her back hurts, which stretch helps?",
    "I'm 45, my stomach and back hurt after a night out, what helps?",
    "My 14 year old has period pains in her tummy and lower back, is that normal?",
    "My mum has lupus and takes prednisone, is yoga good for her back?",
    "I have rheumatoid arthritis. I had a steroid injection for my sciatica last week. "
    "My back still aches.",
    "My dad can't walk far today because his knee is sore",
    "I can't walk the dog today, it's raining, what exercise can I do indoors?",
    "I was so stiff this morning I could barely walk, does that happen with sciatica?",
]
test_after_lookalikes_stay_quiet = quiet_cases(Q_AFTER_LOOKALIKES)
