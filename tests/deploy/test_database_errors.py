"""A database file the bot cannot open ends `python -m bot run` with one line naming the setting.

Before any channel starts: a folder the bot may not write to (a Docker volume or systemd state
directory owned by another user) or a file that is not an SQLite database.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.processes import bot_env, run_bot_to_exit, the_one_line

TOKEN = "7654321:AAHsecret-token-for-the-database-test-xyz"


async def run_with_database(path: Path, cwd: Path) -> tuple[int | None, str]:
    env = bot_env(TELEGRAM_TOKEN=TOKEN, DATABASE_PATH=str(path))
    status, _, stderr = await run_bot_to_exit(cwd, env)
    return status, stderr


async def test_a_file_that_is_not_a_database_is_named_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    path.write_text("these are notes, not a database\n" * 100)
    status, stderr = await run_with_database(path, tmp_path)
    assert status == 2
    line = the_one_line(stderr)
    assert line.startswith(f"error: DATABASE_PATH={path}: ")
    assert "not a database" in line
    assert TOKEN not in stderr
    assert path.read_text().startswith("these are notes")  # left as it was


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs a folder nobody may write")
async def test_a_folder_the_bot_cannot_write_is_named_in_one_line(tmp_path: Path) -> None:
    path = Path("/proc/bot.sqlite3")  # the folder exists; no one may create files in it
    status, stderr = await run_with_database(path, tmp_path)
    assert status == 2
    assert the_one_line(stderr).startswith(f"error: DATABASE_PATH={path}: ")
    assert TOKEN not in stderr
