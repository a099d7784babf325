"""The routine, its taps and /progress on a channel that cannot edit and shows few choices.

The features in bot/chat are driven directly with a WhatsApp-like recording outbox (no edits,
10 choices of 24 characters at most) against the real database; Telegram's layout is covered
by the tests that drive the bot over the emulator's wire (tests/tracking).
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from bot.chat import progress, routine
from bot.chat.outbox import Choice
from bot.content.loader import Content, default_content_dir, load_content
from bot.core.routine import RoutineItem, RoutinePlan
from bot.reminders.routine_keyboard import HowTo, MarkSet, fit_name, routine_choices
from bot.testing import BotHarness, sql
from tests.chat.outbox_double import WHATSAPP_LIKE, RecordingOutbox, command_turn, tap_turn

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
ALEX = 1001


async def started(harness: BotHarness) -> RecordingOutbox:
    """Alex has started the bot (on Telegram: the store knows them); a WhatsApp-like outbox."""
    await harness.user(ALEX, "Alex").command("start")
    return RecordingOutbox(WHATSAPP_LIKE)


async def sets_in_db(harness: BotHarness) -> list[tuple[str, int]]:
    rows = await sql(harness.repo).fetch_all(
        "SELECT exercise_id, set_no FROM set_completions WHERE user_id = ? ORDER BY rowid",
        (ALEX,),
    )
    return [(row[0], row[1]) for row in rows]


async def tap(harness: BotHarness, out: RecordingOutbox, data: str) -> None:
    """Alex taps a choice with `data`: routed by its prefix, as dispatch will."""
    route = next(r for r in [*routine.taps, *progress.taps] if r.matches(data))
    await route(tap_turn(harness.services, out, ALEX, data))


async def today(harness: BotHarness, out: RecordingOutbox) -> RoutinePlan:
    """Run `today` and return the plan it kept; the routine is the last message."""
    await routine.today(command_turn(harness.services, out, ALEX, "today"))
    kept = await sql(harness.repo).fetch_value(
        "SELECT plan_json FROM routines WHERE user_id = ?", (ALEX,)
    )
    return RoutinePlan.from_dict(json.loads(kept))


async def test_today_sends_the_compact_routine_that_fits_a_list(harness: BotHarness) -> None:
    out = await started(harness)
    plan = await today(harness, out)
    message = out.sent[-1]
    assert message.kind == "send" and "Your routine for" in message.text
    assert all(len(row) == 1 for row in message.choices)  # list rows, one choice each
    expected = [fit_name(f"{{name}} set 1/{item.sets}", item.name, 24) for item in plan.items]
    assert message.labels == [*expected, "✅ All done", "Skip today"]
    # The first exercises came first, once each, as still figures with their steps.
    cards = [sent for sent in out.sent if sent.kind == "photo"]
    assert len(cards) == len(plan.items)
    assert all(c.picture is not None and c.picture.png.startswith(PNG_MAGIC) for c in cards)
    assert cards[0].text.startswith(plan.items[0].name)


async def test_a_tap_records_the_set_and_sends_a_note_with_the_next_choices(
    harness: BotHarness,
) -> None:
    out = await started(harness)
    plan = await today(harness, out)
    routine_message = out.sent[-1]
    first, sets = plan.items[0], plan.items[0].sets
    first_set = routine_message.choices[0][0]
    await tap(harness, out, first_set.data)
    assert await sets_in_db(harness) == [(first.exercise_id, 1)]
    note = out.sent[-1]
    assert note.kind == "send" and note.text == f"{first.name}: set 1 of {sets} done."
    assert out.answers == [None]  # the note says it; no second message for the answer
    next_labels = note.labels
    if sets > 1:
        assert next_labels[0] == fit_name(f"{{name}} set 2/{sets}", first.name, 24)
    assert next_labels[-1] == "↩ Undo last set"
    # The same set tapped again (a stale list) records nothing more.
    await tap(harness, out, first_set.data)
    assert len(await sets_in_db(harness)) == 1


async def test_finishing_by_taps_celebrates_with_pain_choices_that_fit(
    harness: BotHarness,
) -> None:
    out = await started(harness)
    plan = await today(harness, out)
    for _ in range(plan.total_sets):
        mark = next(c for row in out.sent[-1].choices for c in row if c.data.startswith("s:"))
        await tap(harness, out, mark.data)
    assert len(await sets_in_db(harness)) == plan.total_sets
    celebration = out.sent[-1]
    assert "Days in a row: 1" in celebration.text
    assert celebration.labels == ["0", "2", "4", "6", "8", "10"]  # 11 would not fit a list
    six = next(c for row in celebration.choices for c in row if c.label == "6")
    await tap(harness, out, six.data)
    pain = await sql(harness.repo).fetch_all("SELECT score FROM pain_checkins")
    assert [row[0] for row in pain] == [6]
    assert out.sent[-2].text == "Pain today: 6/10. Noted."
    assert out.sent[-1].labels == ["Too easy", "About right", "Too hard"]


async def test_progress_sends_the_chart_as_a_picture(harness: BotHarness) -> None:
    out = await started(harness)
    await progress.show_progress(command_turn(harness.services, out, ALEX, "progress"))
    (chart,) = out.sent
    assert chart.kind == "photo" and chart.picture is not None
    assert chart.picture.png.startswith(PNG_MAGIC)
    assert chart.picture.key.startswith("progress-")
    assert chart.text.startswith("Your progress") and "Sets done in total: 0" in chart.text
    assert chart.labels == ["Log today's pain"]


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content(default_content_dir())


def test_a_long_routine_keeps_all_done_and_skip_within_ten_choices(content: Content) -> None:
    item = RoutineItem("knee-to-chest", "Hamstring strap stretch", "stretch", 3, 30, None,
                       False, 90)  # fmt: skip
    plan = RoutinePlan(day=date(2026, 11, 25), phase="acute", items=(item,) * 12)
    done = {"knee-to-chest": 1}
    choices = routine_choices(plan, done, content.texts, max_choices=10, max_label=24)
    labels = [choice.label for row in choices for choice in row]
    assert len(labels) == 10 and max(len(label) for label in labels) <= 24
    assert labels[-3:] == ["✅ All done", "Skip today", "↩ Undo last set"]
    assert labels[0] == "Hamstring strap… set 2/3"  # shortened on purpose, never cut silently
    assert MarkSet.unpack(choices[0][0].data) == MarkSet(plan.day, 0, 2, "acute")


def test_telegram_keeps_the_full_layout(content: Content) -> None:
    item = RoutineItem("cat-cow", "Cat-cow", "stretch", 2, None, 8, False, 60)
    plan = RoutinePlan(day=date(2026, 11, 25), phase="acute", items=(item, item))
    full = routine_choices(plan, {}, content.texts)
    assert [[c.label for c in row] for row in full] == [
        ["Cat-cow 0/2", "How?"], ["Cat-cow 0/2", "How?"], ["✅ All done", "Skip today"],
        ["↩ Undo last set"],
    ]  # fmt: skip
    assert all(isinstance(c, Choice) for row in full for c in row)


def test_fit_name_shortens_only_the_name() -> None:
    assert fit_name("{name} set 1/3", "Cat-cow", 24) == "Cat-cow set 1/3"
    assert fit_name("{name} set 1/3", "A" * 30, 24) == "A" * 15 + "… set 1/3"


async def test_how_to_sends_the_still_figure_with_its_steps(harness: BotHarness) -> None:
    out = await started(harness)
    await tap(harness, out, HowTo("cat-cow").pack())  # animated on Telegram: a still PNG here
    (card,) = out.sent
    assert card.kind == "photo" and card.picture is not None
    assert card.picture.png.startswith(PNG_MAGIC)
    assert card.text.startswith("Cat-cow\n")
    await tap(harness, out, "h:no-such-exercise")
    assert out.answers[-1] == "This button has expired." and len(out.sent) == 1


async def test_the_morning_routine_elsewhere_has_snooze_and_then_the_new_cards(
    harness: BotHarness,
) -> None:
    out = await started(harness)
    day = date(2026, 11, 25)
    sent = await routine.morning_routine(
        command_turn(harness.services, out, ALEX, "today"), day, snoozable=True
    )
    assert sent is not None
    first, *cards = out.sent
    assert first.message == sent and "Your routine for" in first.text
    assert first.labels[-3:] == ["✅ All done", "Skip today", "⏰ Snooze 30 min"]
    heading = harness.services.content.routine_words.howto_new
    assert cards and all(c.kind == "photo" and c.text.startswith(heading) for c in cards)
    # The snoozed repeat has no snooze, and the cards are not sent twice.
    await routine.morning_routine(
        command_turn(harness.services, out, ALEX, "today"), day, snoozable=False
    )
    assert "⏰ Snooze 30 min" not in out.sent[-1].labels
    assert len(out.sent) == len(cards) + 2
