"""The /progress picture: 30 days of routine completion and pain, as PNG bytes.

Rendering is CPU work (about a tenth of a second), so the bot runs it in a worker process. Only
matplotlib's object API is used (a Figure per call, the Agg canvas, no pyplot state).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from bot.content.texts import Texts
from bot.core.records import DayRecord, PainCheckin

CHART_DAYS = 30
COMPLETION_COLOUR = "#4C9A6A"
PAIN_COLOUR = "#C8553D"


@dataclass(frozen=True)
class ChartWords:
    """The picture's title, labels and date format, from content (plain data for the worker)."""

    title: str
    completion_label: str
    pain_label: str
    day_month: str  # "{day} {month}"
    month_names: tuple[str, ...]  # short names, January first

    @classmethod
    def from_texts(cls, texts: Texts) -> ChartWords:
        """The words of /progress's chart."""
        words, dates = texts.progress, texts.dates
        return cls(
            words.chart_title,
            words.chart_completion,
            words.chart_pain,
            dates.day_month,
            dates.month_short_names,
        )

    def day_label(self, day: date) -> str:
        """'26 Nov'."""
        return self.day_month.format(day=day.day, month=self.month_names[day.month - 1])


def render_progress_chart(
    days: Sequence[DayRecord],
    pain: Sequence[PainCheckin],
    today: date,
    words: ChartWords,
) -> bytes:
    """A phone-sized PNG: bars for each day's share of sets done, a line for pain 0-10."""
    first = today - timedelta(days=CHART_DAYS - 1)
    calendar = [first + timedelta(days=n) for n in range(CHART_DAYS)]
    by_day = {record.day: record for record in days}
    completion = [_share_done(by_day.get(day)) for day in calendar]
    scores = {checkin.day: checkin.score for checkin in pain}
    pain_days = [n for n, day in enumerate(calendar) if day in scores]

    figure = Figure(figsize=(8, 5), dpi=120, layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.bar(range(CHART_DAYS), completion, color=COMPLETION_COLOUR, width=0.8)
    axes.set_ylim(0, 100)
    axes.set_ylabel(words.completion_label, color=COMPLETION_COLOUR, fontsize=13)
    axes.set_title(words.title, fontsize=15)
    ticks = list(range(CHART_DAYS - 1, -1, -7))[::-1]
    axes.set_xticks(ticks, [words.day_label(calendar[n]) for n in ticks], fontsize=11)
    axes.tick_params(axis="y", labelsize=11)
    axes.spines[["top"]].set_visible(False)

    pain_axes = axes.twinx()
    pain_axes.set_ylim(0, 10)
    pain_axes.set_ylabel(words.pain_label, color=PAIN_COLOUR, fontsize=13)
    pain_axes.tick_params(axis="y", labelsize=11)
    if pain_days:
        values = [scores[calendar[n]] for n in pain_days]
        pain_axes.plot(pain_days, values, color=PAIN_COLOUR, linewidth=2.5, marker="o")
    pain_axes.spines[["top"]].set_visible(False)

    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", pil_kwargs={"compress_level": 1})  # fast; ~60 KB
    return buffer.getvalue()


def _share_done(record: DayRecord | None) -> float:
    if record is None or record.sets_planned == 0:
        return 0.0
    if record.completed:
        return 100.0
    return min(100.0, 100.0 * record.sets_done / record.sets_planned)
