"""What the tests that run the bot as a process share: its environment, starting it, a free
loopback port to give it, reading its output until a line appears (or several, in order),
stopping it as systemd and Docker do, and killing it if a test fails before stopping it."""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
import socket
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

# The settings that choose and reach a channel: a developer's own (a real token in their shell)
# must never reach a bot under test.
CHANNEL_SETTINGS = ("TELEGRAM_", "WHATSAPP_", "WEBHOOK_")
# A log record as bot/logs.py formats it: "2026-11-25 06:00:00,000 DEBUG name: message".
LOG_LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} [A-Z]+ ", re.MULTILINE)


def bot_env(**settings: str) -> dict[str, str]:
    """This process's environment without any channel setting, plus `settings`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(CHANNEL_SETTINGS)}
    env.update(settings)
    return env


def as_in_a_terminal() -> None:
    """Give the child the terminal's Ctrl-C (SIGINT at its default, so Python raises
    KeyboardInterrupt), whatever the test runner inherited: a shell starts background jobs
    with SIGINT ignored, and a child inherits that, so it would never see Ctrl-C."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def free_port() -> int:
    """A loopback port nothing listens on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def read_until(stream: asyncio.StreamReader, marker: str) -> str:
    """The process's output up to and including `marker` (a minute at most for each read)."""
    seen = ""
    while marker not in seen:
        chunk = await asyncio.wait_for(stream.read(4096), timeout=60)
        if not chunk:
            raise AssertionError(f"output ended before {marker!r}: {seen[-800:]}")
        seen += chunk.decode()
    return seen


def assert_in_order(output: str, *markers: str) -> None:
    """Each marker appears in the output after the one before it."""
    at = 0
    for marker in markers:
        found = output.find(marker, at)
        assert found >= 0, f"{marker!r} not after {output[:at][-300:]!r}:\n{output[at:][:1500]}"
        at = found + len(marker)


async def kill_if_running(process: asyncio.subprocess.Process) -> None:
    """A test's clean-up: a bot still running (the test failed before stopping it) is killed.

    The wait is bounded: a killed bot's chart worker may outlive it, holding the output pipe.
    """
    if process.returncode is None:
        process.kill()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(process.wait(), 10)


class Output:
    """The process's output, read as it comes (a DEBUG log must never fill the pipe)."""

    def __init__(self, stream: asyncio.StreamReader) -> None:
        self.text = ""
        self._grew = asyncio.Condition()
        self._task = asyncio.create_task(self._read(stream))

    async def _read(self, stream: asyncio.StreamReader) -> None:
        while chunk := await stream.read(65536):
            async with self._grew:
                self.text += chunk.decode(errors="replace")
                self._grew.notify_all()

    async def wait_for(self, marker: str) -> None:
        async with self._grew:
            await asyncio.wait_for(self._grew.wait_for(lambda: marker in self.text), 60)

    async def close(self) -> str:
        """Everything it wrote (a killed bot's chart worker may hold the pipe: not waited for)."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._task, 10)
        return self.text


@asynccontextmanager
async def running_bot(
    cwd: Path, env: dict[str, str], *args: str
) -> AsyncIterator[tuple[asyncio.subprocess.Process, Output]]:
    """`python -m bot ARGS` (run by default) and its output, read as it comes; on the way out
    it is killed if still running (the test failed before stopping it) and its output read to
    the end (`Output.text`)."""
    process = await start_bot(cwd, env, *args)
    assert process.stdout is not None
    output = Output(process.stdout)
    try:
        yield process, output
    finally:
        await kill_if_running(process)
        await output.close()


async def stop_with_sigterm(process: asyncio.subprocess.Process) -> int:
    """Stop the bot as systemd and Docker do (SIGTERM); its exit status, within a minute."""
    process.send_signal(signal.SIGTERM)
    return await asyncio.wait_for(process.wait(), timeout=60)


async def pipe_to_demo(cwd: Path, script: str, *args: str) -> str:
    """`printf SCRIPT | python -m bot demo ARGS`: every line at once, then the end of input;
    the transcript, once the demo has quit cleanly."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "demo", *args, cwd=cwd,
        env=bot_env(DATABASE_PATH=str(cwd / "data" / "bot.sqlite3")),
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    try:
        output, _ = await asyncio.wait_for(process.communicate(script.encode()), timeout=120)
    finally:
        await kill_if_running(process)
    transcript = output.decode()
    assert process.returncode == 0, transcript
    assert "Traceback" not in transcript, transcript
    assert not LOG_LINE.search(transcript), transcript  # the chat, not the bot's log
    assert transcript.rstrip().endswith("Bye!"), transcript
    return transcript


async def start_bot(cwd: Path, env: dict[str, str], *args: str) -> asyncio.subprocess.Process:
    """`python -m bot ARGS` (run by default), its log and errors on one output pipe."""
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *(args or ("run",)), cwd=cwd, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip


async def run_bot_to_exit(cwd: Path, env: dict[str, str]) -> tuple[int | None, str, str]:
    """`python -m bot run` expected to stop by itself (a setting refused): its exit status,
    output and errors, apart; killed after a minute if it kept running."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=cwd, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        output, errors = await asyncio.wait_for(process.communicate(), timeout=60)
    finally:
        await kill_if_running(process)
    return process.returncode, output.decode(), errors.decode()


def the_one_line(stderr: str) -> str:
    """The only line on the error stream: a refused setting is told in one line, no traceback."""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr[-2000:]
    return lines[0]
