"""A reminder refused late for the 24-hour window (a `failed` status webhook with 131047): the
template goes instead, off the webhook's request. Meta expects its webhooks answered at once
and re-delivers one it did not see answered; the template's send may be refused for the
person's pair limit (131056) and waited out in place, for up to ~15 s of retries.

The channel wired as the bot wires it, its webhook server on loopback, the Cloud API emulator
posting the status webhooks. The client's back-off waits are an event the test opens, so "the
template is still waiting" is a state the test holds, not a race it hopes to win.
"""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Any

from bot.core.records import ClaimedDelivery
from bot.emulator_whatsapp import TemplateMessage
from bot.testing import sql
from tests.reminders.factories import met_every_exercise
from tests.whatsapp.conftest import Rig
from tests.whatsapp.test_channel import claimed, subscribed_ana

PAIR_LIMIT, OUTSIDE_WINDOW = 131056, 131047
BOUND = 10.0  # a failing bot would never answer: fail the test instead of hanging it


def statuses(payload: dict[str, Any]) -> list[str]:
    """The message statuses a webhook body reports."""
    return [
        status["status"]
        for entry in payload.get("entry", [])
        for change in entry.get("changes", [])
        for status in change.get("value", {}).get("statuses", [])
    ]


async def test_the_status_webhook_is_answered_before_the_template_goes_and_it_goes_once(
    rig: Rig,
) -> None:
    ana, person_id, subscriber = await subscribed_ana(rig)
    await met_every_exercise(rig.repo, person_id, rig.clock.now())  # the routine alone
    identity = await rig.repo.channels.identity(person_id)
    assert identity is not None
    waiting, release = asyncio.Event(), asyncio.Event()

    async def back_off(seconds: float) -> None:  # the client's wait before a retry
        waiting.set()
        await release.wait()

    rig.channel.api.sleep = back_off
    try:
        # The routine is accepted, then reported failed for the window; the template that goes
        # instead meets Ana's pair limit once, and waits to retry.
        rig.api.faults.fail_next(OUTSIDE_WINDOW, to=ana.wa_id, via="status")
        rig.api.faults.fail_next(PAIR_LIMIT, to=ana.wa_id)
        day = await claimed(rig, person_id, 3)
        delivery = ClaimedDelivery(day, subscriber, date(2026, 3, 3), "routine")
        assert (await rig.channel.deliver_reminder(delivery, identity)).status == "sent"

        try:
            async with asyncio.timeout(BOUND):
                await waiting.wait()  # the template waits out the pair limit...
                await rig.api.flush_webhooks()  # ...while every status webhook is answered
        except TimeoutError:
            raise AssertionError("the status webhook waited for the template's send") from None

        failed = [d for d in rig.api.deliveries if "failed" in statuses(d.payload)]
        assert [d.status for d in failed] == [200]
        assert not [m for m in ana.inbox if isinstance(m, TemplateMessage)]  # not yet
        assert not release.is_set()

        # Meta re-delivers the same status (as it does when an answer came late): nothing more.
        assert await rig.api.post_update(failed[0].payload) == 200

        release.set()
        await rig.channel.idle()
        templates = [m for m in ana.inbox if isinstance(m, TemplateMessage)]
        assert len(templates) == 1 and templates[0].parameters == (subscriber.first_name,)
        assert rig.api.errors(PAIR_LIMIT) and rig.api.faults.pending == 0
        row = await sql(rig.repo).fetch_one(
            "SELECT status, error, attempts FROM deliveries WHERE id = ?", (day,)
        )
        assert row is not None and (row[0], row[1]) == ("sent", None)
        linked = await sql(rig.repo).fetch_value(
            "SELECT delivery_id FROM whatsapp_messages WHERE wamid = ?", (templates[0].wamid,)
        )
        assert linked == day
        await rig.api.flush_webhooks()
        await rig.channel.idle()
        assert len([m for m in ana.inbox if isinstance(m, TemplateMessage)]) == 1
        assert rig.api.violations == []
    finally:
        release.set()  # however the test ends, the template's retry may finish (teardown waits)
