"""The routine message's choices and their callback data (a codec, 64-byte limit enforced).

Two layouts of the same buttons: the full one (every exercise with its progress and a How?
button, as on Telegram) and a compact one for channels that show few choices (a WhatsApp list
of 10 rows of 24 characters): the next set of each exercise not yet done, then the day's
buttons. `routine_choices` picks the full layout whenever it fits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar, Literal

from bot.callbacks import CallbackData
from bot.content.texts import Texts
from bot.core.message_parts import Choice, Choices, choice_count, longest_label
from bot.core.routine import RoutinePlan


@dataclass(frozen=True)
class MarkSet(CallbackData):
    """Mark set `set_no` of item `item` (its position) in the routine of `day`, shown in
    `phase` (empty on buttons sent before the phase was packed: today's routine, whichever)."""

    prefix: ClassVar[str] = "s"
    day: date
    item: int
    set_no: int
    phase: str = ""

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
    """Mark every remaining set of the routine of `day` (shown in `phase`, as `MarkSet`) done."""

    prefix: ClassVar[str] = "a"
    day: date
    phase: str = ""


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


def snooze_choice(texts: Texts, day: date) -> Choice:
    """The choice that snoozes `day`'s routine."""
    return Choice(texts.reminders.snooze_button, SnoozeData(day).pack())


def routine_choices(
    plan: RoutinePlan,
    done: dict[str, int],
    texts: Texts,
    *,
    extra: tuple[Choice, ...] = (),
    max_choices: int | None = None,
    max_label: int | None = None,
) -> Choices:
    """The routine's choices in the full layout if it fits the channel's limits, else compact.

    No limits (None) means the full layout, as Telegram shows it.
    """
    full = routine_keyboard(plan, done, texts, extra_row=extra)
    most, longest = max_choices or choice_count(full), max_label or longest_label(full)
    if choice_count(full) <= most and longest_label(full) <= longest:
        return full
    return compact_choices(plan, done, texts, extra=extra, max_choices=most, max_label=longest)


def routine_keyboard(
    plan: RoutinePlan, done: dict[str, int], texts: Texts, *, extra_row: tuple[Choice, ...] = ()
) -> Choices:
    """One row per item (progress and 'How?'), 'All done' and 'Skip today', undo and extras."""
    words = texts.routine
    rows: list[tuple[Choice, ...]] = []
    for index, item in enumerate(plan.items):
        count = min(done.get(item.exercise_id, 0), item.sets)
        if count >= item.sets:
            label = f"{words.done_mark} {item.name}"
        else:
            label = f"{item.name} {count}/{item.sets}"
        mark = MarkSet(plan.day, index, min(count + 1, item.sets), plan.phase)
        how = Choice(words.how_button, HowTo(item.exercise_id).pack())
        rows.append((Choice(label, mark.pack()), how))
    if _unfinished(plan, done):
        rows.append(
            (
                Choice(words.all_done_button, AllDone(plan.day, plan.phase).pack()),
                Choice(words.skip_button, SkipDay(plan.day, "ask").pack()),
            )
        )
    rows.append((Choice(words.undo_button, UndoSet(plan.day).pack()), *extra_row))
    return tuple(rows)


def compact_choices(
    plan: RoutinePlan,
    done: dict[str, int],
    texts: Texts,
    *,
    extra: tuple[Choice, ...] = (),
    max_choices: int,
    max_label: int,
) -> Choices:
    """One choice a row: the next set of each unfinished item, 'All done', 'Skip', undo, extras.

    The day's buttons come first in the budget; items fill what is left ('All done' covers any
    item left out). A name too long for `max_label` is shortened with an ellipsis, on purpose.
    """
    words = texts.routine
    day_rows: list[Choice] = []
    if _unfinished(plan, done):
        day_rows += [
            Choice(words.all_done_button, AllDone(plan.day, plan.phase).pack()),
            Choice(words.skip_button, SkipDay(plan.day, "ask").pack()),
        ]
    if any(done.values()):
        day_rows.append(Choice(words.undo_button, UndoSet(plan.day).pack()))
    day_rows += extra
    room = max(max_choices - len(day_rows), 0)
    items: list[Choice] = []
    for index, item in enumerate(plan.items):
        count = min(done.get(item.exercise_id, 0), item.sets)
        if count >= item.sets or len(items) >= room:
            continue
        mark = MarkSet(plan.day, index, count + 1, plan.phase)
        label = words.next_set_button.format(name="{name}", set_no=count + 1, sets=item.sets)
        items.append(Choice(fit_name(label, item.name, max_label), mark.pack()))
    return tuple((choice,) for choice in [*items, *day_rows][:max_choices])


def fit_name(template: str, name: str, limit: int) -> str:
    """`template` with `{name}` filled in, the name cut with '…' if the whole exceeds `limit`."""
    whole = template.replace("{name}", name)
    if len(whole) <= limit:
        return whole
    room = limit - (len(template) - len("{name}")) - 1
    return template.replace("{name}", name[: max(room, 0)].rstrip() + "…")


def _unfinished(plan: RoutinePlan, done: dict[str, int]) -> bool:
    return any(done.get(item.exercise_id, 0) < item.sets for item in plan.items)
