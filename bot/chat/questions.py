"""Questions in plain words (any text that is not a command, and /ask), answered from the guide."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Literal

from bot.callbacks import CallbackData
from bot.chat.events import Command
from bot.chat.outbox import Choice, Choices
from bot.chat.taps import Tapped, TapRoute, tap_route
from bot.chat.turn import Turn
from bot.reminders.routine_keyboard import HowTo

if TYPE_CHECKING:  # the answerer (numpy, bm25s) is imported when it is built, after start-up
    from bot.qa.answer import Answer


@dataclass(frozen=True)
class GuideButton(CallbackData):
    """A next step offered with an answer: more of a section, a topic, or today's routine."""

    prefix: ClassVar[str] = "q"
    action: Literal["more", "topic", "today"]
    value: str


async def ask(turn: Turn) -> None:
    """/ask TEXT: the same as typing the question."""
    args = turn.event.args if isinstance(turn.event, Command) else ()
    question = " ".join(args).strip()
    if not question:
        await turn.out.send(turn.qa.config.replies.ask_usage)
        return
    await answer_question(turn, question)


async def answer_question(turn: Turn, text: str, found: Answer | None = None) -> None:
    """Answer a question (or reply with `found`, already worked out): a support note first when
    it tells of thoughts of ending a life, then red flags first, then the answer."""
    found = found if found is not None else turn.qa.answer(text)
    note = support_note(turn, text)
    if note is not None:
        # A message of its own, so it is read first and the answer after it stays as it was.
        await turn.out.send(note)
    body, choices = render_answer(found, turn)
    await turn.out.send(body, choices)


def support_note(turn: Turn, text: str) -> str | None:
    """The support note for `text`, if it tells of thoughts of ending a life (bot/qa/crisis.py):
    to the person, or to the one who cares for someone ("my husband says he wants to die").

    Every message that tells it gets the note, a second one in the same chat too: each may be
    the one the person reads, and nothing of it is stored (no record of such a message is kept
    in the database). Messages that do not tell it never get it."""
    hit = turn.qa.crisis(text)
    if hit is None:
        return None
    support = turn.content.texts.support
    return support.note if hit.who == "self" else support.note_for_carer


def answered_first(turn: Turn, text: str, found: Answer) -> bool:
    """Red flags or a support note come first: such a message is never taken as the answer to a
    waiting step or a typed pain score; it is answered, and what waits is offered again."""
    return found.kind == "red_flag" or support_note(turn, text) is not None


def render_answer(found: Answer, turn: Turn) -> tuple[str, Choices]:
    """The reply's text and choices for an answer."""
    replies, sections = turn.qa.config.replies, turn.content.sections
    if found.kind in ("empty", "greeting", "thanks"):
        return getattr(replies, found.kind), ()
    if found.kind == "out_of_scope":
        text = replies.other_language if found.other_language else replies.out_of_scope
        return text, _choices(found.suggestions, turn)
    if found.kind == "vague":
        return replies.vague, _choices(found.suggestions, turn)
    parts: list[str] = []
    if found.kind == "red_flag":
        urgent = sections["red-flags"]
        source = replies.source.format(title=urgent.title)
        parts.append(f"{replies.urgent}\n\n{urgent.summary}\n\n{source}")
    if found.text is not None and found.source_title is not None:
        if parts:
            parts.append(replies.urgent_then_answer)
        parts.append(f"{found.text}\n\n{replies.source.format(title=found.source_title)}")
    return "\n\n".join(parts), _choices(found.suggestions, turn)


# How much of a person's own words a reply quotes back ('"tomorrow" isn't a time I can use').
QUOTED_CHARS = 40


def fit(label: str, limit: int) -> str:
    """`label` within `limit` characters: whole when it fits, else cut at a word, with '…'."""
    if len(label) <= limit:
        return label
    cut = label[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:-")
    return f"{cut}…"


def _choices(suggestions: tuple[str, ...], turn: Turn) -> Choices:
    replies, sections = turn.qa.config.replies, turn.content.sections
    limit = turn.out.capabilities.max_label  # a topic's title may be longer than a button
    found: list[Choice] = []
    for suggestion in suggestions:
        kind, _, value = suggestion.partition(":")
        if kind == "howto":
            found.append(Choice(replies.howto_button, HowTo(value).pack()))
        elif kind == "more":
            found.append(Choice(replies.more_button, GuideButton("more", value).pack()))
        elif kind == "topic":
            title = fit(sections[value].title, limit)
            found.append(Choice(title, GuideButton("topic", value).pack()))
        elif kind == "today":
            found.append(Choice(replies.today_button, GuideButton("today", "").pack()))
    width = 2 if len(found) > 2 else 1
    return tuple(tuple(found[i : i + width]) for i in range(0, len(found), width))


async def follow_up(turn: Turn, tap: Tapped[GuideButton]) -> None:
    """A tap on an answer's button: more of the section, another topic, or today's routine."""
    data, sections = tap.data, turn.content.sections
    if data.action != "today" and data.value not in sections:
        await tap.answer(turn.content.texts.core.expired_button)
        return
    await tap.answer()
    if data.action == "today":
        from bot.chat.dispatch import run_command  # dispatch imports every feature

        await run_command(turn, "today")
        return
    section = sections[data.value]
    replies = turn.qa.config.replies
    if data.action == "more":
        await turn.out.send(f"{section.title}\n\n{section.body}")
        return
    text = f"{section.summary}\n\n{replies.source.format(title=section.title)}"
    await turn.out.send(text, _choices((f"more:{section.id}", "today"), turn))


commands = {"ask": ask}
taps: list[TapRoute[GuideButton]] = [tap_route(GuideButton, follow_up)]
