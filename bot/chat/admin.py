"""/stats for the people who run the bot (ADMIN_IDS); to everyone else it does not exist."""

from __future__ import annotations

from typing import Any

from bot.chat.basics import unknown_command
from bot.chat.taps import TapRoute
from bot.chat.turn import Turn
from bot.ops.stats import stats_text

# ADMIN_IDS are Telegram user ids: on other channels nobody is an admin.
ADMIN_CHANNEL = "telegram"


def is_admin(turn: Turn) -> bool:
    """Whether the person is one of the operators (ADMIN_IDS, on Telegram)."""
    person = turn.person
    return person.channel == ADMIN_CHANNEL and person.person_id in turn.settings.admin_ids


async def show_stats(turn: Turn) -> None:
    """Send the operator's numbers to an admin; answer anyone else as for an unknown command."""
    if not is_admin(turn):
        await unknown_command(turn)
        return
    stats = await turn.repo.stats.collect(turn.clock.now())
    await turn.out.send(stats_text(stats, turn.content.texts))


commands = {"stats": show_stats}
taps: list[TapRoute[Any]] = []
