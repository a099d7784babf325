"""Red-flag classes missed or over-called on round 7's test split, checked on paraphrases written
for round 8 (invented by the team, not copied from any labelled set): each class by concept
family, with the look-alikes of each that must stay quiet."""

from __future__ import annotations

import pytest

from bot.content.loader import default_content_dir, load_content
from bot.qa.answer import QuestionAnswerer

ANSWERER = QuestionAnswerer.from_content(
    load_content(default_content_dir()), default_content_dir()
)


def _flags(text: str) -> tuple[str, ...]:
    found = ANSWERER.answer(text)
    assert found.kind == "red_flag" and found.red_flag is not None, (text, found.answer_id)
    return found.red_flag.flags


def _quiet(text: str) -> None:
    found = ANSWERER.answer(text)
    assert found.kind != "red_flag", (text, found.red_flag)


# Night pain bad enough for a strong opioid (NICE NG59: severe, non-mechanical night pain).
@pytest.mark.parametrize(
    "text",
    ["I wake up in the night with back pain and take morphine to get back to sleep",
     "most nights I need oxycodone before I can get to sleep because of my back",
     "the sciatica is so bad at night that I'm on morphine now",
     "I've started taking Oramorph in the night for my leg pain",
     "my oxycodone doesn't help at night anymore"],
)  # fmt: skip
def test_night_pain_that_needs_a_strong_opioid(text: str) -> None:
    assert "night_pain" in _flags(text)


@pytest.mark.parametrize(
    "text",
    ["I take morphine for the pain during the day, can I still do the stretches?",
     "is morphine ok to take at night for sciatica?",
     "I no longer need oxycodone at night, can I start running again?",
     "my sciatica wakes me at night when I turn over, which mattress is best?"],
)  # fmt: skip
def test_an_opioid_by_day_or_no_longer_needed_stays_quiet(text: str) -> None:
    _quiet(text)


# Cancer told around the pain: found on a scan, someone else's told as theirs, a bone scan.
@pytest.mark.parametrize(
    "text",
    ["turns out the tumour has spread into my spine and my back aches",
     "the scan showed a tumour in my lower spine",
     "her breast cancer came back and she has terrible back pain",
     "our mum's cancer has spread and her back hurts all the time",
     "I look after my dad; his prostate cancer is under control but his back is agony",
     "I went for a bone scan today because of my back pain",
     "she is scheduled for a bone scan next week, her back has been sore for months"],
)  # fmt: skip
def test_cancer_told_around_the_pain(text: str) -> None:
    assert "cancer_weight" in _flags(text)


@pytest.mark.parametrize(
    "text",
    ["turns out it wasn't cancer, just a bulging disc; is walking ok?",
     "the MRI showed no tumour, just a disc bulge",
     "do I need a bone scan for my sciatica?",
     "I had a bone density scan for osteoporosis, can I do the bridge?",
     "I asked her about cancer, she said it's sciatica"],
)  # fmt: skip
def test_no_cancer_or_a_scan_only_asked_about_stays_quiet(text: str) -> None:
    _quiet(text)


# Movement or mobility lost over weeks: a progressive deficit (NICE NG59).
@pytest.mark.parametrize(
    "text",
    ["my mobility has deteriorated badly over the last month",
     "the quick decline in my movement these past weeks scares me",
     "my ability to walk is getting worse every week"],
)  # fmt: skip
def test_movement_lost_over_weeks(text: str) -> None:
    assert "leg_weakness" in _flags(text)


@pytest.mark.parametrize(
    "text",
    ["my mobility is improving with the exercises",
     "I'm making progress with my movement, should I add more reps?",
     "no deterioration in my mobility, just pain; can I swim?",
     "bowel movements are normal but my back pain is getting worse, what helps?"],
)  # fmt: skip
def test_movement_improving_or_denied_stays_quiet(text: str) -> None:
    _quiet(text)


# "Can't do X without Y" tells of Y: the "without" is no denial.
@pytest.mark.parametrize(
    ("text", "flag"),
    [("I woke up and couldn't walk without shooting pains down both legs", "both_legs"),
     ("I can't stand up without numbness in my groin", "saddle"),
     ("I can't sit for long without my legs going numb", "both_legs"),
     ("I couldn't get out of bed without my legs collapsing under me", "both_legs")],
)  # fmt: skip
def test_cannot_without_tells_of_the_symptom(text: str, flag: str) -> None:
    assert flag in _flags(text)


@pytest.mark.parametrize(
    "text",
    ["I can't walk without pain but I have no numbness, is walking ok?",
     "I can't walk without a stick at the moment, is that normal with sciatica?"],
)  # fmt: skip
def test_cannot_without_and_no_red_flag_stays_quiet(text: str) -> None:
    _quiet(text)


# What a clinician said to come back for ("if your leg starts dragging... go to A&E") is a
# condition, not a symptom; a symptom told after it, or in its own sentence, still alarms.
@pytest.mark.parametrize(
    "text",
    ["the doctor said if my leg starts dragging or I start wetting myself I should go to A&E",
     "my GP said that if you ever can't feel your bum when you wipe, you must call 999",
     "they advised that until my legs go numb or I become incontinent I'm not eligible for "
     "surgery",
     "the physio warned me that unless I lose bladder control it can wait. Is walking ok?",
     "I hope she was joking about the peeing myself thing"],
)  # fmt: skip
def test_a_clinician_s_condition_is_no_symptom(text: str) -> None:
    _quiet(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [("the doctor said to come back if it got worse, and now both my legs are numb",
      "both_legs"),
     ("my GP said if it gets worse I should go to A&E. Today I can't feel my groin", "saddle"),
     ("the doctor said it's sciatica but I can't control my bladder", "bladder_bowel"),
     ("I said to the GP that if I walk far my leg drags", "leg_weakness"),
     ("I was told if my foot drags to go to A&E, my foot is dragging now", "leg_weakness"),
     ("the consultant said that if the numbness spreads I need surgery, and it has spread to "
      "my other leg", "both_legs"),
     ("my GP told me that if I can't pee I should go to A&E, and I haven't peed since "
      "yesterday", "bladder_bowel")],
)  # fmt: skip
def test_a_symptom_beside_a_clinician_s_condition_still_alarms(text: str, flag: str) -> None:
    assert flag in _flags(text)


# Trauma that caused a long-standing condition is no recent trauma; a new fall still alarms.
@pytest.mark.parametrize(
    "text",
    ["I have chronic back pain resulting from a car accident, can I fly long haul?",
     "my chronic sciatica is the result of whiplash, is driving ok?"],
)  # fmt: skip
def test_trauma_behind_a_chronic_condition_stays_quiet(text: str) -> None:
    _quiet(text)


def test_a_new_fall_on_a_chronic_back_still_alarms() -> None:
    assert "trauma" in _flags("my chronic back pain got much worse after a fall yesterday")


# Paralysed as a figure of pain ("momentarily paralysed") is no paralysis; a paralysed leg is.
@pytest.mark.parametrize(
    "text",
    ["when I stand up I'm momentarily paralysed by the pain, should I keep walking?",
     "the pain leaves me paralysed for a few seconds when I sneeze",
     "I'm literally paralysed with pain in the mornings, what helps?"],
)  # fmt: skip
def test_paralysed_by_pain_stays_quiet(text: str) -> None:
    _quiet(text)


@pytest.mark.parametrize(
    "text",
    ["my left leg is paralysed", "I'm paralysed from the waist down",
     "my leg is momentarily paralysed when I stand"],
)  # fmt: skip
def test_a_paralysed_leg_alarms(text: str) -> None:
    assert "leg_weakness" in _flags(text)


# The bottom of a foot is its sole, not the saddle area; "ass" or "arse" is.
@pytest.mark.parametrize(
    "text",
    ["I have a numb foot bottom after long runs, should I rest?",
     "my foot's bottom feels numb on the left side, is that sciatica?",
     "this sciatica is a pain in the ass, how long does it last?"],
)  # fmt: skip
def test_a_foot_s_bottom_or_an_idiom_stays_quiet(text: str) -> None:
    _quiet(text)


@pytest.mark.parametrize(
    "text",
    ["my bottom feels numb", "my foot is fine but my bottom is numb",
     "I can't feel my ass when I sit on the toilet", "my arse has gone numb"],
)  # fmt: skip
def test_a_numb_bottom_or_ass_alarms(text: str) -> None:
    assert "saddle" in _flags(text)


# Nothing passed for days, told with a negation, is the symptom (NICE NG59: retention).
@pytest.mark.parametrize(
    "text",
    ["I've had no bowel movement in 5 days and my back is killing me",
     "I haven't had a wee since yesterday",
     "I don't get the urge to pee anymore"],
)  # fmt: skip
def test_nothing_passed_for_days(text: str) -> None:
    assert "bladder_bowel" in _flags(text)


# A foot gone numb from a long sit on the toilet; a rule read on a page, not a symptom.
@pytest.mark.parametrize(
    "text",
    ["my foot goes numb when I sit for a long time on the toilet",
     "I read that you should go to A&E if you can't pee",
     "no urge to change my routine, can I skip days?"],
)  # fmt: skip
def test_a_long_sit_or_a_rule_read_stays_quiet(text: str) -> None:
    _quiet(text)


def test_a_symptom_after_a_rule_read_still_alarms() -> None:
    text = "I read that if you can't pee you should go to A&E, and I can't pee since this morning"
    assert "bladder_bowel" in _flags(text)


# Not knowing whether the bladder emptied; sciatica joined by the other side; sweats at night.
@pytest.mark.parametrize(
    ("text", "flag"),
    [("I could go to the toilet but I had no idea whether I'd finished", "bladder_bowel"),
     ("I started getting sciatica in my left leg a month ago, now it's in the right as well",
      "both_legs"),
     ("I've been sweating buckets at night and my back is agony", "fever"),
     ("he woke up unable to feel his legs and was rushed to hospital", "both_legs"),
     ("I've been going to the toilet and not knowing if I've finished", "bladder_bowel")],
)  # fmt: skip
def test_more_lay_words_for_the_same_concepts(text: str, flag: str) -> None:
    assert flag in _flags(text)


@pytest.mark.parametrize(
    "text",
    ["I do the stretch on my left leg and then on the right as well, is that ok?",
     "I have no idea if I've finished my stretches correctly",
     "I sweat a lot at the gym, is that ok with sciatica?",
     "I'm unable to feel the stretch in my hamstring, am I doing it right?"],
)  # fmt: skip
def test_their_look_alikes_stay_quiet(text: str) -> None:
    _quiet(text)


# Common misspellings of the saddle and bladder words; an object that fell is no fall.
@pytest.mark.parametrize(
    ("text", "flag"),
    [("very slight numbing around the buttox and grion", "saddle"),
     ("my blader is not working properly", "bladder_bowel"),
     ("my knee gave way yesterday and I nearly fell", "leg_weakness")],
)  # fmt: skip
def test_misspelt_words_and_a_knee_giving_way_now(text: str, flag: str) -> None:
    assert flag in _flags(text)


@pytest.mark.parametrize(
    "text",
    ["I bent down to pick up something that fell on the floor and my back went, how long "
     "will it last?",
     "my knee gave way on the football pitch years ago, now sciatica"],
)  # fmt: skip
def test_an_object_falling_or_an_old_knee_stays_quiet(text: str) -> None:
    _quiet(text)


# No symptom now: trauma behind years of sciatica, a weak ankle since the teens, numbness that
# wore off, "I said no" to the nurse's questions, pain that "hit" or "knocked me off my feet",
# fear of losing control, ending up incontinent.
@pytest.mark.parametrize(
    "text",
    ["Ever since my car accident I've had sciatica on and off, what stretches help?",
     "I've had sciatica for years since a fall off a horse, is yoga ok?",
     "My sciatica started after a skiing accident a long time ago and flares every winter.",
     "I've had a weak left ankle since I was a teenager, can I run?",
     "After my epidural the numbness in my legs wore off in a few hours, is that normal?",
     "The nurse asked if I had any numbness or trouble peeing and I said no. Can I stretch?",
     "I was hit by a wave of pain when I stood up, is that normal?",
     "I got hit with sciatica out of nowhere last week",
     "The pain knocked me off my feet for a day",
     "I'm terrified of losing bladder control, how common is that?",
     "Will I end up incontinent if I don't have surgery?"],
)  # fmt: skip
def test_no_symptom_now_stays_quiet(text: str) -> None:
    _quiet(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [("ever since the accident last week my leg has been numb", "trauma"),
     ("my left leg has been weak ever since I found out about it", "leg_weakness"),
     ("the painkillers wore off and now my legs are numb", "both_legs"),
     ("she asked if I was ok and I said no, I can't feel my bum", "saddle"),
     ("I'm scared because I'm losing control of my bladder", "bladder_bowel"),
     ("I was hit by a car on Monday and my back is agony", "trauma"),
     ("for years I've had back pain but now I can't feel my groin", "saddle"),
     ("my legs have been numb for years and it's getting worse", "both_legs"),
     ("not sure if it's the cancer pressing on my spinal cord but my back is agony",
      "cancer_weight"),
     ("the cancer has spread to my bones", "cancer_weight")],
)  # fmt: skip
def test_a_symptom_now_beside_those_words_still_alarms(text: str, flag: str) -> None:
    assert flag in _flags(text)


# A frame reaches down a list; "...: when to worry" closes a page title, not a plea.
@pytest.mark.parametrize(
    "text",
    ["I was told to watch for any change in bladder or bowel habits. Is swimming ok?",
     "Numbness in both legs: when to worry"],
)  # fmt: skip
def test_a_framed_list_or_a_title_stays_quiet(text: str) -> None:
    _quiet(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [("numbness in both my legs: when should I worry?", "both_legs"),
     ("my GP asked about my bladder or my bowels and I told her I keep leaking",
      "bladder_bowel")],
)  # fmt: skip
def test_their_own_symptom_still_alarms(text: str, flag: str) -> None:
    assert flag in _flags(text)


# Feeling unwell with back pain; osteoporosis with a sudden pain, a fall or a lift.
@pytest.mark.parametrize(
    ("text", "flag"),
    [("I feel really unwell and my back is agony", "infection"),
     ("I'm 70 with osteoporosis and sudden severe back pain after lifting a bag", "trauma")],
)  # fmt: skip
def test_unwell_or_fragile_bones(text: str, flag: str) -> None:
    assert flag in _flags(text)


@pytest.mark.parametrize(
    "text",
    ["I feel unwell from the painkillers, can I stop them?",
     "I have osteoporosis, can I do the bridge for my sciatica?",
     "I feel poorly today and can't face my exercises, is it ok to skip?"],
)  # fmt: skip
def test_unwell_from_tablets_or_osteoporosis_alone_stays_quiet(text: str) -> None:
    _quiet(text)
