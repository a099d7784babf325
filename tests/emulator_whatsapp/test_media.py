"""`/media` uploads (multipart, as pywa sends them) and images and documents sent by media id."""

from __future__ import annotations

import hashlib

import pytest

from bot.emulator_whatsapp import CloudApiEmulator, DocumentMessage, ImageMessage
from tests.emulator_whatsapp.conftest import PNG, FakeBot, Sender, error_of, message

TO = "15551234567"


async def test_upload_then_send_the_image(
    api: CloudApiEmulator, sender: Sender, bot: FakeBot
) -> None:
    ana = api.person(TO)
    await ana.send_text("progress")
    upload = await sender.upload(PNG)
    assert upload.status_code == 200
    media_id = upload.json()["id"]
    assert api.media[media_id].content == PNG
    sent = await sender.post(message(TO, "image", {"id": media_id, "caption": "Your week"}))
    assert sent.status_code == 200
    (image,) = await ana.wait_for_messages(1)
    assert isinstance(image, ImageMessage)
    assert (image.content, image.mime_type, image.text) == (PNG, "image/png", "Your week")
    assert api.stats.uploads == 1


async def test_media_info_and_download(api: CloudApiEmulator, sender: Sender) -> None:
    media_id = (await sender.upload(PNG)).json()["id"]
    headers = {"Authorization": f"Bearer {api.token}"}
    info = (await sender.client.get(f"{api.base_url}/{media_id}", headers=headers)).json()
    assert info["mime_type"] == "image/png" and info["id"] == media_id
    assert info["sha256"] == hashlib.sha256(PNG).hexdigest()
    assert info["file_size"] == str(len(PNG))
    download = await sender.client.get(info["url"], headers=headers)
    assert download.content == PNG
    assert (await sender.client.get(info["url"])).status_code == 404  # needs the token
    missing = await sender.client.get(f"{api.base_url}/123", headers=headers)
    assert error_of(missing) == 100


@pytest.mark.parametrize(
    ("content", "mime_type"),
    [
        pytest.param(b"GIF89a....", "image/png", id="not a PNG"),
        pytest.param(PNG, "image/gif", id="unsupported type"),
        pytest.param(b"", "image/png", id="empty"),
        pytest.param(b"\x89PNG\r\n\x1a\n" + b"0" * (5 * 1024 * 1024), "image/png", id="> 5 MB"),
    ],
)
async def test_bad_uploads_are_131053(
    api: CloudApiEmulator, sender: Sender, content: bytes, mime_type: str
) -> None:
    response = await sender.upload(content, mime_type)
    assert (response.status_code, error_of(response)) == (400, 131053)
    assert [v.code for v in api.violations] == [131053]
    assert api.media == {}


async def test_upload_needs_the_token_and_the_product(
    api: CloudApiEmulator, sender: Sender
) -> None:
    url = f"{api.base_url}/{api.phone_number_id}/media"
    files = {"file": ("a.png", PNG, "image/png")}
    no_token = await sender.client.post(url, files=files, data={"type": "image/png"})
    assert error_of(no_token) == 190
    headers = {"Authorization": f"Bearer {api.token}"}
    no_product = await sender.client.post(
        url, files=files, data={"type": "image/png"}, headers=headers
    )
    assert error_of(no_product) == 100


async def test_documents_and_links(api: CloudApiEmulator, sender: Sender, bot: FakeBot) -> None:
    ana = api.person(TO)
    await ana.send_text("export")
    pdf = b"%PDF-1.4 my data"
    media_id = (await sender.upload(pdf, "application/pdf", "export.pdf")).json()["id"]
    await sender.post(message(TO, "document", {"id": media_id, "filename": "my-data.pdf"}))
    await sender.post(message(TO, "image", {"link": "https://example.org/chart.png"}))
    as_image = await sender.post(message(TO, "image", {"id": media_id}))
    assert error_of(as_image) == 100  # a PDF is not an image
    document, linked = await ana.wait_for_messages(2)
    assert isinstance(document, DocumentMessage) and isinstance(linked, ImageMessage)
    assert (document.content, document.filename) == (pdf, "my-data.pdf")
    assert (linked.link, linked.content) == ("https://example.org/chart.png", None)


async def test_the_business_number_answers_a_health_check(
    api: CloudApiEmulator, sender: Sender
) -> None:
    url = f"{api.base_url}/{api.phone_number_id}"
    number = await sender.client.get(url, headers={"Authorization": f"Bearer {api.token}"})
    assert number.status_code == 200
    assert number.json()["id"] == api.phone_number_id
    assert number.json()["display_phone_number"] == api.display_phone_number
    assert error_of(await sender.client.get(url)) == 190
    assert api.violations == []
