"""The morning reminder brings, once, the how-to card of each exercise a person meets first."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.core.routine import build_routine, render_howto, render_routine_text
from bot.emulator import BotMessage
from bot.emulator.models import RecordedRequest
from bot.emulator.wire import UploadedFile
from bot.qa.answer import QuestionAnswerer
from bot.reminders.pacing import BROADCAST
from bot.reminders.tick import run_tick
from bot.store.database import Database
from bot.store.migrations import MIGRATIONS
from bot.testing import BotHarness, ChatUser, sql
from tests.reminders.test_delivery import DAY, NO_WAIT, REMINDER, journal, subscribe

MEDIA = ("sendPhoto", "sendAnimation")


def plan_ids(h: BotHarness, days: int) -> list[str]:
    """The exercises of the routine `days` after DAY, for a subscriber who started on DAY."""
    plan = build_routine(
        h.services.content,
        phase="recovering",
        day=DAY + timedelta(days=days),
        dose_level=0,
    )
    return [item.exercise_id for item in plan.items]


def card_ids(h: BotHarness, cards: list[BotMessage]) -> list[str]:
    """Which exercise each card shows, checking its picture kind and caption on the way."""
    content = h.services.content
    heading = content.routine_words.howto_new
    by_caption = {f"{heading}\n{render_howto(e, content)}": e for e in content.exercises.values()}
    shown = []
    for card in cards:
        exercise = by_caption[card.text or ""]
        assert card.kind == ("animation" if content.poses[exercise.id].animate else "photo")
        shown.append(exercise.id)
    return shown


async def morning(h: BotHarness, person: ChatUser, days: int) -> tuple[BotMessage, list[str]]:
    """Tick at the reminder `days` after DAY; return the routine and the cards that followed it."""
    before = len(person.messages)
    h.clock.set(REMINDER + timedelta(days=days))
    report = await h.tick()
    assert report.sent == 1
    routine, *cards = person.messages[before:]
    assert routine.kind == "text" and "Your routine for" in (routine.text or "")
    return routine, card_ids(h, cards)


def media_sends(h: BotHarness, since: int = 0) -> list[RecordedRequest]:
    return [r for r in h.emulator.requests[since:] if r.method in MEDIA and r.status == 200]


async def intro_rows(h: BotHarness, user_id: int) -> set[str]:
    rows = await sql(h.repo).fetch_all(
        "SELECT exercise_id FROM exercise_intros WHERE user_id = ?", (user_id,)
    )
    return {row[0] for row in rows}


async def test_the_first_morning_brings_each_new_exercise_once_after_the_routine(
    harness: BotHarness,
) -> None:
    h = harness
    alex = await subscribe(h, 1001, met_all=False)
    routine, cards = await morning(h, alex, 0)
    plan = build_routine(h.services.content, phase="recovering", day=DAY, dose_level=0)
    assert routine.text == render_routine_text(plan, h.services.content)
    assert cards == plan_ids(h, 0)
    assert all(r.params.get("disable_notification") is True for r in media_sends(h))
    row = await sql(h.repo).fetch_one("SELECT status, message_id FROM deliveries")
    assert row is not None and (row["status"], row["message_id"]) == ("sent", routine.message_id)
    assert await intro_rows(h, 1001) == set(plan_ids(h, 0))
    # Ticking again that morning sends nothing; each later morning brings only what is new,
    # and once the phase's exercises have all been met, the routine comes alone.
    assert (await h.tick()).claimed == 0
    met = set(plan_ids(h, 0))
    per_morning = []
    for days in (1, 2, 3):
        _, cards = await morning(h, alex, days)
        assert cards == [e for e in plan_ids(h, days) if e not in met]
        met |= set(cards)
        per_morning.append(len(cards))
    assert per_morning[-1] == 0 and per_morning[0] > 0


async def test_a_card_seen_on_today_does_not_come_again_in_the_morning(
    harness: BotHarness,
) -> None:
    h = harness
    alex = await subscribe(h, 1001, met_all=False)
    *shown, _ = await alex.command("today")
    assert len(shown) == len(plan_ids(h, 0))
    _, cards = await morning(h, alex, 0)
    assert cards == []


async def test_a_fan_out_uploads_each_picture_once_and_reuses_its_file_id(
    harness: BotHarness,
) -> None:
    h = harness
    people = [await subscribe(h, 2001 + n, met_all=False) for n in range(3)]
    counts = [len(p.messages) for p in people]
    h.clock.set(REMINDER)
    assert (await h.tick()).sent == 3
    for person, count in zip(people, counts, strict=True):
        assert card_ids(h, person.messages[count + 1 :]) == plan_ids(h, 0)
    media = [r.params.get("photo", r.params.get("animation")) for r in media_sends(h)]
    uploads = [m for m in media if isinstance(m, UploadedFile)]
    assert len(uploads) == len(plan_ids(h, 0))  # once per picture, not once per person
    assert len(media) - len(uploads) == 2 * len(plan_ids(h, 0))
    assert all(isinstance(m, str) for m in media if not isinstance(m, UploadedFile))
    assert h.emulator.violations == [] and h.emulator.stats.rate_limited == 0


async def test_cards_go_in_the_reminder_lane_and_as_paid_broadcasts_when_enabled(
    database_path: Path, monkeypatch: pytest.MonkeyPatch, shared_answerer: QuestionAnswerer
) -> None:
    async with BotHarness.running(
        database_path, answerer=shared_answerer, allow_paid_broadcast=True
    ) as h:
        await subscribe(h, 1001, met_all=False)
        limiter: Any = h.app.bot.rate_limiter
        lanes: list[tuple[str, object]] = []
        admit = limiter.process_request

        async def recording(*args: Any, **kwargs: Any) -> Any:
            lanes.append((kwargs["endpoint"], kwargs["rate_limit_args"]))
            return await admit(*args, **kwargs)

        monkeypatch.setattr(limiter, "process_request", recording)
        await run_tick(h.services, h.app.bot, REMINDER)
        card_lanes = [lane for endpoint, lane in lanes if endpoint in MEDIA]
        assert card_lanes == [BROADCAST] * len(plan_ids(h, 0))
        assert all(r.params["allow_paid_broadcast"] is True for r in media_sends(h))


async def test_a_card_that_fails_loses_no_routine_and_comes_with_a_later_one(
    harness: BotHarness,
) -> None:
    h = harness
    alex = await subscribe(h, 1001, met_all=False)
    h.emulator.faults.fail_next(1, "5xx", methods=MEDIA)
    _, cards = await morning(h, alex, 0)
    failed, *rest = plan_ids(h, 0)
    assert cards == rest  # the other cards still came
    assert await journal(h, 1001) == [("2026-11-25", "routine", "sent", 1)]
    assert await intro_rows(h, 1001) == set(rest)  # marked shown only when sent
    assert h.errors == []
    # It comes with the next routine that has it, once.
    met, came = set(rest), []
    for days in (1, 2, 3):
        _, cards = await morning(h, alex, days)
        assert cards == [e for e in plan_ids(h, days) if e not in met]
        met |= set(cards)
        came += cards
    assert came.count(failed) == 1


async def test_no_cards_when_the_routine_itself_is_not_sent(
    database_path: Path, shared_answerer: QuestionAnswerer
) -> None:
    async with BotHarness.running(database_path, answerer=shared_answerer) as h:
        alex = await subscribe(h, 1001, met_all=False)
        before = len(alex.messages)
        h.emulator.faults.fail_next(4, "5xx", methods=["sendMessage"])
        report = await run_tick(h.services, h.app.bot, REMINDER, policy=NO_WAIT)
        assert report.held == 1  # Telegram did not answer: tried again later
        assert alex.messages[before:] == []
        assert await intro_rows(h, 1001) == set()  # they come with the next routine


async def test_an_upgrade_counts_exercises_already_sent_in_a_routine_as_met(
    tmp_path: Path,
) -> None:
    db = await Database.open(tmp_path / "old.sqlite3", migrations=MIGRATIONS[:5])
    await db.execute(
        "INSERT INTO subscribers (user_id, chat_id, timezone, reminder_time, programme_start,"
        " created_at, updated_at) VALUES (1, 1, 'UTC', '07:30', '2026-11-25', 0, 0)"
    )
    for day, ids in (("2026-11-25", ["cat-cow", "bird-dog"]), ("2026-11-26", ["cat-cow"])):
        plan = {"day": day, "phase": "recovering", "items": [{"exercise_id": i} for i in ids]}
        await db.execute(
            "INSERT INTO routines (user_id, local_date, phase, plan_json, created_at)"
            " VALUES (1, ?, 'recovering', ?, 100)",
            (day, json.dumps(plan)),
        )
    assert await db.migrate() == [m.number for m in MIGRATIONS[5:]]
    rows = await db.fetch_all("SELECT user_id, exercise_id FROM exercise_intros ORDER BY 2")
    assert [tuple(r) for r in rows] == [(1, "bird-dog"), (1, "cat-cow")]
    await db.close()
