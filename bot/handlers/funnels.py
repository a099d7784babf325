"""Telegram's way into the conversation: each update becomes a `Turn` for `bot.chat.dispatch`.

Commands of the registry, unknown commands, taps, typed text and shared locations each go
through one generic handler here; bot/handlers keeps only what is Telegram's own (the group
guard, the admins' command menu).
"""

from __future__ import annotations

from collections.abc import Iterable

from telegram import ChatMember, Update
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot.chat.account import back_after_block
from bot.chat.basics import unknown_command
from bot.chat.dispatch import dispatch
from bot.chat.events import Edited, Reachable, Text, Unreadable
from bot.chat.onboarding import leave_menu_input
from bot.chat.turn import Turn
from bot.context import BotContext
from bot.handlers.outbox import TelegramOutbox, person, turn

Handlers = list[BaseHandler[Update, BotContext, None]]
PRIVATE = filters.ChatType.PRIVATE


async def on_update(update: Update, context: BotContext) -> None:
    """A command, tap or shared location, through the conversation's one router."""
    this_turn = turn(update, context)
    if this_turn is None:
        if update.callback_query is not None:  # callback queries must be answered
            await update.callback_query.answer()
        return
    await dispatch(this_turn)


async def on_text(update: Update, context: BotContext) -> None:
    """Typed text, or a photo's caption (never a command, even when it starts with a slash)."""
    who, message = person(update), update.effective_message
    if who is None or message is None:
        return
    # Words written under a photo, video or file reach the bot as its caption, not its text.
    words = message.text if message.text is not None else message.caption
    if words is None:
        return
    event = Text(who, words)
    await dispatch(Turn(event, context.bot_data, TelegramOutbox(update, context)))


async def on_edited(update: Update, context: BotContext) -> None:
    """A message edited after it was sent: its new words are read, but answer no step."""
    who, message = person(update), update.edited_message
    if who is None or message is None or message.chat.type != "private":
        return  # groups and channels: the bot answers nothing there, edits included
    # A live location reports each move as an edit, and a caption can be removed: no words,
    # nothing to answer.
    words = message.text if message.text is not None else message.caption
    if words is None or not words.strip():
        return
    event = Edited(who, words)
    await dispatch(Turn(event, context.bot_data, TelegramOutbox(update, context)))


async def on_other_message(update: Update, context: BotContext) -> None:
    """A sticker, voice message or photo without words: say what is read, re-offer the step."""
    who = person(update)
    if who is not None:
        event = Unreadable(who)
        await dispatch(Turn(event, context.bot_data, TelegramOutbox(update, context)))


async def on_bot_status(update: Update, context: BotContext) -> None:
    """The person blocked the bot ("kicked") or unblocked it ("member") in their private chat."""
    who, change = person(update), update.my_chat_member
    if who is None or change is None or change.chat.type != "private":
        return  # a group adding or removing the bot: nothing about anyone's reminders
    status = change.new_chat_member.status
    if status not in (ChatMember.BANNED, ChatMember.MEMBER):
        return
    event = Reachable(who, reachable=status == ChatMember.MEMBER)
    await dispatch(Turn(event, context.bot_data, TelegramOutbox(update, context)))


async def leave_input(update: Update, context: BotContext) -> None:
    """Before a command still handled outside bot.chat: a menu's input ends, a block is over."""
    this_turn = turn(update, context)
    if this_turn is not None:
        await back_after_block(this_turn)  # as the router does: they have unblocked the bot
        await leave_menu_input(this_turn)  # reads the row back_after_block read


async def on_other_command(update: Update, context: BotContext) -> None:
    """A command no handler took (unknown, or addressed to another bot): point to /help."""
    this_turn = turn(update, context)
    if this_turn is not None:
        await leave_menu_input(this_turn)  # as before any command
        await unknown_command(this_turn)


def command_handlers(names: Iterable[str]) -> Handlers:
    """The registry's commands (CommandHandler reads their arguments), then any other command."""
    return [
        CommandHandler(sorted(names), on_update, filters=PRIVATE),
        # A command nobody handles gets a pointer to /help rather than silence.
        MessageHandler(filters.COMMAND & PRIVATE, on_other_command),
    ]


# Before any other handler: they would read an edit as a new message (a command run again, a
# late answer to a step asked after the message was sent).
edit_handlers: Handlers = [MessageHandler(filters.UpdateType.EDITED_MESSAGE, on_edited)]

# Telegram tells of a block at once (my_chat_member; ALLOWED_UPDATES asks for it): no send
# needs to fail first, and an unblock brings the reminders back before any message.
member_handlers: Handlers = [ChatMemberHandler(on_bot_status, ChatMemberHandler.MY_CHAT_MEMBER)]

# Every callback query must be answered: the router answers taps no feature claims as expired.
tap_handlers: Handlers = [CallbackQueryHandler(on_update)]

message_handlers: Handlers = [
    MessageHandler(filters.LOCATION & PRIVATE, on_update),  # set-up's timezone from a location
    # An answer or a question, typed or written under a photo:
    MessageHandler((filters.TEXT | filters.CAPTION) & ~filters.COMMAND & PRIVATE, on_text),
    # Anything else a person sends (not the service messages of a chat) gets a reply too.
    MessageHandler(PRIVATE & ~filters.StatusUpdate.ALL, on_other_message),
]
