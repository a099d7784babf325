"""WhatsApp cannot edit messages: a phase changed before anything of today was recorded leaves
the morning's routine as it was. Today's routine in the new phase comes at once after a line
saying why (before: only "Saved.", and the old routine stood as today's); a tap on the old
buttons records nothing, says the routine changed and shows its buttons again, as they were
sent: without "Snooze 30 min" even when the old message is the journalled morning reminder
(before: the reminder's Snooze came back under the new routine, which never had it). The real
conversation behind the Cloud API emulator, over loopback HTTP."""

from __future__ import annotations

import pytest

from bot.emulator_whatsapp import CloudApiEmulator, ListMessage, SimulatedPerson
from bot.testing import sql
from bot.whatsapp.channel import WhatsAppChannel
from tests.whatsapp.mornings import TODAY, morning_reminder
from tests.whatsapp.test_typed_pain_score import conversation, say, tap

__all__ = ["conversation"]  # the fixture: the real conversation behind the WhatsApp channel


async def switch_to_gentle(ana: SimulatedPerson, channel: WhatsAppChannel) -> list[str | None]:
    """Settings → Phase → Gentle relief; what Ana receives from the last tap on."""
    await say(ana, channel, "settings")
    await tap(ana, channel, "Phase")
    seen = len(ana.inbox)
    await tap(ana, channel, "Gentle relief")
    return ana.texts[seen:]


async def sets_recorded(channel: WhatsAppChannel) -> list[tuple[str, int]]:
    rows = await sql(channel.services.repo).fetch_all(
        "SELECT exercise_id, set_no FROM set_completions ORDER BY rowid"
    )
    return [(row[0], row[1]) for row in rows]


SNOOZE = "⏰ Snooze 30 min"


@pytest.mark.parametrize(
    "journalled", [True, False], ids=["reminder journalled", "reminder not journalled"]
)
async def test_a_phase_change_sends_the_new_routine_and_the_old_buttons_show_it(
    conversation: tuple[CloudApiEmulator, WhatsAppChannel], journalled: bool
) -> None:
    api, channel = conversation
    ana = api.person("15551234567", name="Ana")
    # Journalled as the sender does it, the bot knows the morning message as the reminder.
    morning, _ = await morning_reminder(ana, channel, journalled=journalled)
    assert (morning.text or "").startswith("Your routine for Monday 2 March: Recovering")
    first = morning.choices[0]
    assert first == ("s:20260302:0:1:recovering", "Sciatic nerve g… set 1/2")
    assert SNOOZE in [title for _, title in morning.choices]

    saved, menu, note, routine = await switch_to_gentle(ana, channel)
    assert (saved, note) == (
        "Saved.",
        "Today's earlier message could not be changed to the Gentle relief routine: here it is.",
    )
    assert "Phase: Gentle relief" in (menu or "")
    assert (routine or "").startswith("Your routine for Monday 2 March: Gentle relief")
    assert "Sciatic nerve glide" not in (routine or "")  # not in the gentle phase's routine
    fresh = ana.last
    assert isinstance(fresh, ListMessage) and fresh.text == routine
    assert fresh.choices[0] == ("s:20260302:0:1:acute", "Knee-to-chest 0/3")
    assert SNOOZE not in [title for _, title in fresh.choices]  # sent anew, as a /today's

    # The morning's button, tapped all the same: no set of the old phase, the change said,
    # and today's routine shown as the phase change sent it.
    seen = len(ana.inbox)
    await ana.tap(first[0], message=morning)
    await channel.idle()
    assert ana.texts[seen:] == [
        "Today's routine is now the Gentle relief one: here it is. Tap again to record a set."
    ]
    assert ana.last is not None and ana.last.choices == fresh.choices
    assert await sets_recorded(channel) == []
    [(phase,)] = await sql(channel.services.repo).fetch_all(
        "SELECT json_extract(plan_json, '$.phase') FROM routines WHERE local_date = ?",
        (TODAY.isoformat(),),
    )
    assert phase == "acute"  # today's plan is the gentle phase's

    # The new routine's button records a set of the new phase at once.
    await ana.tap("s:20260302:0:1:acute", message=fresh)
    await channel.idle()
    assert ana.texts[-1] == "Knee-to-chest: set 1 of 3 done."
    assert await sets_recorded(channel) == [("knee-to-chest", 1)]
