"""The reminder sender's memory: peak RSS (VmHWM) of the sender process `python -m bot run`
starts, once it has sent a morning reminder, Telegram only and with WhatsApp on.

`python -m bench sender_memory`. Against the Bot API emulator (and the Cloud API emulator) on
loopback; the sender's pid is read from the bot's log, its VmHWM from /proc (Linux).
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import sys
import tempfile
from contextlib import AsyncExitStack
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bench._goals import judge
from bot.content.loader import default_content_dir, load_content
from bot.emulator import BotApiEmulator, EmulatorServer
from bot.store import Repository

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "7654321:AAHbench-sender-memory-token"
PERSON = 3001
STARTED = re.compile(rb"reminder sender started: process (\d+)")
CHANNEL_SETTINGS = ("TELEGRAM_", "WHATSAPP_", "WEBHOOK_")  # never a developer's own token
# The drawing libraries' compiled parts, as the sender's memory map would show them loaded.
DRAWING = re.compile(r"/(matplotlib|PIL|numpy)[^/]*/")


def main() -> None:
    """Print the sender's peak RSS for each channel mix."""
    if not sys.platform.startswith("linux"):
        print("  skipped: reads /proc")
        return
    print("reminder sender peak RSS (VmHWM, after sending one reminder; goal: no drawing libs)")
    for whatsapp in (False, True):
        peak, drawing = asyncio.run(_measure(whatsapp=whatsapp))
        mix = "Telegram and WhatsApp" if whatsapp else "Telegram only"
        verdict = judge(f"sender_memory: no drawing libs, {mix}", not drawing)
        print(f"  {mix}: {peak:.1f} MB; drawing libs loaded: {', '.join(drawing) or 'none'}"
              f" {verdict}")  # fmt: skip


async def _measure(*, whatsapp: bool) -> tuple[float, list[str]]:
    emulator = BotApiEmulator(TOKEN)
    with tempfile.TemporaryDirectory(prefix="bench-sender-") as folder:
        database = Path(folder) / "bot.sqlite3"
        await _one_due_subscriber(database, emulator)
        async with AsyncExitStack() as stack:
            server = await stack.enter_async_context(EmulatorServer(emulator))
            env = {k: v for k, v in os.environ.items() if not k.startswith(CHANNEL_SETTINGS)}
            env.update(
                TELEGRAM_TOKEN=TOKEN, TELEGRAM_API_URL=server.url, DATABASE_PATH=str(database),
                REMINDER_TICK_SECONDS="0.5", LOG_LEVEL="INFO", PYTHONUNBUFFERED="1",
            )  # fmt: skip
            if whatsapp:
                from bot.emulator_whatsapp import CloudApiEmulator

                api = await stack.enter_async_context(CloudApiEmulator())
                env.update(
                    WHATSAPP_TOKEN=api.token, WHATSAPP_PHONE_NUMBER_ID=api.phone_number_id,
                    WHATSAPP_APP_SECRET=api.app_secret, WHATSAPP_VERIFY_TOKEN=api.verify_token,
                    WHATSAPP_API_URL=api.base_url, WEBHOOK_PORT=str(_free_port()),
                )  # fmt: skip
            bot = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", cwd=ROOT, env=env,
                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
            )  # fmt: skip
            try:
                sender = await _sender_pid(bot)
                assert await emulator.wait_for_messages(PERSON, 1, timeout=60)
                status, mapped = _proc_status(sender), _proc_maps(sender)
            finally:
                bot.send_signal(signal.SIGTERM)
                await asyncio.wait_for(bot.communicate(), 60)
    found = re.search(r"VmHWM:\s+(\d+) kB", status)
    assert found is not None
    drawing = sorted({m.group(1) for m in DRAWING.finditer(mapped)})
    return int(found.group(1)) / 1024, drawing


def _proc_status(pid: int) -> str:
    return Path(f"/proc/{pid}/status").read_text()


def _proc_maps(pid: int) -> str:
    return Path(f"/proc/{pid}/maps").read_text()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def _sender_pid(bot: asyncio.subprocess.Process) -> int:
    assert bot.stdout is not None
    while True:
        line = await asyncio.wait_for(bot.stdout.readline(), 60)
        if not line:
            raise RuntimeError("the bot stopped before starting its sender")
        if found := STARTED.search(line):
            return int(found.group(1))


async def _one_due_subscriber(database: Path, emulator: BotApiEmulator) -> None:
    """One person whose reminder fell due a moment ago and who has met every exercise."""
    now = datetime.now(UTC)
    emulator.add_chat({"id": PERSON, "type": "private", "first_name": "Pat"})
    repo = await Repository.open(database)
    try:
        await repo.subscribers.register(
            user_id=PERSON, chat_id=PERSON, first_name="Pat", language_code="en",
            timezone="Europe/Berlin", reminder_time="07:30", today=date(2026, 11, 1), now=now,
        )  # fmt: skip
        await repo.subscribers.update(
            PERSON, now, onboarding_step=None, next_reminder_at=now - timedelta(seconds=5)
        )
        exercises = tuple(load_content(default_content_dir()).exercises)
        await repo.figures.claim_intros(PERSON, exercises, now)
    finally:
        await repo.close()
