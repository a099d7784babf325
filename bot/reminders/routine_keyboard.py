"""The routine message's buttons and their callback data (a codec, 64-byte limit enforced)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar, Literal

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import CallbackData
from bot.content.texts import Texts
from bot.core.routine import RoutinePlan


@dataclass(frozen=True)
class MarkSet(CallbackData):
    """Mark set `set_no` of item `item` (its position) in the routine of `day`."""

    prefix: ClassVar[str] = "s"
    day: date
    item: int
    set_no: int

    def __post_init__(self) -> None:
        if not (0 <= self.item < 20 and 1 <= self.set_no <= 10):
            raise ValueError("item or set out of range")


@dataclass(frozen=True)
class UndoSet(CallbackData):
    """Take back the last set marked in the routine of `day`."""

    prefix: ClassVar[str] = "u"
    day: date


@dataclass(frozen=True)
class HowTo(CallbackData):
    """Show how to do one exercise."""

    prefix: ClassVar[str] = "h"
    exercise_id: str


@dataclass(frozen=True)
class AllDone(CallbackData):
    """Mark every remaining set of the routine of `day` done."""

    prefix: ClassVar[str] = "a"
    day: date


@dataclass(frozen=True)
class SkipDay(CallbackData):
    """Skip the routine of `day`: 'ask' offers the reasons, the others record one."""

    prefix: ClassVar[str] = "k"
    day: date
    reason: Literal["ask", "pain", "no_time", "other"]


@dataclass(frozen=True)
class SnoozeData(CallbackData):
    """Snooze the routine of `day` (the subscriber's local date) by 30 minutes."""

    prefix: ClassVar[str] = "z"
    day: date


def snooze_button(texts: Texts, day: date) -> InlineKeyboardButton:
    """The button that snoozes `day`'s routine."""
    return InlineKeyboardButton(
        texts.reminders.snooze_button, callback_data=SnoozeData(day).pack()
    )


def routine_keyboard(
    plan: RoutinePlan,
    done: dict[str, int],
    texts: Texts,
    *,
    extra_row: list[InlineKeyboardButton] | None = None,
) -> InlineKeyboardMarkup:
    """One row per item (progress and 'How?'), 'All done' and 'Skip today', undo and extras."""
    words = texts.routine
    rows: list[list[InlineKeyboardButton]] = []
    for index, item in enumerate(plan.items):
        count = min(done.get(item.exercise_id, 0), item.sets)
        if count >= item.sets:
            label = f"{words.done_mark} {item.name}"
        else:
            label = f"{item.name} {count}/{item.sets}"
        mark = MarkSet(plan.day, index, min(count + 1, item.sets))
        rows.append(
            [
                InlineKeyboardButton(label, callback_data=mark.pack()),
                InlineKeyboardButton(
                    words.how_button, callback_data=HowTo(item.exercise_id).pack()
                ),
            ]
        )
    if any(done.get(item.exercise_id, 0) < item.sets for item in plan.items):
        rows.append(
            [
                InlineKeyboardButton(
                    words.all_done_button, callback_data=AllDone(plan.day).pack()
                ),
                InlineKeyboardButton(
                    words.skip_button, callback_data=SkipDay(plan.day, "ask").pack()
                ),
            ]
        )
    last = [InlineKeyboardButton(words.undo_button, callback_data=UndoSet(plan.day).pack())]
    rows.append(last + (extra_row or []))
    return InlineKeyboardMarkup(rows)
