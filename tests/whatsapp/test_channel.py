"""The WhatsApp adapter over the real wire: webhooks in, Cloud API requests out, statuses filed."""

from __future__ import annotations

from datetime import date, timedelta

import httpx

from bot.chat.events import Command, Location, Tap, Text
from bot.core.records import ClaimedDelivery
from bot.core.subscriber import Subscriber
from bot.emulator_whatsapp import (
    SIGNATURE_HEADER,
    ButtonsMessage,
    ImageMessage,
    ListMessage,
    SimulatedPerson,
    TemplateMessage,
    TextMessage,
    sign,
)
from bot.store.channels import FIRST_OTHER_CHANNEL_ID
from bot.testing import sql
from tests.emulator_whatsapp.conftest import PNG
from tests.reminders.factories import insert_subscriber
from tests.whatsapp.conftest import Rig


async def claimed(rig: Rig, person_id: int, day: int) -> int:
    """A journal row as the tick's claim writes it (pending)."""
    delivery_id = await sql(rig.repo).fetch_value(
        "INSERT INTO deliveries (user_id, local_date, claimed_at) VALUES (?, ?, 0) RETURNING id",
        (person_id, date(2026, 3, day).isoformat()),
    )
    return int(delivery_id)


async def subscribed_ana(rig: Rig) -> tuple[SimulatedPerson, int, Subscriber]:
    """Ana, who wrote "hello" (her 24-hour window is open) and is subscribed in UTC: her
    emulated phone, her person id and her subscriber row."""
    ana = rig.api.person("15551234567", name="Ana")
    await ana.send_text("hello")
    await rig.channel.idle()
    person_id = rig.script.turns[0].event.person.person_id
    subscriber = await insert_subscriber(rig.repo, person_id, now=rig.clock.now(), timezone="UTC")
    return ana, person_id, subscriber


async def test_handshake_needs_the_verify_token(rig: Rig) -> None:
    assert await rig.api.verify_webhook(challenge="8675309") == (200, "8675309")
    assert (await rig.api.verify_webhook(verify_token="guess"))[0] == 403


async def test_updates_without_a_valid_signature_are_refused_and_change_nothing(
    rig: Rig,
) -> None:
    ana = rig.api.person("15551234567", name="Ana")
    update = {
        "object": "whatsapp_business_account",
        "entry": [{"changes": [{"field": "messages", "value": {"messages": [
            {"from": ana.wa_id, "id": "wamid.x", "type": "text", "text": {"body": "hi"}}
        ]}}]}],
    }  # fmt: skip
    assert await rig.api.post_update(update, signature="invalid") == 403
    assert await rig.api.post_update(update, signature="missing") == 403
    await rig.channel.idle()
    assert rig.script.turns == []
    assert await rig.repo.channels.identity(FIRST_OTHER_CHANNEL_ID) is None
    # Signed with the right secret but a different body: refused too.
    url = rig.api.webhook_url or ""
    async with httpx.AsyncClient() as client:
        response = await client.post(
            url, content=b'{"object":1}', headers={SIGNATURE_HEADER: sign(b"{}", "x")}
        )
    assert response.status_code == 403


async def test_messages_become_events_in_order_and_open_the_window(rig: Rig) -> None:
    ana = rig.api.person("15551234567", name="Ana")
    await ana.send_text("should I stay in bed?")
    await ana.send_text("Today")
    await ana.send_text("/pause 3")
    await ana.send_text("stop hurting please")
    await ana.share_location(52.52, 13.40)
    await rig.channel.idle()
    events = [turn.event for turn in rig.script.turns]
    person = events[0].person
    assert person.channel == "whatsapp" and person.address == ana.wa_id
    assert person.person_id == FIRST_OTHER_CHANNEL_ID and person.first_name == "Ana"
    assert events[0] == Text(person, "should I stay in bed?")
    assert events[1] == Command(person, "today")
    assert events[2] == Command(person, "pause", ("3",))
    assert events[3] == Text(person, "stop hurting please")  # a question, not a command
    assert events[4] == Location(person, 52.52, 13.40)
    identity = await rig.repo.channels.identity(person.person_id)
    assert identity is not None and identity.last_inbound_at == rig.clock.now()


async def test_choices_render_as_buttons_or_lists_and_taps_come_back(rig: Rig) -> None:
    ana = rig.api.person("15551234567", name="Ana")
    await ana.send_text("today")
    inbox = await ana.wait_for_messages(1)
    routine = inbox[0]
    assert isinstance(routine, ButtonsMessage)
    assert [(b.id, b.title) for b in routine.buttons] == [("s:1", "Set 1"), ("d", "Done")]
    await ana.tap("s:1")
    inbox = await ana.wait_for_messages(2)
    tap = rig.script.turns[-1].event
    assert isinstance(tap, Tap) and tap.data == "s:1" and tap.message is not None
    assert tap.message.message_id == routine.wamid
    # Messages cannot be edited: the edit's short note arrives as a new message.
    assert isinstance(inbox[1], TextMessage) and inbox[1].text == "Set 1 done"
    await ana.send_text("many")
    inbox = await ana.wait_for_messages(4)
    lists = inbox[2:]
    assert all(isinstance(m, ListMessage) for m in lists)
    rows = [row.id for m in lists if isinstance(m, ListMessage) for row in m.rows]
    assert rows == [f"r:{i}" for i in range(12)]  # 10 + 2: nothing dropped
    await ana.tap("r:11")
    await rig.channel.idle()
    last = rig.script.turns[-1].event
    assert isinstance(last, Tap) and last.data == "r:11"
    assert rig.api.violations == []


async def test_a_chart_is_uploaded_and_sent_as_an_image(rig: Rig) -> None:
    ana = rig.api.person("15551234567", name="Ana")
    await ana.send_text("chart")
    (image,) = await ana.wait_for_messages(1)
    assert isinstance(image, ImageMessage) and image.content == PNG
    assert image.text == "Your week"
    paths = [request.path for request in rig.api.requests]
    assert any(path.endswith("/media") for path in paths)  # really reached WHATSAPP_API_URL
    assert rig.api.violations == []


async def test_statuses_are_filed_and_an_undeliverable_person_stops(rig: Rig) -> None:
    ana = rig.api.person("15551234567", name="Ana")
    await ana.send_text("today")
    (routine,) = await ana.wait_for_messages(1)
    await ana.read()
    await rig.api.flush_webhooks()
    assert await rig.repo.channels.message_status(routine.wamid) == ("read", None)

    person_id = rig.script.turns[0].event.person.person_id
    await insert_subscriber(rig.repo, person_id, now=rig.clock.now(), timezone="UTC")
    rig.api.faults.fail_next(131026, to=ana.wa_id, via="status")
    await ana.send_text("today")
    sent = await rig.api.wait_for_sent(2)  # accepted, then reported failed: never in her inbox
    await rig.api.flush_webhooks()
    await rig.channel.idle()
    assert await rig.repo.channels.message_status(sent[1].wamid) == ("failed", "131026")
    subscriber = await rig.repo.subscribers.get(person_id)
    assert subscriber is not None and subscriber.status == "blocked"


async def test_reminder_is_the_routine_inside_the_window_and_the_template_outside(
    rig: Rig,
) -> None:
    ana, person_id, subscriber = await subscribed_ana(rig)
    identity = await rig.repo.channels.identity(person_id)
    assert identity is not None

    inside = ClaimedDelivery(
        await claimed(rig, person_id, 2), subscriber, date(2026, 3, 2), "routine"
    )
    outcome = await rig.channel.deliver_reminder(inside, identity)
    assert outcome.status == "sent"
    routine = next(m for m in ana.inbox if "Your routine for" in (m.text or ""))
    assert isinstance(routine, ListMessage)  # the compact routine, with Snooze
    assert any("Snooze" in row.title for row in routine.rows)
    linked = await sql(rig.repo).fetch_value(
        "SELECT delivery_id FROM whatsapp_messages WHERE wamid = ?", (routine.wamid,)
    )
    assert linked == inside.delivery_id  # its statuses reach the reminder's journal row

    rig.clock.advance(timedelta(hours=30))  # she has not written since: the window is shut
    identity = await rig.repo.channels.identity(person_id)
    assert identity is not None
    outside = ClaimedDelivery(
        await claimed(rig, person_id, 3), subscriber, date(2026, 3, 3), "routine"
    )
    outcome = await rig.channel.deliver_reminder(outside, identity)
    assert outcome.status == "sent"
    template = ana.last
    assert isinstance(template, TemplateMessage) and template.parameters == (
        subscriber.first_name,
    )
    assert rig.api.stats.window_errors == 0
    # Its button opens the day's routine.
    await ana.tap_template_button(template.quick_replies[0].payload)
    await rig.channel.idle()
    assert rig.script.turns[-1].event == Command(rig.script.turns[0].event.person, "today")
    assert isinstance(ana.last, ButtonsMessage)
    assert rig.api.violations == []


async def test_a_reminder_refused_for_the_window_goes_as_the_template(rig: Rig) -> None:
    ana, person_id, subscriber = await subscribed_ana(rig)
    # Answered at once with 131047 (the bot thought the window open; Meta did not).
    rig.api.faults.fail_next(131047, to=ana.wa_id)
    identity = await rig.repo.channels.identity(person_id)
    assert identity is not None
    first = ClaimedDelivery(
        await claimed(rig, person_id, 2), subscriber, date(2026, 3, 2), "routine"
    )
    assert (await rig.channel.deliver_reminder(first, identity)).status == "sent"
    assert isinstance(ana.last, TemplateMessage)
    # Or accepted, then reported failed with 131047 by a status webhook.
    rig.api.faults.fail_next(131047, to=ana.wa_id, via="status")
    day = await claimed(rig, person_id, 3)
    second = ClaimedDelivery(day, subscriber, date(2026, 3, 3), "routine")
    assert (await rig.channel.deliver_reminder(second, identity)).status == "sent"
    await rig.api.flush_webhooks()
    await rig.channel.idle()
    templates = [m for m in ana.inbox if isinstance(m, TemplateMessage)]
    assert len(templates) == 2
    row = await sql(rig.repo).fetch_one(
        "SELECT status, error FROM deliveries WHERE id = ?", (day,)
    )
    assert row is not None and tuple(row) == ("sent", None)
