"""Missed alarms (issue 15, session 20): a quiet story (a tumour told benign, a leg told
recovering, a foot drop known for years, a weakness an operation was done for) whose quiet
reached past the clause or sentence it belongs to and silenced a NEW or WORSE symptom told next
to it. Each class was red-teamed with fresh wordings of our own, scored once before the fix (the
figures beside each class); the quiet stories alone must stay quiet (NICE NG59 / NHS / CKS decide
what alarms).
"""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import alarm_cases, alarm_naming, quiet_cases

# A tumour first told benign, then told cancer after all ("the tumour was cancer", "the tumour
# is a sarcoma", "proved the tumour malignant"): a cancer history with a back pain (NICE NG59).
# Before the fix 5 of 11 alarmed; the benign story alone stays quiet (6 of 6 before).
A_BENIGN_THEN_CANCER = [
    "I was told I had a benign tumour on my spine, and the tumour was cancer after all. Now my "
    "back aches all the time.",
    "They said the lump in my back was benign but the tumour turned out to be malignant. My back "
    "hurts, what exercises help?",
    "The first biopsy said benign. Then the tumour came back as malignant, and now I have pain "
    "down my leg.",
    # "they said, until ..." is read as what they said would happen until then (content/qa.yaml
    # reported_condition): left, a frame shared by every concept.
    pytest.param(
        "My spinal tumour was benign, they said, until the second biopsy showed the tumour was "
        "cancer. Can that cause sciatica?",
        marks=pytest.mark.xfail(reason="'they said, until' read as a reported condition"),
    ),
    "Doctors thought it was a benign growth. The tumour was actually malignant and I had "
    "radiotherapy. Now my lower back is sore.",
    "I had a benign tumour removed from my back last year. Turns out the tumour was cancerous "
    "after all, and my leg pain is back.",
    "They called it a benign tumour at first, but the tumour is a sarcoma. My back pain keeps "
    "getting worse.",
    "My GP said the tumour was benign; the specialist says the tumour is malignant. I now have "
    "sciatica, is walking ok?",
    "Benign tumour, they said. Then the tumour turned out to be cancer. My lower back aches.",
    "Mine was meant to be a benign tumour, but the tumour was a lymphoma in the end, and now my "
    "back hurts.",
    "The scan showed a benign looking tumour near my spine, but the biopsy proved the tumour "
    "malignant. I get sciatica down my left leg.",
]
A_BENIGN_ALONE = [
    "I had a benign tumour on my spine removed in 2012, the tumour never came back. Now I have "
    "sciatica, is swimming ok?",
    "The tumour on my spine turned out to be benign, thank goodness. My back is stiff, what "
    "stretches help?",
    "They feared cancer but the tumour was benign after all. Now I get sciatica from sitting, "
    "what chair helps?",
    "The lump was benign, the tumour was removed and I've been fine since. Is yoga good for "
    "sciatica?",
    "The biopsy showed the tumour was benign, not cancer. What exercises help my sciatica?",
    "I had a benign tumour removed from my spine years ago and the tumour was never malignant. "
    "Can I do the piriformis stretch?",
]

test_a_benign_then_cancer_alarms = alarm_naming("cancer_weight", A_BENIGN_THEN_CANCER)
test_a_benign_alone_is_quiet = quiet_cases(A_BENIGN_ALONE)

# One leg told recovering (getting stronger, its weakness improving, its foot drop recovering),
# the other leg's numbness, tingling or weakness told after it: both legs affected (NHS). Before
# the fix 2 of 11 alarmed; the recovering leg alone stays quiet (6 of 6 before).
A_RECOVERING_THEN_OTHER_LEG = [
    "my right leg is getting stronger but now my left foot has gone numb",
    "After the op my right leg is getting stronger, but my left leg has started going numb.",
    "The weakness in my left leg is improving, and now my right foot is tingling and numb.",
    "My right foot drop is recovering well, but this week my left foot has started to go numb.",
    "My left leg is slowly getting stronger with physio. Now my right foot has gone numb.",
    "My leg strength is coming back after the discectomy but my other leg has gone numb now.",
    "The weakness in my right leg is getting better, though my left foot has been numb since "
    "yesterday.",
    "My right leg is much stronger now but since the weekend my left leg has pins and needles "
    "and feels numb.",
    "Right leg getting stronger every week. This morning I woke up and my left foot was numb.",
    "My left calf is getting stronger after the flare, but now the right foot has gone numb as "
    "well.",
    "The numbness in my right leg is improving but my left leg is now numb too.",
]
A_RECOVERING_ALONE = [
    "my right leg is getting stronger and the numbness in my foot is fading",
    "After the op my right leg is getting stronger and I can walk further each day.",
    "The weakness in my left leg is improving week by week, physio says I'm doing well.",
    "My foot drop is recovering well after the discectomy, which exercises should I do?",
    "My left leg is slowly getting stronger with physio. Can I start cycling again?",
    "The weakness in my right leg is getting better, and the pins and needles have gone.",
]

test_a_recovering_then_other_leg_alarms = alarm_cases(A_RECOVERING_THEN_OTHER_LEG)
test_a_recovering_alone_is_quiet = quiet_cases(A_RECOVERING_ALONE)

# A foot drop known for years (its cause told, a brace worn), then a sentence telling it worse
# or spreading ("It's got much worse this week", "It's spreading to the other foot"): a
# progressing deficit (NICE NG59). Before the fix 5 of 10 alarmed; the lasting foot drop alone,
# or with the sciatica or the back pain told worse, stays quiet (6 of 6 before).
A_LASTING_DROP_THEN_WORSE = [
    "I've had foot drop for years from my MS. It's got much worse this week.",
    "I've had a dropped foot for ten years since my op and wear an AFO. Now I trip all the time.",
    "My foot drop is from a stroke in 2015. It's spreading to the other foot.",
    "I've had foot drop in my left foot for 5 years and wear a brace. In the last few days it "
    "has got a lot worse.",
    "My foot drop is due to my MS, known about for years. This month it's getting worse every "
    "day.",
    "I wear an AFO for a foot drop I've had for years. Since yesterday my other foot is dropping "
    "too.",
    "Drop foot for about 6 years after surgery. Lately it's much worse and I can't lift my toes "
    "at all.",
    "I've had foot drop for years. Now I keep falling over.",
    "Foot drop for years from CMT. Over the past week it has become much worse.",
    "I have had a foot drop for several years. It's worse than it has ever been and my foot "
    "slaps the floor.",
]
A_LASTING_DROP_ALONE = [
    "I've had foot drop for years from my MS. It's stable and my neurologist keeps an eye on it. "
    "What stretches help sciatica?",
    "I've had a dropped foot for ten years since my op and wear an AFO. Is cycling ok with "
    "sciatica?",
    "My foot drop is from a stroke in 2015. It hasn't changed in years. Can I swim?",
    "I've had foot drop for 5 years and wear a brace. It's the same as ever. Which exercises are "
    "safe?",
    "I wear an AFO for a foot drop I've had for years. My sciatica is worse when I sit, what "
    "chair helps?",
    "I've had foot drop for years from my MS. My back pain has got much worse this week, what "
    "can I take?",
]

test_a_lasting_drop_then_worse_alarms = alarm_naming("leg_weakness", A_LASTING_DROP_THEN_WORSE)
test_a_lasting_drop_alone_is_quiet = quiet_cases(A_LASTING_DROP_ALONE)

# The same shape elsewhere: other quiet rules (a slip with no harm, an old accident, an infection
# over, a leg's move to the other side, a withdrawal's chills, a bladder fixed by an old
# operation, a drug's constipation, a weakness an operation was done for, a leg that used to
# give way) with a new or worse symptom told next to them. Before the fix 13 of 14 alarmed; the
# weakness the operation was for told "It's been getting worse since the op" was quiet (its "it"
# read as nothing), and "Now it does it every day" after a leg that used to give way is left
# (no deficit word at all). The quiet stories alone stay quiet (6 of 6 before).
A_QUIET_RULE_THEN_NEW = [
    "I slipped on the kitchen floor last week, no harm done. Since yesterday my foot has gone "
    "numb and my leg keeps giving way.",
    "My sciatica started after a car accident 3 years ago and I've had it ever since. Yesterday "
    "I fell down the stairs and hurt my back.",
    "I was in a car accident 5 years ago. Yesterday I had another car accident and my back is "
    "agony.",
    "I had a UTI last month, all cleared up. Now I have a fever and my back is killing me.",
    "It moved to my left leg, the right one is fine now. Now it's spreading into both legs.",
    "Came off tramadol last week and had chills. Now I have a temperature of 39 and my back "
    "hurts.",
    "Before my op in 2012 I couldn't pee properly, the op fixed it. This week I can't pee again.",
    "Codeine makes me constipated. Now I can't feel when I need to go and I've had an accident.",
    "It's too early to tell if the foot drop will get better after the op. It's getting worse "
    "every day though.",
    "Years ago my leg went weak and the surgery fixed it. This week it has gone weak again and I "
    "keep tripping.",
    "The weakness was the reason I opted for surgery. It's been getting worse since the op.",
    "I tripped on the step last week but didn't hurt myself. Now I keep tripping over my own "
    "foot.",
    "The numbness in my foot was from sitting cross legged and went away. Now it is there all "
    "the time and spreading.",
    "My left leg is back to normal now. This week my right leg has gone weak and drags.",
]
A_QUIET_RULE_ALONE = [
    "I slipped on the kitchen floor last week, no harm done. My sciatica is the same as before.",
    "I had a UTI last month, all cleared up. My back is a bit stiff, any stretches?",
    "It moved to my left leg, the right one is fine now. What stretches help?",
    "Before my op in 2012 I couldn't pee properly, the op fixed it. Can I do yoga?",
    "The weakness was the reason I opted for surgery. It's getting better since the op.",
    "My left leg used to give way years ago. Since the op it hasn't.",
]

test_a_quiet_rule_then_new_alarms = alarm_cases(A_QUIET_RULE_THEN_NEW)
test_a_quiet_rule_alone_is_quiet = quiet_cases(A_QUIET_RULE_ALONE)

# Look-alikes written after the fixes, which must not change (quiet before and after): a
# deficit told worse only at a time of day or when sitting, better, or with a weak core; the
# other leg's pain or numbness told easing; a tumour told not cancer.
LOOK_ALIKES_STILL_QUIET = [
    "My foot is numb. It's worse in the mornings, is that normal?",
    "I've had foot drop for years. It's much worse in the mornings when I'm stiff.",
    "My leg felt weak after the gym. It's much better now.",
    "I have a weak core and my back aches. It's getting worse when I sit.",
    "My right leg is getting stronger and my left leg pain is easing.",
    "My left leg is getting stronger, the numbness in my left foot is fading too.",
    "The tumour was not cancer, thank goodness. My back is sore, what stretches help?",
    "The lump turned out to be a cyst, not cancer. Is walking ok for sciatica?",
]

test_look_alikes_still_quiet = quiet_cases(LOOK_ALIKES_STILL_QUIET)
