"""The composition root: everything the bot is made of is wired here, and only here."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import httpx
from telegram import BotCommand, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseHandler,
    CommandHandler,
    ContextTypes,
)
from telegram.request import BaseRequest, HTTPXRequest

from bot.chat.basics import public_commands
from bot.clock import Clock, SystemClock
from bot.content.loader import Content, default_content_dir, load_content
from bot.context import BotApplication, BotContext
from bot.handlers import admin, basics, errors, funnels, legacy, progress, routine, snooze
from bot.handlers.callback_types import check_callback_types
from bot.http_request import AiohttpRequest
from bot.ops.admin_menu import publish_admin_menus
from bot.ops.housekeeping import Housekeeping
from bot.ordering import PerChatUpdateProcessor
from bot.reminders.job import schedule_reminders
from bot.reminders.pacing import SharedPacing
from bot.reminders.sender import build_rate_limiter
from bot.reminders.sender_process import SenderProcess
from bot.services import BotServices
from bot.settings import Settings
from bot.store import Repository

if TYPE_CHECKING:
    from bot.qa.answer import QuestionAnswerer
    from bot.whatsapp.channel import Dispatch, WhatsAppChannel

logger = logging.getLogger(__name__)

# Handlers are tried in this order; the first whose filter matches answers the update.
Handlers = list[BaseHandler[Update, BotContext, None]]


def feature_handlers(registry: Iterable[str]) -> Handlers:
    """Every handler, in the order they are tried; `registry` is every command's name."""
    return [
        *funnels.edit_handlers,  # an edited message: red flags, an answer; never a step's answer
        *funnels.member_handlers,  # blocked or unblocked: reminders stop or come back at once
        *basics.guard_handlers,  # groups and channels: point to the private chat, store nothing
        *admin.handlers,  # /stats, for ADMIN_IDS only, with the admins' own command menu
        # Still on their own Telegram handlers until bot/chat/dispatch.py routes them (lead):
        *routine.handlers,  # /today, set buttons (answered at once), undo, how-to cards
        *progress.handlers,  # /progress with its chart, pain check-ins, "how did it feel?"
        *snooze.handlers,  # "Snooze 30 min" on the morning reminder
        *legacy.tap_handlers,  # "today's routine" buttons of set-up and answers open /today
        # Everything else goes through the conversation's one router (bot/chat/dispatch.py):
        *funnels.command_handlers(registry),  # every registry command; others point to /help
        *funnels.tap_handlers,  # every other tap, by its prefix; unknown ones answered expired
        *funnels.message_handlers,  # shared locations, and plain text: an answer or a question
    ]


def build_application(
    settings: Settings,
    *,
    request: BaseRequest | None = None,
    clock: Clock | None = None,
    content: Content | None = None,
    token: str | None = None,
    services: BotServices | None = None,
    pacing: SharedPacing | None = None,
    answerer: QuestionAnswerer | None = None,
) -> BotApplication:
    """Build the bot: settings, content, handlers, and the database opened at start-up.

    With `services` (several channels in one process, bot/runner.py) the application shares
    them, with their open database, and the process runs the reminder sender itself, whose
    Telegram rate budget `pacing` this bot's replies share.

    With `answerer` (one already built from the same content, e.g. a test suite's) the bot
    answers with it; without, it builds its own once it is serving. An answerer keeps nothing
    of a chat: one serves every person, so it may serve several applications too.
    """
    if services is not None:
        content, clock = services.content, services.clock
    content = content if content is not None else load_content(_content_dir(settings))
    token = token if token is not None else settings.token()
    # In production the reminders are sent by a process of their own, so that this one's event
    # loop only serves people (taps stay fast during a fan-out): bot/runner.py starts it for
    # every channel; an application on its own (the demo, the benchmark) starts it here. An
    # injected clock is driven by its owner, who runs the ticks; an injected transport is out
    # of another process's reach: both tick in this process.
    sender = None
    if services is None and clock is None and request is None:
        sender = SenderProcess(settings, token)
    shared = sender.pacing if sender is not None else pacing
    builder = (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.telegram_api_url)
        .context_types(ContextTypes(context=BotContext, bot_data=BotServices))
        .concurrent_updates(PerChatUpdateProcessor(max_concurrent_updates=64))
        # Reminders at SEND_RATE, replies first (with the sender process: one shared budget).
        .rate_limiter(build_rate_limiter(settings, shared=shared))
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    else:  # aiohttp: a tenth of httpx's CPU per call, which decides the paid broadcast pace
        builder = builder.request(AiohttpRequest())  # getUpdates keeps PTB's own client
        # On shutdown PTB calls getUpdates once more to confirm the last update while the
        # cancelled long poll may still hold its connection: a second one lets it through.
        builder = builder.get_updates_request(HTTPXRequest(connection_pool_size=2))
    application = cast(BotApplication, builder.build())
    if services is not None:
        application.bot_data = services
    else:
        application.bot_data.attach(
            settings=settings, content=content, clock=clock or SystemClock()
        )
        if answerer is not None:
            application.bot_data.attach_answerer(answerer)
        else:
            application.bot_data.answerer_from(_answerer(content, settings))

    check_callback_types()  # every button type routes by a prefix of its own
    registry = [command.name for command in content.texts.commands]
    application.add_handlers(feature_handlers(registry))
    # Before any command runs, a menu's waiting input ends (bot/core/conversation.py): the
    # router does it for its commands, this hook for those still on their own handlers.
    outside = {name for handler in (*routine.handlers, *progress.handlers, *snooze.handlers)
               if isinstance(handler, CommandHandler) for name in handler.commands}  # fmt: skip
    # (Telegram runs them on those handlers even where bot.chat.dispatch routes them too.)
    application.add_handlers(legacy.command_hooks(outside), group=-1)
    application.add_error_handler(errors.on_error)
    if sender is not None:  # started in post_init, stopped in post_shutdown
        application.bot_data.scheduler.sender = sender
    elif clock is None and services is None:  # an in-process transport (the tests' emulator)
        schedule_reminders(application)  # ticks in this loop; else the clock's owner ticks
    return application


def build_services(
    settings: Settings,
    *,
    clock: Clock | None = None,
    content: Content | None = None,
    answerer: bool = True,
) -> BotServices:
    """The shared resources without any messaging app (the database opens at start-up)."""
    services = BotServices()
    content = content if content is not None else load_content(_content_dir(settings))
    services.attach(settings=settings, content=content, clock=clock or SystemClock())
    if answerer:
        services.answerer_from(_answerer(content, settings))
    return services


def _answerer(content: Content, settings: Settings) -> Callable[[], QuestionAnswerer]:
    """How to build the question answerer: once, after start-up (BotServices.answerer_from).
    It validates qa.yaml against the content; `python -m bot content check` does it too.
    Its modules (numpy, bm25s) are imported by the build, in that thread, not at start-up."""
    folder = _content_dir(settings)

    def build() -> QuestionAnswerer:
        from bot.qa.answer import QuestionAnswerer
        from bot.qa.learned_vote import MODEL

        # QA_LEARNED_VOTE=true: the learned vote may re-route the rules' guide answers.
        vote = MODEL if settings.qa_learned_vote else None
        return QuestionAnswerer.from_content(content, folder, learned_vote=vote)

    return build


def build_whatsapp(
    services: BotServices,
    dispatch: Dispatch,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
) -> WhatsAppChannel:
    """The WhatsApp channel on `services`; it delivers its people's reminders from now on."""
    from bot.whatsapp.reminder_sender import whatsapp_channel  # pywa only when WhatsApp is on

    return whatsapp_channel(services, dispatch, transport=transport)


def _content_dir(settings: Settings) -> Path:
    return settings.content_dir if settings.content_dir is not None else default_content_dir()


async def _post_init(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Open the database and publish the command menu (Telegram shows it beside the input)."""
    services: BotServices = application.bot_data
    path = services.settings.prepare_database_path()
    if not services.shared:  # several channels share one database, opened by the process
        services.attach_repository(await Repository.open(path))
    texts = services.content.texts
    commands = public_commands(texts)
    await application.bot.set_my_commands(
        [BotCommand(command.name, command.description) for command in commands]
    )
    # Admins also see the admin-only commands, in their own chat's menu only.
    everything = [BotCommand(command.name, command.description) for command in texts.commands]
    await publish_admin_menus(
        application.bot, services.repo, services.settings.admin_ids, everything
    )
    if services.scheduler.sender is not None:  # after the migrations: it opens the same file
        services.scheduler.sender.start()
    if not services.shared:  # else the process builds it, for every channel (bot/runner.py)
        services.start_answerer()  # in a worker thread: updates are served meanwhile
        services.scheduler.upkeep = Housekeeping(services)  # backups, old statuses forgotten
        services.scheduler.upkeep.start()
    logger.info("ready: database %s, %d commands", path, len(commands))


async def _post_shutdown(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Stop the sender and the chart worker, close the database after the last handler."""
    services: BotServices = application.bot_data
    if services.scheduler.sender is not None:  # it finishes and journals what it has in flight
        await services.scheduler.sender.stop()
    if services.scheduler.upkeep is not None:  # a backup under way is finished first
        await services.scheduler.upkeep.stop()
    with contextlib.suppress(Exception):  # a failed build was logged when it failed
        await services.answerer_started()  # a worker thread cannot be cancelled: let it end
    if services.shared:  # the process closes what the channels share (and stops the sender)
        return
    services.close_chart_pool()
    try:
        repo = services.repo
    except RuntimeError:
        return
    await repo.close()
    services.attach_repository(None)
    logger.info("database closed")
