"""Routing red-team (round 14) for daily life and activity: lay wordings written by the team
before the answerer was run on them (not copied from any labelled set), grouped by theme. Each
group holds wordings that were routed wrong before the fix of their class, beside look-alikes
that must keep their answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import ANSWERER, flags, quiet, routed


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Getting into and out of bed, and what one sleeps on, are the sleeping section's.
        ("getting out of bed in the morning is agony, how do i do it without hurting",
         "sleeping"),
        ("how do i get out of bed without pain", "sleeping"),
        ("would a memory foam topper help my sciatica", "sleeping"),
        # Look-alikes: staying in bed is bed rest, and not getting out of bed for days too.
        ("should i stay in bed all day until it goes", "bed-rest"),
        ("my mum is 85 and hasn't got out of bed for days with her sciatica, is that bad for "
         "her", "bed-rest"),
        ("best sleeping position for sciatica?", "sleeping"),
    ],
)  # fmt: skip
def test_sleeping(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Crossed legs, a wallet in the back pocket and a ball to sit on are how one sits.
        ("Is crossing my legs bad for sciatica?", "sitting"),
        ("wallet in back pocket sciatica?", "sitting"),
        ("is sitting on a gym ball good for sciatica", "sitting"),
        # Look-alikes: sitting in a plane is the journey; the seated stretch is the exercise.
        ("sitting on a long haul flight with sciatica", "driving-travel"),
        ("how do i do the seated glute stretch", "seated-glute-stretch"),
    ],
)  # fmt: skip
def test_sitting(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # A cruise or a ferry is a journey.
        ("going on a cruise with sciatica, what should i know", "driving-travel"),
        # Look-alikes: driving after an operation is the surgery section's.
        ("when can i drive after my microdiscectomy", "surgery"),
        ("sciatica and long car journeys?", "driving-travel"),
    ],
)  # fmt: skip
def test_driving_and_travel(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Light duties and a doctor's note for time off are work.
        ("light duties with sciatica - what should i ask for", "work"),
        ("I've been signed off for 2 weeks. Will going back early help or hurt?", "work"),
        # Look-alikes: whether an exercise works is no job; work after an operation is surgery.
        ("does this exercise work for sciatica", "long-term-treatment"),
        ("when can i go back to work after back surgery", "surgery"),
        # "Manage" is no manager: managing the pain until it settles is a bad spell.
        ("My doctor says it should settle in a few weeks. I have two small children at home. "
         "What can I do to manage the pain until then?", "flare-ups"),
    ],
)  # fmt: skip
def test_work(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Riding asked of by itself, rides and a bike's parts are cycling.
        ("I commute by bike 8 miles each way. Since the sciatica started it's been a struggle. "
         "Should I stop riding?", "cycling"),
        ("I love my weekend rides but since sciatica started the leg pain is worse after 20 "
         "miles. Any tips?", "cycling"),
        ("handlebar height sciatica", "cycling"),
        # Look-alike: a car ride is a journey.
        ("is a two hour car ride ok with sciatica", "driving-travel"),
    ],
)  # fmt: skip
def test_cycling(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Walking or floating in water is water exercise, not a walk.
        ("water walking for sciatica", "swimming"),
        ("does floating in water help sciatica", "swimming"),
        # A rowing machine is the gym; resting from a sport is that sport's.
        ("rowing machine and sciatica", "gym-yoga"),
        ("should i rest from running", "running"),
        # Look-alikes: walking on land stays walking.
        ("is walking good for sciatica?", "walking"),
        ("I used to hike every weekend before this started. Now I'm scared to. Is hiking ok or "
         "should I stick to flat paths?", "walking"),
        # Sticking to the routine stays the habit.
        ("I can never stick to my routine, any tips?", "daily-habit"),
    ],
)  # fmt: skip
def test_walking_swimming_and_sport(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Cold or hot, asked in either order, and a wheat bag are heat or ice.
        ("cold or hot, which is better for my sciatica?", "heat-ice"),
        ("my wife uses a wheat bag on her sciatica, is heat the right thing", "heat-ice"),
        ("heat or ice for sciatica?", "heat-ice"),
    ],
)  # fmt: skip
def test_heat_or_ice(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Resting asked of as the choice, complete rest, and lying on the sofa are bed rest.
        ("I've been told to keep active but it hurts so much to move. Should I rest instead?",
         "bed-rest"),
        ("my doctor said rest but my physio said move, who is right", "bed-rest"),
        ("do i need complete rest for a slipped disc with sciatica", "bed-rest"),
        ("I've been lying on the sofa for a week because of sciatica. Am I making it worse?",
         "bed-rest"),
        ("do i need to take it easy with sciatica or keep going", "bed-rest"),
        # Look-alikes: sitting on the sofa is sitting; the rest of one's life is how long.
        ("working from home on the sofa with a laptop, could that be making my sciatica worse",
         "sitting"),
        ("will i have this for the rest of my life", "how-long"),
    ],
)  # fmt: skip
def test_bed_rest(text: str, expect: str) -> None:
    assert routed(text) == expect


def test_a_rest_told_in_a_story_is_not_asked() -> None:
    # A day of rest told before the question is the story's; the question is about walking.
    text = (
        "I'm on my fourth day of rest and not walking at all. The leg is calmer now. Is it ok "
        "to start walking again on Monday?"
    )
    assert routed(text) == "walking"


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # What makes it worse, the worst things or positions, and what not to do.
        ("what can make sciatic nerve pain worse", "what-to-avoid"),
        ("what are the worst things for sciatica", "what-to-avoid"),
        ("is there anything i should stop doing with sciatica", "what-to-avoid"),
        ("my mum keeps doing the housework, what should she not be doing with her sciatica",
         "what-to-avoid"),
        ("worst positions for sciatica", "what-to-avoid"),
        ("can lifting heavy things make sciatica worse", "what-to-avoid"),
        # Look-alikes: keeping it from coming back is prevention; a flare's cause is flare-ups.
        ("how do i avoid sciatica coming back", "prevention"),
        ("what makes sciatica flare up again and again", "flare-ups"),
    ],
)  # fmt: skip
def test_what_to_avoid(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    "text",
    [
        # A theme word in another sense: a runny nose is no run and a head cold no ice pack.
        "my nose is running and I have a cold",
    ],
)
def test_a_theme_word_in_another_sense_is_outside_the_guide(text: str) -> None:
    assert ANSWERER.answer(text).kind == "out_of_scope"


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        # A swimming head is no swim, a leg falling asleep no night's sleep, and falling asleep
        # on the sofa no numb leg.
        ("my head is swimming from the tablets the doctor gave me", "swimming"),
        ("my leg keeps falling asleep when i sit", "sleeping"),
        (
            "I keep falling asleep on the sofa in the evening because the nights are so bad",
            "is-it-sciatica",
        ),
    ],
)
def test_a_theme_word_in_another_sense_names_no_theme(text: str, not_expected: str) -> None:
    quiet(text)
    assert ANSWERER.answer(text).answer_id != not_expected


@pytest.mark.parametrize(
    "text",
    [
        # Look-alikes of the activity themes that describe a red flag still alarm.
        "I can't walk far because my legs go weak and numb in both legs",
        "I was in a car crash last week and now my leg is numb",
        "after cycling my groin and saddle area went numb and I can't feel when I pee",
    ],
)
def test_activity_lookalikes_that_are_red_flags(text: str) -> None:
    assert flags(text)
