"""A message the person edits afterwards: read for red flags, answered, never a late answer."""

from __future__ import annotations

from bot.context import ALLOWED_UPDATES
from bot.testing import BotHarness, ChatUser, sql
from tests.onboarding.test_no_traps import row
from tests.tracking.test_progress import finish_today, ready

TIME_BUTTONS = ["06:00", "06:30", "07:00", "07:30", "08:00", "08:30", "09:00", "19:00", "Skip"]


async def at_the_time_step(harness: BotHarness, user_id: int = 7) -> tuple[ChatUser, int]:
    """Sam answered the timezone step with "Berlin" (that message's id is returned)."""
    sam = harness.user(user_id, "Sam")
    await sam.command("start")
    await sam.send("Berlin")
    assert (await row(harness, user_id))[3] == "time"
    return sam, sam.own_message_ids[-1]


def test_telegram_is_asked_for_edited_messages() -> None:
    # Telegram sends only the update types the bot asks for (polling and webhook alike).
    assert "edited_message" in ALLOWED_UPDATES


async def test_an_old_message_edited_to_a_time_does_not_answer_the_step_asked_after_it(
    harness: BotHarness,
) -> None:
    sam, berlin = await at_the_time_step(harness)
    before = await harness.snapshot()
    [answer, again] = await sam.edit(berlin, "07:15")
    assert "still waiting for your reminder time" in (again.text or "")
    assert again.button_texts == TIME_BUTTONS
    assert answer.text and "07:15" not in (again.text or "")
    assert await harness.snapshot() == before  # neither the time nor the step moved
    await sam.send("07:15")  # sent anew, it answers the step
    assert (await row(harness, 7))[1] == "07:15"


async def test_an_edit_that_says_a_red_flag_gets_urgent_care_advice_first(
    harness: BotHarness,
) -> None:
    sam, berlin = await at_the_time_step(harness)
    replies = await sam.edit(berlin, "Berlin, and since this morning I can't control my bladder")
    assert (replies[0].text or "").startswith("⚠️")
    assert "still waiting for your reminder time" in (replies[-1].text or "")
    assert (await row(harness, 7))[3] == "time"


async def test_an_edited_question_is_answered_as_a_question(harness: BotHarness) -> None:
    sam, berlin = await at_the_time_step(harness)
    [answer, again] = await sam.edit(berlin, "should I stay in bed?")
    assert "From the guide" in (answer.text or "")
    assert "still waiting for your reminder time" in (again.text or "")


async def test_an_edited_command_is_not_run_again(harness: BotHarness) -> None:
    pat = await ready(harness)
    await pat.command("pause", "2")
    pause = pat.own_message_ids[-1]
    before = await harness.snapshot()
    [reply] = await pat.edit(pause, "/stop")
    assert "send it again as a new message" in (reply.text or "")
    assert await harness.snapshot() == before


async def test_an_edit_does_not_answer_a_pain_check_in_asked_after_it(
    harness: BotHarness,
) -> None:
    pat = await ready(harness)
    await pat.send("is walking ok?")
    question = pat.own_message_ids[-1]
    await finish_today(pat)  # "How is your pain right now?" waits
    replies = await pat.edit(question, "6")
    assert "check-in is still open" in (replies[-1].text or "")
    assert await sql(harness.repo).fetch_value("SELECT COUNT(*) FROM pain_checkins") == 0
    await pat.send("6")  # typed anew, it is the score
    assert await sql(harness.repo).fetch_value("SELECT score FROM pain_checkins") == 6


async def test_a_live_location_moving_gets_no_reply(harness: BotHarness) -> None:
    sam, _ = await at_the_time_step(harness)
    sam.person.share_location(52.52, 13.40)
    await harness.deliver_pending()
    shared = sam.own_message_ids[-1]
    stored = harness.emulator.chat_messages[sam.chat_id][shared]
    moved = {**stored, "location": {"latitude": 52.53, "longitude": 13.41}, "edit_date": 1}
    count = len(sam.messages)
    harness.emulator.enqueue("edited_message", moved)
    await harness.deliver_pending()
    assert len(sam.messages) == count


async def test_an_edit_in_a_group_gets_no_reply(harness: BotHarness) -> None:
    alex = harness.user(1002)
    group = alex.person.group(-500)
    sent = alex.person.send_text("hello all", chat=group)
    await harness.deliver_pending()
    message = sent["message"]
    edited = {**message, "text": "/start", "edit_date": 1}
    harness.emulator.chat_messages[-500][message["message_id"]] = edited
    harness.emulator.enqueue("edited_message", edited)
    await harness.deliver_pending()
    assert harness.emulator.messages(-500) == []
