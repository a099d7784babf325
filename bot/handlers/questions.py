"""Questions in plain words (any text that is not a command, and /ask), answered from the guide."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CommandHandler, filters

from bot.callbacks import CallbackData
from bot.context import BotContext
from bot.handlers.replies import reply
from bot.handlers.taps import Tap, button_handler
from bot.qa.answer import Answer
from bot.reminders.routine_keyboard import HowTo


@dataclass(frozen=True)
class GuideButton(CallbackData):
    """A next step offered with an answer: more of a section, a topic, or today's routine."""

    prefix: ClassVar[str] = "q"
    action: Literal["more", "topic", "today"]
    value: str


async def ask(update: Update, context: BotContext) -> None:
    """/ask TEXT: the same as typing the question."""
    question = " ".join(context.args or []).strip()
    if not question:
        await reply(update, context.services.qa.config.replies.ask_usage)
        return
    await answer_question(update, context, question)


async def answer_question(
    update: Update, context: BotContext, text: str, found: Answer | None = None
) -> None:
    """Answer a question (or reply with `found`, already worked out): red flags first."""
    found = found if found is not None else context.services.qa.answer(text)
    body, markup = render_answer(found, context)
    await reply(update, body, markup=markup)


def render_answer(found: Answer, context: BotContext) -> tuple[str, InlineKeyboardMarkup | None]:
    """The reply's text and buttons for an answer."""
    replies, sections = context.services.qa.config.replies, context.content.sections
    if found.kind in ("empty", "greeting", "thanks"):
        return getattr(replies, found.kind), None
    if found.kind == "out_of_scope":
        text = replies.other_language if found.other_language else replies.out_of_scope
        return text, _buttons(found.suggestions, context)
    parts: list[str] = []
    if found.kind == "red_flag":
        urgent = sections["red-flags"]
        source = replies.source.format(title=urgent.title)
        parts.append(f"{replies.urgent}\n\n{urgent.summary}\n\n{source}")
    if found.text is not None and found.source_title is not None:
        if parts:
            parts.append(replies.urgent_then_answer)
        parts.append(f"{found.text}\n\n{replies.source.format(title=found.source_title)}")
    return "\n\n".join(parts), _buttons(found.suggestions, context)


def _buttons(suggestions: tuple[str, ...], context: BotContext) -> InlineKeyboardMarkup | None:
    replies, sections = context.services.qa.config.replies, context.content.sections
    buttons: list[InlineKeyboardButton] = []
    for suggestion in suggestions:
        kind, _, value = suggestion.partition(":")
        if kind == "howto":
            buttons.append(
                InlineKeyboardButton(replies.howto_button, callback_data=HowTo(value).pack())
            )
        elif kind == "more":
            data = GuideButton("more", value).pack()
            buttons.append(InlineKeyboardButton(replies.more_button, callback_data=data))
        elif kind == "topic":
            data = GuideButton("topic", value).pack()
            buttons.append(InlineKeyboardButton(sections[value].title, callback_data=data))
        elif kind == "today":
            data = GuideButton("today", "").pack()
            buttons.append(InlineKeyboardButton(replies.today_button, callback_data=data))
    if not buttons:
        return None
    width = 2 if len(buttons) > 2 else 1
    return InlineKeyboardMarkup([buttons[i : i + width] for i in range(0, len(buttons), width)])


async def follow_up(update: Update, context: BotContext, tap: Tap[GuideButton]) -> None:
    """A tap on an answer's button: more of the section, another topic, or today's routine."""
    data, sections = tap.data, context.content.sections
    if data.action != "today" and data.value not in sections:
        await tap.answer(context.content.texts.core.expired_button)
        return
    await tap.answer()
    if data.action == "today":
        from bot.handlers.routine import today

        await today(update, context)
        return
    section = sections[data.value]
    replies = context.services.qa.config.replies
    if data.action == "more":
        await reply(update, f"{section.title}\n\n{section.body}")
        return
    markup = _buttons((f"more:{section.id}", "today"), context)
    text = f"{section.summary}\n\n{replies.source.format(title=section.title)}"
    await reply(update, text, markup=markup)


handlers: list[BaseHandler[Update, BotContext, None]] = [
    CommandHandler("ask", ask, filters=filters.ChatType.PRIVATE),
    button_handler(GuideButton, follow_up),
]
