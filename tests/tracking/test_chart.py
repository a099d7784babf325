"""The /progress chart fits the person's history, marks streak and week, and reads on a phone."""

from __future__ import annotations

import io
import math
from datetime import date, timedelta

import pytest
from PIL import Image

from bot.content.loader import default_content_dir, load_content
from bot.core import chart
from bot.core.chart import ChartWords, chart_series, chart_window, render_progress_chart
from bot.core.progress_rules import streaks
from bot.core.records import DayRecord, PainCheckin

TODAY = date(2026, 11, 25)
WORDS = ChartWords.from_texts(load_content(default_content_dir()).texts)


def day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


def done(offset: int, completed: bool = True) -> DayRecord:
    return DayRecord(day(offset), completed, None, 6 if completed else 2, 6)


@pytest.mark.parametrize(
    ("first_offset", "expected_days"),
    [(None, 7), (-2, 7), (-6, 7), (-20, 21), (-60, 61), (-400, 91)],
)
def test_the_window_runs_from_the_first_day_to_today(
    first_offset: int | None, expected_days: int
) -> None:
    days = [] if first_offset is None else [done(first_offset), done(0)]
    window = chart_window(days, [], TODAY)
    assert len(window) == expected_days
    assert window[-1] == TODAY
    if first_offset is not None and -91 < first_offset <= -6:
        assert window[0] == day(first_offset)


def test_a_pain_score_before_any_routine_opens_the_window() -> None:
    assert chart_window([done(-3)], [PainCheckin(day(-12), 4)], TODAY)[0] == day(-12)


def test_days_without_a_pain_score_are_gaps_not_zeros() -> None:
    pain = [PainCheckin(day(-9), 6), PainCheckin(day(-8), 0), PainCheckin(day(-2), 3)]
    series = chart_series([done(-9)], pain, TODAY)
    by_day = dict(zip(series.calendar, series.pain, strict=True))
    assert by_day[day(-9)] == 6 and by_day[day(-8)] == 0 and by_day[day(-2)] == 3
    assert [d for d, v in by_day.items() if v is None] == [
        d for d in series.calendar if d not in (day(-9), day(-8), day(-2))
    ]


def test_the_current_streak_stands_out_and_matches_the_streak_count() -> None:
    days = [done(-n, completed=n not in (4, 9)) for n in range(12)]
    series = chart_series(days, [], TODAY)
    streak = streaks(days, TODAY).current
    assert streak == 4
    marked = [d for d, c in zip(series.calendar, series.colours, strict=True)
              if c == chart.STREAK_COLOUR]  # fmt: skip
    assert marked == [day(-3), day(-2), day(-1), day(0)]
    assert series.completion[series.calendar.index(day(-4))] == pytest.approx(100 * 2 / 6)


def test_the_picture_is_phone_sized_and_its_words_readable_at_360_px() -> None:
    png = render_progress_chart([done(-n) for n in range(30)], [], TODAY, WORDS)
    with Image.open(io.BytesIO(png)) as image:
        width, height = image.size
    assert (width, height) == (720, 576)
    # A label's height in pixels once the picture is shown 360 px wide on a phone.
    shown = chart.FONT * chart.DPI / 72 * 360 / width
    assert shown >= 12


# Machado, Oliveira & Fernandes (2009), severity 1: full protanopia, deuteranopia, tritanopia.
SIMULATIONS = {
    "protan": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
               (-0.003882, -0.048116, 1.051998)),
    "deutan": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
               (-0.011820, 0.042940, 0.968881)),
    "tritan": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
               (0.004733, 0.691367, 0.303900)),
}  # fmt: skip


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def _lab(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = rgb
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def seen(colour: str, deficiency: str) -> tuple[float, float, float]:
    rgb = [_linear(int(colour[i : i + 2], 16) / 255) for i in (1, 3, 5)]
    matrix = SIMULATIONS[deficiency]
    simulated = [max(0.0, min(1.0, sum(m * c for m, c in zip(row, rgb, strict=True))))
                 for row in matrix]  # fmt: skip
    return _lab((simulated[0], simulated[1], simulated[2]))


@pytest.mark.parametrize("deficiency", sorted(SIMULATIONS))
def test_the_colours_stay_apart_with_colour_vision_deficiencies(deficiency: str) -> None:
    colours = [chart.STREAK_COLOUR, chart.COMPLETION_COLOUR, chart.PAIN_COLOUR]
    for i, first in enumerate(colours):
        for second in colours[i + 1 :]:
            # CIE76 distance: 20 and more is a difference anyone notices at a glance.
            distance = math.dist(seen(first, deficiency), seen(second, deficiency))
            assert distance >= 20, (deficiency, first, second, round(distance))


def test_a_new_persons_chart_starts_on_the_day_they_joined() -> None:
    assert chart_window([], [], TODAY, joined=TODAY) == [TODAY]
    series = chart_series([done(0)], [PainCheckin(day(-1), 5)], TODAY, joined=day(-2))
    assert series.calendar == [day(-2), day(-1), TODAY]  # not six empty days before
    assert (series.completion, series.pain) == ([0.0, 0.0, 100.0], [None, 5.0, None])
    # A week after joining the window is a week again; a day on record before the day they
    # joined (their timezone has changed since) is still shown.
    assert len(chart_window([done(-8)], [], TODAY, joined=day(-10))) == 9
    assert chart_window([done(-3)], [], TODAY, joined=day(-2))[0] == day(-3)


def test_a_first_days_chart_keeps_its_phone_size() -> None:
    png = render_progress_chart([done(0)], [], TODAY, WORDS, joined=TODAY)
    with Image.open(io.BytesIO(png)) as image:
        assert image.size == (720, 576)
