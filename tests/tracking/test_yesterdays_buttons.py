"""Yesterday's routine, tapped today (its buttons count for two days after their own): the set
counts for the day the routine was for, and the toast names that day, so a person who meant
today's routine sees at once that this one was yesterday's (before: "Bridge: set 1 of 3
done.", as if it were today's, and today's routine still showed nothing done)."""

from __future__ import annotations

from datetime import timedelta

from bot.testing import BotHarness, sql
from tests.subscribers import set_up


async def test_a_set_tapped_on_yesterdays_routine_names_its_day(harness: BotHarness) -> None:
    kim = await set_up(harness)
    *_, wednesday = await kim.command("today")  # Wednesday 25 November, 07:00 in Berlin
    harness.clock.advance(timedelta(days=1))  # Thursday 07:00
    first = wednesday.buttons[0][0].text
    name, sets = first.rsplit(" ", 1)[0], int(first.rsplit("/", 1)[1])
    assert await kim.tap(wednesday, text=first) == []
    assert kim.last_callback_answer == f"{name}: set 1 of {sets} done (Wednesday's routine)."
    assert kim.message(wednesday.message_id).buttons[0][0].text == f"{name} 1/{sets}"
    days = await sql(harness.repo).fetch_all(
        "SELECT local_date FROM set_completions WHERE user_id = 7", ()
    )
    assert [row[0] for row in days] == ["2026-11-25"]
    await kim.tap(wednesday, text="↩ Undo last set")
    assert kim.last_callback_answer == f"Took back the last set of {name} (Wednesday's routine)."
    # Today's own routine is answered as always.
    *_, thursday = await kim.command("today")
    label = thursday.buttons[0][0].text
    await kim.tap(thursday, text=label)
    assert kim.last_callback_answer == f"{label.rsplit(' ', 1)[0]}: set 1 of {label[-1]} done."


async def test_skipping_yesterdays_routine_speaks_of_that_day(harness: BotHarness) -> None:
    """Skip on yesterday's routine records that day, and every word says so (before: the
    toast named Wednesday while the question asked what got in the way "today" and the reply
    said "Today is noted as skipped", "See you tomorrow!")."""
    kim = await set_up(harness)
    *_, wednesday = await kim.command("today")  # Wednesday 25 November, 07:00 in Berlin
    harness.clock.advance(timedelta(days=1))  # Thursday 07:00
    [question] = await kim.tap(wednesday, text="Skip today")
    assert question.text == "No problem. What got in the way on Wednesday?"
    assert await kim.tap(question, text="Something else") == []  # the question becomes the reply
    assert kim.last_callback_answer == "Noted (Wednesday's routine)."
    assert kim.message(question.message_id).text == (
        "Understood. Wednesday's routine is noted as skipped; today's comes as usual."
    )
    skipped = await sql(harness.repo).fetch_all(
        "SELECT local_date, skipped_reason FROM routines WHERE user_id = 7", ()
    )
    assert [tuple(row) for row in skipped] == [("2026-11-25", "other")]
    [question] = await kim.tap(wednesday, text="Skip today")
    no_time = question.buttons[1][0].callback_data
    await kim.tap(question, text="No time")
    reply = kim.message(question.message_id).text or ""
    assert "tomorrow" not in reply and "Wednesday's routine is noted as skipped" in reply
    [question] = await kim.tap(wednesday, text="Skip today")
    await kim.tap(question, text="Too much pain")
    reply = kim.message(question.message_id).text or ""
    assert reply.startswith("I'm sorry it hurt on Wednesday.")
    # Finished after all, a skip (an old question's button) is refused in that day's words.
    await kim.tap(wednesday, text="✅ All done")
    assert await kim.tap(wednesday, data=no_time) == []
    assert kim.last_callback_answer == "Wednesday's routine is already complete. Well done!"
    first = wednesday.buttons[0][0]
    assert await kim.tap(wednesday, data=first.callback_data) == []
    name = first.text.rsplit(" ", 1)[0]
    assert kim.last_callback_answer == f"{name} is already done for Wednesday."
    # Today's own routine is asked and answered as always.
    *_, thursday = await kim.command("today")
    [question] = await kim.tap(thursday, text="Skip today")
    assert question.text == "No problem. What's getting in the way today?"
    await kim.tap(question, text="Something else")
    assert kim.message(question.message_id).text == (
        "Understood. Today is noted as skipped, and tomorrow's routine will come as usual."
    )
