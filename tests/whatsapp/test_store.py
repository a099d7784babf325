"""People on other channels and WhatsApp statuses, in a fresh database per test."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot.store import Repository
from bot.store.channels import FIRST_OTHER_CHANNEL_ID, is_telegram_person
from tests.reminders.factories import insert_subscriber

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


@pytest.fixture
async def repo(tmp_path: Path) -> AsyncIterator[Repository]:
    repository = await Repository.open(tmp_path / "bot.sqlite3")
    yield repository
    await repository.close()


async def test_ids_are_handed_out_once_from_a_range_telegram_never_uses(
    repo: Repository,
) -> None:
    ana = await repo.channels.person_for("whatsapp", "15551234567", NOW)
    ben = await repo.channels.person_for("whatsapp", "15557654321", NOW)
    assert await repo.channels.person_for("whatsapp", "15551234567", NOW) == ana
    assert ana == FIRST_OTHER_CHANNEL_ID and ben == ana + 1
    assert not is_telegram_person(ana) and is_telegram_person(2**52 - 1)
    assert await repo.channels.person_for("telegram", "501", NOW) == 501
    identity = await repo.channels.identity(ben)
    assert identity is not None and identity.address == "15557654321"
    assert identity.last_inbound_at is None


async def test_forgotten_ids_are_never_reused(repo: Repository) -> None:
    ana = await repo.channels.person_for("whatsapp", "15551234567", NOW)
    await repo.subscribers.forget(ana)
    assert await repo.channels.identity(ana) is None
    again = await repo.channels.person_for("whatsapp", "15551234567", NOW)
    assert again == ana + 1


async def test_last_inbound_only_moves_forward(repo: Repository) -> None:
    ana = await repo.channels.person_for("whatsapp", "15551234567", NOW)
    await repo.channels.touch_inbound(ana, NOW)
    await repo.channels.touch_inbound(ana, NOW - timedelta(hours=3))  # a late, older webhook
    identity = await repo.channels.identity(ana)
    assert identity is not None and identity.last_inbound_at == NOW


async def test_statuses_move_forward_and_a_failure_reaches_the_journal(
    repo: Repository,
) -> None:
    ana = await repo.channels.person_for("whatsapp", "15551234567", NOW)
    await insert_subscriber(repo, ana, now=NOW, timezone="UTC")
    delivery_id = await repo._db.fetch_value(  # a reminder the tick recorded as sent
        "INSERT INTO deliveries (user_id, local_date, status, claimed_at) VALUES (?, ?, 'sent', ?)"
        " RETURNING id",
        (ana, date(2026, 3, 2).isoformat(), 0),
    )
    await repo.channels.record_message("wamid.A", ana, NOW, delivery_id=delivery_id)
    await repo.channels.record_message("wamid.B", ana, NOW)
    assert await repo.channels.record_status("wamid.B", "read", NOW)
    assert not await repo.channels.record_status("wamid.B", "delivered", NOW)  # late, older
    assert await repo.channels.message_status("wamid.B") == ("read", None)
    assert await repo.channels.record_status("wamid.A", "failed", NOW, error="131026")
    assert await repo.channels.message_status("wamid.A") == ("failed", "131026")
    row = await repo._db.fetch_one(
        "SELECT status, error FROM deliveries WHERE id = ?", (delivery_id,)
    )
    assert row is not None and tuple(row) == ("failed", "131026")
    assert not await repo.channels.record_status("wamid.unknown", "sent", NOW)
