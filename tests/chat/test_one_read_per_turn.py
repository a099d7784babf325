"""The check for a return after a block reads the subscriber's row and hands it to the feature's
first read (before: read once more for every message, command and tap)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from bot.testing import BotHarness
from tests.subscribers import set_up


@contextmanager
def counted_reads(harness: BotHarness) -> Iterator[list[int]]:
    """Count the repository's reads of one subscriber's row while the block runs."""
    store = harness.repo.subscribers
    read = store.get
    reads: list[int] = []

    async def counting(user_id: int) -> Any:
        reads.append(user_id)
        return await read(user_id)

    store.get = counting  # type: ignore[method-assign]
    try:
        yield reads
    finally:
        store.get = read  # type: ignore[method-assign]


async def test_a_question_reads_the_row_once(harness: BotHarness) -> None:
    kim = await set_up(harness)
    with counted_reads(harness) as reads:
        [answer] = await kim.send("is walking ok?")
    assert "walk" in (answer.text or "").lower()
    assert reads == [7]


async def test_a_set_tap_and_a_command_read_it_once_less(harness: BotHarness) -> None:
    kim = await set_up(harness)
    *_, routine = await kim.command("today")
    with counted_reads(harness) as reads:
        await kim.tap(routine, data=routine.buttons[0][0].callback_data)
    assert ": set 1 of " in (kim.last_callback_answer or "")
    assert len(reads) == 1  # the tap's owner check reads the row the return check read
    with counted_reads(harness) as reads:
        [paused] = await kim.command("pause", "3")
    assert (paused.text or "").startswith("Reminders paused until Sat 28 Nov.")
    assert len(reads) == 2  # the menu's input ends with the row read once; /pause reads afresh


async def test_a_return_after_a_block_is_still_said_once(harness: BotHarness) -> None:
    kim = await set_up(harness)
    await kim.block_bot()
    kim.person.emulator.faults.unblock_chat(kim.chat_id)  # unblocked, the update not seen
    with counted_reads(harness) as reads:
        back, answer = await kim.send("is walking ok?")
    assert (back.text or "").startswith("Good to hear from you again, Kim.")
    assert "walk" in (answer.text or "").lower()
    assert reads == [7]
