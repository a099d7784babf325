"""Running the bot for real: every configured channel in one process.

Telegram only, WhatsApp only (no TELEGRAM_TOKEN needed) or both share one database, one reminder
sender and one webhook server (Telegram's webhook path, WhatsApp's /whatsapp, /healthz).
Telegram long-polls unless WEBHOOK_URL is set. A channel whose API cannot be reached is retried
with back-off (bot/supervisor.py) while the others work.

The morning reminders of every channel go out from the reminder sender's own process
(bot/reminders/sender_process.py), started, watched and stopped here: this process's event loop
only serves people, so taps stay fast during a fan-out (issue 20). Telegram's replies here and
the sender's reminders share one rate budget (SharedPacing).

WhatsApp-only mode never builds python-telegram-bot's Application: the sender, the database
and the webhook server belong to the process (bot/services.py knows no Telegram), so nothing
needs a token or a getMe that could not succeed.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
import sqlite3
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from bot.app import build_application, build_services, build_whatsapp
from bot.chat.dispatch import dispatch
from bot.logs import configure_logging
from bot.ops.housekeeping import Housekeeping
from bot.ops.webhook import WebhookServer
from bot.reminders.sender_process import SenderProcess
from bot.services import BotServices
from bot.settings import Settings, SettingsError
from bot.store import Repository
from bot.supervisor import TelegramRunner, keep_trying
from bot.whatsapp.reminder_sender import sender_channels

if TYPE_CHECKING:
    from bot.whatsapp.channel import WhatsAppChannel

logger = logging.getLogger(__name__)


def run_bot(settings: Settings) -> int:
    """Run until SIGTERM or SIGINT; the database is closed either way."""
    if not settings.channels:
        raise SettingsError(
            "TELEGRAM_TOKEN is not set (nor WHATSAPP_TOKEN): get a token from @BotFather and "
            "put it in .env (or run `python -m bot demo` to try the bot without one)"
        )
    configure_logging(settings.log_level, secret=settings.secrets())
    _check_database(settings.prepare_database_path())
    settings.prepare_backup_dir()  # when automatic backups are on
    asyncio.run(serve(settings))
    logger.info("stopped cleanly")
    return 0


def _check_database(path: Path) -> None:
    """Open the database file once before anything starts: a one-line error if it cannot be."""
    try:
        with contextlib.closing(sqlite3.connect(path)) as probe:
            probe.execute("PRAGMA schema_version")  # reads the file's header
    except sqlite3.Error as exc:  # a folder the bot may not write to, a file that is no database
        problem = f"DATABASE_PATH={path}: cannot open it as a database ({exc})"
        raise SettingsError(problem) from None


async def serve(
    settings: Settings,
    *,
    stop: asyncio.Event | None = None,
    ready: asyncio.Event | None = None,
    on_whatsapp: Callable[[WhatsAppChannel], object] = lambda channel: None,
) -> None:
    """Start every configured channel, serve until `stop` (or a signal), stop in reverse;
    `ready` is set once the webhook server listens and the channels are starting, after
    `on_whatsapp` is given the WhatsApp channel (the demo awaits its `idle()`)."""
    stop = stop or _stop_on_signals()
    services = build_services(settings)
    services.shared = True
    services.attach_repository(await Repository.open(settings.prepare_database_path()))
    await services.repo.channels.clear_states()
    telegram: TelegramRunner | None = None
    whatsapp: WhatsAppChannel | None = None
    server: WebhookServer | None = None
    upkeep = Housekeeping(services)
    tasks: list[asyncio.Task[None]] = []
    token = settings.token() if "telegram" in settings.channels else None
    sender = SenderProcess(settings, token, channels=sender_channels)
    try:
        whatsapp, routes = _whatsapp(services)
        application = None
        if token is not None:
            application = build_application(settings, services=services, pacing=sender.pacing)
        hooked = application if settings.webhook_url else None
        if routes or hooked is not None:
            server = WebhookServer(hooked, settings, services=services, routes=routes)
            await server.start()
        if application is not None:
            telegram = TelegramRunner(application, server if hooked is not None else None)
        freeze_start_up()
        logger.info("%s", describe_channels(settings, server.port if server else None))
        if telegram is not None:
            tasks.append(asyncio.create_task(telegram.run(stop), name="telegram"))
        if whatsapp is not None:
            from bot.whatsapp.api import SendError

            connect = keep_trying(
                "whatsapp", services, whatsapp.api.probe, stop, transient=(SendError,)
            )
            tasks.append(asyncio.create_task(_done(connect), name="whatsapp"))
            on_whatsapp(whatsapp)
        sender.start()  # after the migrations (Repository.open): it opens the same file
        upkeep.start()  # backups, old statuses forgotten: whichever channels are on
        # Questions need the answerer; start-up and the reminders do not: it is built now, in
        # a worker thread, while the channels serve (a question meanwhile waits for it).
        tasks.append(asyncio.create_task(_answerer(services), name="answerer"))
        if ready is not None:
            ready.set()
        await _until(stop, tasks)
    finally:
        stop.set()
        await sender.stop()  # it finishes and journals the reminders it has in flight
        await upkeep.stop()  # a backup under way is finished before the database closes
        await asyncio.gather(*tasks, return_exceptions=True)
        if telegram is not None:
            await telegram.stop()
        if server is not None:
            await server.stop()
        if whatsapp is not None:
            await whatsapp.idle()
            await whatsapp.api.close()
        services.close_chart_pool()
        await services.repo.close()
        logger.info("database closed")


async def _answerer(services: BotServices) -> None:
    """Build the question answerer; an error in qa.yaml ends the process with it."""
    started = time.perf_counter()
    await services.build_answerer()
    freeze_start_up()  # its patterns and index live as long as the process
    logger.info("question answerer ready in %.1f s", time.perf_counter() - started)


def describe_channels(settings: Settings, port: int | None) -> str:
    """The start-up line: the channels on, how each gets its updates, and the webhook server."""
    told = [", ".join(settings.channels)]
    if "telegram" in settings.channels:
        how = f"webhook at {_public(settings)}" if settings.webhook_url else "long polling"
        told.append(f"Telegram updates by {how}")
    if "whatsapp" in settings.channels:
        told.append("WhatsApp updates by webhook at /whatsapp")
    if port is not None:
        told.append(f"webhook server on {settings.webhook_listen}:{port}")
    return "channels on: " + "; ".join(told)


def _public(settings: Settings) -> str:
    """WEBHOOK_URL as Telegram calls it, without a password, query or any secret in its path."""
    parts = urlsplit(settings.webhook_url or "")
    path = parts.path
    for secret in settings.secrets():
        path = path.replace(secret, "[secret]")
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname}{port}{path}"


def _whatsapp(services: BotServices) -> tuple[WhatsAppChannel | None, list[Any]]:
    """The WhatsApp channel and its webhook route, when it is configured."""
    settings = services.settings
    if "whatsapp" not in settings.channels:
        return None, []
    from bot.whatsapp.webhook import routes

    channel = build_whatsapp(services, dispatch)
    verify = settings.whatsapp_verify_token
    return channel, routes(channel, verify.get_secret_value() if verify else "")


async def _done(connect: Coroutine[Any, Any, bool]) -> None:
    await connect


async def _until(stop: asyncio.Event, tasks: list[asyncio.Task[None]]) -> None:
    """Wait for `stop`; a task failing with a setting problem ends the process with it."""
    waiter = asyncio.create_task(stop.wait())
    # A channel's task ends once it is connected: it leaves the wait, which would otherwise
    # wake on it again at once, forever (a busy loop taking a core from the handlers).
    pending = set(tasks)
    try:
        while not stop.is_set():
            done, _ = await asyncio.wait([waiter, *pending], return_when=asyncio.FIRST_COMPLETED)
            for task in done - {waiter}:
                pending.discard(task)
                if not task.cancelled() and task.exception() is not None:
                    raise task.exception()  # type: ignore[misc]
    finally:
        waiter.cancel()


def _stop_on_signals() -> asyncio.Event:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    return stop


def freeze_start_up() -> None:
    """Keep what start-up built out of the garbage collector's full passes.

    Content, the question index and the libraries' tables live as long as the process; with
    them frozen, a full collection (which pauses every handler) takes milliseconds, not tens.
    """
    gc.collect()
    gc.freeze()
