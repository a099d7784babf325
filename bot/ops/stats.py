"""The operator's numbers as text, for /stats and `python -m bot stats`."""

from __future__ import annotations

from bot.content.texts import Texts
from bot.store.stats import Stats


def stats_text(stats: Stats, texts: Texts) -> str:
    """The numbers in the words of content/texts.yaml."""
    return texts.admin.stats.format(
        active=stats.active, paused=stats.paused, stopped=stats.stopped, blocked=stats.blocked,
        sent=stats.sent_24h, failed=stats.failed_24h, completed=stats.completed_7d,
        shown=stats.routines_7d, rate=stats.completion_rate,
    )  # fmt: skip
