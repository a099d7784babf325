"""Today's routine after the phase is set, told the same way wherever it was set: typed or tapped
at set-up's phase step, or chosen in /settings."""

from __future__ import annotations

from bot.chat.changes import phase_kept_today
from bot.chat.turn import Turn
from bot.core.subscriber import Subscriber


async def after_phase_set(turn: Turn, subscriber: Subscriber) -> None:
    """Say that today's routine stays the other phase's when something of it was recorded
    (`change` switched it to the new phase otherwise)."""
    if kept := await phase_kept_today(turn.services, subscriber):
        await turn.out.send(kept)
