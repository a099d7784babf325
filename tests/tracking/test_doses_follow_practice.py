"""Doses grow with the weeks a person practises, and start gently again after a break.

The guide promises "start with fewer sets and shorter holds, and build up over the weeks" and,
after a flare or a pause, "build back up gradually". Before, doses grew with the calendar: someone
who never finished a routine was given 40 s holds in week five, and someone back from a month
off got their longest holds on the first morning.
"""

from __future__ import annotations

import re
from datetime import timedelta

from bot.testing import BotHarness, ChatUser
from tests.subscribers import set_up

DAY = timedelta(days=1)
ITEM = re.compile(r"^\d+\. (?P<name>[^:]+): \d+ × (?P<amount>\d+) (?P<unit>s hold|reps)")


async def todays_doses(person: ChatUser) -> dict[str, tuple[int, int, str]]:
    """Each item of /today's routine: its hold or reps, the exercise's starting one, the unit."""
    *_, routine = await person.command("today")
    content = person._harness.services.content
    by_name = {e.name: e for e in content.exercises.values()}
    doses = {}
    for line in (routine.text or "").splitlines():
        found = ITEM.match(line)
        if found is None:
            continue
        base = by_name[found["name"]].dose
        start = base.hold_seconds if found["unit"] == "s hold" else base.reps
        assert start is not None
        doses[found["name"]] = (int(found["amount"]), start, found["unit"])
    assert doses, routine.text
    return doses


async def practise(harness: BotHarness, person: ChatUser, days: int) -> None:
    for _ in range(days):
        *_, routine = await person.command("today")
        await person.tap(routine, text="✅ All done")
        harness.clock.advance(DAY)


async def test_weeks_without_a_finished_routine_keep_the_starting_doses(
    harness: BotHarness,
) -> None:
    kim = await set_up(harness)
    harness.clock.advance(28 * DAY)  # four weeks of reminders, none of them done
    doses = await todays_doses(kim)
    assert all(given == start for given, start, _ in doses.values()), doses


async def test_doses_grow_with_practice_and_start_gently_again_after_a_break(
    harness: BotHarness,
) -> None:
    kim = await set_up(harness)
    await practise(harness, kim, 21)  # three weeks done, every day
    grown = await todays_doses(kim)
    assert all(given > start for given, start, _ in grown.values()), grown
    await kim.command("stop")
    harness.clock.advance(30 * DAY)
    await kim.command("start")  # back a month later
    doses = await todays_doses(kim)
    assert all(given == start for given, start, _ in doses.values()), doses
    await practise(harness, kim, 8)  # a week back at it: one step up, not straight to the top
    again = await todays_doses(kim)
    assert all(given > start for given, start, _ in again.values()), again
    # Recovering grows holds 5 s a week: three weeks' growth before the break, one week's after.
    assert {g - s for g, s, unit in grown.values() if unit == "s hold" and g < 40} == {15}
    assert {g - s for g, s, unit in again.values() if unit == "s hold"} == {5}


async def test_moving_up_a_phase_starts_the_new_phase_at_its_first_doses(
    harness: BotHarness,
) -> None:
    kim = await set_up(harness, "Gentle relief")
    await practise(harness, kim, 21)  # three weeks of gentle stretches
    assert all(given > start for given, start, _ in (await todays_doses(kim)).values())
    [menu] = await kim.command("settings")
    await kim.tap(menu, text="Phase")
    await kim.tap(kim.message(menu.message_id), data="m:phase:recovering")
    harness.clock.advance(DAY)  # today's routine stays as it was shown; tomorrow's is new
    doses = await todays_doses(kim)
    assert all(given == start for given, start, _ in doses.values()), doses
