"""A message telling of thoughts of ending a life gets the support note first, wherever it is
typed: before urgent-care advice and before the answer, which is the one it always was. Driven
through the Bot API emulator."""

from __future__ import annotations

import pytest

from bot.emulator import BotMessage
from bot.testing import BotHarness, ChatUser, sql
from tests.onboarding.test_no_traps import row, set_up, started
from tests.tracking.test_progress import finish_today, ready

TOLD = "Three years of this leg pain and honestly I don't want to be here anymore. Is walking ok?"
TOLD_OF_HIM = "My husband keeps saying he wants to die. What can he do for the pain in his leg?"


def note(harness: BotHarness) -> str:
    return harness.services.content.texts.support.note


def carer_note(harness: BotHarness) -> str:
    return harness.services.content.texts.support.note_for_carer


def assert_answer_follows(harness: BotHarness, text: str, reply: BotMessage) -> None:
    """The reply after the note is the answerer's usual answer to the whole message."""
    found = harness.services.qa.answer(text)
    assert found.text is not None and found.source_title is not None
    assert found.text in (reply.text or "") and found.source_title in (reply.text or "")


async def test_a_message_that_tells_it_gets_the_note_first_then_its_usual_answer(
    harness: BotHarness,
) -> None:
    sam = await set_up(harness, 1)
    before = await harness.snapshot()
    replies = await sam.send(TOLD)
    assert await harness.snapshot() == before  # nothing of it is stored
    assert [m.text for m in replies][:1] == [note(harness)]
    assert "116 123" in (replies[0].text or "") and "988" in (replies[0].text or "")
    assert len(replies) == 2
    assert_answer_follows(harness, TOLD, replies[1])
    assert replies[1].button_texts  # the answer keeps its next steps


async def test_told_of_someone_else_the_note_speaks_to_the_carer(harness: BotHarness) -> None:
    sam = await set_up(harness, 2)
    replies = await sam.send(TOLD_OF_HIM)
    assert replies[0].text == carer_note(harness)
    assert_answer_follows(harness, TOLD_OF_HIM, replies[1])


async def test_the_note_comes_before_urgent_care_advice(harness: BotHarness) -> None:
    sam = await set_up(harness, 3)
    replies = await sam.send("I've lost control of my bladder and I want to end it all")
    assert replies[0].text == note(harness)
    assert (replies[1].text or "").startswith("⚠️")


@pytest.mark.parametrize(
    "text",
    ["this pain is killing me", "I'm dying to get back on my bike", "should I stay in bed?"],
)
async def test_a_message_that_does_not_tell_it_gets_no_note(
    harness: BotHarness, text: str
) -> None:
    sam = await set_up(harness, 4)
    replies = await sam.send(text)
    assert len(replies) == 1 and "116 123" not in (replies[0].text or "")


async def test_told_twice_in_one_chat_it_is_there_both_times_and_never_in_between(
    harness: BotHarness,
) -> None:
    sam = await set_up(harness, 5)
    first = await sam.send(TOLD)
    between = await sam.send("is sitting bad for it?")
    again = await sam.send("i keep thinking everyone would be better off without me")
    assert first[0].text == note(harness) and again[0].text == note(harness)
    assert len(between) == 1 and "116 123" not in (between[0].text or "")


@pytest.mark.parametrize("step_answers", [[], ["Skip"], ["Skip", "07:00"]], ids=["tz", "t", "p"])
async def test_at_any_set_up_step_the_note_comes_first_and_the_step_waits(
    harness: BotHarness, step_answers: list[str]
) -> None:
    sam = await started(harness, 6)
    for answer in step_answers:
        await sam.send(answer)
    before = await row(harness, 6)
    # Short enough to be read as a step's answer: it is not taken as one.
    replies = await sam.send("want to die")
    assert replies[0].text == note(harness)
    assert "still waiting" in (replies[-1].text or "") or "Last set-up step" in (
        replies[-1].text or ""
    )
    assert await row(harness, 6) == before


async def test_before_set_up_begins_the_note_comes_first(harness: BotHarness) -> None:
    stranger = harness.user(7, "Lee")
    replies = await stranger.send(TOLD)
    assert replies[0].text == note(harness)
    assert_answer_follows(harness, TOLD, replies[1])


async def test_in_a_settings_menu_input_the_note_comes_first_and_the_input_waits(
    harness: BotHarness,
) -> None:
    sam = await set_up(harness, 8)
    [menu] = await sam.command("settings")
    await sam.tap(menu, text="Time")
    assert (await row(harness, 8))[3] == "settings_time"
    replies = await sam.send("I can't go on like this")
    assert replies[0].text == note(harness)
    assert await row(harness, 8) == ("Europe/Berlin", "07:30", "recovering", "settings_time")
    [confirmed] = await sam.send("0715")  # the input still takes a time afterwards
    assert "07:15" in (confirmed.text or "")


async def pain_rows(harness: BotHarness) -> list[tuple[object, ...]]:
    rows = await sql(harness.repo).fetch_all("SELECT score FROM pain_checkins")
    return [tuple(r) for r in rows]


async def test_while_the_pain_check_in_waits_it_is_no_score_and_the_check_in_stays_open(
    harness: BotHarness,
) -> None:
    pat: ChatUser = await ready(harness, 9)
    await finish_today(pat)
    replies = await pat.send("9, and some nights I think about killing myself")
    assert replies[0].text == note(harness)
    assert "still open" in (replies[-1].text or "")
    assert await pain_rows(harness) == []
    noted = await pat.send("9")
    assert noted[0].text == "Pain today: 9/10. Noted."
    assert await pain_rows(harness) == [(9,)]


async def test_an_edited_message_that_tells_it_gets_the_note_first(harness: BotHarness) -> None:
    sam = await set_up(harness, 10)
    await sam.send("should I stay in bed?")
    replies = await sam.edit(sam.own_message_ids[-1], "should I stay in bed? I wish I was dead")
    assert replies[0].text == note(harness)
    assert "From the guide" in (replies[1].text or "")
