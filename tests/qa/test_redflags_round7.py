"""Red-flag classes missed on round 6's test split, checked on paraphrases written for round 7
(invented by the team, not copied from any labelled set): each class by concept family, and the
look-alikes of each that must stay quiet."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import alarm_naming, flag_cases, flags, quiet_cases


# A leg or foot crossed with a loss of function, in any wording.
@pytest.mark.parametrize(
    "text",
    ["when I bend over I sometimes lose control of my left leg",
     "yesterday my legs stopped responding and I ended up on the kitchen floor",
     "my right leg just quit on me halfway up the road",
     "my knee buckled twice on the walk home",
     "my foot went limp and I couldn't get it to move",
     "I can't keep my foot up when I try to walk on my heels",
     "I'm not able to hold my toes up any more",
     "my leg has stopped cooperating since the weekend",
     "I have lost control of my right foot",
     "my leg keeps folding under me",
     "my left leg feels like it's not attached to me"],
)  # fmt: skip
def test_a_leg_or_foot_losing_function(text: str) -> None:
    raised = flags(text)
    assert {"leg_weakness", "both_legs"} & set(raised), raised


# A personal cancer history in indirect words, or cancer told as the cause of their pain.
test_a_personal_cancer_history_in_other_words = alarm_naming(
    "cancer_weight",
    ["the post-cancer me worries about every twinge in my back",
     "I'm in remission and now my lower back aches all the time",
     "my oncologist is away and my back has been killing me",
     "it turned out cancer was the cause of my back pain",
     "could this be secondary bone cancer? my back has hurt for a month"],
)  # fmt: skip


# A growing lump on the spine.
test_a_growing_lump_on_the_spine = alarm_naming(
    "cancer_weight",
    ["there's a lump on my spine that keeps getting bigger",
     "the lump near my shoulder blade has doubled in size and my back aches",
     "I found a swelling over my backbone and it is growing and sore"],
)  # fmt: skip


# Fever, chills or sweats with back pain; an infection just before the pain changed.
test_fever_sweats_and_a_recent_infection = flag_cases(
    [("my back is agony and I wake up drenched in a cold sweat", "fever"),
     ("worst back pain ever, I'm throwing up and feeling super cold", "fever"),
     ("the ache got much worse and I'm burning up", "fever"),
     ("after a bout of pneumonia my back pain came back different", "infection"),
     ("since my kidney infection last week my lower back has been awful", "infection"),
     ("I inject drugs and now my back is very painful", "infection"),
     ("I have HIV and my back has been really painful", "infection")],
)  # fmt: skip


# A fall, a slip on the stairs or landing on the back, then new symptoms.
test_a_fall_on_the_stairs = alarm_naming(
    "trauma",
    ["my foot slid on the top step and I landed on my lower back",
     "I missed a step coming downstairs and now my leg is tingling",
     "tumbled down the last few stairs on Sunday, back pain since"],
)  # fmt: skip


# Pain in every position, even lying down; night pain that is constant.
test_pain_that_rest_does_not_ease = alarm_naming(
    "night_pain",
    ["I can't sit or lie down without being in agony",
     "nothing eases the pain, not even lying still",
     "the pain wakes me every night and nothing I do eases it, even lying still"],
)  # fmt: skip


# Both feet numb or tingling; nerve pain shooting down both legs.
test_both_feet_or_both_legs = alarm_naming(
    "both_legs",
    ["I've got pins and needles in my feet this morning",
     "my feet went numb as if they were asleep",
     "shooting pains down my legs that come and go"],
)  # fmt: skip


# Look-alikes that describe no red flag: night pain that eases by day, the shivers set aside, a
# passing cold, a cold ice pack, controlled exercise, a lump of a different kind.
test_look_alikes_stayquiet = quiet_cases(
    ["the pain wakes me up in the night but eases during the day, which mattress is best?",
     "it often wakes me up at night for a few minutes; how should I lie?",
     "I wake up in the night when I roll over and it twinges, which pillow helps?",
     "the shivers aside, it is mostly a dull ache; is walking ok?",
     "I had a cold last month which has cleared, can I go back to the gym?",
     "the ice pack makes my back feel cold, how long should I keep it on?",
     "how do I keep control of my leg during the bird dog?",
     "my feet get cold at night, is that sciatica?",
     "I have pain down my legs after running, should I stretch?",
     "should I worry about cancer if my back hurts?",
     "I had a chest infection years ago, is swimming ok for sciatica?",
     "I had a UTI last year, is cycling ok?",
     "I have a small lump on my back from an old cyst, can I lie on it?",
     "I slid the chair back and sat down, then my leg ached; is sitting bad?",
     "how do I make sure it doesn't come back next year?",
     "I folded a towel under my knee, is that ok for the stretch?",
     "I feel cold a lot in winter, is heat better than ice for my sciatica?",
     "I always feel cold after swimming, is swimming ok with sciatica?",
     "I have HIV, is it safe to do these stretches?",
     "I stopped moving my legs much since the pain started, is that bad?",
     "my knee buckles sometimes from an old football injury, can I do squats?",
     "I'm not able to keep my leg up in the straight leg raise for long, is that normal?",
     "I work in oncology and stand all day, any tips for my sciatica?",
     "after my cancer scare turned out to be nothing, my back still hurts",
     "I get a cold sweat when the sciatica pain shoots, is that normal?",
     "I'm burning up in this heat, should I use ice on my back?",
     "I missed a step in my routine today, is that ok?",
     "I have a bump on my spine that's always been there, can I do the cat cow?"],
)  # fmt: skip


# New night pain: the worst ever, or rest and sleep do not ease it; cancer told as a late thought.
test_new_night_pain_and_a_late_thought_of_cancer = flag_cases(
    [("I keep waking up in the middle of the night, it's the worst pain I've had", "night_pain"),
     ("I wake up in the middle of the night with excruciating back pain", "night_pain"),
     ("it wakes me at night and I have never felt anything this bad", "night_pain"),
     ("a deep ache that rest won't ease, and it's in my back day after day", "night_pain"),
     ("it never occurred to me that cancer was the reason for my back pain", "cancer_weight")],
)  # fmt: skip


# Passing nothing, and numbness inside the thighs.
test_passing_nothing_and_the_inner_thighs = flag_cases(
    [("is it normal to not need to pee for a whole day with sciatica?", "bladder_bowel"),
     ("when I go for a wee it just doesn't come", "bladder_bowel"),
     ("there's numbness on the inside of my thighs", "saddle")],
)  # fmt: skip


# A leg that no longer obeys, feeling hot and shaky, long-term steroids, pain all night long.
test_more_words_for_the_same_concepts = flag_cases(
    [("my leg just doesn't do what it should anymore", "leg_weakness"),
     ("my leg seems to have a mind of its own", "leg_weakness"),
     ("my left leg won't carry me", "leg_weakness"),
     ("I feel really unwell, hot and shaky, with bad back pain", "fever"),
     ("I've been on steroids for years and my back is painful", "infection"),
     ("the pain keeps me up all night every night", "night_pain")],
)  # fmt: skip


test_their_look_alikes_stayquiet = quiet_cases(
    ["the pain keeps me awake at night, which pillow?",
     "I don't do what my physio tells me, is that bad?",
     "the exercises don't do what they should, should I change them?",
     "I had a steroid injection, is it normal for my back to be sore?"],
)  # fmt: skip
