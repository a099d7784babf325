"""Red flags of serious pathology in real people's words (issue 15), by concept: fever with back
pain, trauma, cancer or weight loss, pain at night, a slip with fragile bones, and a limb's
deficit told as "it" or beside an exemption; the red-team's lay wordings that must alarm and
look-alikes that must stay quiet (a weakening leg, foot drop and widespread numbness:
test_redflags_lay_stories_limbs.py)."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import flags, quiet


# Fever or infection with back pain (NICE NG59): drenched at night, shivery, a temperature.
@pytest.mark.parametrize(
    "text",
    ["shaking with cold and back pain",
     "hot and cold with back pain",
     "I have a fever and my back hurts really bad",
     "feeling hot and shivery with my back pain",
     "temp of 38.5 and severe back pain",
     "I'm sweating at night and my back is in agony",
     "chills and back pain since yesterday",
     "feel really unwell, feverish, and the back pain is new",
     "back pain and a high temperature",
     "night sweats and back pain for weeks",
     "I had a spinal injection a week ago and now a fever",
     "my wife has back pain and a fever",
     "i'm burning up and my back hurts",
     "fever and leg pain",
     "drenched in sweat every night, back ache",
     "been running a temperature with the back pain",
     "temperature and back pain"],
)  # fmt: skip
def test_fever_with_back_pain_in_lay_words_alarms(text: str) -> None:
    assert {"fever", "infection"} & set(flags(text))


# A child's or a pet's fever, menopause sweats, a fever long gone, a heat pad.
@pytest.mark.parametrize(
    "text",
    ["fever reducer like paracetamol ok for sciatica?",
     "hot flushes from menopause",
     "my son has a fever",
     "I'm hot from the heat pad",
     "I sweat a lot at the gym",
     "had a fever last month, back pain is new",
     "my temperature was normal",
     "what temperature should the bath be?",
     "I feel cold",
     "the weather is hot",
     "fever medicine",
     "no temperature or chills",
     "sweating from the pain",
     "feeling hot in bed",
     "the cold weather makes my back worse"],
)  # fmt: skip
def test_fever_with_back_pain_look_alikes_stay_quiet(text: str) -> None:
    quiet(text)


# Trauma then symptoms: came off a bike or a horse, a ladder, a crash; a slip with
# osteoporosis told in another sentence (NICE NG59: fracture risk).
@pytest.mark.parametrize(
    "text",
    ["fell off my horse last week and now my leg is numb",
     "slipped on the ice yesterday and now my back hurts",
     "was in a car accident and my back hurts",
     "came off my bike at speed, back hurts",
     "fell off a wall, back pain",
     "i had a fall at work and now my back hurts",
     "someone drove into the back of me, back pain since",
     "fell down the stairs, back hurts",
     "my husband fell off a ladder",
     "fell off the trampoline and landed on my back",
     "tripped down the stairs and landed on my tailbone",
     "my mum fell and now can't walk",
     "fell on my back playing football",
     "hit by a car",
     "I have osteoporosis and tripped over the dog, now my back hurts",
     "came off my bike yesterday and now my leg is numb"],
)  # fmt: skip
def test_trauma_in_lay_words_alarms(text: str) -> None:
    assert "trauma" in flags(text)


# A fall long ago, figurative falls, a fear of falling, a pet's fall.
@pytest.mark.parametrize(
    "text",
    ["scared of falling on the ice",
     "the pain fell away after a week",
     "my dog fell down the stairs",
     "the pain fell away",
     "my dog fell",
     "I slipped a disc",
     "I fell off my bike 15 years ago",
     "I fell asleep",
     "car accident 20 years ago, fully recovered",
     "fell behind with work",
     "fell in love",
     "I nearly fell but caught myself",
     "my car broke down",
     "an accident at work years ago",
     "I ride horses"],
)  # fmt: skip
def test_trauma_look_alikes_stay_quiet(text: str) -> None:
    quiet(text)


# Cancer history or weight lost without trying (NICE NG59).
@pytest.mark.parametrize(
    "text",
    ["I've lost 10kg in 2 months without trying",
     "had a lump removed from my breast, now back pain",
     "I've dropped 3 dress sizes without meaning to",
     "lost 6kg without dieting",
     "lost 5kg without trying",
     "I had prostate cancer 3 years ago",
     "losing weight without trying",
     "I've had chemo",
     "breast cancer history",
     "lost a stone without trying",
     "my mum had cancer and now has back pain",
     "weight is falling off",
     "i had a mastectomy",
     "i've lost weight and don't know why",
     "I'm a cancer survivor",
     "my clothes are hanging off me"],
)  # fmt: skip
def test_cancer_or_weight_loss_in_lay_words_alarms(text: str) -> None:
    assert "cancer_weight" in flags(text)


# Weight lost on purpose, a pet's or a charity's cancer, a fear, a benign lump.
@pytest.mark.parametrize(
    "text",
    ["my dog has cancer",
     "my cat has cancer",
     "I've lost weight on a diet",
     "is it cancer?",
     "I'm scared it's cancer",
     "MRI showed no cancer",
     "my weight is stable",
     "lost weight from exercise",
     "I had a benign lump removed",
     "my uncle died of cancer years ago",
     "no weight loss",
     "I put on weight",
     "I've lost weight on purpose to help my back",
     "lost 2 stone on slimming world, sciatica still there",
     "is sciatica cancer?"],
)  # fmt: skip
def test_cancer_or_weight_loss_look_alikes_stay_quiet(text: str) -> None:
    quiet(text)


# Pain constant or unbearable at night, or no rest or position easing it (NHS, NICE NG59).
# 'Worse at night' alone and waking alone stay quiet by the project's earlier decision.
@pytest.mark.parametrize(
    "text",
    ["night pain is the worst, nothing helps",
     "the pain doesn't let up, day or night",
     "throbbing pain all night, no position helps",
     "pain worse at night and not relieved by rest",
     "wakes me up every night, unbearable",
     "constant pain 24/7",
     "can't sleep with pain all night every night",
     "excruciating pain every night",
     "nothing helps the night pain",
     "pain 24/7",
     "night pain and constant",
     "pain every night without fail",
     "pain all night every night",
     "the pain is unbearable at night",
     "pain at night is unbearable",
     "pain at night is constant"],
)  # fmt: skip
def test_night_pain_in_lay_words_alarms(text: str) -> None:
    assert "night_pain" in flags(text)


# Sleep questions, pain easing at night, waking to pee, constant worry.
@pytest.mark.parametrize(
    "text",
    ["I sleep badly",
     "what pillow is best?",
     "my partner snores",
     "pain eases at night",
     "pain is better lying down",
     "the pain comes and goes",
     "pain when I get up in the morning",
     "constant worry",
     "I sleep on my side",
     "pain is constant when I sit",
     "used to have night pain",
     "the pain is not constant",
     "I wake up stiff but it eases after a walk",
     "can't sleep well with the pain sometimes",
     "pain is worse in the mornings"],
)  # fmt: skip
def test_night_pain_look_alikes_stay_quiet(text: str) -> None:
    quiet(text)


# A slip at ground level told easing is no red flag, unless bones known fragile are told
# anywhere in the message (NICE NG59: a fall with osteoporosis is a fracture risk; gap b).
@pytest.mark.parametrize(
    "text",
    ["I have osteoporosis. I slipped on the kitchen floor yesterday, the pain is easing",
     "I have osteoporosis. I slipped on the stairs yesterday and my back hurts",
     "My mum has brittle bones. She slipped on the bathroom floor and the pain is getting better"],
)  # fmt: skip
def test_a_slip_with_fragile_bones_told_in_another_sentence_alarms(text: str) -> None:
    assert "trauma" in flags(text)


@pytest.mark.parametrize(
    "text",
    ["I slipped on the kitchen floor yesterday, the pain is easing",
     "I don't have osteoporosis. I slipped on the kitchen floor yesterday, the pain is easing"],
)  # fmt: skip
def test_a_slip_easing_without_fragile_bones_stays_quiet(text: str) -> None:
    quiet(text)


# A limb told as "it" in the next sentence or after a comma is that limb; a fear's own words
# frame only what they name, and what used to be says nothing of a deficit told now.
@pytest.mark.parametrize(
    "text",
    ["what if my leg gets weak? it already feels a bit weak",
     "my leg hurts. it feels weak",
     "my leg was weak years ago and it went, now it is weak again",
     "I used to have sciatica in my left leg and my foot drags now",
     "scared of falling again after I fell down the stairs yesterday"],
)  # fmt: skip
def test_a_limb_told_as_it_or_a_deficit_told_now_alarms(text: str) -> None:
    assert {"leg_weakness", "trauma"} & set(flags(text))


@pytest.mark.parametrize(
    "text",
    ["my leg hurts, it is 3 weeks now",
     "My bladder is fine. It's only my leg that hurts",
     "My foot is fine. They said it's sciatica"],
)  # fmt: skip
def test_it_told_of_something_else_stays_quiet(text: str) -> None:
    quiet(text)


# What exempts a clause (an improvement, a past, a small child's or a pet's) never hides a
# return or a change of the person's own told with it.
@pytest.mark.parametrize(
    "text",
    ["the weakness in my leg was getting better but now it's worse",
     "I used to have foot drop and now it's back",
     "my leg feels weak after the gym and it's been weak for a week now, not getting better",
     "numb patch on my thigh, growing",
     "the numbness is improving but it's spreading to my other leg",
     "my toddler jumped on my back and now I can't feel my legs",
     "legs both weak, fine the next morning but weak again by lunch"],
)  # fmt: skip
def test_a_return_or_an_own_change_beside_an_exemption_alarms(text: str) -> None:
    assert {"leg_weakness", "both_legs"} & set(flags(text))
