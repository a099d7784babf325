"""/help, honest answers for commands still to come, and the private-chat rule."""

from __future__ import annotations

from collections.abc import Iterable

from telegram import Update
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot.content.texts import CommandText, Texts
from bot.context import BotContext
from bot.handlers.replies import reply


def public_commands(texts: Texts) -> list[CommandText]:
    """Commands everyone sees in the menu and in /help (admin-only ones are hidden)."""
    return [command for command in texts.commands if not command.admin_only]


def help_text(texts: Texts) -> str:
    """The /help message, built from the command registry."""
    lines = [texts.core.help_header, ""]
    lines += [f"/{command.name} - {command.description}" for command in public_commands(texts)]
    lines += ["", texts.core.help_footer]
    return "\n".join(lines)


async def show_help(update: Update, context: BotContext) -> None:
    """List every command from the registry."""
    await reply(update, help_text(context.content.texts))


async def coming_soon(update: Update, context: BotContext) -> None:
    """Say honestly that a registered command's feature has not landed yet."""
    message = update.effective_message
    text = message.text if message and message.text else "/"
    name = text.split()[0].lstrip("/").split("@")[0]
    await reply(update, context.content.texts.core.coming_soon.format(command=name))


async def unknown_command(update: Update, context: BotContext) -> None:
    """Say a command is unknown and point to /help."""
    await reply(update, context.content.texts.core.unknown_command)


async def private_only(update: Update, context: BotContext) -> None:
    """Explain in a group that the bot works in private chats; store nothing."""
    await reply(update, context.content.texts.core.private_only)


class ForeignTapHandler(BaseHandler[Update, BotContext, None]):
    """Matches a tap on a message in someone else's private chat (e.g. a forwarded routine)."""

    def __init__(self) -> None:
        super().__init__(not_yours)

    def check_update(self, update: object) -> bool:
        """True for a callback query whose message sits in another person's private chat."""
        if not isinstance(update, Update) or update.callback_query is None:
            return False
        message = update.callback_query.message
        if message is None or message.chat.type != "private":
            return False
        return message.chat.id != update.callback_query.from_user.id


async def not_yours(update: Update, context: BotContext) -> None:
    """Answer a tap on someone else's message politely; touch nothing, send nothing."""
    if update.callback_query is not None:
        await update.callback_query.answer(context.content.texts.routine.not_yours)


async def unknown_button(update: Update, context: BotContext) -> None:
    """Answer a tap no feature claims (old or forged data): it has expired."""
    if update.callback_query is not None:
        await update.callback_query.answer(context.content.texts.core.expired_button)


def placeholder_handlers(
    names: Iterable[str],
) -> list[BaseHandler[Update, BotContext, None]]:
    """Handlers for registered commands whose feature is not wired yet."""
    return [CommandHandler(name, coming_soon, filters=filters.ChatType.PRIVATE) for name in names]


# Runs before every feature: in groups the bot stores nothing and points to the private chat.
# Feature handlers filter on private chats, so other group chatter simply gets no answer.
guard_handlers: list[BaseHandler[Update, BotContext, None]] = [
    MessageHandler(filters.ChatType.GROUPS & filters.COMMAND, private_only),
    ForeignTapHandler(),  # nobody's tap may act on another person's chat
]


handlers: list[BaseHandler[Update, BotContext, None]] = [
    CommandHandler("help", show_help, filters=filters.ChatType.PRIVATE),
]

# Tried last: every callback query must be answered, even one no feature recognises; a
# command nobody handles gets a pointer to /help rather than silence.
fallback_handlers: list[BaseHandler[Update, BotContext, None]] = [
    CallbackQueryHandler(unknown_button),
    MessageHandler(filters.COMMAND & filters.ChatType.PRIVATE, unknown_command),
]
