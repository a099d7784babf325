"""Red flags of the limbs in real people's words (issue 15), by concept: a weakening leg, foot
drop and widespread numbness; the red-team's lay wordings that must alarm and look-alikes that
must stay quiet (cauda equina concepts: test_redflags_lay_stories.py; fever, trauma, cancer and
night pain: test_redflags_lay_stories_serious.py)."""

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
