"""`python -m bot run` as a real process, long-polling the emulator's HTTP server on loopback."""

from __future__ import annotations

import asyncio
import re
import shutil
import signal
import sys
from pathlib import Path

import pytest

from bot.emulator import BotApiEmulator, EmulatorServer
from tests.processes import (
    as_in_a_terminal,
    assert_in_order,
    bot_env,
    free_port,
    kill_if_running,
    pipe_to_demo,
    read_until,
    run_bot_to_exit,
    running_bot,
    stop_with_sigterm,
    the_one_line,
)

pytestmark = pytest.mark.subprocess

TOKEN = "7654321:AAHsecret-token-for-the-process-test-xyz"
ROOT = Path(__file__).resolve().parents[2]


def bot_environment(server: EmulatorServer, database: Path) -> dict[str, str]:
    env = bot_env(
        TELEGRAM_TOKEN=TOKEN,
        TELEGRAM_API_URL=server.url,
        DATABASE_PATH=str(database),
        LOG_LEVEL="DEBUG",
        PYTHONUNBUFFERED="1",
    )
    return env


async def test_run_answers_start_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    emulator = BotApiEmulator(TOKEN)
    async with EmulatorServer(emulator) as server:
        env = bot_environment(server, tmp_path / "data" / "bot.sqlite3")
        async with running_bot(tmp_path, env) as (process, output):
            person = emulator.user(501, "Sam")
            person.send_command("start")
            assert await emulator.wait_for_messages(501, 1, timeout=60), "no answer to /start"
            assert "Hi Sam" in (emulator.messages(501)[0].text or "")
            await stop_with_sigterm(process)
    log = output.text
    assert process.returncode == 0, log
    assert_in_order(
        log,
        "channels on: telegram; Telegram updates by long polling",
        "telegram is connected as @sciatica_demo_bot",
        "database closed",
        "stopped cleanly",
    )
    assert TOKEN not in log
    assert TOKEN.split(":")[1] not in log
    assert emulator.violations == []


async def test_run_without_token_says_so_in_one_line(tmp_path: Path) -> None:
    status, _, stderr = await run_bot_to_exit(tmp_path, bot_env())
    assert status == 2
    assert "TELEGRAM_TOKEN" in the_one_line(stderr)


async def test_bad_database_path_says_so_in_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    env = bot_env(TELEGRAM_TOKEN=TOKEN, DATABASE_PATH=str(blocker / "bot.sqlite3"))
    status, _, stderr = await run_bot_to_exit(tmp_path, env)
    assert status == 2
    assert the_one_line(stderr).startswith("error: DATABASE_PATH=")
    assert TOKEN not in stderr


async def test_backup_dir_the_bot_cannot_write_to_stops_start_up_in_one_line(
    tmp_path: Path,
) -> None:
    # Found at start-up, not at the first automatic backup a minute later. A folder under a file
    # cannot be made even by root, who may write in any folder (the tests may run as root).
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    env = bot_env(
        TELEGRAM_TOKEN=TOKEN,
        TELEGRAM_API_URL=f"http://127.0.0.1:{free_port()}/bot",
        DATABASE_PATH=str(tmp_path / "bot.sqlite3"),
        BACKUP_DIR=str(blocker / "backups"),
    )
    status, output, stderr = await run_bot_to_exit(tmp_path, env)
    assert status == 2
    assert the_one_line(stderr).startswith("error: BACKUP_DIR=")
    assert TOKEN.split(":")[1] not in output + stderr


async def test_malformed_token_stops_start_up_offline_in_one_line(tmp_path: Path) -> None:
    # Nothing answers on this port: before the shape check, the bot retried getMe forever.
    malformed = "bot" + TOKEN
    env = bot_env(
        TELEGRAM_TOKEN=malformed,
        TELEGRAM_API_URL=f"http://127.0.0.1:{free_port()}/bot",
        DATABASE_PATH=str(tmp_path / "bot.sqlite3"),
    )
    status, output, stderr = await run_bot_to_exit(tmp_path, env)
    assert status == 2
    assert the_one_line(stderr).startswith("error: TELEGRAM_TOKEN: ")
    assert TOKEN.split(":")[1] not in output + stderr


async def test_a_broken_qa_yaml_still_stops_the_bot_in_one_line(tmp_path: Path) -> None:
    # The answerer is built after start-up now, in the background: its error ends the process
    # as it did when start-up built it, with one line naming the file.
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    (content / "qa.yaml").write_text("threshold: -1\n")
    emulator = BotApiEmulator(TOKEN)
    async with EmulatorServer(emulator) as server:
        env = bot_environment(server, tmp_path / "bot.sqlite3")
        env.update(CONTENT_DIR=str(content), LOG_LEVEL="INFO")
        status, _, stderr = await run_bot_to_exit(tmp_path, env)
    assert status == 2
    last = stderr.strip().splitlines()[-1]
    assert last.startswith("error: ") and "qa.yaml" in last, last
    assert "stopped cleanly" not in stderr


async def test_demo_chats_in_the_terminal_and_quits_on_end_of_input(tmp_path: Path) -> None:
    env = bot_env(DATABASE_PATH=str(tmp_path / "data" / "bot.sqlite3"))
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot",
        cwd=tmp_path, env=env,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    assert process.stdin is not None and process.stdout is not None
    try:
        banner = await read_until(process.stdout, "Type /start")
        assert "No TELEGRAM_TOKEN set" in banner
        process.stdin.write(b"/start\n")
        await process.stdin.drain()
        await read_until(process.stdout, "not a doctor")
        process.stdin.write(b"/today\n")
        await process.stdin.drain()
        shown = await read_until(process.stdout, "Undo last set")
        # The first numbered button (pictures of new exercises come first, without buttons).
        button = re.search(r"\[(\d+)\]", shown)
        assert button is not None
        number = button.group(1)
        process.stdin.write(f"#{number}\n".encode())
        await process.stdin.drain()
        await read_until(process.stdout, "set 1 of")
        process.stdin.write(b"#999\n/tap 998\n/tap\n")  # buttons that are not there
        await process.stdin.drain()
        await read_until(process.stdout, "no button [998]")
        process.stdin.close()
        rest = await asyncio.wait_for(process.stdout.read(), timeout=60)
        assert "Bye!" in rest.decode()
        assert await asyncio.wait_for(process.wait(), timeout=60) == 0
    finally:
        await kill_if_running(process)
    assert (tmp_path / "data" / "demo.sqlite3").exists()


async def test_demo_plays_input_piped_in_one_go_turn_by_turn(tmp_path: Path) -> None:
    """`printf '...' | python -m bot demo`: every line arrives at once and the input ends at
    once, yet each line is read only when the bot has finished with the one before, so `#10`
    taps a button already on screen, and the last line is answered before "Bye!"."""
    script = "/start\nEurope/London\n7\n#10\nshould I stay in bed?\n"
    transcript = await pipe_to_demo(tmp_path, script)
    assert_in_order(
        transcript,
        "> /start",  # piped lines are echoed at the prompt, so the transcript reads as a chat
        "not a doctor",  # the welcome
        "type a city",  # the timezone question
        "> Europe/London",
        "Timezone: Europe/London.",
        "[3] 07:00",  # the time buttons
        "> 7",
        "Did you mean 07:00 or 19:00?",
        "[10] 07:00",
        "> #10",  # read after its button was printed
        "Reminder time: 07:00.",
        "> should I stay in bed?",
        "longer bed rest usually makes sciatica worse",
        "Bye!",
    )
    assert "no button" not in transcript


async def test_demo_quits_cleanly_on_ctrl_c_while_waiting_for_input(tmp_path: Path) -> None:
    env = bot_env(DATABASE_PATH=str(tmp_path / "data" / "bot.sqlite3"))
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "demo",
        cwd=tmp_path, env=env,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT, preexec_fn=as_in_a_terminal,
    )  # fmt: skip
    assert process.stdin is not None and process.stdout is not None
    try:
        banner = await read_until(process.stdout, "Ctrl-C quits")
        assert "#3" in banner  # how to tap, so a typed number is never mistaken for a tap
        process.send_signal(signal.SIGINT)  # stdin stays open: the read is still blocked
        rest = (await asyncio.wait_for(process.stdout.read(), timeout=60)).decode()
        assert "Bye!" in rest and "Traceback" not in rest
        assert await asyncio.wait_for(process.wait(), timeout=60) == 0
    finally:
        await kill_if_running(process)
