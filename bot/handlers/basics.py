"""The private-chat rule: Telegram's groups and other people's chats get no conversation."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, MessageHandler, filters

from bot.context import BotContext
from bot.handlers.replies import reply


async def private_only(update: Update, context: BotContext) -> None:
    """Explain in a group that the bot works in private chats; store nothing."""
    message = update.effective_message
    if message is not None and not _for_this_bot(message.text or "", context.bot.username):
        return  # `/help@other_bot`: groups often hold several bots, and that one is asked
    await reply(update, context.content.texts.core.private_only)


def _for_this_bot(text: str, username: str) -> bool:
    """Whether a command is addressed to this bot: by its @username, or to no bot in particular."""
    command = text.split(maxsplit=1)[0] if text.strip() else ""
    _, at, name = command.partition("@")
    return not at or name.casefold() == username.casefold()


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


# Runs before every feature: in groups the bot stores nothing and points to the private chat.
# Feature handlers filter on private chats, so other group chatter simply gets no answer.
guard_handlers: list[BaseHandler[Update, BotContext, None]] = [
    MessageHandler(filters.ChatType.GROUPS & filters.COMMAND, private_only),
    ForeignTapHandler(),  # nobody's tap may act on another person's chat
]
