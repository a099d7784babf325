"""The simulated person: what reaches the bot when they type, tap or share, and what they see."""

from __future__ import annotations

from typing import Any

import pytest

from bot.emulator_whatsapp import (
    ButtonsMessage,
    CloudApiEmulator,
    ListMessage,
    TapError,
    TextMessage,
)
from tests.emulator_whatsapp.conftest import (
    START,
    Clock,
    FakeBot,
    Sender,
    buttons,
    message,
    rows_block,
)

TO = "15551234567"


async def test_a_conversation_without_sleeps(
    api: CloudApiEmulator, sender: Sender, bot: FakeBot
) -> None:
    async def reply(update: dict[str, Any]) -> None:
        for item in update["entry"][0]["changes"][0]["value"].get("messages", []):
            if item["type"] == "text":
                block = buttons(
                    ("yes", "Yes"), ("no", "No"), body=f"You said {item['text']['body']}"
                )
                await sender.post(message(item["from"], "interactive", block))
            else:
                await sender.text(item["from"], "Noted")

    bot.on_update = reply
    ana = api.person(TO, name="Ana")
    await ana.send_text("my back hurts")
    (question,) = await ana.wait_for_messages(1)
    assert isinstance(question, ButtonsMessage)
    assert (question.text, question.button_titles) == ("You said my back hurts", ["Yes", "No"])
    await ana.tap("yes")
    await ana.wait_for_messages(2)
    assert ana.texts == ["You said my back hurts", "Noted"]
    assert api.violations == []


async def test_inbound_messages_carry_the_clock_and_the_context(
    api: CloudApiEmulator, sender: Sender, bot: FakeBot, clock: Clock
) -> None:
    ana = api.person("+1 (555) 123-4567", name="Ana")
    assert ana.wa_id == TO and api.person(TO) is ana
    await ana.send_text("hi")
    clock.advance(90)
    await sender.post(message(TO, "interactive", rows_block([("t1", "07:00"), ("t2", "08:00")])))
    await ana.tap("t2")
    await ana.share_location(38.72, -9.14, name="Home")
    text, tap, location = bot.messages()
    assert text["from"] == TO and text["timestamp"] == str(int(START))
    assert tap["timestamp"] == str(int(START + 90))
    assert tap["context"] == {"from": api.display_phone_number, "id": ana.inbox[0].wamid}
    assert tap["interactive"] == {
        "type": "list_reply",
        "list_reply": {"id": "t2", "title": "08:00"},
    }
    assert location["location"] == {"latitude": 38.72, "longitude": -9.14, "name": "Home"}
    assert len({text["id"], tap["id"], location["id"]}) == 3


async def test_taps_must_be_on_what_the_bot_sent(
    api: CloudApiEmulator, sender: Sender, bot: FakeBot
) -> None:
    ana = api.person(TO)
    await ana.send_text("hi")
    with pytest.raises(TapError, match="no interactive"):
        await ana.tap("yes")
    await sender.post(message(TO, "interactive", buttons(("old", "Old"))))
    await sender.post(message(TO, "interactive", buttons(("new", "New"))))
    await sender.text(TO, "a text after the buttons")
    with pytest.raises(TapError, match="no button 'old'"):
        await ana.tap("old")  # not on the latest interactive message
    with pytest.raises(TapError, match="no template"):
        await ana.tap_template_button("open")
    older = ana.inbox[0]
    await ana.tap("old", message=older)  # tapping an older message, on purpose
    await ana.tap("new")
    replies = [m["interactive"]["button_reply"]["id"] for m in bot.messages()[1:]]
    assert replies == ["old", "new"]


async def test_typed_inbox(api: CloudApiEmulator, sender: Sender, bot: FakeBot) -> None:
    ana = api.person(TO)
    await ana.send_text("hi")
    block = rows_block([("a", "A")], [("b", "B")], button="Times")
    block["action"]["sections"][1]["rows"][0]["description"] = "later"
    block["header"] = {"type": "text", "text": "When?"}
    block["footer"] = {"text": "Pick one"}
    await sender.post(message(TO, "interactive", block))
    await sender.post(message(TO, "text", {"body": "see https://nhs.uk", "preview_url": True}))
    listed, text = await ana.wait_for_messages(2)
    assert isinstance(listed, ListMessage) and isinstance(text, TextMessage)
    assert (listed.button, listed.header, listed.footer) == ("Times", "When?", "Pick one")
    assert [(r.id, r.description) for r in listed.rows] == [("a", None), ("b", "later")]
    assert [s.title for s in listed.sections] == ["Part 1", "Part 2"]
    assert text.preview_url and text.kind == "text" and listed.kind == "interactive"
    assert api.sent == ana.inbox and ana.last is text


async def test_waiting_gives_up_with_what_arrived(
    api: CloudApiEmulator, sender: Sender, bot: FakeBot
) -> None:
    ana = api.person(TO)
    await ana.send_text("hi")
    await sender.text(TO, "only one")
    with pytest.raises(TimeoutError, match="only one"):
        await ana.wait_for_messages(2, timeout=0.05)
    with pytest.raises(TimeoutError, match="1 messages sent, not 2"):
        await api.wait_for_sent(2, timeout=0.05)


async def test_tap_by_the_title_the_person_sees(
    api: CloudApiEmulator, sender: Sender, bot: FakeBot
) -> None:
    ana = api.person(TO)
    await ana.send_text("hi")
    await sender.post(message(TO, "interactive", buttons(("set:1", "Done"), ("later", "Later"))))
    (offer,) = await ana.wait_for_messages(1)
    assert offer.choices == [("set:1", "Done"), ("later", "Later")]
    with pytest.raises(TapError, match="titled 'Maybe'"):
        await ana.tap(title="Maybe")
    with pytest.raises(TypeError):
        await ana.tap("set:1", title="Done")
    await ana.tap(title="Done")
    assert bot.messages()[-1]["interactive"]["button_reply"] == {"id": "set:1", "title": "Done"}
