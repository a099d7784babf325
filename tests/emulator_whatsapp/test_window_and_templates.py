"""The 24-hour customer service window on an injected clock, and template messages."""

from __future__ import annotations

import httpx
import pytest

from bot.emulator_whatsapp import CloudApiEmulator, TemplateMessage
from tests.emulator_whatsapp.conftest import (
    Clock,
    FakeBot,
    Sender,
    error_of,
    message,
    template_block,
)

TO = "15551234567"
HOUR = 3600.0


@pytest.fixture(autouse=True)
def morning_template(api: CloudApiEmulator) -> None:
    api.register_template(
        "morning_routine", "en", body="Good morning {{1}}, day {{2}}", buttons=("Start",)
    )


async def test_free_form_inside_the_window_only(
    api: CloudApiEmulator, sender: Sender, bot: FakeBot, clock: Clock
) -> None:
    ana = api.person(TO, name="Ana")
    never_wrote = await sender.text(TO, "hello?")
    assert (never_wrote.status_code, error_of(never_wrote)) == (400, 131047)
    await ana.send_text("hi")
    clock.advance(23 * HOUR + 59 * 60)
    assert (await sender.text(TO, "at 23:59")).status_code == 200
    clock.advance(2 * 60)
    late = await sender.text(TO, "at 24:01")
    assert error_of(late) == 131047
    assert late.json()["error"]["message"] == "(#131047) Re-engagement message"
    template = await sender.post(
        message(TO, "template", template_block("morning_routine", "en", "Ana", "3"))
    )
    assert template.status_code == 200
    assert template.json()["messages"][0]["message_status"] == "accepted"
    await ana.send_text("back again")  # a new message opens a new window
    assert (await sender.text(TO, "welcome back")).status_code == 200
    assert ana.texts == ["at 23:59", "Good morning Ana, day 3", "welcome back"]
    assert api.stats.window_errors == 2
    assert api.violations == []  # outside the window is the bot's normal fallback path


async def test_any_message_from_the_person_opens_the_window(
    api: CloudApiEmulator, sender: Sender, bot: FakeBot, clock: Clock
) -> None:
    ana = api.person(TO)
    await ana.share_location(51.5, -0.12)
    clock.advance(24 * HOUR)
    assert (await sender.text(TO, "exactly 24 h later")).status_code == 200
    clock.advance(1)
    assert error_of(await sender.text(TO, "one second past")) == 131047


async def test_template_is_filled_and_its_button_taps_back(
    api: CloudApiEmulator, sender: Sender, bot: FakeBot
) -> None:
    ana = api.person(TO, name="Ana")
    body = template_block("morning_routine", "en", "Ana", "4", payload="open_routine")
    assert (await sender.post(message(TO, "template", body))).status_code == 200
    (received,) = await ana.wait_for_messages(1)
    assert isinstance(received, TemplateMessage)
    assert received.text == "Good morning Ana, day 4"
    assert [(q.payload, q.text) for q in received.quick_replies] == [("open_routine", "Start")]
    await ana.tap_template_button("open_routine")
    tap = bot.messages()[-1]
    assert tap["type"] == "button"
    assert tap["button"] == {"payload": "open_routine", "text": "Start"}
    assert tap["context"]["id"] == received.wamid
    assert (await sender.text(TO, "the tap opened the window")).status_code == 200


@pytest.mark.parametrize(
    ("block", "code", "status"),
    [
        pytest.param(template_block("evening", "en", "Ana", "1"), 132001, 404, id="unknown name"),
        pytest.param(
            template_block("morning_routine", "pt_BR", "Ana", "1"), 132001, 404, id="language"
        ),
        pytest.param(template_block("morning_routine", "en", "Ana"), 132000, 400, id="1 of 2"),
        pytest.param(template_block("morning_routine", "en"), 132000, 400, id="no params"),
    ],
)
async def test_unapproved_templates_and_wrong_parameters_are_bot_bugs(
    api: CloudApiEmulator, sender: Sender, block: dict[str, object], code: int, status: int
) -> None:
    api.person(TO)
    response = await sender.post(message(TO, "template", block))
    assert (response.status_code, error_of(response)) == (status, code)
    assert [v.code for v in api.violations] == [code]


async def test_named_parameters(api: CloudApiEmulator, sender: Sender) -> None:
    api.register_template("hello", "en_US", body="Hi {{first_name}}!")
    ana = api.person(TO)
    named = [{"type": "text", "text": "Ana", "parameter_name": "first_name"}]
    block = {
        "name": "hello",
        "language": {"code": "en_US"},
        "components": [{"type": "BODY", "parameters": named}],  # pywa sends upper case
    }
    assert (await sender.post(message(TO, "template", block))).status_code == 200
    assert ana.texts == ["Hi Ana!"]
    wrong = [{"type": "text", "text": "Ana", "parameter_name": "name"}]
    block["components"] = [{"type": "body", "parameters": wrong}]
    assert error_of(await sender.post(message(TO, "template", block))) == 132000


async def test_quick_reply_index_must_exist_on_the_template(
    api: CloudApiEmulator, sender: Sender
) -> None:
    api.person(TO)
    block = template_block("morning_routine", "en", "Ana", "1", payload="x")
    block["components"][1]["index"] = "1"  # the template has one button, at index 0
    assert error_of(await sender.post(message(TO, "template", block))) == 100
    assert len(api.violations) == 1


async def test_template_to_a_number_not_on_whatsapp_fails_by_status(
    api: CloudApiEmulator, sender: Sender, bot: FakeBot
) -> None:
    body = template_block("morning_routine", "en", "Bo", "1")
    response = await sender.post(message("15550009999", "template", body))
    assert response.status_code == 200  # accepted, then reported undeliverable
    await api.flush_webhooks()
    (failed,) = bot.statuses()
    assert failed["status"] == "failed"
    assert failed["errors"][0]["code"] == 131026
    assert api.status_of(response.json()["messages"][0]["id"]) == "failed"


async def test_window_errors_can_come_as_a_failed_status(clock: Clock) -> None:
    async with CloudApiEmulator(clock=clock, window_errors="status") as api:
        bot = FakeBot(api.app_secret, api.verify_token)
        await bot.start()
        api.set_webhook(bot.url)
        ana = api.person(TO)
        async with httpx.AsyncClient() as client:
            sender = Sender(api, client)
            response = await sender.text(TO, "she never wrote")
            await ana.send_text("hi")
            inside = await sender.text(TO, "inside the window")
        await api.flush_webhooks()
        await bot.stop()
    assert response.status_code == 200 and inside.status_code == 200
    failed, sent, delivered = bot.statuses()
    assert failed["id"] == response.json()["messages"][0]["id"]
    assert (failed["status"], failed["errors"][0]["code"]) == ("failed", 131047)
    assert (sent["status"], delivered["status"]) == ("sent", "delivered")
    assert ana.texts == ["inside the window"]
    assert api.stats.window_errors == 1
