"""Issue 16's scenarios: every message understood in every state, driven through the emulator."""

from __future__ import annotations

import pytest

from bot.emulator import BotMessage
from bot.testing import BotHarness, ChatUser, sql

NOT_FOUND = ("couldn't find", "don't know a place", "isn't a time", "longer than I can use")


async def row(harness: BotHarness, user_id: int) -> tuple[object, ...]:
    found = await sql(harness.repo).fetch_one(
        "SELECT timezone, reminder_time, phase, onboarding_step FROM subscribers"
        " WHERE user_id = ?",
        (user_id,),
    )
    assert found is not None
    return tuple(found)


def texts(messages: list[BotMessage]) -> str:
    return "\n".join(m.text or "" for m in messages)


async def started(harness: BotHarness, user_id: int) -> ChatUser:
    person = harness.user(user_id, "Sam")
    await person.command("start")
    return person


async def set_up(harness: BotHarness, user_id: int) -> ChatUser:
    person = await started(harness, user_id)
    await person.send("Berlin")
    await person.send("07:30")
    await person.send("Recovering")
    return person


# -- questions and red flags while a step waits ----------------------------------------------

QUESTIONS = [
    "Do I need an X-ray or MRI?",
    "should I stay in bed?",
    "thanks",
    "hi",
    "I have had this pain for three weeks now and it started after I moved house. Sitting at"
    " my desk makes it worse and it goes down to my calf. Is that normal, and what can I do?",
]


@pytest.mark.parametrize("question", QUESTIONS, ids=["xray", "bed", "thanks", "hi", "story"])
async def test_a_question_at_the_city_step_is_answered_and_the_step_re_offered(
    harness: BotHarness, question: str
) -> None:
    sam = await started(harness, 1)
    before = await harness.snapshot()
    replies = await sam.send(question)
    assert len(replies) == 2
    assert not any(words in texts(replies) for words in NOT_FOUND)
    assert not replies[0].button_texts or "," not in replies[0].button_texts[0]  # no cities
    assert "still waiting" in (replies[1].text or "") and len(replies[1].text or "") < 100
    assert await harness.snapshot() == before


@pytest.mark.parametrize("step_answers", [[], ["Skip"], ["Skip", "07:00"]], ids=["tz", "t", "p"])
async def test_a_red_flag_at_any_step_gets_urgent_care_advice_first(
    harness: BotHarness, step_answers: list[str]
) -> None:
    sam = await started(harness, 2)
    for answer in step_answers:
        await sam.send(answer)
    step = (await row(harness, 2))[3]
    replies = await sam.send("I lost control of my bladder")
    assert (replies[0].text or "").startswith("⚠️")
    assert "still waiting" in (replies[-1].text or "") or "Last set-up step" in texts(replies)
    assert (await row(harness, 2))[3] == step


async def test_a_sentence_at_the_phase_step_is_answered_not_silently_re_prompted(
    harness: BotHarness,
) -> None:
    sam = await started(harness, 3)
    await sam.send("Skip")
    await sam.send("07:00")
    [answer, again] = await sam.send("is walking ok?")
    assert "From the guide" in (answer.text or "")
    assert again.button("Recovering") and len(again.text or "") < 100


# -- commands leave steps and menus consistently ---------------------------------------------


async def test_timezone_and_time_commands_during_set_up_advance_it(harness: BotHarness) -> None:
    sam = await started(harness, 4)
    [confirmed, time_prompt] = await sam.command("timezone", "Europe/Berlin")
    assert "Europe/Berlin" in (confirmed.text or "") and time_prompt.button("07:30")
    assert await row(harness, 4) == ("Europe/Berlin", "07:30", "recovering", "time")
    [confirmed, phase_prompt] = await sam.command("time", "07:15")
    assert "07:15" in (confirmed.text or "") and phase_prompt.button("Recovering")
    assert await row(harness, 4) == ("Europe/Berlin", "07:15", "recovering", "phase")


async def test_a_command_for_another_step_confirms_and_re_offers_the_waiting_one(
    harness: BotHarness,
) -> None:
    sam = await started(harness, 5)
    await sam.send("Skip")
    time_prompt = sam.last
    [confirmed, waiting] = await sam.command("timezone", "Tokyo")
    assert "Asia/Tokyo" in (confirmed.text or "") and "still waiting" in (waiting.text or "")
    assert await row(harness, 5) == ("Asia/Tokyo", "07:30", "recovering", "time")
    await sam.tap(time_prompt, text="06:30")  # the first prompt's buttons still answer it
    assert await row(harness, 5) == ("Asia/Tokyo", "06:30", "recovering", "phase")


@pytest.mark.parametrize("command", ["today", "start", "help"])
async def test_any_command_ends_the_settings_timezone_input(
    harness: BotHarness, command: str
) -> None:
    sam = await set_up(harness, 6)
    [menu] = await sam.command("settings")
    await sam.tap(menu, text="Timezone")
    assert (await row(harness, 6))[3] == "settings_timezone"
    await sam.command(command)
    assert (await row(harness, 6))[3] is None
    thanks = await sam.send("thanks")
    assert len(thanks) == 1 and not thanks[0].buttons  # no "did you mean" cities
    hi = await sam.send("hi")
    assert len(hi) == 1 and not hi[0].buttons
    assert (await row(harness, 6))[0] == "Europe/Berlin"


async def test_a_typed_time_after_the_menus_time_button_is_taken_and_confirmed(
    harness: BotHarness,
) -> None:
    sam = await set_up(harness, 7)
    [menu] = await sam.command("settings")
    await sam.tap(menu, text="Time")
    [confirmed] = await sam.send("0715")
    assert "07:15" in (confirmed.text or "")
    assert await row(harness, 7) == ("Europe/Berlin", "07:15", "recovering", None)


# -- buttons of finished steps ---------------------------------------------------------------


async def test_set_up_buttons_after_set_up_say_done_and_change_nothing(
    harness: BotHarness,
) -> None:
    sam = await started(harness, 8)
    await sam.send("Berlin")
    time_prompt = sam.last
    await sam.tap(time_prompt, text="07:30")
    phase_prompt = sam.last
    await sam.tap(phase_prompt, text="Recovering")
    before = await harness.snapshot()
    assert await sam.tap(time_prompt, text="06:00") == []
    assert sam.last_callback_answer == "That's done already: nothing changed."
    assert await sam.tap(phase_prompt, text="Gentle relief") == []
    assert sam.last_callback_answer == "That's done already: nothing changed."
    assert await harness.snapshot() == before


async def test_a_superseded_choice_is_done_already(harness: BotHarness) -> None:
    sam = await started(harness, 9)
    [choices] = await sam.send("Portland")
    [confirmed, _] = await sam.tap(choices, text="Portland, OR, US")
    assert confirmed.text == "Timezone: America/Los_Angeles (Portland, OR, US)."
    assert (await row(harness, 9))[0] == "America/Los_Angeles"
    assert await sam.tap(choices, text="Portland, ME, US") == []
    assert sam.last_callback_answer == "That's done already: nothing changed."
    assert (await row(harness, 9))[0] == "America/Los_Angeles"


async def test_the_other_reading_of_a_time_goes_stale_once_one_is_chosen(
    harness: BotHarness,
) -> None:
    sam = await set_up(harness, 17)
    [question] = await sam.command("time", "7")
    [confirmed] = await sam.tap(question, text="19:00")
    assert "19:00" in (confirmed.text or "")
    before = await harness.snapshot()
    assert await sam.tap(question, text="07:00") == []
    assert sam.last_callback_answer == "That's done already: nothing changed."
    assert await harness.snapshot() == before


# -- places and times ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "zone", "shown"),
    [("Springfield, MA", "America/New_York", "Springfield, MA, US"),
     ("Portland, Oregon", "America/Los_Angeles", "Portland, OR, US"),
     ("東京", "Asia/Tokyo", "Tokyo, Japan"), ("Москва", "Europe/Moscow", "Moscow, Russia"),
     ("UTC+2", "Etc/GMT-2", "UTC+2"), ("GMT-5", "Etc/GMT+5", "UTC-5"),
     ("Asia/Tokyo", "Asia/Tokyo", "Asia/Tokyo")],
)  # fmt: skip
async def test_places_offsets_and_other_scripts_are_found_and_confirmed(
    harness: BotHarness, typed: str, zone: str, shown: str
) -> None:
    sam = await started(harness, 10)
    [confirmed, _] = await sam.send(typed)
    assert shown in (confirmed.text or "") and "Etc/" not in (confirmed.text or "")
    assert "(Asia/Tokyo)" not in (confirmed.text or "")
    assert (await row(harness, 10))[0] == zone


@pytest.mark.parametrize(
    ("typed", "buttons"),
    [("Springfield", ["Springfield, MA, US", "Springfield, MO, US"]),
     ("Portland", ["Portland, OR, US", "Portland, ME, US"])],
)  # fmt: skip
async def test_a_city_name_shared_across_zones_is_asked_about_with_its_region(
    harness: BotHarness, typed: str, buttons: list[str]
) -> None:
    sam = await started(harness, 11)
    [question] = await sam.send(typed)
    assert set(buttons) <= set(question.button_texts)
    assert (await row(harness, 11))[0] == "UTC"


async def test_a_location_at_sea_is_shown_as_a_utc_offset(harness: BotHarness) -> None:
    sam = await started(harness, 12)
    [confirmed, _] = await sam.share_location(0, -30)
    assert "UTC-2" in (confirmed.text or "") and "Etc/GMT" not in (confirmed.text or "")
    assert (await row(harness, 12))[0] == "Etc/GMT+2"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("0730", "07:30"), ("07:30:00", "07:30"), ("noon", "12:00"), ("midnight", "00:00"),
     ("19h", "19:00"), ("7pm", "19:00"), ("half seven am", "07:30"), ("7h30", "07:30"),
     ("7,30", "07:30"), ("around 6:45", "06:45"), ("7:15ish", "07:15")],
)  # fmt: skip
async def test_typed_times_are_taken_and_confirmed_back(
    harness: BotHarness, typed: str, stored: str
) -> None:
    sam = await started(harness, 13)
    await sam.send("Skip")
    [confirmed, phase_prompt] = await sam.send(typed)
    assert f"Reminder time: {stored}." == confirmed.text
    assert phase_prompt.button("Recovering")
    assert (await row(harness, 13))[1:] == (stored, "recovering", "phase")


@pytest.mark.parametrize("typed", ["half seven", "seven", "7", "around 8", "8ish"])
async def test_morning_or_evening_is_asked_when_a_time_could_be_either(
    harness: BotHarness, typed: str
) -> None:
    sam = await started(harness, 14)
    await sam.send("Skip")
    [question] = await sam.send(typed)
    evening = question.button_texts[1]
    await sam.tap(question, text=evening)
    assert (await row(harness, 14))[1:] == (evening, "recovering", "phase")


# -- wording -----------------------------------------------------------------------------------


async def test_start_again_says_what_is_true(harness: BotHarness) -> None:
    sam = await started(harness, 15)
    [mid_setup, _] = await sam.command("start")
    assert "finish setting up" in (mid_setup.text or "")
    await sam.send("Berlin")
    await sam.send("07:30")
    [summary] = await sam.send("Staying strong")
    assert "Europe/Berlin" in (summary.text or "") and "07:30" in (summary.text or "")
    assert "Staying strong" in (summary.text or "")
    [welcome, _] = await sam.command("start")
    assert "on again" not in (welcome.text or "")
    await sam.command("stop")
    [welcome, _] = await sam.command("start")
    assert "on again" in (welcome.text or "")


async def test_resume_and_settings_say_exactly_what_the_pause_is(harness: BotHarness) -> None:
    sam = await set_up(harness, 16)
    [not_paused] = await sam.command("resume")
    assert "weren't paused" in (not_paused.text or "")
    await sam.command("pause", "3")
    [menu] = await sam.command("settings")
    assert "paused until Sat 28 Nov" in (menu.text or "")
    [resumed] = await sam.command("resume")
    assert "back on" in (resumed.text or "")
