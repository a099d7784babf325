"""Throughput (130429) and pair rate (131056) on an injected clock, and planned faults."""

from __future__ import annotations

import httpx
import pytest

from bot.emulator_whatsapp import CloudApiEmulator
from tests.emulator_whatsapp.conftest import (
    Clock,
    FakeBot,
    Sender,
    error_of,
    message,
    template_block,
)

PEOPLE = [f"1555{n:07d}" for n in range(300)]


async def open_windows(api: CloudApiEmulator, numbers: list[str]) -> None:
    for number in numbers:
        await api.person(number).send_text("hi")


async def test_a_client_over_the_rate_gets_130429(
    api: CloudApiEmulator, sender: Sender, bot: FakeBot, clock: Clock
) -> None:
    await open_windows(api, PEOPLE[:100])
    codes = [error_of(await sender.text(n, "morning")) for n in PEOPLE[:100]]  # same instant
    assert codes.count(0) == 80  # one second's worth, the default ceiling
    assert codes.count(130429) == 20 and codes[80:] == [130429] * 20
    assert api.stats.throughput_errors == 20
    clock.advance(0.5)
    again = [error_of(await sender.text(n, "retry")) for n in PEOPLE[80:100]]
    assert again == [0] * 20  # half a second refills 40 tokens


async def test_a_client_at_the_rate_gets_none(
    api: CloudApiEmulator, sender: Sender, bot: FakeBot, clock: Clock
) -> None:
    await open_windows(api, PEOPLE)
    errors = 0
    for second in range(3):
        for number in PEOPLE[second * 100 : second * 100 + 80]:
            errors += error_of(await sender.text(number, "morning")) != 0
            clock.advance(1 / 80)
    assert errors == 0
    assert len(api.sent) == 240


async def test_throughput_is_configurable(clock: Clock) -> None:
    async with CloudApiEmulator(clock=clock, send_rate=5) as api, httpx.AsyncClient() as client:
        sender = Sender(api, client)
        api.register_template("t", "en")
        codes = []
        for number in PEOPLE[:6]:
            api.person(number)
            body = message(number, "template", template_block("t"))
            codes.append(error_of(await sender.post(body)))
    assert codes == [0] * 5 + [130429]


async def test_too_many_to_one_person_gets_131056(
    api: CloudApiEmulator, sender: Sender, bot: FakeBot, clock: Clock
) -> None:
    await open_windows(api, PEOPLE[:1])
    to = PEOPLE[0]
    codes = []
    for _ in range(46):
        codes.append(error_of(await sender.text(to, "again")))
        clock.advance(0.05)  # 20 a second: under the number's ceiling, over the pair's
    assert codes[:45] == [0] * 45 and codes[45] == 131056
    assert api.stats.pair_rate_errors == 1
    assert error_of(await sender.text(PEOPLE[0], "still too soon")) == 131056
    clock.advance(6)  # one message every 6 seconds
    assert error_of(await sender.text(to, "now")) == 0


async def test_planned_faults_hit_one_recipient_then_stop(
    api: CloudApiEmulator, sender: Sender, bot: FakeBot
) -> None:
    ana, bo = PEOPLE[:2]
    await open_windows(api, [ana, bo])
    api.faults.fail_next(131026, to=ana, times=2)
    api.faults.fail_next(130429, times=1)
    first = [error_of(await sender.text(ana, "x")) for _ in range(3)]
    assert first == [131026, 131026, 130429]  # plans are used oldest first
    assert error_of(await sender.text(bo, "fine")) == 0
    assert api.faults.pending == 0 and api.stats.injected_faults == 3
    assert api.stats.throughput_errors == 0  # a planned 130429 is not the client's doing
    assert api.stats.by_code == {131026: 2, 130429: 1}


@pytest.mark.parametrize(
    ("code", "status"),
    [(131026, 400), (131051, 400), (190, 401), (130429, 400), (131056, 400), (131047, 400)],
)
async def test_each_code_has_its_http_status(
    api: CloudApiEmulator, sender: Sender, bot: FakeBot, code: int, status: int
) -> None:
    await open_windows(api, PEOPLE[:1])
    api.faults.fail_next(code)
    response = await sender.text(PEOPLE[0], "x")
    assert (response.status_code, error_of(response)) == (status, code)
    assert response.json()["error"]["error_data"]["details"]
    assert api.violations == []
    assert error_of(await sender.text(PEOPLE[0], "y")) == 0


async def test_transient_failure_is_http_500(
    api: CloudApiEmulator, sender: Sender, bot: FakeBot
) -> None:
    await open_windows(api, PEOPLE[:1])
    api.faults.fail_transiently(times=2)
    statuses = [(await sender.text(PEOPLE[0], "x")).status_code for _ in range(3)]
    assert statuses == [500, 500, 200]
    assert len(api.sent) == 1


async def test_failure_by_status_is_accepted_then_reported(
    api: CloudApiEmulator, sender: Sender, bot: FakeBot
) -> None:
    ana = api.person(PEOPLE[0])
    await ana.send_text("hi")
    api.faults.fail_next(131051, to=ana.wa_id, via="status", details="cannot show this")
    response = await sender.text(ana.wa_id, "lost")
    assert response.status_code == 200
    wamid = response.json()["messages"][0]["id"]
    await api.flush_webhooks()
    (failed,) = bot.statuses()
    assert (failed["id"], failed["status"], failed["recipient_id"]) == (wamid, "failed", ana.wa_id)
    assert failed["errors"][0]["code"] == 131051
    assert failed["errors"][0]["error_data"]["details"] == "cannot show this"
    assert ana.inbox == [] and api.stats.injected_faults == 1


def test_fault_plans_need_a_count() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        CloudApiEmulator().faults.fail_next(131026, times=0)
