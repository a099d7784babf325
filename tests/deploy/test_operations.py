"""Operator tools: backups (online, restorable, with retention), health and stats commands,
admin-only /stats, and the deploy files themselves."""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml

from bot.ops.backup import backup_to, backups_in, daily_backup
from bot.store import Repository
from bot.testing import BotHarness

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 25, 6, 0, tzinfo=UTC)


async def add_subscribers(repo: Repository, first: int, count: int) -> None:
    for user_id in range(first, first + count):
        await repo.subscribers.register(
            user_id=user_id, chat_id=user_id, first_name=f"U{user_id}", language_code="en",
            timezone="UTC", reminder_time="07:30", today=NOW.date(), now=NOW,
        )  # fmt: skip


async def test_a_backup_taken_during_writes_restores_intact(tmp_path: Path) -> None:
    repo = await Repository.open(tmp_path / "live.sqlite3")
    writer = asyncio.create_task(add_subscribers(repo, 1, 400))
    await asyncio.sleep(0)  # let the writer start before the backup is taken
    copy = await backup_to(repo.db, tmp_path / "backups" / "copy.sqlite3")
    await writer
    await repo.close()
    restored = sqlite3.connect(copy)
    try:
        assert restored.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = restored.execute("SELECT COUNT(*), COUNT(timezone) FROM subscribers").fetchone()
        assert rows[0] == rows[1] <= 400  # whole rows only, taken at one instant
        version = restored.execute("SELECT MAX(number) FROM schema_migrations").fetchone()[0]
        assert version >= 1
    finally:
        restored.close()
    with pytest.raises(FileExistsError):
        reopened = await Repository.open(tmp_path / "live.sqlite3")
        try:
            await backup_to(reopened.db, copy)
        finally:
            await reopened.close()


async def test_daily_backups_keep_the_newest_ones(tmp_path: Path) -> None:
    repo = await Repository.open(tmp_path / "live.sqlite3")
    folder = tmp_path / "backups"
    try:
        for day in range(10):
            now = NOW + timedelta(days=day)
            assert await daily_backup(repo.db, folder, 3, now) is not None
            assert await daily_backup(repo.db, folder, 3, now + timedelta(hours=5)) is None
    finally:
        await repo.close()
    names = [path.name for path in backups_in(folder)]
    assert names == [f"bot-202612{day:02d}-060000.sqlite3" for day in (2, 3, 4)]


def run_cli(*args: str, database: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
    env["DATABASE_PATH"] = str(database)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], capture_output=True, text=True, env=env,
        cwd=ROOT, timeout=120, check=False,
    )  # fmt: skip


@pytest.mark.subprocess
async def test_health_stats_and_backup_commands(tmp_path: Path) -> None:
    database = tmp_path / "bot.sqlite3"
    missing = run_cli("health", database=database)
    assert missing.returncode == 1 and "no database" in missing.stderr
    repo = await Repository.open(database)
    await add_subscribers(repo, 1, 3)
    await repo.scheduler.beat("test", datetime.now(UTC) - timedelta(hours=1))
    stale = run_cli("health", database=database)
    assert stale.returncode == 1 and "last ticked" in stale.stderr
    await repo.scheduler.beat("test", datetime.now(UTC))
    await repo.close()
    healthy = run_cli("health", database=database)
    assert (healthy.returncode, healthy.stdout.strip()) == (0, "ok")
    stats = run_cli("stats", database=database)
    assert stats.returncode == 0 and "Subscribers: 3 active" in stats.stdout
    copy = tmp_path / "copy.sqlite3"
    backup = run_cli("backup", str(copy), database=database)
    assert backup.returncode == 0 and copy.is_file()
    secret = run_cli("secret", database=database).stdout.strip()
    assert re.fullmatch(r"[A-Za-z0-9_-]{40,}", secret)


async def test_stats_for_admins_only(database_path: Path) -> None:
    async with BotHarness.running(database_path, admin_ids="71") as harness:
        admin, stranger = harness.user(71, "Ada"), harness.user(72, "Sid")
        await admin.command("start")
        await stranger.command("start")
        [numbers] = await admin.command("stats")
        assert numbers.text is not None and "Subscribers: 2 active" in numbers.text
        [refused] = await stranger.command("stats")
        [unknown] = await stranger.command("nosuchcommand")
        assert refused.text == unknown.text and "/help" in (refused.text or "")
        menus = {
            json.loads(key)[0]["type"]: value for key, value in harness.emulator.commands.items()
        }
        assert "stats" not in [c["command"] for c in menus["default"]]
        assert "stats" in [c["command"] for c in menus["chat"]]


def test_compose_file_has_what_operators_rely_on() -> None:
    compose = yaml.safe_load((ROOT / "deploy" / "compose.yaml").read_text())
    bot = compose["services"]["bot"]
    assert bot["restart"] == "unless-stopped" and "healthcheck" in bot
    assert "bot-data:/data" in bot["volumes"] and bot["env_file"] == "../.env"
    assert compose["services"]["caddy"]["profiles"] == ["webhook"]
    if shutil.which("docker") is None:
        return
    probe = subprocess.run(["docker", "compose", "version"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip("docker compose is not installed here; the YAML was checked above")
    (ROOT / ".env").exists() or pytest.skip("compose config needs a .env beside the README")
    checked = subprocess.run(
        ["docker", "compose", "-f", "deploy/compose.yaml", "config", "-q"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stderr


def test_systemd_unit_verifies() -> None:
    unit = ROOT / "deploy" / "sciatica-bot.service"
    text = unit.read_text()
    wanted = ["StateDirectory=", "DynamicUser=yes", "ProtectSystem=strict", "NoNewPrivileges=yes",
              "EnvironmentFile=", "Restart=on-failure"]  # fmt: skip
    for directive in wanted:
        assert directive in text
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not available")
    result = subprocess.run(
        ["systemd-analyze", "verify", str(unit)], capture_output=True, text=True, check=False
    )
    problems = [
        line
        for line in (result.stdout + result.stderr).splitlines()
        if line.strip() and "is not executable: No such file or directory" not in line
    ]  # the venv in /opt exists only on a server the unit is installed on
    assert problems == []


def test_dockerfile_commands_are_the_ones_the_readme_documents() -> None:
    dockerfile = (ROOT / "deploy" / "Dockerfile").read_text()
    readme = (ROOT / "README.md").read_text()
    commands = [line.split("CMD ", 1)[1] for line in dockerfile.splitlines() if "CMD [" in line]
    assert len(commands) == 2  # the health check's and the container's
    for raw in commands:
        command = " ".join(json.loads(raw))
        assert f"`{command}`" in readme, command
    assert "USER bot" in dockerfile and "TELEGRAM_TOKEN=" not in dockerfile
    assert 'VOLUME ["/data"]' in dockerfile
