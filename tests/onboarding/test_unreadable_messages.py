"""Photos, stickers and voice messages: a caption is read like typed text, the rest get a reply.

Telegram delivers a photo's words as its caption, not its text: a red flag or a question written
under a photo must get the same answer as when typed, and a sticker or a voice message must not
be met with silence (every message gets a reply; no step swallows it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.emulator import BotMessage, SimulatedUser
from bot.testing import BotHarness, ChatUser, sql


def texts(messages: list[BotMessage]) -> str:
    return "\n".join(m.text or "" for m in messages)


async def step_of(harness: BotHarness, user_id: int) -> object:
    return await sql(harness.repo).fetch_value(
        "SELECT onboarding_step FROM subscribers WHERE user_id = ?", (user_id,)
    )


async def started(harness: BotHarness, user_id: int) -> ChatUser:
    person = harness.user(user_id, "Sam")
    await person.command("start")
    return person


async def sends(person: ChatUser, produce: Callable[[SimulatedUser], Any]) -> list[BotMessage]:
    return await person._act(lambda: produce(person.person))


async def test_a_red_flag_written_under_a_photo_gets_urgent_care_advice_first(
    harness: BotHarness,
) -> None:
    sam = await started(harness, 1)
    before = await harness.snapshot()
    replies = await sends(sam, lambda p: p.send_photo("I lost control of my bladder today"))
    assert replies and (replies[0].text or "").startswith("⚠️")
    assert "still waiting" in (replies[-1].text or "")  # the set-up step is re-offered
    assert await harness.snapshot() == before
    assert await step_of(harness, 1) == "timezone"


async def test_a_question_written_under_a_photo_is_answered_as_if_typed(
    harness: BotHarness,
) -> None:
    typed = await (await started(harness, 1)).send("is walking ok?")
    captioned = await sends(await started(harness, 2), lambda p: p.send_photo("is walking ok?"))
    assert texts(captioned) == texts(typed)
    assert "From the guide: Is walking good for sciatica?" in texts(captioned)


async def test_a_caption_at_the_time_step_answers_it(harness: BotHarness) -> None:
    sam = await started(harness, 1)
    await sam.send("Berlin")
    replies = await sends(sam, lambda p: p.send_photo("07:15"))
    assert "Reminder time: 07:15." in texts(replies)
    assert (
        await sql(harness.repo).fetch_value(
            "SELECT reminder_time FROM subscribers WHERE user_id = 1"
        )
        == "07:15"
    )


SENDERS: dict[str, Callable[[SimulatedUser], Any]] = {
    "sticker": lambda p: p.send_sticker(),
    "voice": lambda p: p.send_voice(),
    "photo": lambda p: p.send_photo(),
}


@pytest.mark.parametrize("kind", SENDERS)
async def test_a_message_without_words_gets_a_reply_and_the_step_is_re_offered(
    harness: BotHarness, kind: str
) -> None:
    sam = await started(harness, 1)
    before = await harness.snapshot()
    replies = await sends(sam, SENDERS[kind])
    assert len(replies) == 2
    assert "type" in (replies[0].text or "").lower()  # says what it can read
    assert "still waiting" in (replies[1].text or "")
    assert replies[1].reply_keyboard is not None  # the step's location and Skip keys again
    assert await harness.snapshot() == before


@pytest.mark.parametrize("kind", SENDERS)
async def test_a_message_without_words_after_set_up_gets_one_reply_and_changes_nothing(
    harness: BotHarness, kind: str
) -> None:
    sam = await started(harness, 1)
    for answer in ("Berlin", "07:30", "Recovering"):
        await sam.send(answer)
    before = await harness.snapshot()
    replies = await sends(sam, SENDERS[kind])
    assert len(replies) == 1 and "type" in (replies[0].text or "").lower()
    assert await harness.snapshot() == before


async def test_a_sticker_in_a_group_still_gets_no_reply_there(harness: BotHarness) -> None:
    sam = harness.user(1, "Sam")
    group = sam.person.group(-100)
    sticker = {"file_id": "s", "file_unique_id": "s", "type": "regular", "width": 9, "height": 9}
    sticker |= {"is_animated": False, "is_video": False}
    await sam._act(
        lambda: harness.emulator.enqueue("message", sam.person._message(group, sticker=sticker))
    )
    assert harness.emulator.messages(-100) == []
    assert await sql(harness.repo).fetch_value("SELECT COUNT(*) FROM subscribers") == 0
