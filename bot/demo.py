"""`python -m bot demo`: chat with the real bot in this terminal, against the built-in emulator.

The emulator's HTTP server plays Telegram on 127.0.0.1; the real bot long-polls it exactly as it
would poll Telegram, with its own database file. Bot messages are printed with their buttons
numbered; type text to send it, `#3` (or `/tap 3`) to tap button 3, `/loc LAT LON` to share a
location. A bare number is a message like any other ("7" at the time step is a time, not a tap).
"""

from __future__ import annotations

import asyncio
import contextlib
import getpass
import re
import sys
import threading
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

from bot.app import build_application
from bot.emulator import BotApiEmulator, BotMessage, EmulatorServer, SimulatedUser
from bot.lifecycle import running
from bot.logs import configure_logging
from bot.settings import Settings

DEMO_USER_ID = 424242
DEMO_DATABASE = Path("data/demo.sqlite3")
BANNER = (
    "Demo chat with the bot. Type /start to begin.\n"
    "Type a message to send it; tap a button with # and its number (#3) or /tap 3;\n"
    "/loc LAT LON shares a location. Ctrl-D or Ctrl-C quits.\n"
)
_TAP = re.compile(r"^(?:#\s*|/tap\s+)(\d+)$")


def run_demo(settings: Settings) -> int:
    """Run the terminal chat until Ctrl-D or Ctrl-C."""
    return run_in_terminal(_demo(settings))


def run_in_terminal(chat: Coroutine[Any, Any, None]) -> int:
    """Run a terminal chat (either channel's) until Ctrl-D or Ctrl-C, quiet logs meanwhile."""
    configure_logging("WARNING")
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(chat)
    print("\nBye!")
    return 0


async def _demo(settings: Settings) -> None:
    emulator = BotApiEmulator()
    async with EmulatorServer(emulator) as server:
        demo_settings = settings.model_copy(
            update={
                "telegram_api_url": server.url,
                "database_path": settings.database_path.with_name(DEMO_DATABASE.name),
            }
        )
        demo_settings.prepare_database_path()
        application = build_application(demo_settings, token=emulator.token)
        async with running(application, polling=True):
            person = emulator.user(DEMO_USER_ID, _first_name())
            screen = _Screen(emulator, person.chat_id)
            printer = asyncio.create_task(screen.follow())
            print(BANNER)
            try:
                await _read_input(person, screen, _stdin_lines())
            finally:
                printer.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await printer


def _first_name() -> str:
    try:
        name = getpass.getuser()
    except (KeyError, OSError):
        name = ""
    return name.capitalize() if name and name != "root" else "Friend"


def _stdin_lines() -> asyncio.Queue[str | None]:
    """Lines typed in the terminal, read by a daemon thread (None at end of input).

    A daemon thread, not the loop's executor: a blocked read must never keep Ctrl-C from
    ending the program.
    """
    loop = asyncio.get_running_loop()
    lines: asyncio.Queue[str | None] = asyncio.Queue()

    def read() -> None:
        for line in sys.stdin:
            loop.call_soon_threadsafe(lines.put_nowait, line)
        loop.call_soon_threadsafe(lines.put_nowait, None)

    threading.Thread(target=read, name="demo-stdin", daemon=True).start()
    return lines


async def _read_input(
    person: SimulatedUser, screen: _Screen, lines: asyncio.Queue[str | None]
) -> None:
    while (line := await lines.get()) is not None:
        text = line.strip()
        if text:
            try:
                say = handle_line(person, screen, text)
            except Exception as error:
                say = f"could not send that: {error}"
            if say:
                print(f"  ({say})\n> ", end="", flush=True)


def handle_line(person: SimulatedUser, screen: _Screen, text: str) -> str | None:
    """Act on one typed line; return a note for the terminal when nothing was sent."""
    tap = _TAP.match(text)
    if tap is not None:
        number = int(tap[1])
        if number not in screen.buttons:
            return f"there is no button [{number}] on screen"
        message_id, button_text = screen.buttons[number]
        try:
            person.tap(message_id, text=button_text)
        except LookupError:  # an edit removed it since it was printed
            return f"button [{number}] is no longer there"
        return None
    if text.startswith("/loc"):
        parts = text.split()
        try:
            person.share_location(float(parts[1]), float(parts[2]))
        except (IndexError, ValueError):
            return "usage: /loc LATITUDE LONGITUDE, e.g. /loc 52.52 13.40"
        return None
    if text.startswith("/tap"):
        return "usage: #3 or /tap 3 taps button [3]"
    if text.startswith("/"):
        name, _, args = text[1:].partition(" ")
        person.send_command(name, args.strip())
    else:
        person.send_text(text)
    return None


class _Screen:
    """Prints the bot's new and edited messages, numbering every button."""

    def __init__(self, emulator: BotApiEmulator, chat_id: int) -> None:
        self._emulator = emulator
        self._chat_id = chat_id
        self._shown: dict[int, tuple[object, ...]] = {}
        self._answers_shown: set[str] = set()
        self._numbers: dict[tuple[int, int, int], int] = {}
        self.buttons: dict[int, tuple[int, str]] = {}

    async def follow(self) -> None:
        version = 0
        while True:
            version = await self._emulator.wait_for_change(version, timeout=3600)
            for query_id, query in self._emulator.queries.items():
                if query["answered"] and query_id not in self._answers_shown:
                    self._answers_shown.add(query_id)
                    if query["text"]:
                        print(f"\n  ({query['text']})")
            for message in self._emulator.messages(self._chat_id):
                signature = (message.text, tuple(map(tuple, message.buttons)), message.kind)
                if self._shown.get(message.message_id) != signature:
                    edited = message.message_id in self._shown
                    self._shown[message.message_id] = signature
                    self._print(message, edited=edited)

    def _print(self, message: BotMessage, *, edited: bool) -> None:
        label = "bot (edited)" if edited else "bot"
        body = message.text or ""
        if message.kind != "text":
            body = f"[{message.kind}{': ' + message.filename if message.filename else ''}] {body}"
        print(f"\n{label}: " + body.replace("\n", "\n  "))
        for r, row in enumerate(message.buttons):
            cells = []
            for c, button in enumerate(row):
                # A button keeps its number when its message is edited.
                key = (message.message_id, r, c)
                number = self._numbers.setdefault(key, len(self._numbers) + 1)
                self.buttons[number] = (message.message_id, button.text)
                cells.append(f"[{number}] {button.text}")
            print("  " + "   ".join(cells))
        for keys in message.reply_keyboard or []:
            print("  (keyboard) " + " | ".join(keys))
        print("> ", end="", flush=True)
