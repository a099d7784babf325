"""/start and its set-up steps, driven through the emulator the way a person taps and types."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.qa.answer import QuestionAnswerer
from bot.testing import BotHarness, ChatUser, sql


async def subscriber_row(harness: BotHarness, user_id: int) -> tuple[object, ...] | None:
    row = await sql(harness.repo).fetch_one(
        "SELECT timezone, reminder_time, phase, onboarding_step, status FROM subscribers"
        " WHERE user_id = ?",
        (user_id,),
    )
    return None if row is None else tuple(row)


async def test_start_says_once_that_it_is_not_a_doctor_and_asks_for_the_timezone(
    harness: BotHarness,
) -> None:
    ann = harness.user(1, "Ann")
    welcome, prompt = await ann.command("start")
    assert welcome.text is not None and "Ann" in welcome.text
    assert "not a doctor" in welcome.text.lower() or "doctor" in welcome.text.lower()
    assert prompt.reply_keyboard is not None
    assert any("location" in label.lower() for row in prompt.reply_keyboard for label in row)
    [again, _] = await ann.command("start")
    assert again.text is not None and "doctor" not in again.text.lower()


async def test_five_taps_set_everything_up_and_the_summary_names_the_next_reminder(
    harness: BotHarness,
) -> None:
    ann = harness.user(2, "Ann")
    await ann.command("start")
    await ann.share_location(52.52, 13.40)  # Berlin: tap 1 (the location button)
    time_prompt = ann.last
    assert "time" in (time_prompt.text or "").lower()
    await ann.tap(time_prompt, text="07:30")  # tap 2
    phase_prompt = ann.last
    await ann.tap(phase_prompt, data=phase_prompt.buttons[1][0].callback_data)  # tap 3
    summary = ann.last
    # Set-up starts 06:00 UTC = 07:00 in Berlin, so 07:30 today is still ahead.
    assert summary.text is not None and "Europe/Berlin" in summary.text
    assert "07:30" in summary.text and "Wed 25 Nov" in summary.text
    assert await subscriber_row(harness, 2) == (
        "Europe/Berlin", "07:30", "recovering", None, "active",
    )  # fmt: skip
    *_, routine = await ann.tap(summary, text="See today's routine")  # tap 4
    assert routine.text is not None and "routine" in routine.text.lower()


async def test_every_step_can_be_typed_instead(harness: BotHarness) -> None:
    bo = harness.user(3, "Bo")
    await bo.command("start")
    [confirm, time_prompt] = await bo.send("NEW YORK")
    assert "America/New_York" in (confirm.text or "")
    assert time_prompt.buttons
    await bo.send("7.30pm")
    await bo.send("Prevention")
    assert await subscriber_row(harness, 3) == (
        "America/New_York", "19:30", "prevention", None, "active",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("typed", "zone"),
    [("Europe/Berlin", "Europe/Berlin"), ("europe/berlin", "Europe/Berlin"),
     ("Berlin", "Europe/Berlin"), ("new york", "America/New_York"), ("Tokyo", "Asia/Tokyo")],
)  # fmt: skip
async def test_typed_timezones_and_cities(harness: BotHarness, typed: str, zone: str) -> None:
    cy = harness.user(4, "Cy")
    await cy.command("start")
    await cy.send(typed)
    assert await subscriber_row(harness, 4) == (zone, "07:30", "recovering", "time", "active")


async def test_skipping_every_step_keeps_sensible_defaults(harness: BotHarness) -> None:
    di = harness.user(5, "Di")
    await di.command("start")
    await di.send("Skip")
    await di.tap(di.last, text="Skip")
    await di.tap(di.last, text="Skip")
    assert await subscriber_row(harness, 5) == ("UTC", "07:30", "recovering", None, "active")
    assert "07:30" in (di.last.text or "")


async def test_unsure_city_offers_the_closest_matches_as_buttons(harness: BotHarness) -> None:
    ed = harness.user(6, "Ed")
    await ed.command("start")
    [suggestion] = await ed.send("Berln")
    assert suggestion.button_texts[:2] == ["Berlin, Germany", "Bern, Switzerland"]
    assert (await subscriber_row(harness, 6) or ())[0] == "UTC"  # nothing guessed yet
    await ed.tap(suggestion, text="Berlin, Germany")
    assert (await subscriber_row(harness, 6) or ())[:1] == ("Europe/Berlin",)
    assert ed.last.button("07:30")  # and set-up moves on to the time


async def test_a_small_typo_in_a_city_still_finds_it(harness: BotHarness) -> None:
    fi = harness.user(14, "Fi")
    await fi.command("start")
    [suggestion] = await fi.send("new yrok")
    await fi.tap(suggestion, text="New York City, NY, US")
    assert (await subscriber_row(harness, 14) or ())[:1] == ("America/New_York",)


@pytest.mark.parametrize(
    "bad",
    ["x" * 4000, "🙂🙂🙂", "שלום עולם", "\u200b\u200b\u200b", "Atlantis-on-Sea", "25:99"],
    ids=["4000-chars", "emoji", "rtl", "zero-width", "unknown-place", "bad-time-as-place"],
)
async def test_bad_timezone_input_gets_a_clear_reply_and_changes_nothing(
    harness: BotHarness, bad: str
) -> None:
    fay = harness.user(7, "Fay")
    await fay.command("start")
    before = await harness.snapshot()
    replies = await fay.send(bad)
    assert replies, "the person always gets an answer"
    text = replies[-1].text or ""
    assert "city" in text.lower() or "time" in text.lower() or replies[-1].buttons
    assert await harness.snapshot() == before


@pytest.mark.parametrize("bad", ["25:00", "7", "tomorrow", "12:60", "13pm", "🙂", "x" * 4000])
async def test_bad_reminder_time_gets_a_clear_reply_and_changes_nothing(
    harness: BotHarness, bad: str
) -> None:
    gus = await at_time_step(harness, 8)
    before = await harness.snapshot()
    replies = await gus.send(bad)
    last = replies[-1]
    assert "07:" in (last.text or "") or "time" in (last.text or "").lower()
    assert last.buttons or "time" in (last.text or "").lower()
    assert all("couldn't" not in (m.text or "") for m in replies)
    assert await harness.snapshot() == before


async def at_time_step(harness: BotHarness, user_id: int) -> ChatUser:
    person = harness.user(user_id, "Gus")
    await person.command("start")
    await person.send("Skip")
    return person


async def test_start_again_mid_way_keeps_one_subscriber_and_resumes_the_step(
    harness: BotHarness,
) -> None:
    hal = await at_time_step(harness, 9)
    [_, prompt] = await hal.command("start")
    assert prompt.buttons and prompt.button("07:30")
    count = await sql(harness.repo).fetch_value("SELECT COUNT(*) FROM subscribers")
    assert count == 1
    assert (await subscriber_row(harness, 9) or ())[3] == "time"


async def test_start_after_set_up_keeps_settings_and_history(harness: BotHarness) -> None:
    ivy = harness.user(10, "Ivy")
    await ivy.command("start")
    await ivy.send("Tokyo")
    await ivy.send("06:30")
    await ivy.send("acute")
    *_, routine = await ivy.command("today")
    await ivy.tap(routine, data=routine.buttons[0][0].callback_data)
    await ivy.command("start")
    assert await subscriber_row(harness, 10) == ("Asia/Tokyo", "06:30", "acute", None, "active")
    sets = await sql(harness.repo).fetch_value(
        "SELECT COUNT(*) FROM set_completions WHERE user_id = 10"
    )
    assert sets == 1


async def test_a_user_who_blocked_the_bot_is_active_again_after_start(
    harness: BotHarness,
) -> None:
    jo = harness.user(11, "Jo")
    await jo.command("start")
    for _ in range(3):  # set-up finished with its defaults: reminders are due from then on
        await jo.send("Skip")
    await sql(harness.repo).execute(
        "UPDATE subscribers SET status = 'blocked', status_reason = 'Forbidden' WHERE user_id = 11"
    )
    await jo.command("start")
    assert (await subscriber_row(harness, 11) or ())[4] == "active"
    next_at = await sql(harness.repo).fetch_value(
        "SELECT next_reminder_at FROM subscribers WHERE user_id = 11"
    )
    assert next_at is not None


async def test_group_chats_get_a_pointer_to_the_private_chat_and_nothing_is_stored(
    harness: BotHarness,
) -> None:
    before = await harness.snapshot()
    person = harness.emulator.user(12, "Kim")
    group = person.group(-100123, "Back pain club")
    person.send_command("start", chat=group)
    person.send_text("should I stay in bed?", chat=group)
    await harness.deliver_pending()
    replies = harness.emulator.messages(-100123)
    assert replies and all("private" in (m.text or "").lower() for m in replies)
    assert await harness.snapshot() == before


async def test_summary_time_follows_the_timezone_across_a_dst_change(
    database_path: object,
    shared_answerer: QuestionAnswerer,
) -> None:
    # 28 March 2026, 12:00 UTC: Europe/Berlin springs forward overnight.
    start = datetime(2026, 3, 28, 12, 0, tzinfo=ZoneInfo("UTC"))
    async with BotHarness.running(database_path, answerer=shared_answerer, start=start) as h:  # type: ignore[arg-type]
        lea = h.user(13, "Lea")
        await lea.command("start")
        await lea.send("Berlin")
        await lea.send("07:00")
        await lea.send("acute")
        next_at = await sql(h.repo).fetch_value(
            "SELECT next_reminder_at FROM subscribers WHERE user_id = 13"
        )
        # 07:00 CEST on 29 March is 05:00 UTC (it would be 06:00 UTC without the change).
        assert next_at == int(datetime(2026, 3, 29, 5, 0, tzinfo=ZoneInfo("UTC")).timestamp())


async def test_a_red_flag_typed_during_set_up_gets_urgent_advice_and_the_step_waits(
    harness: BotHarness,
) -> None:
    gus = await at_time_step(harness, 15)
    before = await harness.snapshot()
    [urgent, waiting] = await gus.send("I wet myself last night and my groin is numb")
    assert (urgent.text or "").startswith("⚠️") and "emergency" in (urgent.text or "")
    assert waiting.button("07:30")  # the step is re-offered in one short line
    assert await harness.snapshot() == before
    assert (await subscriber_row(harness, 15) or ())[3] == "time"


async def test_a_question_during_set_up_is_answered_and_the_step_asked_again(
    harness: BotHarness,
) -> None:
    gus = await at_time_step(harness, 16)
    [answer, prompt] = await gus.send("should I stay in bed?")
    assert "From the guide: Should I stay in bed?" in (answer.text or "")
    assert prompt.button("07:30")
    [kept, _] = await gus.send("skip")  # typed Skip works at every step
    assert "07:30" in (kept.text or "")  # the time kept is confirmed
    assert (await subscriber_row(harness, 16) or ())[3] == "phase"
