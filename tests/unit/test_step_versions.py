"""Step versions: packed short in base 36, taken from a counter that /forget leaves, and an older
database's versions carried over so the buttons already in chats keep their meaning."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.callbacks import (
    SERIAL_MAX,
    CallbackData,
    CallbackDataTooLong,
    MalformedCallbackData,
    Serial,
)
from bot.chat.steps import SetupChoice
from bot.core.conversation import Step
from bot.store import Repository
from bot.store.database import Database
from bot.store.migrations import MIGRATIONS
from bot.store.subscribers import STEP_VERSION_FLOOR, STEP_VERSION_KEY

NOW = datetime(2026, 11, 25, 6, tzinfo=UTC)


@dataclass(frozen=True)
class Counted(CallbackData):
    prefix = "c"
    version: Serial


@pytest.mark.parametrize(
    ("number", "packed"),
    [(0, "c:0"), (35, "c:z"), (36, "c:10"), (1679616, "c:10000"), (SERIAL_MAX, "c:zzzzzzzz")],
)
def test_a_serial_packs_in_base_36(number: int, packed: str) -> None:
    assert Counted(Serial(number)).pack() == packed
    assert Counted.unpack(packed) == Counted(Serial(number))


@pytest.mark.parametrize("forged", ["c:", "c:-1", "c:00", "c:0z", "c:Z", "c:100000000", "c:1.5"])
def test_anything_but_one_spelling_of_a_serial_is_malformed(forged: str) -> None:
    with pytest.raises(MalformedCallbackData):
        Counted.unpack(forged)


def test_a_serial_past_eight_digits_is_refused_at_pack_time() -> None:
    with pytest.raises(CallbackDataTooLong):
        Counted(Serial(SERIAL_MAX + 1)).pack()


def test_the_widest_set_up_button_fits_in_64_bytes() -> None:
    widest = SetupChoice(
        Step.SETTINGS_TIMEZONE, Serial(SERIAL_MAX), "tz", "America/Argentina/ComodRivadavia"
    )
    assert len(widest.pack().encode()) == 64


async def register(repo: Repository, user_id: int) -> int:
    subscriber, _ = await repo.subscribers.register(
        user_id=user_id, chat_id=user_id, first_name="Sam", language_code="en",
        timezone="UTC", reminder_time="07:30", today=date(2026, 11, 25), now=NOW,
    )  # fmt: skip
    return subscriber.step_version


async def test_versions_never_repeat_across_people_or_forget(tmp_path: Path) -> None:
    repo = await Repository.open(tmp_path / "bot.sqlite3")
    try:
        first = await register(repo, 1)
        assert first > STEP_VERSION_FLOOR
        assert await register(repo, 1) == first  # /start again keeps the step's version
        other = await register(repo, 2)
        moved = await repo.subscribers.new_step_version()
        await repo.subscribers.forget(1)
        again = await register(repo, 1)
        assert first < other < moved < again
    finally:
        await repo.close()


async def test_an_older_databases_versions_keep_their_buttons_meaning(tmp_path: Path) -> None:
    """Old buttons carry decimal versions; read in base 36 they must still match what waits."""
    db = await Database.open(tmp_path / "old.sqlite3", migrations=MIGRATIONS[:3])
    try:
        old = {1: 0, 2: 9, 3: 12, 4: 1234, 5: 99999}
        for user_id, version in old.items():
            await db.execute(
                "INSERT INTO subscribers (user_id, chat_id, timezone, reminder_time,"
                " programme_start, onboarding_step, step_version, created_at, updated_at)"
                " VALUES (?, ?, 'UTC', '07:30', '2026-11-25', 'time', ?, 0, 0)",
                (user_id, user_id, version),
            )
        assert await db.migrate() == [m.number for m in MIGRATIONS[3:]]
        for user_id, version in old.items():
            button = SetupChoice.unpack(f"o:time:{version}:time:0700")  # drawn before the upgrade
            stored = await db.fetch_value(
                "SELECT step_version FROM subscribers WHERE user_id = ?", (user_id,)
            )
            assert button.version == stored
        counter = await db.fetch_value(
            "SELECT value FROM runtime_state WHERE key = ?", (STEP_VERSION_KEY,)
        )
        # New versions start above every version stored now (99999 in base 36 is the highest).
        assert int(counter) == int("99999", 36)
    finally:
        await db.close()


async def test_a_fresh_counter_starts_above_any_old_four_digit_button(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "fresh.sqlite3")
    counter = await db.fetch_value(
        "SELECT value FROM runtime_state WHERE key = ?", (STEP_VERSION_KEY,)
    )
    assert int(counter) == STEP_VERSION_FLOOR >= int("9999", 36)
    await db.close()
