"""The fan-out's batched SQL: plans kept for a whole claim, outcomes written many at a time."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from bot.core.reminder_rules import DueDecision, decide_due
from bot.core.subscriber import Subscriber
from bot.store import Repository
from bot.store.deliveries import DeliveryOutcome, KeptRoutine, RoutineToKeep
from bot.testing import sql
from tests.reminders.factories import insert_subscriber, utc

NOW = utc(2026, 11, 25, 6, 30)  # 07:30 in Berlin
DAY = date(2026, 11, 25)


@pytest.fixture
async def repo(tmp_path: Path) -> AsyncIterator[Repository]:
    repository = await Repository.open(tmp_path / "bot.sqlite3")
    yield repository
    await repository.close()


async def claim_all(repo: Repository, count: int) -> list[int]:
    for user_id in range(1, count + 1):
        await insert_subscriber(repo, user_id, now=NOW, next_reminder_at=NOW)

    def decide(person: Subscriber) -> DueDecision:
        return decide_due(person, NOW, timedelta(hours=2))

    batch = await repo.deliveries.claim_due(NOW, limit=100, owner="a", decide=decide)
    return [d.delivery_id for d in batch.deliveries]


async def test_a_kept_plan_wins_and_sets_already_done_come_back(repo: Repository) -> None:
    for user_id in (1, 2):
        await insert_subscriber(repo, user_id, now=NOW)
    # Person 1 opened /today earlier: that plan is kept, and one set of it is done.
    shown = await repo.routine_plans.keep(1, DAY, phase="acute", plan_json='{"shown": 1}', now=NOW)
    await repo.sets.record_set(1, DAY, "glute-bridge", 1, NOW)
    await repo.sets.record_set(1, DAY, "glute-bridge", 2, NOW)
    await repo.sets.record_set(1, DAY, "pelvic-tilt", 1, NOW)
    fresh = [RoutineToKeep(u, DAY, "acute", '{"fresh": 1}') for u in (1, 2)]
    kept = await repo.deliveries.keep_routines(fresh, NOW)
    assert kept == {
        (1, DAY): KeptRoutine(shown, {"glute-bridge": 2, "pelvic-tilt": 1}),
        (2, DAY): KeptRoutine('{"fresh": 1}', {}),
    }
    # Keeping again changes nothing: a retried batch is harmless.
    assert await repo.deliveries.keep_routines(fresh, NOW) == kept
    assert await repo.routine_plans.get(2, DAY) == '{"fresh": 1}'


async def test_outcomes_of_a_batch_land_in_the_journal(repo: Repository) -> None:
    sent, failed, gone = await claim_all(repo, 3)
    await repo.deliveries.record_outcomes(
        [
            DeliveryOutcome(sent, 1, "sent", 1, NOW, message_id=77),
            DeliveryOutcome(failed, 2, "failed", 4, NOW, error="Internal Server Error"),
            DeliveryOutcome(gone, 3, "blocked", 1, NOW, error="Forbidden: bot was blocked"),
        ]
    )
    rows = await sql(repo).fetch_all(
        "SELECT user_id, status, message_id, attempts, error, sent_at FROM deliveries"
        " ORDER BY user_id"
    )
    assert [tuple(r) for r in rows] == [
        (1, "sent", 77, 1, None, int(NOW.timestamp())),
        (2, "failed", None, 4, "Internal Server Error", None),
        (3, "failed", None, 1, "Forbidden: bot was blocked", None),
    ]
    blocked = await repo.subscribers.get(3)
    still = await repo.subscribers.get(2)
    assert blocked is not None and (blocked.status, blocked.next_reminder_at) == ("blocked", None)
    assert still is not None and still.status == "active"


async def test_rows_not_yet_recorded_stay_pending_for_a_restart(repo: Repository) -> None:
    first, second = await claim_all(repo, 2)
    await repo.deliveries.record_outcomes([DeliveryOutcome(first, 1, "sent", 1, NOW, 5)])
    statuses = await sql(repo).fetch_all("SELECT id, status FROM deliveries ORDER BY id")
    assert [tuple(r) for r in statuses] == [(first, "sent"), (second, "pending")]
