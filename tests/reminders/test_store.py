"""The scheduler's SQL: atomic claims, the exactly-once journal, crash take-over, snoozes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from bot.core.outage import flood_wait, outage_begins
from bot.core.reminder_rules import DueDecision, decide_due, snooze_owed
from bot.core.subscriber import Subscriber
from bot.store import Repository
from bot.store.claims import ClaimBatch
from bot.testing import sql
from tests.reminders.factories import insert_subscriber, utc

GRACE = timedelta(hours=2)
NOW = utc(2026, 11, 25, 6, 30)  # 07:30 in Berlin


@pytest.fixture
async def repo(tmp_path: Path) -> AsyncIterator[Repository]:
    repository = await Repository.open(tmp_path / "bot.sqlite3")
    yield repository
    await repository.close()


async def claim(repo: Repository, now: datetime, owner: str = "a", limit: int = 100) -> ClaimBatch:
    def decide(person: Subscriber) -> DueDecision:
        return decide_due(person, now, GRACE)

    return await repo.deliveries.claim_due(now, limit=limit, owner=owner, decide=decide)


async def statuses(repo: Repository, user_id: int) -> list[tuple[str, str, str]]:
    return [
        (r["local_date"], r["kind"], r["status"]) for r in await repo.deliveries.journal(user_id)
    ]


async def test_due_query_uses_the_partial_index(repo: Repository) -> None:
    plan = await sql(repo).fetch_all(
        "EXPLAIN QUERY PLAN SELECT * FROM subscribers WHERE status = 'active'"
        " AND next_reminder_at IS NOT NULL AND next_reminder_at <= 1 ORDER BY next_reminder_at"
        " LIMIT 10"
    )
    assert any("subscribers_due" in row["detail"] for row in plan)


async def test_claim_journals_and_advances_in_one_step(repo: Repository) -> None:
    await insert_subscriber(repo, 1, now=NOW, next_reminder_at=NOW)
    await insert_subscriber(repo, 2, now=NOW, next_reminder_at=NOW + timedelta(minutes=1))
    batch = await claim(repo, NOW)
    assert [(d.subscriber.user_id, d.day, d.kind) for d in batch.deliveries] == [
        (1, date(2026, 11, 25), "routine")
    ]
    assert await statuses(repo, 1) == [("2026-11-25", "routine", "pending")]
    first = await repo.subscribers.get(1)
    assert first is not None and first.next_reminder_at == NOW + timedelta(days=1)
    again = await claim(repo, NOW)
    assert again.touched == 0


async def test_two_processes_claiming_together_take_each_row_once(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    first, second = await Repository.open(path), await Repository.open(path)
    try:
        for user_id in range(1, 201):
            await insert_subscriber(first, user_id, now=NOW, next_reminder_at=NOW)

        async def drain(repo: Repository, owner: str) -> list[int]:
            taken: list[int] = []
            while batch := (await claim(repo, NOW, owner, limit=7)).deliveries:
                taken += [d.subscriber.user_id for d in batch]
            return taken

        by_first, by_second = await asyncio.gather(drain(first, "a"), drain(second, "b"))
        assert sorted(by_first + by_second) == list(range(1, 201))
        rows = await sql(first).fetch_value("SELECT COUNT(*) FROM deliveries")
        assert rows == 200
    finally:
        await first.close()
        await second.close()


async def test_a_day_that_had_its_routine_never_gets_a_second(repo: Repository) -> None:
    """After a timezone change the same local date comes round again: the journal refuses it."""
    await insert_subscriber(repo, 1, now=NOW, next_reminder_at=NOW)
    (delivery,) = (await claim(repo, NOW)).deliveries
    await repo.deliveries.mark_sent(delivery.delivery_id, message_id=10, attempts=1, now=NOW)
    later = utc(2026, 11, 25, 12, 30)  # 07:30 in New York, still the 25th there
    await repo.subscribers.update(1, NOW, timezone="America/New_York", next_reminder_at=later)
    batch = await claim(repo, later)
    assert (batch.deliveries, batch.rescheduled) == ([], 1)
    assert await statuses(repo, 1) == [("2026-11-25", "routine", "sent")]
    moved = await repo.subscribers.get(1)
    assert moved is not None and moved.next_reminder_at == utc(2026, 11, 26, 12, 30)


async def test_missed_reminder_is_recorded_and_the_day_may_still_be_served(
    repo: Repository,
) -> None:
    await insert_subscriber(repo, 1, now=NOW, next_reminder_at=NOW)
    batch = await claim(repo, NOW + timedelta(hours=3))
    assert (batch.deliveries, batch.skipped) == ([], 1)
    assert await statuses(repo, 1) == [("2026-11-25", "routine", "skipped")]
    # The person then picks a later time the same day: that routine is owed after all.
    evening = utc(2026, 11, 25, 17)
    await repo.subscribers.update(1, NOW, reminder_time="18:00", next_reminder_at=evening)
    (delivery,) = (await claim(repo, evening)).deliveries
    assert delivery.day == date(2026, 11, 25)
    assert await statuses(repo, 1) == [("2026-11-25", "routine", "pending")]


async def test_crashed_owner_rows_are_taken_over_live_ones_are_not(repo: Repository) -> None:
    await insert_subscriber(repo, 1, now=NOW, next_reminder_at=NOW)
    await repo.scheduler.beat("a", NOW)
    (delivery,) = (await claim(repo, NOW, owner="a")).deliveries
    soon = NOW + timedelta(seconds=5)
    await repo.scheduler.beat("b", soon)

    async def reclaim(at: datetime, lease: timedelta) -> ClaimBatch:
        return await repo.deliveries.reclaim_abandoned(
            at, limit=10, owner="b", alive_since=at - lease, resend_since=at - GRACE
        )

    assert (await reclaim(soon, timedelta(seconds=30))).touched == 0  # "a" is still beating
    late = NOW + timedelta(minutes=5)
    (taken,) = (await reclaim(late, timedelta(seconds=30))).deliveries
    assert (taken.delivery_id, taken.day, taken.kind) == (
        delivery.delivery_id,
        delivery.day,
        "routine",
    )
    assert (await reclaim(late, timedelta(seconds=30))).touched == 0  # now "b" owns it
    owner = await sql(repo).fetch_value("SELECT claimed_by FROM deliveries")
    assert owner == "b"


async def test_abandoned_rows_older_than_the_grace_window_are_skipped(repo: Repository) -> None:
    await insert_subscriber(repo, 1, now=NOW, next_reminder_at=NOW)
    await claim(repo, NOW, owner="a")
    much_later = NOW + timedelta(hours=5)
    batch = await repo.deliveries.reclaim_abandoned(
        much_later, limit=10, owner="b", alive_since=much_later, resend_since=much_later - GRACE
    )
    assert (batch.deliveries, batch.skipped) == ([], 1)
    assert await statuses(repo, 1) == [("2026-11-25", "routine", "skipped")]


async def test_blocked_chat_is_deactivated_and_never_claimed_again(repo: Repository) -> None:
    await insert_subscriber(repo, 1, now=NOW, next_reminder_at=NOW)
    (delivery,) = (await claim(repo, NOW)).deliveries
    reason = "Forbidden: bot was blocked by the user"
    await repo.deliveries.deactivate(
        delivery.delivery_id, user_id=1, reason=reason, attempts=1, now=NOW
    )
    person = await repo.subscribers.get(1)
    assert person is not None
    assert (person.status, person.status_reason, person.next_reminder_at) == (
        "blocked", reason, None,
    )  # fmt: skip
    assert (await claim(repo, NOW + timedelta(days=2))).touched == 0


async def test_snooze_is_stored_sent_once_and_only_once_a_day(repo: Repository) -> None:
    await insert_subscriber(repo, 1, now=NOW)
    day, at = date(2026, 11, 25), NOW + timedelta(minutes=30)
    assert await repo.deliveries.set_snooze(1, day=day, at=at, now=NOW)

    async def snoozes(now: datetime) -> ClaimBatch:
        return await repo.deliveries.claim_snoozes(
            now, limit=10, owner="a", owed=lambda s: snooze_owed(s, now)
        )

    assert (await snoozes(at - timedelta(seconds=1))).touched == 0
    (delivery,) = (await snoozes(at)).deliveries
    assert (delivery.day, delivery.kind) == (day, "snooze")
    person = await repo.subscribers.get(1)
    assert person is not None and (person.snooze_at, person.snooze_date) == (None, None)
    assert (await snoozes(at + timedelta(minutes=1))).touched == 0
    assert not await repo.deliveries.set_snooze(1, day=day, at=at, now=NOW)


async def test_snooze_of_someone_who_paused_meanwhile_is_dropped(repo: Repository) -> None:
    await insert_subscriber(repo, 1, now=NOW)
    at = NOW + timedelta(minutes=30)
    await repo.deliveries.set_snooze(1, day=date(2026, 11, 25), at=at, now=NOW)
    await repo.subscribers.update(1, NOW, paused=True)
    batch = await repo.deliveries.claim_snoozes(
        at, limit=10, owner="a", owed=lambda s: snooze_owed(s, at)
    )
    assert (batch.deliveries, batch.rescheduled) == ([], 1)
    assert await repo.deliveries.journal(1) == []


async def test_last_tick_is_recorded_for_the_health_check(repo: Repository) -> None:
    assert await repo.scheduler.last_tick() is None
    await repo.scheduler.beat("a", NOW)
    await repo.scheduler.beat("b", NOW + timedelta(seconds=5))
    assert await repo.scheduler.last_tick() == NOW + timedelta(seconds=5)
    raw = await sql(repo).fetch_value(
        "SELECT value FROM runtime_state WHERE key = 'scheduler.last_tick'"
    )
    assert raw == str(int((NOW + timedelta(seconds=5)).timestamp()))


async def test_a_flood_wait_outlives_a_restart(repo: Repository) -> None:
    now = utc(2026, 11, 25, 6, 30)
    flood = flood_wait(None, "telegram", now, now + timedelta(seconds=900), timedelta(seconds=5))
    down = outage_begins("whatsapp", now, "WhatsApp error 0: unreachable", timedelta(seconds=5))
    await repo.holds.save_outage(flood)
    await repo.holds.save_outage(down)
    assert await repo.holds.outages() == [flood, down]
