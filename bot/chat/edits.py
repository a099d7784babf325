"""Answering a tap and redrawing its message, on channels that edit and on those that do not."""

from __future__ import annotations

from typing import Any

from bot.chat.outbox import Choices
from bot.chat.taps import Tapped
from bot.chat.turn import Turn


async def answer_and_edit(
    turn: Turn,
    tap: Tapped[Any],
    *,
    answer: str | None,
    text: str,
    choices: Choices = (),
    note: str | None,
) -> None:
    """Answer the tap with `answer` and replace its message by `text` and `choices`.

    A channel that cannot edit sends `note` with the choices instead (and no separate answer,
    so the person does not read the same line twice); with no `note` it sends nothing.
    """
    editable = turn.out.capabilities.editable
    await tap.answer(answer if editable or note is None else None)
    if tap.message is not None:
        await turn.out.edit(tap.message, text, choices, note=note)
    elif not editable and note is not None:
        await turn.out.send(note, choices)
