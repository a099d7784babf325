"""A routine's buttons after /forget: the person is asked to /start again, not told 'not yours'."""

from __future__ import annotations

from bot.testing import BotHarness, sql
from tests.tracking.test_progress import ready


async def test_a_set_tapped_after_forget_asks_to_start_again_and_stores_nothing(
    harness: BotHarness,
) -> None:
    pat = await ready(harness)
    *_, routine = await pat.command("today")
    [confirm] = await pat.command("forget")
    await pat.tap(confirm, text="Yes, delete everything")
    assert await sql(harness.repo).fetch_value("SELECT COUNT(*) FROM subscribers") == 0
    before = await harness.snapshot()
    await pat.tap(routine, data=routine.buttons[0][0].callback_data)
    assert pat.last_callback_answer == "Please send /start first."
    assert await harness.snapshot() == before


async def test_a_forwarded_routine_tapped_by_someone_else_is_still_not_theirs(
    harness: BotHarness,
) -> None:
    pat = await ready(harness)
    *_, routine = await pat.command("today")
    stranger = harness.user(77, "Kim")
    stored = harness.emulator.chat_messages[pat.chat_id][routine.message_id]
    data = routine.buttons[0][0].callback_data or ""
    await stranger._act(lambda: stranger.person.tap_raw(stored, data))
    assert stranger.last_callback_answer == (
        "This routine belongs to someone else, so I can't mark it for you."
    )


async def test_an_own_routine_from_before_forget_is_expired_not_someone_elses(
    harness: BotHarness,
) -> None:
    pat = await ready(harness)
    *_, routine = await pat.command("today")
    [confirm] = await pat.command("forget")
    await pat.tap(confirm, text="Yes, delete everything")
    await pat.command("start")  # back, as a new subscriber, the same day
    before = await harness.snapshot()
    await pat.tap(routine, data=routine.buttons[0][0].callback_data)
    assert pat.last_callback_answer == "This button has expired."
    assert await harness.snapshot() == before


async def test_all_done_tapped_twice_congratulates_once(harness: BotHarness) -> None:
    pat = await ready(harness)
    *_, routine = await pat.command("today")
    stored = harness.emulator.chat_messages[pat.chat_id][routine.message_id]
    data = routine.button("✅ All done").callback_data or ""
    for _ in range(2):  # both queued before the bot has handled either
        pat.person.tap_raw(stored, data)
    await harness.deliver_pending()
    congratulations = [m for m in pat.messages if "routine done" in (m.text or "")]
    assert len(congratulations) == 1
