"""How-to cards on every channel: the exercise's figure with its steps as the caption.

Telegram's outbox has its own way (`CardOutbox`): the GIF or PNG uploaded once and sent by
file_id afterwards (bot/reminders/figure_cards.py). Any other channel gets the still figure as a
`Picture` (animations are Telegram's only), drawn in the chart worker process.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from bot.chat.turn import Turn
from bot.content.models import Exercise
from bot.core.routine import render_howto
from bot.reminders.figure_cards import figure_picture, fits_caption, introduce


@runtime_checkable
class CardOutbox(Protocol):
    """An outbox that sends how-to cards its own way (Telegram: cached file_ids, animations)."""

    async def howto_card(
        self, exercise: Exercise, *, heading: str | None = None, quiet: bool = False
    ) -> None:
        """Send `exercise`'s card (`quiet`: without a notification sound, where supported)."""
        ...


async def send_card(
    turn: Turn, exercise: Exercise, *, heading: str | None = None, quiet: bool = False
) -> None:
    """Send `exercise`'s figure with its steps; a too-long text follows as its own message."""
    if isinstance(turn.out, CardOutbox):
        await turn.out.howto_card(exercise, heading=heading, quiet=quiet)
        return
    text = render_howto(exercise, turn.content)
    if heading:
        text = f"{heading}\n{text}"
    picture = await figure_picture(turn.services, exercise.id)
    if fits_caption(text):
        await turn.out.photo(picture, text)
        return
    await turn.out.photo(picture)
    await turn.out.send(text)


async def introduce_new_exercises(
    turn: Turn, exercise_ids: Sequence[str], *, heading: str | None = None
) -> list[str]:
    """Send, once per person, the card of each of a routine's exercises they have not met yet.

    The cards come before the routine the person asked for (/today), or after the morning
    routine under `heading`. A card that fails to send is logged and skipped: the routine must
    still go out, and its How? button shows the card.
    """

    async def send(exercise: Exercise) -> None:
        await send_card(turn, exercise, heading=heading, quiet=True)

    return await introduce(turn.services, turn.person.person_id, exercise_ids, send)
