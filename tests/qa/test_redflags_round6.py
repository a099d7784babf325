"""Red-flag classes missed on round 5's test split, checked on paraphrases written for round 6
(invented by the team, not copied from any labelled set): each class by concept, and the
look-alikes of each that must stay quiet."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import ANSWERER, alarm_naming, flag_cases

# Both legs, whoever's they are, and told in a few words ("both legs this time").
test_both_legs_in_few_words_or_someone_else_s = alarm_naming(
    "both_legs",
    ["my wife says the pain now goes down both her legs",
     "he has tingling in both his feet since yesterday",
     "The sciatica came back last week. Both legs now.",
     "It's not just one side any more, it's both legs.",
     "My old sciatica is back. Both legs this time, which is new."],
)  # fmt: skip


# The saddle area named vaguely, and the feeling of sitting on something that is not there.
test_the_saddle_area_in_vague_words = alarm_naming(
    "saddle",
    ["I've gone numb in places I really shouldn't",
     "tingling in my nether regions since the weekend",
     "there's a weird numb feeling in my intimate area",
     "it feels like I'm sitting on a folded towel all the time",
     "feels as if I'm sitting on a golf ball even on a soft chair"],
)  # fmt: skip


# Heavy legs are weak legs; leaking told with a word between ("I started leaking"); not reaching
# the toilet in time.
test_heavy_legs_leaking_and_not_making_it_to_the_toilet = flag_cases(
    [("my legs feel like lead when I walk", "both_legs"),
     ("my left leg feels really heavy and clumsy", "leg_weakness"),
     ("since Tuesday I've started leaking a little", "bladder_bowel"),
     ("I keep on leaking and don't notice", "bladder_bowel"),
     ("twice this week I didn't make it to the loo in time", "bladder_bowel"),
     ("I couldn't get to the toilet in time yesterday", "bladder_bowel")],
)  # fmt: skip


# Figurative falls, waking at night with no pain named, and hands (not legs) are no red flag.
@pytest.mark.parametrize(
    "text",
    ["I fell down a rabbit hole reading about sciatica cures, what actually works?",
     "I fell into the habit of sitting all day, is that why my sciatica is worse?",
     "I fell off the wagon with my stretches, how do I get going again?",
     "I wake up at night with pins and needles in my fingers, is that carpal tunnel?",
     "both my hands go numb when I wake up, is that normal?",
     "I wake up at night to turn over, is that ok with sciatica?"],
)  # fmt: skip
def test_idioms_hands_and_waking_are_no_alarm(text: str) -> None:
    assert ANSWERER.answer(text).kind != "red_flag", text


# A personal message that names bladder, bowel or saddle function with an unclear change is
# treated as a symptom; a plain statement that all is well is not.
@pytest.mark.parametrize(
    ("text", "alarm"),
    [("my bladder has been playing up since the sciatica started", True),
     ("things are not right with my bowels since my back went", True),
     ("going to the toilet feels different now", True),
     ("my bladder has been fine all along, can I swim?", False)],
)  # fmt: skip
def test_unsure_about_bladder_or_bowel_means_alarm(text: str, alarm: bool) -> None:
    assert (ANSWERER.answer(text).kind == "red_flag") is alarm, text


# More lay wordings per concept, written for round 6: straining, frequency, a bladder that never
# feels empty, the other leg joining in, pain even at rest, unsteady feet.
test_more_lay_wordings = flag_cases(
    [("when I go to the loo nothing happens", "bladder_bowel"),
     ("I need to go all the time but little comes out", "bladder_bowel"),
     ("I feel like I still need to go after I've been", "bladder_bowel"),
     ("I've been going to the toilet every half hour", "bladder_bowel"),
     ("now the other leg hurts too", "both_legs"),
     ("both my legs feel heavy", "both_legs"),
     ("I've been unsteady on my feet", "leg_weakness"),
     ("the pain is there all the time, even lying down", "night_pain")],
)  # fmt: skip


# One heavy leg is common in sciatica; what would happen "if" is a question, not a symptom.
@pytest.mark.parametrize(
    "text",
    ["my leg feels heavy, is that the nerve?", "what happens if I lose bladder control?",
     "can I lift heavy weights with sciatica?",
     "nothing happened when I had the scan, can I walk?"],
)  # fmt: skip
def test_one_heavy_leg_and_what_if_questions_do_not_alarm(text: str) -> None:
    assert ANSWERER.answer(text).kind != "red_flag", text


# Back pain on both sides and joints aching on both sides are common; nerve symptoms on both
# sides are not.
@pytest.mark.parametrize(
    ("text", "alarm"),
    [("my lower back aches on both sides, is that normal?", False),
     ("both my knees ache from arthritis, can I do the stretches?", False),
     ("my hips hurt on both sides when I get up", False),
     ("tingling down both sides since Monday", True),
     ("my sciatica has moved to both sides", True),
     ("both my hips are numb", True)],
)  # fmt: skip
def test_both_sides_needs_a_nerve_symptom(text: str, alarm: bool) -> None:
    assert (ANSWERER.answer(text).kind == "red_flag") is alarm, text


# A check that found all normal, a relative's past illness and a laughing idiom are no symptom;
# a relative with cancer and back pain now, and wetting oneself plainly, still alarm.
@pytest.mark.parametrize(
    ("text", "alarm"),
    [("The GP asked about my bladder and bowels and I told her all fine. Can I swim?", False),
     ("My sister had ovarian cancer and I worry about every ache. How long does sciatica last?",
      False),
     ("I nearly wet myself laughing at the video, anyway how do I do the bridge?", False),
     ("My dad had prostate cancer and now he has terrible back pain", True),
     ("I wet myself on the way home and my back is killing me", True)],
)  # fmt: skip
def test_checks_relatives_and_idioms(text: str, alarm: bool) -> None:
    assert (ANSWERER.answer(text).kind == "red_flag") is alarm, text


# Round 6 probes in story form: wiping that feels like someone else's skin, a high-stepping
# walk, and the other leg told as "my left one".
test_story_wordings = flag_cases(
    [("when I wiped this morning it didn't feel like my own skin", "saddle"),
     ("my bottom feels like it isn't part of my body when I wipe", "saddle"),
     ("my wife says I'm bringing my knee up high when I walk, like a horse", "leg_weakness"),
     ("I have to lift my foot up high so it doesn't catch", "leg_weakness"),
     ("I get sciatica in my right leg and now a burning in my left one too", "both_legs"),
     ("it started in my left leg and now my right one hurts as well", "both_legs")],
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["should I do the stretch on the other one too?", "is it fine to do it on the left one too?"],
)
def test_the_other_one_in_an_exercise_is_no_alarm(text: str) -> None:
    assert ANSWERER.answer(text).kind != "red_flag", text


# Tingling when sitting is no saddle sign; tired legs after a routine are no weakness; cancer
# "got" or in remission is a history of cancer.
@pytest.mark.parametrize(
    ("text", "alarm"),
    [("my toes tingle when I sit for a long time, is that sciatica?", False),
     ("my legs feel weak and tired after the workout, is that normal?", False),
     ("numb right where I sit on the saddle of my bike", True),
     ("I've got breast cancer in remission and new back pain", True),
     ("my bowel cancer has been in remission for three years and now my back aches", True)],
)  # fmt: skip
def test_sitting_tiredness_and_remission(text: str, alarm: bool) -> None:
    assert (ANSWERER.answer(text).kind == "red_flag") is alarm, text


# Numb like after the dentist, shocks in the groin, a stop-start stream, a drunken walk and a
# shrunken calf; ice on the bum and an injection given in the buttock are no such sign.
@pytest.mark.parametrize(
    ("text", "alarm"),
    [("down below feels like after a local anaesthetic at the dentist", True),
     ("I keep getting electric shocks around my privates", True),
     ("my wee stops and starts and takes ages", True),
     ("my wife says I'm walking like I'm drunk", True),
     ("my right calf is thinner and smaller than the left", True),
     ("I put frozen peas on my bum, ok?", False),
     ("I had a local injection in my buttock, can I exercise?", False)],
)  # fmt: skip
def test_numb_like_an_anaesthetic_shocks_and_wasting(text: str, alarm: bool) -> None:
    assert (ANSWERER.answer(text).kind == "red_flag") is alarm, text


# A leg numb from sitting long on the toilet, and falling about laughing, are no red flag; numb
# around the bottom on the toilet still is.
@pytest.mark.parametrize(
    ("text", "alarm"),
    [("my foot goes numb when I sit on the loo for ages, is that the nerve?", False),
     ("sitting on the toilet too long makes my legs go dead", False),
     ("we all fell about laughing, but how long does sciatica last?", False),
     ("sitting on the toilet I can't feel my bottom", True)],
)  # fmt: skip
def test_toilet_sitting_and_laughing(text: str, alarm: bool) -> None:
    assert (ANSWERER.answer(text).kind == "red_flag") is alarm, text
