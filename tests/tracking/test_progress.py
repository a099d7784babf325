"""All done, Skip today, streaks, pain check-ins, 'how did it feel?' and /progress, by taps."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.emulator import BotMessage
from bot.testing import BotHarness, ChatUser, sql

DAY = timedelta(days=1)
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


async def ready(harness: BotHarness, user_id: int = 41, name: str = "Pat") -> ChatUser:
    person = harness.user(user_id, name)
    await person.command("start")
    await person.send("Skip")
    await person.tap(person.last, text="Skip")
    await person.tap(person.last, text="Skip")
    return person


async def finish_today(person: ChatUser) -> BotMessage:
    """Send /today and tap All done; return the congratulation with its pain buttons."""
    *_, routine = await person.command("today")
    [congratulation] = await person.tap(routine, text="✅ All done")
    return congratulation


async def routine_row(harness: BotHarness, user_id: int = 41) -> tuple[object, ...]:
    row = await sql(harness.repo).fetch_one(
        "SELECT completed_at IS NOT NULL, skipped_reason, feeling FROM routines"
        " WHERE user_id = ? ORDER BY local_date DESC LIMIT 1",
        (user_id,),
    )
    assert row is not None
    return tuple(row)


async def test_all_done_records_every_set_and_congratulates_with_the_streak(
    harness: BotHarness,
) -> None:
    pat = await ready(harness)
    *_, routine = await pat.command("today")
    await pat.tap(routine, data=routine.buttons[0][0].callback_data)  # one set by hand first
    [congratulation] = await pat.tap(routine, text="✅ All done")
    planned = await sql(harness.repo).fetch_value(
        "SELECT SUM(json_extract(i.value, '$.sets')) FROM routines,"
        " json_each(routines.plan_json, '$.items') AS i WHERE user_id = 41"
    )
    stored = await sql(harness.repo).fetch_value("SELECT COUNT(*) FROM set_completions")
    assert stored == planned
    assert pat.last_callback_answer == "Marked every remaining set as done."
    assert congratulation.text is not None and "Days in a row: 1" in congratulation.text
    assert congratulation.button_texts == [str(n) for n in range(11)]
    buttons = pat.message(routine.message_id).buttons
    assert all(row[0].text.startswith("✅") for row in buttons[:-1])
    assert "All done" not in pat.message(routine.message_id).button_texts
    assert await routine_row(harness) == (1, None, None)


async def test_all_done_twice_records_nothing_more(harness: BotHarness) -> None:
    pat = await ready(harness)
    *_, routine = await pat.command("today")
    all_done = routine.button("✅ All done").callback_data
    await pat.tap(routine, data=all_done)
    before = await harness.snapshot()
    assert await pat.tap(routine, data=all_done) == []  # a stale keyboard: no second celebration
    assert pat.last_callback_answer == "Today's routine is already complete. Well done!"
    assert await harness.snapshot() == before


@pytest.mark.parametrize(
    ("reason", "label", "words"),
    [("pain", "Too much pain", "urgent"), ("no_time", "No time", "one stretch"),
     ("other", "Something else", "skipped")],
)  # fmt: skip
async def test_skip_today_asks_why_and_answers_each_reason(
    harness: BotHarness, reason: str, label: str, words: str
) -> None:
    pat = await ready(harness)
    *_, routine = await pat.command("today")
    [question] = await pat.tap(routine, text="Skip today")
    assert question.button_texts == ["Too much pain", "No time", "Something else"]
    await pat.tap(question, text=label)
    answer = pat.message(question.message_id).text or ""
    assert words in answer.lower()
    assert await routine_row(harness) == (0, reason, None)


async def test_skipping_for_pain_repeats_the_red_flags(harness: BotHarness) -> None:
    pat = await ready(harness)
    *_, routine = await pat.command("today")
    [question] = await pat.tap(routine, text="Skip today")
    await pat.tap(question, text="Too much pain")
    answer = pat.message(question.message_id).text or ""
    red_flags = harness.services.content.sections["red-flags"].summary
    assert red_flags in answer and "bladder" in answer


async def test_a_completed_routine_cannot_be_skipped(harness: BotHarness) -> None:
    pat = await ready(harness)
    *_, routine = await pat.command("today")
    [question] = await pat.tap(routine, text="Skip today")
    await pat.tap(routine, text="✅ All done")
    await pat.tap(question, text="No time")
    assert pat.last_callback_answer == "Today's routine is already complete. Well done!"
    assert await routine_row(harness) == (1, None, None)


async def test_streaks_count_days_in_a_row_pain_skips_keep_them_missed_days_break_them(
    harness: BotHarness,
) -> None:
    pat = await ready(harness)
    assert "Days in a row: 1 (best: 1)" in ((await finish_today(pat)).text or "")
    harness.clock.advance(DAY)
    assert "Days in a row: 2 (best: 2)" in ((await finish_today(pat)).text or "")
    harness.clock.advance(DAY)  # day 3: skipped for pain
    *_, routine = await pat.command("today")
    [question] = await pat.tap(routine, text="Skip today")
    await pat.tap(question, text="Too much pain")
    harness.clock.advance(DAY)
    assert "Days in a row: 3 (best: 3)" in ((await finish_today(pat)).text or "")
    harness.clock.advance(DAY)  # day 5: skipped for lack of time breaks the run
    *_, routine = await pat.command("today")
    [question] = await pat.tap(routine, text="Skip today")
    await pat.tap(question, text="No time")
    harness.clock.advance(DAY)
    assert "Days in a row: 1 (best: 3)" in ((await finish_today(pat)).text or "")
    harness.clock.advance(2 * DAY)  # day 7 missed altogether
    assert "Days in a row: 1 (best: 3)" in ((await finish_today(pat)).text or "")


async def test_pain_check_in_one_per_day_the_latest_wins(harness: BotHarness) -> None:
    pat = await ready(harness)
    congratulation = await finish_today(pat)
    stored = harness.emulator.chat_messages[41][congratulation.message_id]
    await pat.tap(congratulation, text="4")
    assert pat.message(congratulation.message_id).text == "Pain today: 4/10. Noted."
    assert pat.last.text == "How did today's routine feel?"
    pat.person.tap_raw(stored, congratulation.button("6").callback_data or "")
    await harness.deliver_pending()
    rows = await sql(harness.repo).fetch_all("SELECT local_date, score FROM pain_checkins")
    assert [tuple(r) for r in rows] == [("2026-11-25", 6)]


async def test_rising_pain_suggests_a_gentler_phase_and_repeats_the_red_flags(
    harness: BotHarness,
) -> None:
    pat = await ready(harness)
    for score in ["3", "4", "5"]:
        congratulation = await finish_today(pat)
        replies = await pat.tap(congratulation, text=score)
        harness.clock.advance(DAY)
    warning = replies[0].text or ""
    gentler = harness.services.content.programmes["acute"].title
    assert f'"{gentler}"' in warning and "doctor" in warning
    assert harness.services.content.sections["red-flags"].summary in warning


async def test_steady_pain_brings_no_warning(harness: BotHarness) -> None:
    pat = await ready(harness)
    for score in ["5", "4", "5"]:
        congratulation = await finish_today(pat)
        replies = await pat.tap(congratulation, text=score)
        harness.clock.advance(DAY)
    assert [m.text for m in replies] == ["How did today's routine feel?"]


async def test_how_it_felt_moves_the_dose_level_within_the_programme_caps(
    harness: BotHarness,
) -> None:
    pat = await ready(harness)
    cap = harness.services.content.programmes["recovering"].feedback.max_level
    levels = []
    for _ in range(cap + 1):
        congratulation = await finish_today(pat)
        await pat.tap(congratulation, text="2")
        feeling = pat.last
        await pat.tap(feeling, text="Too easy")
        levels.append(
            await sql(harness.repo).fetch_value(
                "SELECT dose_level FROM subscribers WHERE user_id=41"
            )
        )
        harness.clock.advance(DAY)
    assert levels[-1] == cap and levels[-2] == cap  # never past the cap
    assert "already at its limit" in (pat.message(feeling.message_id).text or "")
    assert (await routine_row(harness))[2] == "too_easy"


async def test_someone_else_cannot_check_in_for_you(harness: BotHarness) -> None:
    pat = await ready(harness)
    congratulation = await finish_today(pat)
    eve = await ready(harness, 42, "Eve")
    eve.person.tap_raw(
        harness.emulator.chat_messages[41][congratulation.message_id],
        congratulation.button("9").callback_data or "",
    )
    await harness.deliver_pending()
    assert "someone else" in (eve.last_callback_answer or "")
    assert await sql(harness.repo).fetch_value("SELECT COUNT(*) FROM pain_checkins") == 0


@pytest.mark.parametrize(
    "forged",
    ["p:20261125:11", "p:20261125:-2", "p:bad:3", "e:20261125:great", "a:2026", "k:20261125:why",
     "k:20261125", "p:20201125:3", "e:20261125:too_easy"],
)  # fmt: skip
async def test_forged_progress_buttons_are_answered_and_change_nothing(
    harness: BotHarness, forged: str
) -> None:
    pat = await ready(harness)
    *_, routine = await pat.command("today")
    before = await harness.snapshot()
    pat.person.tap_raw(harness.emulator.chat_messages[41][routine.message_id], forged)
    await harness.deliver_pending()
    assert pat.last_callback_answer in {
        "This button has expired.",
        "That routine is more than two days old, so it can't be changed any more.",
    }
    assert await harness.snapshot() == before


async def test_progress_sends_a_chart_with_the_summary_as_caption(harness: BotHarness) -> None:
    pat = await ready(harness)
    for score in ["6", "5", "3"]:
        await pat.tap(await finish_today(pat), text=score)
        harness.clock.advance(DAY)
    *_, routine = await pat.command("today")
    await pat.tap(routine, data=routine.buttons[0][0].callback_data)
    [photo] = await pat.command("progress")
    assert photo.kind == "photo"
    assert photo.text is not None
    assert "This week: 3 of 4 days done" in photo.text  # Pat joined four days ago
    assert "Days in a row: 3 (best: 3)" in photo.text
    assert "going down (6 → 3)" in photo.text
    stored = await sql(harness.repo).fetch_value("SELECT COUNT(*) FROM set_completions")
    assert f"Sets done in total: {stored}" in photo.text
    assert photo.document is not None and photo.document.startswith(PNG_MAGIC)
    [prompt] = await pat.tap(photo, text="Log today's pain")
    await pat.tap(prompt, text="2")
    rows = await sql(harness.repo).fetch_all("SELECT local_date, score FROM pain_checkins")
    assert tuple(rows[-1]) == ("2026-11-28", 2)


async def test_progress_before_any_routine(harness: BotHarness) -> None:
    pat = await ready(harness)
    [photo] = await pat.command("progress")
    assert photo.kind == "photo" and "no check-ins yet" in (photo.text or "")
    assert "Days in a row: 0" in (photo.text or "")
    assert "Today, your first day: routine not done yet" in (photo.text or "")  # not "0 of 1"


async def test_progress_on_the_first_day_sends_its_chart(harness: BotHarness) -> None:
    pat = await ready(harness)
    await finish_today(pat)
    [photo] = await pat.command("progress")  # the chart starts today: the day Pat joined
    assert photo.kind == "photo" and "Days in a row: 1 (best: 1)" in (photo.text or "")
    assert "Today, your first day: routine done" in (photo.text or "")  # not "1 of 1 days"
    assert photo.document is not None and photo.document.startswith(PNG_MAGIC)
