"""Telegram misbehaving during a day of reminders and taps: errors, timeouts, blocked chats."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from telegram.error import NetworkError

from bot.reminders.tick import run_tick
from bot.testing import BotHarness, sql
from tests.reliability.report import TALLY
from tests.reminders.test_delivery import DAY, NO_WAIT, REMINDER, subscribe

PEOPLE = range(2001, 2041)
BLOCKED = {2003, 2017, 2029}


async def test_a_day_with_faults_still_reaches_everyone_once(harness: BotHarness) -> None:
    h = harness
    people = {user_id: await subscribe(h, user_id) for user_id in PEOPLE}
    for chat_id in BLOCKED:
        h.emulator.faults.block_chat(chat_id)
    h.emulator.faults.fail_next(2, "429", methods={"sendMessage"}, retry_after=1)
    h.emulator.faults.random_faults(0.2, kinds=("5xx", "timeout"), seed=7)
    h.clock.set(REMINDER + timedelta(seconds=2))
    for _ in range(20):  # tick on, as the job would, until nothing is left to send
        report = await run_tick(h.services, h.app.bot, h.clock.now(), policy=NO_WAIT)
        h.clock.advance(timedelta(seconds=5))
        if report.claimed == 0:
            break
    h.emulator.faults.random_faults(0.0)

    delivered = Counter(
        int(r.params["chat_id"]) for r in h.emulator.requests
        if r.method == "sendMessage" and r.status == 200
    )  # fmt: skip
    TALLY["reminders_expected"] += len(PEOPLE) - len(BLOCKED)
    TALLY["reminders_sent"] += sum(delivered.values())
    TALLY["reminders_duplicated"] += sum(n - 1 for n in delivered.values())
    assert {chat: n for chat, n in delivered.items() if n != 1} == {}  # nobody twice
    assert set(delivered) == set(PEOPLE) - BLOCKED  # and everyone reachable once
    statuses = await sql(h.repo).fetch_all("SELECT user_id, status FROM subscribers")
    assert {row[0] for row in statuses if row[1] == "blocked"} == BLOCKED
    journal = await sql(h.repo).fetch_all(
        "SELECT status, COUNT(*) FROM deliveries WHERE local_date = ? GROUP BY status",
        (DAY.isoformat(),),
    )
    assert dict((row[0], row[1]) for row in journal).get("sent") == len(PEOPLE) - len(BLOCKED)

    # Taps on the morning message while edits and answers sometimes fail: every tap that was
    # answered is stored, once.
    h.emulator.faults.random_faults(
        0.2, kinds=("5xx",), methods={"editMessageReplyMarkup"}, seed=11
    )
    for user_id in sorted(set(PEOPLE) - BLOCKED):
        person = people[user_id]
        reminder = next(m for m in person.messages if m.buttons)
        await person.tap(reminder, data=reminder.buttons[0][0].callback_data)
    h.emulator.faults.random_faults(0.0)
    answered = [
        r for r in h.emulator.requests if r.method == "answerCallbackQuery" and r.status == 200
    ]
    stored = await sql(h.repo).fetch_value("SELECT COUNT(*) FROM set_completions")
    TALLY["taps_acknowledged"] += len(answered)
    TALLY["taps_stored"] += stored
    TALLY["faults"] += h.emulator.stats.injected_faults
    assert stored == len(answered) == len(PEOPLE) - len(BLOCKED)
    # The only errors are Telegram's own failures of the keyboard edit, logged and survived.
    assert all(isinstance(error, NetworkError) for error in h.errors)
