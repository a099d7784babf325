"""`python -m bot run` with BACKUP_DIR writes the daily backup in every mode: Telegram only,
WhatsApp only (no Telegram Application, no JobQueue) and both. The backup is a sound copy of
the live database that the bot opens as its own once restored as the README says."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.emulator import BotApiEmulator, EmulatorServer
from bot.emulator_whatsapp import CloudApiEmulator
from bot.store import Repository
from tests.processes import assert_in_order, bot_env, free_port, running_bot, stop_with_sigterm
from tests.reminders.factories import insert_subscriber

pytestmark = pytest.mark.subprocess

TOKEN = "7654321:AAHsecret-token-for-the-backup-test"
KEPT = 424242  # a subscriber the backup must hold


def channel_settings(mode: str, api: CloudApiEmulator, telegram_port: int) -> dict[str, str]:
    """The settings that turn on the channels of `mode`."""
    settings: dict[str, str] = {}
    if mode in ("telegram", "both"):
        settings.update(
            TELEGRAM_TOKEN=TOKEN, TELEGRAM_API_URL=f"http://127.0.0.1:{telegram_port}/bot"
        )
    if mode in ("whatsapp", "both"):
        settings.update(
            WHATSAPP_TOKEN=api.token, WHATSAPP_PHONE_NUMBER_ID=api.phone_number_id,
            WHATSAPP_APP_SECRET=api.app_secret, WHATSAPP_VERIFY_TOKEN=api.verify_token,
            WHATSAPP_API_URL=api.base_url,
        )  # fmt: skip
    return settings


def restore(backup: Path, database: Path) -> None:
    """The README's restore, the bot stopped: the database and any -wal and -shm beside it
    moved out of the way, the backup copied to DATABASE_PATH."""
    for path in database.parent.glob(database.name + "*"):
        path.rename(path.with_name(f"old-{path.name}"))
    shutil.copyfile(backup, database)


@pytest.mark.parametrize("mode", ["telegram", "whatsapp", "both"])
async def test_run_writes_the_daily_backup_whichever_channels_are_on(
    tmp_path: Path, mode: str
) -> None:
    database, backups = tmp_path / "bot.sqlite3", tmp_path / "backups"
    repo = await Repository.open(database)
    await insert_subscriber(repo, KEPT, now=datetime.now(UTC))
    await repo.close()
    telegram_port = free_port()
    async with CloudApiEmulator() as api:
        env = bot_env(
            DATABASE_PATH=str(database), BACKUP_DIR=str(backups), WEBHOOK_PORT=str(free_port()),
            LOG_LEVEL="INFO", PYTHONUNBUFFERED="1",
            **channel_settings(mode, api, telegram_port),
        )  # fmt: skip
        async with (
            EmulatorServer(BotApiEmulator(TOKEN), port=telegram_port),
            running_bot(tmp_path, env) as (process, output),
        ):
            await output.wait_for("backup written: bot-")
            await stop_with_sigterm(process)
    log = output.text
    assert process.returncode == 0, log[-3000:]
    assert_in_order(log, "channels on: ", "backup written: bot-", "database closed")
    [backup] = list(backups.iterdir())  # one copy, and nothing half-written beside it
    assert backup.name.startswith("bot-") and backup.name.endswith(".sqlite3")
    with sqlite3.connect(backup) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)

    restore(backup, database)  # as the README says; the bot opens it, subscriber and all
    restored = await Repository.open(database)
    try:
        kept = await restored.subscribers.get(KEPT)
        assert kept is not None and kept.first_name == f"User {KEPT}"
    finally:
        await restored.close()
