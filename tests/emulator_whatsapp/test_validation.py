"""Each request rule at its boundary, over HTTP: the limit passes, one past it is (#100) with
details naming the field, recorded as a violation (a bug in the bot)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.emulator_whatsapp import CloudApiEmulator
from tests.emulator_whatsapp.conftest import (
    FakeBot,
    Sender,
    buttons,
    error_of,
    message,
    rows_block,
)

TO = "15551234567"
Body = Callable[[], dict[str, Any]]


def interactive(block: dict[str, Any]) -> dict[str, Any]:
    return message(TO, "interactive", block)


def with_header(text: str) -> dict[str, Any]:
    block = buttons(("a", "A"))
    block["header"] = {"type": "text", "text": text}
    return interactive(block)


def with_footer(text: str) -> dict[str, Any]:
    block = buttons(("a", "A"))
    block["footer"] = {"text": text}
    return interactive(block)


def one_row(**row: str) -> dict[str, Any]:
    block = rows_block([("r", "Row")])
    block["action"]["sections"][0]["rows"] = [{"id": "r", "title": "Row", **row}]
    return interactive(block)


def rows(count: int, sections: int = 1) -> dict[str, Any]:
    per = [[(f"{s}-{i}", f"Row {s}-{i}") for i in range(count)] for s in range(sections)]
    return interactive(rows_block(*per))


def sections(count: int) -> dict[str, Any]:
    return interactive(rows_block(*[[(f"s{s}", f"Row {s}")] for s in range(count)]))


def image(**block: Any) -> dict[str, Any]:
    return message(TO, "image", block)


# (name, valid body at the limit, invalid body just past it, a word the details must hold)
BOUNDARIES: list[tuple[str, Body, Body, str]] = [
    ("text 4096", lambda: message(TO, "text", {"body": "x" * 4096}),
     lambda: message(TO, "text", {"body": "x" * 4097}), "text['body']"),
    ("text 1", lambda: message(TO, "text", {"body": "x"}),
     lambda: message(TO, "text", {"body": ""}), "text['body']"),
    ("3 buttons", lambda: interactive(buttons(("a", "A"), ("b", "B"), ("c", "C"))),
     lambda: interactive(buttons(("a", "A"), ("b", "B"), ("c", "C"), ("d", "D"))), "buttons"),
    ("1 button", lambda: interactive(buttons(("a", "A"))),
     lambda: interactive(buttons()), "buttons"),
    ("title 20", lambda: interactive(buttons(("a", "T" * 20))),
     lambda: interactive(buttons(("a", "T" * 21))), "title"),
    ("id 256", lambda: interactive(buttons(("i" * 256, "A"))),
     lambda: interactive(buttons(("i" * 257, "A"))), "id"),
    ("unique ids", lambda: interactive(buttons(("a", "A"), ("b", "B"))),
     lambda: interactive(buttons(("a", "A"), ("a", "B"))), "unique ids"),
    ("unique titles", lambda: interactive(buttons(("a", "A"), ("b", "B"))),
     lambda: interactive(buttons(("a", "A"), ("b", "A"))), "unique titles"),
    ("body 1024", lambda: interactive(buttons(("a", "A"), body="b" * 1024)),
     lambda: interactive(buttons(("a", "A"), body="b" * 1025)), "body"),
    ("header 60", lambda: with_header("h" * 60), lambda: with_header("h" * 61), "header"),
    ("footer 60", lambda: with_footer("f" * 60), lambda: with_footer("f" * 61), "footer"),
    ("list button 20", lambda: interactive(rows_block([("r", "R")], button="B" * 20)),
     lambda: interactive(rows_block([("r", "R")], button="B" * 21)), "button"),
    ("10 rows", lambda: rows(10), lambda: rows(11), "rows"),
    ("10 rows over sections", lambda: rows(5, sections=2), lambda: rows(4, sections=3), "rows"),
    ("10 sections", lambda: sections(10), lambda: sections(11), "sections"),
    ("row title 24", lambda: one_row(title="t" * 24), lambda: one_row(title="t" * 25), "title"),
    ("row description 72", lambda: one_row(description="d" * 72),
     lambda: one_row(description="d" * 73), "description"),
    ("row id 200", lambda: one_row(id="r" * 200), lambda: one_row(id="r" * 201), "id"),
    ("caption 1024", lambda: image(link="https://example.org/a.png", caption="c" * 1024),
     lambda: image(link="https://example.org/a.png", caption="c" * 1025), "caption"),
    ("id or link", lambda: image(link="https://example.org/a.png"),
     lambda: image(link="https://example.org/a.png", id="123"), "exactly one"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("valid", "invalid", "word"),
    [pytest.param(v, i, w, id=name) for name, v, i, w in BOUNDARIES],
)
async def test_limits_at_their_boundary(
    api: CloudApiEmulator, sender: Sender, bot: FakeBot, valid: Body, invalid: Body, word: str
) -> None:
    await api.person(TO).send_text("hi")  # the 24-hour window is open
    ok = await sender.post(valid())
    assert ok.status_code == 200, ok.json()
    assert api.violations == []
    refused = await sender.post(invalid())
    assert refused.status_code == 400
    error = refused.json()["error"]
    assert error["code"] == 100 and error["type"] == "OAuthException"
    assert error["message"] == "(#100) Invalid parameter"
    assert word in error["error_data"]["details"]
    assert error["fbtrace_id"]
    assert [v.code for v in api.violations] == [100]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(None, id="not JSON"),
        pytest.param({"to": TO, "type": "text", "text": {"body": "x"}}, id="no product"),
        pytest.param(message(TO, "text", {"body": "x"}, surprise=1), id="unknown key"),
        pytest.param(message("not a phone", "text", {"body": "x"}), id="bad number"),
        pytest.param(message(TO, "sticker", {"id": "1"}), id="type not used by the bot"),
        pytest.param({**message(TO, "text", {"body": "x"}), "type": "image"}, id="type mismatch"),
        pytest.param(message(TO, "text", {"body": "x", "preview_url": "yes"}), id="preview"),
        pytest.param(message(TO, "text", {"body": " \n "}), id="blank text"),
        pytest.param(message(TO, "image", {"id": "404"}), id="unknown media id"),
        pytest.param(image(link="ftp://example.org/a.png"), id="link not http"),
        pytest.param(
            interactive({**buttons(("a", "A")), "type": "product"}), id="interactive type"
        ),
        pytest.param(
            interactive(rows_block([("a", "A")], [("b", "B")]) | {}), id="untitled sections"
        ),
    ],
)
async def test_malformed_requests_are_refused(
    api: CloudApiEmulator, sender: Sender, bot: FakeBot, body: Any
) -> None:
    await api.person(TO).send_text("hi")
    if isinstance(body, dict) and body.get("type") == "interactive":
        action = body["interactive"]["action"]
        for section in action.get("sections", []):
            section.pop("title", None)
    response = await sender.post(body)
    assert (response.status_code, error_of(response)) == (400, 100)
    assert len(api.violations) == 1
    assert api.sent == []


async def test_a_read_receipt_needs_a_message_the_person_sent(
    api: CloudApiEmulator, sender: Sender, bot: FakeBot
) -> None:
    wamid = await api.person(TO).send_text("hi")
    receipt = {"messaging_product": "whatsapp", "status": "read", "message_id": wamid}
    typing = {**receipt, "typing_indicator": {"type": "text"}}
    assert (await sender.post(receipt)).json() == {"success": True}
    assert (await sender.post(typing)).json() == {"success": True}
    unknown = await sender.post({**receipt, "message_id": "wamid.nope"})
    assert error_of(unknown) == 100
    assert len(api.violations) == 1


async def test_wrong_number_and_unknown_paths(api: CloudApiEmulator, sender: Sender) -> None:
    headers = {"Authorization": f"Bearer {api.token}"}
    wrong = await sender.client.post(
        f"{api.base_url}/999/messages", json=message(TO, "text", {"body": "x"}), headers=headers
    )
    assert error_of(wrong) == 100
    assert wrong.json()["error"]["error_subcode"] == 33
    nowhere = await sender.client.post(
        f"{api.base_url}/{api.phone_number_id}/nope", headers=headers
    )
    assert (nowhere.status_code, error_of(nowhere)) == (400, 2500)
    assert [v.code for v in api.violations] == [100, 2500]
