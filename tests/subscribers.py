"""A subscriber set up through the real conversation, for tests of life after set-up."""

from __future__ import annotations

from bot.testing import BotHarness, ChatUser


async def set_up(
    harness: BotHarness, phase: str = "Recovering", *, user_id: int = 7, name: str = "Kim"
) -> ChatUser:
    """/start, then Berlin, 07:30 and `phase`, typed as a person would."""
    person = harness.user(user_id, name)
    await person.command("start")
    await person.send("Berlin")
    await person.send("07:30")
    await person.send(phase)
    return person
