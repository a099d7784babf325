"""The bearer token, the webhook handshake, signatures (checked here with hmac), and the
delivery statuses the bot is told about."""

from __future__ import annotations

import hashlib
import hmac

import httpx
import pytest

from bot.emulator_whatsapp import CloudApiEmulator, WebhookRejected, sign
from tests.emulator_whatsapp.conftest import Clock, FakeBot, Sender, error_of

TO = "15551234567"


@pytest.mark.parametrize(
    "authorization",
    [f"Bearer {'EAAwrong'}", "", "Basic abc", "Bearer"],
    ids=["wrong token", "no header", "not bearer", "empty"],
)
async def test_a_bad_token_is_190_with_http_401(
    api: CloudApiEmulator, sender: Sender, authorization: str
) -> None:
    url = f"{api.base_url}/{api.phone_number_id}/messages"
    headers = {"Authorization": authorization} if authorization else {}
    response = await sender.client.post(url, json={"to": TO}, headers=headers)
    assert (response.status_code, error_of(response)) == (401, 190)
    assert response.json()["error"]["type"] == "OAuthException"
    assert api.token not in response.text
    assert api.violations == []  # a configuration problem, reported loudly by the bot instead


def test_signature_is_hmac_sha256_of_the_raw_body() -> None:
    body = b'{"object":"whatsapp_business_account"}'
    expected = hmac.new(b"s3cret", body, hashlib.sha256).hexdigest()
    assert sign(body, "s3cret") == f"sha256={expected}"


async def test_handshake(api: CloudApiEmulator, bot: FakeBot) -> None:
    assert await api.verify_webhook(challenge="1234") == (200, "1234")
    assert (await api.verify_webhook(verify_token="guess"))[0] == 403


async def test_updates_are_signed_and_bad_ones_refused(
    api: CloudApiEmulator, bot: FakeBot
) -> None:
    await api.person(TO, name="Ana").send_text("olá, ça va? 🙂")
    (update,) = bot.updates
    value = update["entry"][0]["changes"][0]["value"]
    assert update["object"] == "whatsapp_business_account"
    assert update["entry"][0]["id"] == api.business_account_id
    assert update["entry"][0]["changes"][0]["field"] == "messages"
    assert value["metadata"] == {
        "display_phone_number": api.display_phone_number,
        "phone_number_id": api.phone_number_id,
    }
    assert value["contacts"][0]["profile"] == {"name": "Ana"}
    assert value["contacts"][0]["wa_id"] == TO
    assert value["messages"][0]["text"] == {"body": "olá, ça va? 🙂"}
    assert bot.raw[0].isascii() and b"\\u00e7" in bot.raw[0]  # JSON escaped, as Meta sends
    assert all(d.signed for d in api.deliveries)
    assert await api.post_update(update, signature="invalid") == 403
    assert await api.post_update(update, signature="missing") == 403
    assert await api.post_update(update) == 200
    assert bot.refused == 2 and len(bot.updates) == 2


async def test_the_person_sees_a_refused_webhook(api: CloudApiEmulator, bot: FakeBot) -> None:
    bot.app_secret = "the bot was given another secret"
    with pytest.raises(WebhookRejected) as refused:
        await api.person(TO).send_text("hi")
    assert refused.value.status == 403


async def test_no_webhook_is_an_error_for_the_test(api: CloudApiEmulator) -> None:
    with pytest.raises(WebhookRejected):
        await api.person(TO).send_text("hi")
    with pytest.raises(RuntimeError, match="no webhook"):
        await api.verify_webhook()


async def test_statuses_sent_delivered_read_in_order(
    api: CloudApiEmulator, sender: Sender, bot: FakeBot, clock: Clock
) -> None:
    ana = api.person(TO, name="Ana")
    await ana.send_text("hi")
    response = await sender.text(TO, "hello")
    wamid = response.json()["messages"][0]["id"]
    assert response.json()["contacts"] == [{"input": TO, "wa_id": TO}]
    await api.flush_webhooks()
    assert [s["status"] for s in bot.statuses()] == ["sent", "delivered"]
    assert api.status_of(wamid) == "delivered"
    clock.advance(60)
    await ana.read()
    await ana.read()  # read once only
    await api.flush_webhooks()
    sent, delivered, read = bot.statuses()
    assert [s["id"] for s in (sent, delivered, read)] == [wamid] * 3
    assert read["status"] == "read" and int(read["timestamp"]) == int(clock.now)
    assert sent["conversation"]["origin"] == {"type": "service"}
    assert sent["pricing"]["category"] == "service" and "conversation" not in read
    assert api.status_of(wamid) == "read"
    assert all(d.status == 200 for d in api.deliveries)


async def test_statuses_wait_without_auto_delivery(clock: Clock) -> None:
    async with CloudApiEmulator(clock=clock, auto_deliver=False) as api:
        bot = FakeBot(api.app_secret, api.verify_token)
        await bot.start()
        api.set_webhook(bot.url)
        ana = api.person(TO)
        await ana.send_text("hi")
        async with httpx.AsyncClient() as client:
            response = await Sender(api, client).text(TO, "x")
        await api.flush_webhooks()
        await bot.stop()
    assert response.status_code == 200 and bot.statuses() == []
    assert len(ana.inbox) == 1
