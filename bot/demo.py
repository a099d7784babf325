"""`python -m bot demo`: chat with the real bot in this terminal, against the built-in emulator.

The emulator's HTTP server plays Telegram on 127.0.0.1; the real bot long-polls it exactly as it
would poll Telegram, with its own database file. Bot messages are printed with their buttons
numbered; type text to send it, `#3` (or `/tap 3`) to tap button 3, `/loc LAT LON` to share a
location. A bare number is a message like any other ("7" at the time step is a time, not a tap).

Each line is sent once the bot has finished with the one before (its replies printed), so
input piped or pasted in one go plays out as if typed slowly, and end of input quits only once
the last line is answered. Piped lines are echoed after the prompt, so the transcript reads as
a conversation.
"""

from __future__ import annotations

import asyncio
import contextlib
import getpass
import re
import sys
import threading
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Any

from bot.app import build_application
from bot.context import BotApplication
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
# A safety net only: the wait for the bot's turn ends on its own completion signal (below). This
# bounds a bot that never finishes (stuck, or an update it never fetches), so the demo goes on.
TURN_LIMIT = 60.0


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
                "backup_dir": None,  # a demo's database is no backup: BACKUP_KEEP counts real ones
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
                await converse(
                    _stdin_lines(),
                    lambda text: _send(person, screen, text),
                    lambda: bot_finished(emulator, application),
                    screen,
                    echo=not sys.stdin.isatty(),
                )
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


class Terminal(ABC):
    """What both demos' screens offer the input loop: print what is new, and notes."""

    prompted = False  # the last thing printed is the prompt, "> "

    @abstractmethod
    def refresh(self) -> None:
        """Print whatever the bot has sent or changed that is not on screen yet."""

    def note(self, text: str) -> None:
        """A note from the demo itself, then the prompt."""
        print(f"  ({text})\n> ", end="", flush=True)
        self.prompted = True

    def echo(self, text: str) -> None:
        """Show a piped line as if it had been typed at the prompt."""
        print(text if self.prompted else f"> {text}", flush=True)
        self.prompted = False


async def converse(
    lines: asyncio.Queue[str | None],
    send: Callable[[str], Awaitable[str | None]],
    finished: Callable[[], Awaitable[bool]],
    terminal: Terminal,
    *,
    echo: bool,
) -> None:
    """Send each line, then wait until the bot has finished with it before reading the next.

    `send` returns a note when it sent nothing (no wait then). Lines typed meanwhile wait
    their turn in `lines`; at end of input the last line has been answered.
    """
    while (line := await lines.get()) is not None:
        text = line.strip()
        if not text:
            continue
        if echo:
            terminal.echo(text)
        try:
            say = await send(text)
        except Exception as error:
            say = f"could not send that: {error}"
        if say:
            terminal.note(say)
            continue
        if not await finished():
            terminal.note(f"the bot has not finished after {TURN_LIMIT:.0f} s; going on")
        terminal.refresh()


async def bot_finished(emulator: BotApiEmulator, application: BotApplication) -> bool:
    """Wait until the bot has handled every update sent so far; False after TURN_LIMIT.

    Deterministic, no timer: PTB's updater puts the updates of a getUpdates answer on the
    application's `update_queue` before it confirms them with the next call's offset (which
    the emulator sees), and the application marks each one done (`task_done`) once every
    handler has returned (replies sent); `join()` waits for that, concurrent updates too.
    One bound, TURN_LIMIT, covers both waits.
    """
    try:
        async with asyncio.timeout(TURN_LIMIT):
            await emulator.wait_until_taken(timeout=None)  # bounded by the turn's limit
            await application.update_queue.join()
    except TimeoutError:
        return False
    return True


async def _send(person: SimulatedUser, screen: _Screen, text: str) -> str | None:
    """`handle_line` as `converse` calls it (sending to the emulator never waits)."""
    return handle_line(person, screen, text)


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


class _Screen(Terminal):
    """Prints the bot's new and edited messages, numbering every button."""

    def __init__(self, emulator: BotApiEmulator, chat_id: int) -> None:
        self._emulator = emulator
        self._chat_id = chat_id
        self._shown: dict[int, tuple[object, ...]] = {}
        self._answers_shown: set[str] = set()
        self._numbers: dict[tuple[int, int, int], int] = {}
        self.buttons: dict[int, tuple[int, str]] = {}

    async def follow(self) -> None:
        """Print changes as they come (a reminder, or a reply to a line still in its turn)."""
        version = 0
        while True:
            version = await self._emulator.wait_for_change(version, timeout=3600)
            self.refresh()

    def refresh(self) -> None:
        """Print the answered callback queries and new or edited messages not shown yet."""
        for query_id, query in self._emulator.queries.items():
            if query["answered"] and query_id not in self._answers_shown:
                self._answers_shown.add(query_id)
                if query["text"]:
                    print(f"\n  ({query['text']})")
                    self.prompted = False
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
        self.prompted = True
