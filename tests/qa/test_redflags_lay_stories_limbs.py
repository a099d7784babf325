"""Red flags of the limbs and of serious pathology in real people's words (issue 15), by
concept: the red-team's lay wordings that must alarm and look-alikes that must stay quiet
(cauda equina concepts: test_redflags_lay_stories.py)."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import flags, quiet


# A leg newly or progressively weak (NICE NG59: progressive motor deficit).
@pytest.mark.parametrize(
    "text",
    ["less and less power in my right leg each week",
     "the power in my leg is going",
     "my leg buckled going down the stairs and i nearly fell, it's getting weaker",
     "legs like jelly, can't trust my right leg anymore",
     "i cant get up from a chair without using my arms now, my thigh is too weak",
     "my leg keeps collapsing under me",
     "my knee gives out randomly since the sciatica started",
     "my right leg is weaker than last week",
     "struggling to walk, my leg just wont do what i want",
     "cant stand on my toes on the right, was fine a month ago",
     "my mum's leg gave way and she fell, her back has been bad",
     "weakness in my left leg is getting worse",
     "my leg has gone weak and wobbly, can barely walk",
     "I have to drag my leg along",
     "my calf has gone thinner and weaker",
     "my leg feels dead and won't hold my weight"],
)  # fmt: skip
def test_a_weakening_leg_in_lay_words_alarms(text: str) -> None:
    assert "leg_weakness" in flags(text)


# Weak after the gym and fine next day, improving, wanted stronger, a fear, an old
# injury, weak arms: no new deficit.
@pytest.mark.parametrize(
    "text",
    ["my leg feels weak after the gym but back to normal next day",
     "the weakness in my leg is getting better every week",
     "what if my leg gets weak?",
     "my leg used to give way but since the op it hasn't",
     "my leg feels a bit weak after a long walk but fine the next morning",
     "my leg feels weak when I stretch it",
     "how do I make my legs stronger after sciatica?",
     "my leg is stronger than last week",
     "no weakness or numbness, just pain",
     "my legs shake during the plank, is that normal?",
     "I have weak glutes according to my physio",
     "what if I lose strength?",
     "the weakness has completely gone since the op",
     "my leg gave way once in 2015 but never since",
     "I feel weak and tired from not sleeping"],
)  # fmt: skip
def test_a_weakening_leg_look_alikes_stay_quiet(text: str) -> None:
    quiet(text)


# Foot drop in lay words: toes catch the carpet, the foot slaps, drags, a shoe falls off.
@pytest.mark.parametrize(
    "text",
    ["my shoe keeps coming off because my foot wont hold it",
     "my foot slaps down when i walk",
     "my toes drag on the floor",
     "keep tripping over my own foot",
     "i cant lift my foot up at the ankle",
     "my foot just hangs there",
     "my left foot has gone floppy",
     "I can't walk on my heels anymore",
     "my husband's foot is dragging and he keeps catching it on the kerb",
     "foot doesn't lift properly, I have to swing my leg out",
     "i scuff my shoe on the ground with my right foot now",
     "my foot feels like it's asleep and wont lift",
     "toes keep catching on steps",
     "my foot has gone weak and slaps",
     "I walk like I'm drunk since my back went",
     "my toes catch the carpet when i walk now"],
)  # fmt: skip
def test_foot_drop_in_lay_words_alarms(text: str) -> None:
    assert "leg_weakness" in flags(text)


# A sore foot, a clumsy person tripping over things, a pet's or a toddler's feet,
# foot drop long recovered.
@pytest.mark.parametrize(
    "text",
    ["my dog drags his back foot",
     "I used to have foot drop after my surgery but it recovered",
     "my flip flops hurt my feet",
     "my toddler drags his feet when he's tired",
     "I'm clumsy, always tripping over things",
     "what is foot drop?",
     "my foot hurts in the morning",
     "I have a bunion",
     "my foot went to sleep sitting cross legged",
     "my foot is cold",
     "no foot drop, just pain",
     "my foot drop recovered after surgery in 2018",
     "I trip over my cat every morning",
     "I drag myself to work every day",
     "my foot feels tingly at the end of the day"],
)  # fmt: skip
def test_foot_drop_look_alikes_stay_quiet(text: str) -> None:
    quiet(text)


# Widespread, severe or spreading numbness (NICE NG59: severe or progressive deficit).
@pytest.mark.parametrize(
    "text",
    ["I can't feel my leg at all",
     "numb patch on my thigh getting bigger",
     "numbness in my leg and foot, getting worse",
     "pins and needles all over my leg and it won't go",
     "my whole foot is numb and cold",
     "numbness down the whole leg now, it used to be just the calf",
     "i lost feeling in my leg",
     "my leg has gone completely numb from the knee down",
     "numb all down my leg and into my foot",
     "numbness has travelled from my foot up to my knee",
     "i cant feel my foot properly anymore",
     "numb from my hip to my toes",
     "the numb bit on my shin has got bigger",
     "no feeling in my toes or the top of my foot",
     "my leg has no sensation at all",
     "my dads leg has gone numb all the way down",
     "i've lost all feeling in my foot",
     "my whole leg is numb",
     "i cant feel my toes anymore",
     "numb all down the side of my leg and foot",
     "lost sensation in my foot",
     "my foot has gone completely numb"],
)  # fmt: skip
def test_widespread_numbness_in_lay_words_alarms(text: str) -> None:
    assert {"leg_weakness", "both_legs"} & set(flags(text))


# Numb hands from a phone, a foot asleep on the toilet, numbness improving or long
# unchanged: no deficit to act on.
@pytest.mark.parametrize(
    "text",
    ["my leg was numb for a minute after sitting on the toilet",
     "my fingers go numb when I text",
     "my arm goes dead when I sleep on it",
     "my leg goes numb when i sit cross legged",
     "numbness in my toes is improving",
     "my face was numb after the dentist",
     "numbness comes and goes with the pain",
     "what does numbness mean?",
     "my hands are numb in the cold",
     "the numbness has gone",
     "numb patch on my thigh that hasn't changed in years",
     "my foot fell asleep",
     "tingling in my toes sometimes",
     "numbness after the injection wore off",
     "my hands go numb when i'm on my phone"],
)  # fmt: skip
def test_widespread_numbness_look_alikes_stay_quiet(text: str) -> None:
    quiet(text)


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
