"""Red flags told across a sentence (issue 15, round 34): a numbness told in one part and its
spread in another, by class.

Each class was red-teamed with fresh wordings of our own, scored once before its fix (the
figures beside each class); the look-alikes must stay as they are. NICE NG59 / NHS decide what
alarms.
"""

from __future__ import annotations

from tests.qa.answer_checks import alarm_naming, quiet_cases

# A numbness or tingling named, then "it" told spreading or worse in the next part or sentence
# ("pins and needles began in my toes last week. now it has moved up past my knee"): the "it"
# is the feeling, a deficit progressing (NICE NG59), not the limb. Before the fix 3 of 6 of our
# wordings alarmed, 6 of 6 after; the look-alikes were 5 of 6 quiet before (a back pain's width
# "spreading to both sides of my lower back" alarmed as both legs), 6 of 6 after.
NUMBNESS_SPREAD_TOLD_APART = [
    "pins and needles began in my toes last week. now it has moved up past my knee and keeps "
    "getting worse",
    "My foot went numb about 10 days ago. It's now spreading up into my shin and thigh, is this "
    "still sciatica?",
    "numbness started in two toes, now it's the whole foot and creeping up my ankle, every day a "
    "bit more",
    "tingling started in my foot, now it's spreading up my leg and getting worse every day",
    "the numbness was just my toes but now it's the whole foot and climbing",
    "I noticed numbness in my big toe on monday. It has crept up to my ankle since and keeps "
    "going",
]
SPREAD_OTHERWISE = [
    # A pain on the sciatic path, a numbness getting better, a path told as each time it comes.
    "the pain started in my buttock and now it runs down the back of my thigh to my calf, classic "
    "sciatica?",
    "the pain started in my bum, now it's spreading down the back of my leg like sciatica does",
    "the numbness in my foot is getting better every day since the physio started, any exercises "
    "to keep going?",
    "I had numbness in my foot after the op. Now it's getting better and the feeling is coming "
    "back up my shin",
    "I get tingling in my toes, then it creeps up my leg when I sit on the sofa",
    "tingling starts in my toes and creeps up my leg at night, is this sciatica?",
    "no numbness at all, but it's spreading down into my calf now, the pain I mean",
    "I used to get pins and needles in my hands. It's the pain in my back that is getting worse "
    "though",
    "my back pain is getting worse every day and spreading to both sides of my lower back, what "
    "can I do",
]
test_a_numbness_told_spreading_apart_alarms = alarm_naming(
    "leg_weakness", NUMBNESS_SPREAD_TOLD_APART
)
test_pain_spreading_or_a_numbness_better_is_quiet = quiet_cases(SPREAD_OTHERWISE)
