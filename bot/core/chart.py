"""The /progress picture: routine completion and pain over the person's history, as PNG bytes.

The window runs from the first day on record to today (at least a week, at most MAX_DAYS so a
bar stays wider than a finger's width apart on a phone). The current streak's bars and the last
seven days stand out; a day without a pain score has no point, and the pain line breaks there
rather than dropping to zero. Colours are from the Okabe–Ito palette, which stays readable with
the common colour-vision deficiencies; shapes (bar height, line, markers) carry the meaning too.

Rendering is CPU work (about a tenth of a second), so the bot runs it in a worker process. Only
matplotlib's object API is used (a Figure per call, the Agg canvas, no pyplot state); it is
imported by the first drawing, so a process that only hands charts to the worker never loads it.
"""

from __future__ import annotations

import io
import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bot.content.texts import Texts
from bot.core.progress_rules import streaks
from bot.core.records import DayRecord, PainCheckin

MIN_DAYS = 7
MAX_DAYS = 91  # thirteen weeks; longer histories show their latest thirteen weeks
STREAK_COLOUR = "#0072B2"  # Okabe–Ito blue: the current streak's days
COMPLETION_COLOUR = "#56B4E9"  # Okabe–Ito sky blue: other days' share of sets done
PAIN_COLOUR = "#D55E00"  # Okabe–Ito vermilion
WEEK_SHADE = "#EEEEEE"
TEXT_COLOUR = "#222222"
FONT = 15  # points at 120 dpi: about 12 px when the picture is shown 360 px wide
WIDTH_IN, HEIGHT_IN, DPI = 6.0, 4.8, 120  # 720 x 576 px


@dataclass(frozen=True)
class ChartWords:
    """The picture's title, labels and date format, from content (plain data for the worker)."""

    title: str
    completion_label: str
    pain_label: str
    day_month: str  # "{day} {month}"
    month_names: tuple[str, ...]  # short names, January first
    empty: str = ""  # written across a chart with nothing on record yet

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
            words.chart_empty,
        )

    def day_label(self, day: date) -> str:
        """'26 Nov'."""
        return self.day_month.format(day=day.day, month=self.month_names[day.month - 1])


def chart_window(
    days: Sequence[DayRecord],
    pain: Sequence[PainCheckin],
    today: date,
    joined: date | None = None,
) -> list[date]:
    """The days drawn: the first day on record to today, at least MIN_DAYS, at most MAX_DAYS.

    Never a day before the person joined (`joined`, their first local day): a new person's
    chart starts on their first day, not six empty days before it. A day on record earlier than
    `joined` (their timezone changed since) still shows.
    """
    known = [r.day for r in days if r.day <= today] + [c.day for c in pain if c.day <= today]
    first = min(known, default=today)
    first = max(min(first, today - timedelta(days=MIN_DAYS - 1)), today - timedelta(MAX_DAYS - 1))
    if joined is not None:
        first = min(max(first, min([joined, *known])), today)
    return [first + timedelta(days=n) for n in range((today - first).days + 1)]


def streak_days(
    days: Sequence[DayRecord],
    today: date,
    reminder_days: int,
    paused: Collection[date] = frozenset(),
) -> set[date]:
    """The days of the current streak: its length in completed days, counted back from today."""
    length = streaks(days, today, reminder_days, paused).current
    completed = sorted((r.day for r in days if r.completed and r.day <= today), reverse=True)
    return set(completed[:length])


@dataclass(frozen=True)
class ChartSeries:
    """What the chart draws, day by day (pain is None on a day without a score)."""

    calendar: list[date]
    completion: list[float]
    colours: list[str]
    pain: list[float | None]


def chart_series(
    days: Sequence[DayRecord],
    pain: Sequence[PainCheckin],
    today: date,
    reminder_days: int = 0b1111111,
    paused: Collection[date] = frozenset(),
    joined: date | None = None,
) -> ChartSeries:
    """The window's days, each day's share done and colour, and its pain score if any."""
    calendar = chart_window(days, pain, today, joined)
    by_day = {record.day: record for record in days}
    in_streak = streak_days(days, today, reminder_days, paused)
    scores = {checkin.day: float(checkin.score) for checkin in pain}
    return ChartSeries(
        calendar=calendar,
        completion=[_share_done(by_day.get(day)) for day in calendar],
        colours=[STREAK_COLOUR if day in in_streak else COMPLETION_COLOUR for day in calendar],
        pain=[scores.get(day) for day in calendar],
    )


def render_progress_chart(
    days: Sequence[DayRecord],
    pain: Sequence[PainCheckin],
    today: date,
    words: ChartWords,
    reminder_days: int = 0b1111111,
    paused: Collection[date] = frozenset(),
    joined: date | None = None,
) -> bytes:
    """A phone-sized PNG: bars for each day's share of sets done, a line for pain 0-10.

    Fewer than MIN_DAYS days (a person's first week) keep a week's width, today on the right:
    bars stay bar-wide, and the slots before the first day are left blank, with no date.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    series = chart_series(days, pain, today, reminder_days, paused, joined)
    calendar, count = series.calendar, len(series.calendar)
    by_day = {record.day: record for record in days}
    # Days without a score are gaps (NaN breaks the line), never zeros.
    pain_values = [math.nan if value is None else value for value in series.pain]

    figure = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI, layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    # The last seven days (those since joining, in a first week):
    axes.axvspan(max(count - 7.5, -0.5), count - 0.5, color=WEEK_SHADE, zorder=0)
    axes.bar(range(count), series.completion, color=series.colours, width=0.8, zorder=2)
    axes.set_xlim(min(-0.6, count - MIN_DAYS - 0.4), count - 0.4)
    # This week's done days: a mark above each bar, in the band shaded for the last seven days.
    week_done = [
        n for n, day in enumerate(calendar)
        if n >= count - 7 and (record := by_day.get(day)) is not None and record.completed
    ]  # fmt: skip
    axes.scatter(week_done, [108] * len(week_done), marker="*", s=260, color=TEXT_COLOUR,
                 zorder=3)  # fmt: skip
    axes.set_ylim(0, 115)
    axes.set_yticks([0, 50, 100])
    axes.set_ylabel(words.completion_label, color=TEXT_COLOUR, fontsize=FONT)
    axes.set_title(words.title, fontsize=FONT + 2, color=TEXT_COLOUR)
    ticks = _ticks(count)
    axes.set_xticks(ticks, [words.day_label(calendar[n]) for n in ticks], fontsize=FONT)
    axes.tick_params(axis="both", labelsize=FONT, colors=TEXT_COLOUR)
    axes.spines[["top"]].set_visible(False)

    pain_axes = axes.twinx()
    pain_axes.set_ylim(0, 11.5)  # 10 level with 100 %
    pain_axes.set_yticks([0, 5, 10])
    pain_axes.set_ylabel(words.pain_label, color=PAIN_COLOUR, fontsize=FONT)
    pain_axes.tick_params(axis="y", labelsize=FONT, colors=PAIN_COLOUR)
    if any(value is not None for value in series.pain):
        pain_axes.plot(
            range(count), pain_values, color=PAIN_COLOUR, linewidth=3, marker="o",
            markersize=8 if count <= 31 else 5, markeredgecolor="white", zorder=3,
        )  # fmt: skip
    pain_axes.spines[["top"]].set_visible(False)
    if not any(series.completion) and not any(v is not None for v in series.pain):
        # Nothing on record yet: say how the chart fills in rather than show an empty frame.
        axes.text(0.5, 0.5, words.empty, transform=axes.transAxes, ha="center", va="center",
                  fontsize=FONT, color=TEXT_COLOUR, zorder=4)  # fmt: skip

    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", pil_kwargs={"compress_level": 1})  # fast; ~60 KB
    return buffer.getvalue()


def _ticks(count: int) -> list[int]:
    """At most four date labels, the last on today, so they never overlap at 360 px."""
    step = max(1, math.ceil((count - 1) / 3))
    return sorted({count - 1 - step * n for n in range(4) if count - 1 - step * n >= 0})


def _share_done(record: DayRecord | None) -> float:
    if record is None or record.sets_planned == 0:
        return 0.0
    if record.completed:
        return 100.0
    return min(100.0, 100.0 * record.sets_done / record.sets_planned)
