"""Morning reminders end to end: the real bot, its tick, and the emulator playing Telegram."""

from __future__ import annotations

import asyncio
import time
from datetime import date, timedelta
from pathlib import Path

from bot.core.reminder_rules import schedule_for
from bot.core.routine import build_routine, render_routine_text
from bot.emulator import BotMessage
from bot.qa.answer import QuestionAnswerer
from bot.reminders.sender import RetryPolicy
from bot.reminders.tick import run_tick
from bot.testing import BotHarness, ChatUser, sql
from tests.reminders.factories import met_every_exercise, utc

DAY = date(2026, 11, 25)
REMINDER = utc(2026, 11, 25, 6, 30)  # 07:30 in Berlin; the harness starts at 06:00 UTC
NO_WAIT = RetryPolicy(backoff=(0.0, 0.0, 0.0))


async def subscribe(
    h: BotHarness, user_id: int, *, met_all: bool = True, **changes: object
) -> ChatUser:
    """A person whose chat with the bot exists and who finished onboarding (Berlin, 07:30).

    Stored directly, so these tests depend on the scheduler alone, not on the onboarding dialogue;
    unless `met_all` is false, they have met every exercise: each morning brings the routine alone.
    """
    person = h.user(user_id, f"User {user_id}")
    h.emulator.add_chat(person.person.private_chat)
    now = h.clock.now()
    await h.repo.subscribers.register(
        user_id=user_id, chat_id=person.chat_id, first_name=f"User {user_id}",
        language_code="en", timezone="Europe/Berlin", reminder_time="07:30",
        today=DAY, now=now,
    )  # fmt: skip
    updated = await h.repo.subscribers.update(user_id, now, onboarding_step=None, **changes)
    assert updated is not None
    await h.repo.subscribers.update(user_id, now, next_reminder_at=schedule_for(updated, now))
    if met_all:
        await met_every_exercise(h.repo, user_id, now)
    return person


async def journal(h: BotHarness, user_id: int) -> list[tuple[str, str, str, int]]:
    rows = await h.repo.deliveries.journal(user_id)
    return [(r["local_date"], r["kind"], r["status"], r["attempts"]) for r in rows]


def send_statuses(h: BotHarness, chat_id: int, since: int = 0) -> list[int]:
    """HTTP statuses of the sendMessage calls to a chat, from the `since`-th request on."""
    return [
        r.status
        for r in h.emulator.requests[since:]
        if r.method == "sendMessage" and r.params["chat_id"] == chat_id
    ]


def snoozable(message: BotMessage) -> bool:
    return any(b.text == "⏰ Snooze 30 min" for row in message.buttons for b in row)


async def test_routine_arrives_at_the_local_time_once_a_day(harness: BotHarness) -> None:
    h = harness
    alex = await subscribe(h, 1001)
    before = len(alex.messages)
    h.clock.set(REMINDER - timedelta(seconds=1))
    assert (await h.tick()).claimed == 0
    h.clock.set(REMINDER + timedelta(seconds=3))
    report = await h.tick()
    assert (report.claimed, report.sent) == (1, 1)
    [reminder] = alex.messages[before:]
    plan = build_routine(h.services.content, phase="recovering", day=DAY, dose_level=0)
    assert reminder.text == render_routine_text(plan, h.services.content)
    assert snoozable(reminder)
    assert await h.repo.routine_plans.get(1001, DAY) is not None
    row = await sql(h.repo).fetch_one("SELECT status, message_id FROM deliveries")
    assert row is not None and (row["status"], row["message_id"]) == ("sent", reminder.message_id)
    # Ticking on, later that day, sends nothing more; the next morning brings the next one.
    h.clock.advance(timedelta(hours=5))
    assert (await h.tick()).claimed == 0
    h.clock.set(REMINDER + timedelta(days=1, seconds=2))
    await h.tick()
    assert len(alex.messages) == before + 2
    assert "Thursday 26 November" in (alex.last.text or "")


async def test_429_is_waited_out_then_sent_once(harness: BotHarness) -> None:
    h = harness
    alex = await subscribe(h, 1001)
    before = len(alex.messages)
    h.emulator.faults.fail_next(1, "429", methods=["sendMessage"], retry_after=1)
    since = len(h.emulator.requests)
    h.clock.set(REMINDER)
    started = time.monotonic()
    report = await h.tick()
    waited = time.monotonic() - started
    assert report.sent == 1
    assert len(alex.messages) == before + 1
    assert send_statuses(h, alex.chat_id, since) == [429, 200]
    assert waited >= 1.0  # Telegram's retry_after, honoured before the retry
    assert h.emulator.stats.rate_limited == 0  # and never a 429 of the bot's own making


async def test_5xx_and_timeouts_are_retried(
    database_path: Path, shared_answerer: QuestionAnswerer
) -> None:
    async with BotHarness.running(database_path, answerer=shared_answerer) as h:
        alex = await subscribe(h, 1001)
        before = len(alex.messages)
        h.emulator.faults.fail_next(1, "5xx", methods=["sendMessage"])
        h.emulator.faults.fail_next(1, "timeout", methods=["sendMessage"])
        report = await run_tick(h.services, h.app.bot, REMINDER, policy=NO_WAIT)
        assert (report.sent, report.failed) == (1, 0)
        assert len(alex.messages) == before + 1
        assert await journal(h, 1001) == [("2026-11-25", "routine", "sent", 3)]


async def test_after_the_last_retry_the_day_is_held_and_sent_once_telegram_answers(
    database_path: Path,
    shared_answerer: QuestionAnswerer,
) -> None:
    async with BotHarness.running(database_path, answerer=shared_answerer) as h:
        alex = await subscribe(h, 1001)
        before = len(alex.messages)
        h.emulator.faults.fail_next(4, "5xx", methods=["sendMessage"])
        h.clock.set(REMINDER)
        report = await run_tick(h.services, h.app.bot, h.clock.now(), policy=NO_WAIT)
        assert (report.held, report.failed) == (1, 0)
        assert await journal(h, 1001) == [("2026-11-25", "routine", "pending", 4)]
        assert len(alex.messages) == before
        # The next tick's probe (one request) goes through: the routine, once.
        h.clock.advance(timedelta(seconds=5))
        assert (await h.tick()).sent == 1
        assert await journal(h, 1001) == [("2026-11-25", "routine", "sent", 5)]
        h.clock.advance(timedelta(hours=1))
        assert (await h.tick()).claimed == 0
        h.clock.set(REMINDER + timedelta(days=1))
        await h.tick()
        assert len(alex.messages) == before + 2  # that day's and the next day's


async def test_a_message_telegram_refuses_is_given_up_for_the_day(
    database_path: Path, shared_answerer: QuestionAnswerer
) -> None:
    async with BotHarness.running(database_path, answerer=shared_answerer) as h:
        alex = await subscribe(h, 1001)
        before = len(alex.messages)
        h.emulator.faults.fail_next(1, "400", methods=["sendMessage"])
        report = await run_tick(h.services, h.app.bot, REMINDER, policy=NO_WAIT)
        assert (report.failed, report.held) == (1, 0)
        assert await journal(h, 1001) == [("2026-11-25", "routine", "failed", 1)]
        later = await run_tick(h.services, h.app.bot, REMINDER + timedelta(hours=1))
        assert later.claimed == 0
        assert len(alex.messages) == before


async def test_a_blocked_chat_is_deactivated_and_not_retried(harness: BotHarness) -> None:
    h = harness
    alex = await subscribe(h, 1001)
    sam = await subscribe(h, 1002)
    h.emulator.faults.block_chat(alex.chat_id)
    since = len(h.emulator.requests)
    h.clock.set(REMINDER)
    report = await h.tick()
    assert (report.sent, report.blocked) == (1, 1)
    person = await h.repo.subscribers.get(1001)
    assert person is not None
    assert (person.status, person.status_reason) == (
        "blocked", "Forbidden: bot was blocked by the user",
    )  # fmt: skip
    assert send_statuses(h, alex.chat_id, since) == [403]
    for day in range(1, 4):
        h.clock.set(REMINDER + timedelta(days=day))
        await h.tick()
    assert send_statuses(h, alex.chat_id, since) == [403]  # never tried again
    assert send_statuses(h, sam.chat_id, since) == [200] * 4


async def test_snooze_repeats_the_routine_30_minutes_later_once(harness: BotHarness) -> None:
    h = harness
    alex = await subscribe(h, 1001)
    h.clock.set(REMINDER + timedelta(seconds=2))
    await h.tick()
    reminder = alex.last
    h.clock.advance(timedelta(minutes=1))  # 07:31 in Berlin
    assert await alex.tap(reminder, text="⏰ Snooze 30 min") == []
    assert alex.last_callback_answer == "OK, I'll send it again at 08:01."
    person = await h.repo.subscribers.get(1001)
    assert person is not None and person.snooze_date == DAY
    h.clock.advance(timedelta(minutes=29, seconds=59))
    await h.tick()
    assert alex.last.message_id == reminder.message_id
    h.clock.advance(timedelta(seconds=1))
    report = await h.tick()
    assert report.sent == 1
    repeat = alex.last
    assert repeat.message_id != reminder.message_id
    assert repeat.text == reminder.text
    assert snoozable(reminder) and not snoozable(repeat)  # a repeat is not snoozed again
    await alex.tap(reminder, text="⏰ Snooze 30 min")
    assert alex.last_callback_answer == "You've already snoozed today's routine once."
    h.clock.advance(timedelta(hours=1))
    assert (await h.tick()).claimed == 0
    assert await journal(h, 1001) == [
        ("2026-11-25", "routine", "sent", 1),
        ("2026-11-25", "snooze", "sent", 1),
    ]


async def test_a_set_tapped_on_the_reminder_keeps_its_snooze_button(harness: BotHarness) -> None:
    h = harness
    alex = await subscribe(h, 1001)
    h.clock.set(REMINDER)
    await h.tick()
    reminder = alex.last
    assert await alex.tap(reminder, data=reminder.buttons[0][0].callback_data) == []
    redrawn = alex.message(reminder.message_id)
    assert redrawn.buttons != reminder.buttons  # the set's progress shows
    assert snoozable(redrawn)
    *_, today = await alex.command("today")  # the same routine asked for: no snooze on it
    await alex.tap(today, data=today.buttons[0][0].callback_data)
    assert not snoozable(alex.message(today.message_id))


async def test_snooze_on_an_old_routine_or_forged_data_changes_nothing(
    harness: BotHarness,
) -> None:
    h = harness
    alex = await subscribe(h, 1001)
    h.clock.set(REMINDER)
    await h.tick()
    reminder = alex.last
    h.clock.advance(timedelta(days=1))
    await alex.tap(reminder, text="⏰ Snooze 30 min")
    assert alex.last_callback_answer == "This routine can't be snoozed any more."
    await alex.tap(reminder, data="z:yesterday")
    assert alex.last_callback_answer == "This button has expired."
    person = await h.repo.subscribers.get(1001)
    assert person is not None and person.snooze_at is None


async def test_downtime_within_the_grace_window_still_sends(
    database_path: Path, shared_answerer: QuestionAnswerer
) -> None:
    async with BotHarness.running(
        database_path, answerer=shared_answerer, start=utc(2026, 11, 25, 4, 0)
    ) as h:
        alex = await subscribe(h, 1001)  # due 06:30 UTC
        sam = await subscribe(h, 1002, reminder_time="06:00")  # due 05:00 UTC
        before = len(alex.messages), len(sam.messages)
        h.clock.set(utc(2026, 11, 25, 7, 10))  # back after downtime: 40 min and 2 h 10 min late
        report = await h.tick()
        assert (report.sent, report.skipped) == (1, 1)
        assert (len(alex.messages), len(sam.messages)) == (before[0] + 1, before[1])
        assert await journal(h, 1002) == [("2026-11-25", "routine", "skipped", 0)]
        h.clock.set(utc(2026, 11, 26, 5, 0, 1))
        await h.tick()
        assert len(sam.messages) == before[1] + 1


async def test_paused_or_stopped_subscribers_get_nothing(harness: BotHarness) -> None:
    h = harness
    alex = await subscribe(h, 1001, paused=True)
    sam = await subscribe(h, 1002, status="stopped")
    before = len(alex.messages), len(sam.messages)
    h.clock.set(REMINDER + timedelta(days=2))
    await h.tick()
    assert (len(alex.messages), len(sam.messages)) == before


async def test_two_bots_on_one_database_send_each_routine_once(
    database_path: Path, shared_answerer: QuestionAnswerer
) -> None:
    async with (
        BotHarness.running(database_path, answerer=shared_answerer) as first,
        BotHarness.running(
            database_path, answerer=shared_answerer, emulator=first.emulator
        ) as second,
    ):
        people = [await subscribe(first, 2000 + n) for n in range(40)]
        counts = [len(p.messages) for p in people]
        reports = await asyncio.gather(
            run_tick(first.services, first.app.bot, REMINDER),
            run_tick(second.services, second.app.bot, REMINDER),
        )
        assert sum(r.sent for r in reports) == 40
        assert [len(p.messages) - n for p, n in zip(people, counts, strict=True)] == [1] * 40


async def test_paid_broadcast_says_so_to_telegram(
    database_path: Path, shared_answerer: QuestionAnswerer
) -> None:
    async with BotHarness.running(
        database_path, answerer=shared_answerer, allow_paid_broadcast=True
    ) as h:
        await subscribe(h, 1001)
        await run_tick(h.services, h.app.bot, REMINDER)
        [sent] = [r for r in h.emulator.sent_requests("sendMessage") if "reply_markup" in r.params]
        assert sent.params["allow_paid_broadcast"] is True
