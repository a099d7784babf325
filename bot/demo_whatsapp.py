"""`python -m bot demo --channel whatsapp`: chat with the real bot as a WhatsApp user, here.

The Cloud API emulator plays Meta on 127.0.0.1: the bot runs as `python -m bot run` does with
only WhatsApp configured (its webhook server, scheduler and database), and what you type reaches
it as signed webhooks. Buttons and list rows are numbered: `#2` taps one; `/loc LAT LON` shares
a location; anything else is a message (commands are words here: today, progress, help...).
Like the Telegram demo, each line waits for the bot to finish with the one before.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import socket
import sys
from typing import TYPE_CHECKING

from pydantic import SecretStr

from bot.demo import (
    DEMO_DATABASE,
    TURN_LIMIT,
    Terminal,
    _first_name,
    _stdin_lines,
    converse,
    run_in_terminal,
)
from bot.emulator_whatsapp import (
    ButtonsMessage,
    CloudApiEmulator,
    ListMessage,
    Outgoing,
    SimulatedPerson,
    TemplateMessage,
)
from bot.runner import serve
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.whatsapp.channel import WhatsAppChannel

DEMO_NUMBER = "15550004242"
BANNER = (
    "WhatsApp demo: the bot behind the Cloud API emulator. Say hi (or type start) to begin.\n"
    "Commands are words: today, progress, settings, help. Tap with # and a number (#2);\n"
    "/loc LAT LON shares a location. Ctrl-D or Ctrl-C quits.\n"
)
_TAP = re.compile(r"^#\s*(\d+)$")


def run_whatsapp_demo(settings: Settings) -> int:
    """Run the terminal chat until Ctrl-D or Ctrl-C."""
    return run_in_terminal(_demo(settings))


async def _demo(settings: Settings) -> None:
    from bot.content.loader import default_content_dir
    from bot.whatsapp.words import load_words

    async with CloudApiEmulator() as api:
        template = load_words(settings.content_dir or default_content_dir()).reminder_template
        api.register_template(
            template.name, template.language, body=template.body, buttons=(template.button,)
        )
        port = _free_port()
        demo = settings.model_copy(
            update={
                "telegram_token": None,
                "whatsapp_token": SecretStr(api.token),
                "whatsapp_phone_number_id": api.phone_number_id,
                "whatsapp_app_secret": SecretStr(api.app_secret),
                "whatsapp_verify_token": SecretStr(api.verify_token),
                "whatsapp_api_url": api.base_url,
                "webhook_url": None,
                "webhook_listen": "127.0.0.1",
                "webhook_port": port,
                "database_path": settings.database_path.with_name(
                    "whatsapp-" + DEMO_DATABASE.name
                ),
                "backup_dir": None,  # a demo's database is no backup: BACKUP_KEEP counts real ones
            }
        )
        stop, ready = asyncio.Event(), asyncio.Event()
        channels: list[WhatsAppChannel] = []
        bot = asyncio.create_task(serve(demo, stop=stop, ready=ready, on_whatsapp=channels.append))
        await asyncio.wait(
            [asyncio.create_task(ready.wait()), bot], return_when=asyncio.FIRST_COMPLETED
        )
        if bot.done():
            await bot  # it could not start: its error says why
        [channel] = channels
        api.set_webhook(f"http://127.0.0.1:{port}/whatsapp")
        person = api.person(DEMO_NUMBER, _first_name())
        screen = _Screen(person)
        printer = asyncio.create_task(screen.follow())
        print(BANNER)
        try:
            await converse(
                _stdin_lines(),
                screen.act,
                lambda: bot_finished(api, channel),
                screen,
                echo=not sys.stdin.isatty(),
            )
        finally:
            printer.cancel()
            stop.set()
            with contextlib.suppress(asyncio.CancelledError):
                await printer
            await bot


async def bot_finished(api: CloudApiEmulator, channel: WhatsAppChannel) -> bool:
    """Wait until the bot has handled every message sent to it; False after TURN_LIMIT.

    Deterministic, no timer: the bot's webhook answers 200 (which `SimulatedPerson` awaits)
    once the channel has accepted the message, and the channel's `idle()` returns once every
    accepted message's turn is over, replies sent. The delivery statuses of those replies are
    then flushed to the bot, so none is still in flight when the demo stops it.
    """
    try:
        async with asyncio.timeout(TURN_LIMIT):
            await channel.idle()  # a timeout leaves the turn running, to finish on screen
            await api.flush_webhooks()
    except TimeoutError:
        return False
    return True


class _Screen(Terminal):
    """Prints the bot's messages as they arrive, numbering every button and list row."""

    def __init__(self, person: SimulatedPerson) -> None:
        self.person = person
        self.choices: dict[int, tuple[Outgoing, str]] = {}
        self._shown = 0

    async def follow(self) -> None:
        """Print messages as they come (a reminder, or a reply to a line still in its turn)."""
        while True:
            await self.person.wait_for_messages(self._shown + 1, timeout=3600)
            self.refresh()

    def refresh(self) -> None:
        """Print the messages received that are not on screen yet."""
        inbox = self.person.inbox
        for message in inbox[self._shown :]:
            self._print(message)
        self._shown = len(inbox)

    def _print(self, message: Outgoing) -> None:
        kind = type(message).__name__.removesuffix("Message").lower()
        prefix = "" if kind == "text" else f"[{kind}] "
        print(f"\nbot: {prefix}" + (message.text or "").replace("\n", "\n  "))
        options: list[tuple[str, str]] = []
        if isinstance(message, ButtonsMessage):
            options = [(b.id, b.title) for b in message.buttons]
        elif isinstance(message, ListMessage):
            options = [(r.id, r.title) for r in message.rows]
        elif isinstance(message, TemplateMessage):
            options = [(q.payload, q.text) for q in message.quick_replies]
        cells = []
        for data, label in options:
            number = len(self.choices) + 1
            self.choices[number] = (message, data)
            cells.append(f"[{number}] {label}")
        if cells:
            print("  " + "   ".join(cells))
        print("> ", end="", flush=True)
        self.prompted = True

    async def act(self, text: str) -> str | None:
        """Send one typed line; return a note when nothing was sent."""
        tap = _TAP.match(text)
        if tap is not None:
            picked = self.choices.get(int(tap[1]))
            if picked is None:
                return f"there is no choice [{tap[1]}] on screen"
            message, data = picked
            if isinstance(message, TemplateMessage):
                await self.person.tap_template_button(data)
            else:
                await self.person.tap(data, message=message)
            return None
        if text.startswith("/loc"):
            parts = text.split()
            try:
                await self.person.share_location(float(parts[1]), float(parts[2]))
            except (IndexError, ValueError):
                return "usage: /loc LATITUDE LONGITUDE, e.g. /loc 52.52 13.40"
            return None
        await self.person.send_text(text)
        return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
