"""Answering a tap and redrawing its message, on channels that edit and on those that do not."""

from __future__ import annotations

import logging
from collections.abc import Awaitable
from typing import Any

from bot.chat.outbox import Choices, MessageGone, NotEditable, SentMessage
from bot.chat.taps import Tapped
from bot.chat.turn import Turn

logger = logging.getLogger(__name__)


async def answer_and_edit(
    turn: Turn,
    tap: Tapped[Any],
    *,
    answer: str | None,
    text: str,
    choices: Choices = (),
    note: str | None,
    anew: Choices | None = None,
    before: str | None = None,
    copy: SentMessage | None = None,
) -> SentMessage | None:
    """Answer the tap with `answer` and replace its message by `text` and `choices`.

    A channel that cannot edit sends `note` with the choices instead (and no separate answer,
    so the person does not read the same line twice); with no `note` it sends nothing. A message
    the app refuses to edit stays as it is, and `text` comes anew with `anew` (else `choices`):
    after `before`, if any: that new message is returned. `copy`, one sent so before, is
    changed too, and in place of a new one (see `edit_or_send`).
    """
    editable = turn.out.capabilities.editable
    await tap.answer(answer if editable or note is None else None)
    if tap.message is not None:
        return await edit_or_send(
            turn, tap.message, text, choices, note=note, anew=anew, before=before,
            copy=copy if editable else None, why="tap on",
        )  # fmt: skip
    if not editable and note is not None:
        await turn.out.send(note, choices)
    return None


async def edit_or_send(
    turn: Turn,
    message: SentMessage,
    text: str,
    choices: Choices = (),
    *,
    note: str | None,
    anew: Choices | None = None,
    before: str | None = None,
    copy: SentMessage | None = None,
    why: str,
) -> SentMessage | None:
    """Replace `message` by `text` and `choices`, or, where the app refuses to edit it (too old
    for Telegram, say), leave it and send `text` with `anew` (else `choices`) as a new message,
    which is returned, after the line `before` if any. One log line names the message (`why`:
    what led to the edit), without a traceback: the app's refusal is no fault of the bot's.

    `copy` is such a new message, sent on an earlier refusal: it is changed too, so it stays
    current, and where `message` is refused it takes the new message's place (one copy, not
    one more per tap); only when the app refuses that too, or the person deleted it, is the
    routine sent anew."""
    try:
        await turn.out.edit(message, text, choices, note=note)
        refused: NotEditable | None = None
    except MessageGone:
        refused = None  # deleted by the person since the tap: there is nothing left to change
    except NotEditable as error:
        refused = error
    if copy is not None and copy.message_id != message.message_id:
        try:
            await turn.out.edit(copy, text, choices if anew is None else anew, note=None)
        except NotEditable as error:
            logger.warning(
                "%s message %s of person %s: its copy, message %s: %s",
                why, message.message_id, turn.person.person_id, copy.message_id, error,
            )  # fmt: skip
        else:
            if refused is not None:
                logger.warning(
                    "%s message %s of person %s: %s; its copy, message %s, was changed instead",
                    why, message.message_id, turn.person.person_id, refused, copy.message_id,
                )  # fmt: skip
            return None
    if refused is None:
        return None
    logger.warning(
        "%s message %s of person %s: %s; what it would show was sent anew",
        why, message.message_id, turn.person.person_id, refused,
    )  # fmt: skip
    if before is not None:
        await turn.out.send(before)
    return await turn.out.send(text, choices if anew is None else anew)


async def edit_or_leave(
    turn: Turn, message: SentMessage, edit: Awaitable[None], *, why: str
) -> None:
    """Await `edit` of `message`, a change nobody waits for (old buttons relabelled or closed):
    where the app refuses it, the message stays as it is, with one log line and no traceback."""
    try:
        await edit
    except MessageGone:
        return  # the person deleted it: there is nothing left to change
    except NotEditable as refused:
        logger.warning(
            "%s message %s of person %s: %s; left as it is",
            why, message.message_id, turn.person.person_id, refused,
        )  # fmt: skip
