"""A subscriber set up through the real conversation, for tests of life after set-up."""

from __future__ import annotations

from bot.testing import BotHarness, ChatUser, sql


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


def routines(person: ChatUser) -> list[str]:
    """The first line of every daily routine the person was sent, in order."""
    return [
        (m.text or "").splitlines()[0]
        for m in person.messages
        if (m.text or "").startswith("Your routine for")
    ]


async def journal(harness: BotHarness, user_id: int = 7) -> list[tuple[object, ...]]:
    """The person's delivery journal: (local date, status) a day, oldest first."""
    rows = await sql(harness.repo).fetch_all(
        "SELECT local_date, status FROM deliveries WHERE user_id = ? ORDER BY local_date",
        (user_id,),
    )
    return [tuple(row) for row in rows]
