"""/timezone, /time, /pause, /resume, /stop, /forget and /export: the person stays in control."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta
from typing import ClassVar
from zoneinfo import ZoneInfo

from bot.callbacks import CallbackData
from bot.chat import changes, unblock
from bot.chat.changes import change, next_reminder_words
from bot.chat.edits import edit_or_send
from bot.chat.events import Command, Reachable
from bot.chat.outbox import Choice, SentMessage
from bot.chat.questions import QUOTED_CHARS, fit
from bot.chat.steps import settle, time_choices, zone_choices
from bot.chat.taps import Tapped, TapRoute, tap_route
from bot.chat.turn import Turn
from bot.core.calendar_words import short_date
from bot.core.export import daily_log_csv, readable_export
from bot.core.subscriber import Subscriber
from bot.core.timeparse import format_hhmm, read_time
from bot.core.timezones import shared_finder

MAX_PAUSE_DAYS = 365
BLOCKED_REASON = "the person blocked the bot"


@dataclass(frozen=True)
class ForgetChoice(CallbackData):
    """The answer to 'delete everything?'."""

    prefix: ClassVar[str] = "f"
    confirm: bool


async def _subscriber(turn: Turn) -> Subscriber | None:
    subscriber = await turn.repo.subscribers.get(turn.person.person_id)
    if subscriber is None:
        await turn.out.send(turn.content.texts.account.not_registered)
    return subscriber


def _argument(turn: Turn) -> str:
    return " ".join(turn.event.args if isinstance(turn.event, Command) else ()).strip()


async def set_timezone(turn: Turn) -> None:
    """Set the timezone from an IANA name, an offset or a city; confirm with the next reminder."""
    words = turn.content.texts
    subscriber = await _subscriber(turn)
    if subscriber is None:
        return
    text = _argument(turn)
    match = shared_finder().lookup(text) if text else None
    if match is not None and match.zone is not None:
        await settle(turn, subscriber, "timezone", match.zone, match.place)
    elif match is not None and match.suggestions:
        choices = zone_choices(subscriber, match.suggestions)
        await turn.out.send(words.onboarding.timezone_suggest, choices)
    else:
        await turn.out.send(words.account.timezone_usage)


async def set_time(turn: Turn) -> None:
    """Set the reminder time (07:30, 7.30am, noon, 19h); confirm with the next reminder."""
    words = turn.content.texts
    subscriber = await _subscriber(turn)
    if subscriber is None:
        return
    argument = _argument(turn)
    reading = read_time(argument)
    if reading.value is not None:
        await settle(turn, subscriber, "time", format_hhmm(reading.value))
    elif reading.choices:
        morning, evening = (format_hhmm(t) for t in reading.choices)
        question = words.onboarding.time_which.format(morning=morning, evening=evening)
        await turn.out.send(question, time_choices(subscriber, reading.choices))
    elif argument:  # say what was not understood before how to write it
        unread = words.account.time_unread.format(text=fit(argument, QUOTED_CHARS))
        await turn.out.send(f"{unread} {words.account.time_usage}")
    else:
        await turn.out.send(words.account.time_usage)


async def pause(turn: Turn) -> None:
    """Pause reminders for N days, or until /resume."""
    words = turn.content.texts.account
    subscriber = await _subscriber(turn)
    if subscriber is None:
        return
    argument = _argument(turn)
    if argument and not (argument.isascii() and argument.isdigit()):
        await turn.out.send(words.pause_usage)
        return
    days = int(argument) if argument else None
    if days is not None and not 1 <= days <= MAX_PAUSE_DAYS:
        await turn.out.send(words.pause_usage)
        return
    until = turn.clock.now() + timedelta(days=days) if days else None
    subscriber = await change(turn.services, subscriber, paused=True, paused_until=until)
    if until is None:
        await turn.out.send(words.paused)
    else:
        local = until.astimezone(ZoneInfo(subscriber.timezone))
        when = short_date(local.date(), turn.content.texts.dates)
        await turn.out.send(words.paused_until.format(when=when))


async def resume(turn: Turn) -> None:
    """End a pause (or a /stop) and say when the next reminder comes."""
    subscriber = await _subscriber(turn)
    if subscriber is None:
        return
    words = turn.content.texts.account
    was_off = subscriber.paused or subscriber.status != "active"
    subscriber = await changes.resume(turn.services, subscriber)
    said = words.resumed if was_off else words.not_paused
    when = next_reminder_words(turn.services, subscriber)
    await turn.out.send(said.format(when=when))


async def back_after_block(turn: Turn) -> None:
    """Reminders back on for someone marked blocked who writes again: they unblocked the bot.

    Telegram answers 403 while a person has the bot blocked, and the tick stops their reminders;
    a message from them means it is unblocked. Said once, before the reply to the message. Any
    message also comes after an unblock's notice (bot/chat/unblock.py): it is forgotten.
    """
    subscriber = await unblock.forget(turn, await turn.subscriber())
    if subscriber is None or subscriber.status != "blocked":
        turn.keep(subscriber)  # the feature's first read is this one
        return
    await _reminders_back(turn, subscriber)


async def _reminders_back(turn: Turn, subscriber: Subscriber) -> SentMessage | None:
    subscriber = await change(turn.services, subscriber, status="active", status_reason=None)
    turn.keep(subscriber)
    name = turn.person.first_name.strip() or "there"
    when = next_reminder_words(turn.services, subscriber)
    words = turn.content.texts.account.back_after_block
    return await turn.out.send(words.format(name=name, when=when))


async def reachable(turn: Turn, event: Reachable) -> None:
    """The person blocked the bot (no more sends from now on) or unblocked it (reminders back).

    The app says so at once; otherwise a block is learnt from the next morning's failed send (the
    tick marks them blocked the same way) and an unblock from their next message. Someone who
    chose /stop, or never started, is left as they are.
    """
    if event.reachable:
        blocked = await turn.subscriber()
        if blocked is not None and blocked.status == "blocked":
            # Noted: a /start right after ("Restart") says it in its own reply, not again.
            await unblock.remember(turn, await _reminders_back(turn, blocked))
        return
    subscriber = await turn.repo.subscribers.get(turn.person.person_id)
    if subscriber is None or subscriber.status != "active":
        return
    await change(
        turn.services, subscriber, status="blocked", status_reason=BLOCKED_REASON,
        snooze_at=None, snooze_date=None,
    )  # fmt: skip


async def stop(turn: Turn) -> None:
    """Unsubscribe: no more reminders, history kept; /start comes back."""
    subscriber = await _subscriber(turn)
    if subscriber is None:
        return
    await change(turn.services, subscriber, status="stopped", status_reason="stop command")
    await turn.out.send(turn.content.texts.account.stopped)


async def forget(turn: Turn) -> None:
    """Ask for confirmation before deleting everything about the person."""
    words = turn.content.texts.account
    if await _subscriber(turn) is None:
        return
    choices = (
        (Choice(words.forget_yes, ForgetChoice(True).pack()),),
        (Choice(words.forget_no, ForgetChoice(False).pack()),),
    )
    await turn.out.send(words.forget_confirm, choices)


async def forget_answer(turn: Turn, tap: Tapped[ForgetChoice]) -> None:
    """Delete every row about the person in one transaction, or leave everything as it is."""
    words = turn.content.texts.account
    await tap.answer()
    if tap.data.confirm:
        await turn.repo.subscribers.forget(turn.person.person_id)
    said = words.forgotten if tap.data.confirm else words.forget_cancelled
    if tap.message is None:
        await turn.out.send(said)
    else:
        await edit_or_send(turn, tap.message, said, note=said, why="/forget answer on")


async def export(turn: Turn) -> None:
    """Send everything stored about the person: readable JSON, and a CSV log of their days."""
    subscriber = await _subscriber(turn)
    if subscriber is None:
        return
    tables = await turn.repo.subscribers.export(turn.person.person_id)
    document = readable_export(tables, subscriber.timezone, turn.clock.now())
    body = json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8")
    words = turn.content.texts.account
    await turn.out.document(body, "sciatica-coach-data.json", words.export_caption)
    log = daily_log_csv(document).encode("utf-8")
    await turn.out.document(log, "sciatica-coach-daily-log.csv", words.export_log_caption)


commands = {
    "timezone": set_timezone,
    "time": set_time,
    "pause": pause,
    "resume": resume,
    "stop": stop,
    "forget": forget,
    "export": export,
}
taps: list[TapRoute[ForgetChoice]] = [tap_route(ForgetChoice, forget_answer)]
