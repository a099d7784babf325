"""Alarm helper alarms48 (session 22): a limb fracture already set or fixed.

A fall or an accident told as the cause of a broken limb bone that was then set in a cast or
fixed with rods, screws, plates or pins, nothing recent told of the fall, is an injury already
diagnosed and in an orthopaedic team's care: NICE NG59's trauma red flag is a recent significant
trauma to the spine. The same fracture told recent, or with a new numbness or weakness or with
fragile bones (treated_unless: slip_risk), still alarms. Red-team written before the fix.
"""

from __future__ import annotations

import pytest

from tests.project_answerer import project_answerer

ANSWERER = project_answerer()

# Must stay quiet: the fracture set or fixed, told with no recent time, no new deficit.
QUIET = [
    "I fell off my bike in March and broke my tibia; they put it in a cast. Now the knee "
    "throbs when I sit, will tramadol help?",
    "Fell from a ladder in August, broke my heel and had it plated. Now my hip aches when I "
    "walk, what stretches help?",
    "I was hit by a car and broke my kneecap, which was wired in surgery. My hamstring is "
    "tight, can I stretch it?",
    "I came off my bike and broke my femur, the surgeon fixed it with a rod and screws. "
    "Is tramadol habit forming?",
]

# Written as quiet before the fix, re-judged after it: a back told anywhere after a fall keeps the
# alarm (tests/qa/test_redflags_round44.py: 'my ankle is in a cast and my back pain is getting
# worse'); a set fracture with back pain is left to alarm, on the safe side.
BACK_TOLD = [
    "I fell down the stairs in January and broke my wrist, it was set in a cast for six weeks. "
    "Is it normal for my lower back to feel stiff now?",
    "I had an accident at work and fractured my ankle, it was in a cast for 6 weeks and I am "
    "now doing physio. Which exercises are safe for my back?",
]

# Quiet before the fix by earlier classes (an operation had; a fall told as a sport's), and still.
ALREADY_QUIET = [
    "After a car accident I had surgery on my left ankle with plates and screws, and since I "
    "have been walking again my back aches after standing. Any tips for a new job on my feet?",
    "Broke my leg skiing in February, it was pinned and plated. My lower back gets sore now "
    "that I limp. How long until that settles?",
]

# Must still alarm: the fall recent, a new deficit, fragile bones, or nothing set or fixed.
ALARM = [
    "I fell off a ladder yesterday and broke my ankle, it's in a cast, and now my back is "
    "killing me.",
    "I was in a car crash last week, my arm is in a cast, and my lower back hurts badly.",
    "I fell down the stairs in March and broke my ankle, it's in a cast, and now my legs "
    "have gone weak.",
    "I have osteoporosis. I fell in the garden and broke my wrist, it's in a cast, and my "
    "back hurts.",
    "Fell off my horse 2 days ago, broke my collarbone which was plated, and my back is agony.",
    "I was in a car accident this morning and they put my leg in a cast; my back is really "
    "painful.",
    "I fell from the roof and broke my heel, and now I have pain in my spine.",
    "Came off my motorbike on Saturday, my wrist is in a cast and my lower back hurts.",
    "I fell off my bike and hurt my back, my wrist is in a cast.",
]

# Look-alikes written after the fix: near wordings whose answer must not change.
LOOKALIKES_ALARM = [
    "I fell off my bike and broke my ankle and now my back really hurts.",
    "I fell down the stairs last weekend and broke my wrist; it's in a cast and my back is sore.",
    "I slipped in the shower in March and fractured my ankle, it was pinned, and now my legs "
    "feel numb.",
    "I was thrown from my horse and broke my arm, it's in plaster, and I hurt my spine too.",
]
LOOKALIKES_QUIET = [
    "My cast came off last week and my calf is tight, can I stretch it?",
]


@pytest.mark.parametrize("text", QUIET + ALREADY_QUIET)
def test_set_fracture_raises_no_alarm(text: str) -> None:
    assert ANSWERER.answer(text).kind != "red_flag"


@pytest.mark.parametrize("text", ALARM + BACK_TOLD)
def test_recent_or_deficit_fracture_still_alarms(text: str) -> None:
    found = ANSWERER.answer(text)
    assert found.kind == "red_flag" and found.red_flag is not None


@pytest.mark.parametrize("text", LOOKALIKES_ALARM)
def test_lookalikes_still_alarm(text: str) -> None:
    assert ANSWERER.answer(text).kind == "red_flag"


@pytest.mark.parametrize("text", LOOKALIKES_QUIET)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert ANSWERER.answer(text).kind != "red_flag"
