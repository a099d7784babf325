"""The shape and limits of a `POST /{phone_number_id}/messages` body.

`parse_message` turns a valid body into a typed record (wamid and time filled in later) or raises
(#100) Invalid parameter naming the offending field, as the Cloud API does. The limits are the
Cloud API reference's for text, media, reply buttons, list messages and templates.
"""

from __future__ import annotations

import re
from typing import Any

from bot.emulator_whatsapp.errors import invalid
from bot.emulator_whatsapp.fields import json_object, only_keys, optional_string, string
from bot.emulator_whatsapp.models import (
    ButtonsMessage,
    DocumentMessage,
    ImageMessage,
    ListMessage,
    ListRow,
    ListSection,
    Outgoing,
    ReplyButton,
    TextMessage,
)
from bot.emulator_whatsapp.templates import parse_template

TEXT_BODY = 4096
CAPTION = 1024
BUTTONS_BODY = 1024
LIST_BODY = 4096
HEADER_TEXT = 60
FOOTER_TEXT = 60
MAX_BUTTONS = 3
BUTTON_ID = 256
BUTTON_TITLE = 20
LIST_BUTTON = 20
MAX_SECTIONS = 10
MAX_ROWS = 10
SECTION_TITLE = 24
ROW_ID = 200
ROW_TITLE = 24
ROW_DESCRIPTION = 72
OPAQUE_DATA = 512
TYPES = ("text", "interactive", "image", "document", "template")
_TOP_LEVEL = {"messaging_product", "recipient_type", "to", "type", "context"}
_TOP_LEVEL |= {"biz_opaque_callback_data"}
_PHONE = re.compile(r"\+?[\d\s()-]+")


def parse_message(body: Any) -> Outgoing:
    """A typed record of a valid send (wamid, timestamp and text left for the caller)."""
    body = json_object(body, "body")
    if body.get("messaging_product") != "whatsapp":
        raise invalid("The parameter messaging_product is required and must be 'whatsapp'.")
    if body.get("recipient_type", "individual") != "individual":
        raise invalid("Param recipient_type must be 'individual'.")
    digits = _recipient(body.get("to"))
    kind = body.get("type", "text")
    if kind not in TYPES:
        raise invalid(f"Param type must be one of {', '.join(TYPES)} (got {kind!r}).")
    only_keys(body, _TOP_LEVEL | {kind}, "body")
    if kind not in body:
        raise invalid(f"The parameter {kind} is required.")
    if "context" in body:
        context = only_keys(json_object(body["context"], "context"), {"message_id"}, "context")
        string(context, "message_id", "context", 1, 1000)
    if "biz_opaque_callback_data" in body:
        string(body, "biz_opaque_callback_data", "body", 1, OPAQUE_DATA)
    common: dict[str, Any] = {"wamid": "", "to": digits, "timestamp": 0, "payload": body}
    if kind == "text":
        return _text_message(json_object(body["text"], "text"), common)
    if kind == "interactive":
        return _interactive(json_object(body["interactive"], "interactive"), common)
    if kind in ("image", "document"):
        return _media(kind, json_object(body[kind], kind), common)
    return parse_template(json_object(body["template"], "template"), common)


def _recipient(to: Any) -> str:
    """The `to` number's digits (the wa_id)."""
    if not isinstance(to, str) or not _PHONE.fullmatch(to):
        raise invalid("Param to must be a phone number (digits, optionally with '+').")
    digits = "".join(ch for ch in to if ch.isdigit())
    if not 6 <= len(digits) <= 15:
        raise invalid("Param to must be a phone number of 6 to 15 digits.")
    return digits


def _text_message(text: dict[str, Any], common: dict[str, Any]) -> TextMessage:
    only_keys(text, {"body", "preview_url"}, "text")
    words = string(text, "body", "text", 1, TEXT_BODY)
    preview = text.get("preview_url", False)
    if not isinstance(preview, bool):
        raise invalid("Param text['preview_url'] must be a boolean.")
    return TextMessage(text=words, preview_url=preview, **common)


def _interactive(block: dict[str, Any], common: dict[str, Any]) -> Outgoing:
    only_keys(block, {"type", "header", "body", "footer", "action"}, "interactive")
    kind = block.get("type")
    if kind not in ("button", "list"):
        raise invalid("Param interactive['type'] must be 'button' or 'list'.")
    body = only_keys(
        json_object(block.get("body"), "interactive['body']"), {"text"}, "interactive['body']"
    )
    limit = BUTTONS_BODY if kind == "button" else LIST_BODY
    words = string(body, "text", "interactive['body']", 1, limit)
    header = _header(block["header"], kind) if "header" in block else None
    footer = None
    if "footer" in block:
        where = "interactive['footer']"
        footer_block = only_keys(json_object(block["footer"], where), {"text"}, where)
        footer = string(footer_block, "text", where, 1, FOOTER_TEXT)
    action = json_object(block.get("action"), "interactive['action']")
    if kind == "button":
        buttons = _reply_buttons(action)
        return ButtonsMessage(text=words, buttons=buttons, header=header, footer=footer, **common)
    button, sections = _list_action(action)
    return ListMessage(
        text=words, button=button, sections=sections, header=header, footer=footer, **common
    )


def _header(value: Any, kind: str) -> str | None:
    where = "interactive['header']"
    header = json_object(value, where)
    media = ("image", "document", "video")
    allowed = ("text",) if kind == "list" else ("text", *media)
    if header.get("type") not in allowed:
        raise invalid(f"Param {where}['type'] must be one of {', '.join(allowed)}.")
    if header["type"] == "text":
        only_keys(header, {"type", "text"}, where)
        return string(header, "text", where, 1, HEADER_TEXT)
    only_keys(header, {"type", header["type"]}, where)
    _media_ref(json_object(header.get(header["type"]), f"{where}['{header['type']}']"), where)
    return None


def _reply_buttons(action: dict[str, Any]) -> tuple[ReplyButton, ...]:
    where = "interactive['action']"
    only_keys(action, {"buttons"}, where)
    raw = action.get("buttons")
    if not isinstance(raw, list) or not 1 <= len(raw) <= MAX_BUTTONS:
        raise invalid(f"Param {where}['buttons'] must have 1 to {MAX_BUTTONS} buttons.")
    buttons = []
    for index, item in enumerate(raw):
        at = f"{where}['buttons'][{index}]"
        button = only_keys(json_object(item, at), {"type", "reply"}, at)
        if button.get("type") != "reply":
            raise invalid(f"Param {at}['type'] must be 'reply'.")
        reply = only_keys(json_object(button.get("reply"), f"{at}['reply']"), {"id", "title"}, at)
        buttons.append(
            ReplyButton(
                string(reply, "id", f"{at}['reply']", 1, BUTTON_ID),
                string(reply, "title", f"{at}['reply']", 1, BUTTON_TITLE),
            )
        )
    if len({b.id for b in buttons}) != len(buttons):
        raise invalid("Buttons must have unique ids.")
    if len({b.title for b in buttons}) != len(buttons):
        raise invalid("Buttons must have unique titles.")
    return tuple(buttons)


def _list_action(action: dict[str, Any]) -> tuple[str, tuple[ListSection, ...]]:
    where = "interactive['action']"
    only_keys(action, {"button", "sections"}, where)
    label = string(action, "button", where, 1, LIST_BUTTON)
    raw = action.get("sections")
    if not isinstance(raw, list) or not 1 <= len(raw) <= MAX_SECTIONS:
        raise invalid(f"Param {where}['sections'] must have 1 to {MAX_SECTIONS} sections.")
    sections = []
    for index, item in enumerate(raw):
        at = f"{where}['sections'][{index}]"
        section = only_keys(json_object(item, at), {"title", "rows"}, at)
        title = optional_string(section, "title", at, 1, SECTION_TITLE)
        if title is None and len(raw) > 1:
            raise invalid(f"The parameter {at}['title'] is required when there are sections.")
        rows_raw = section.get("rows")
        if not isinstance(rows_raw, list) or not rows_raw:
            raise invalid(f"Param {at}['rows'] must have at least one row.")
        rows = []
        for number, row_item in enumerate(rows_raw):
            row_at = f"{at}['rows'][{number}]"
            row = only_keys(json_object(row_item, row_at), {"id", "title", "description"}, row_at)
            rows.append(
                ListRow(
                    string(row, "id", row_at, 1, ROW_ID),
                    string(row, "title", row_at, 1, ROW_TITLE),
                    optional_string(row, "description", row_at, 1, ROW_DESCRIPTION),
                )
            )
        sections.append(ListSection(title, tuple(rows)))
    ids = [row.id for section in sections for row in section.rows]
    if len(ids) > MAX_ROWS:
        raise invalid(f"The list has {len(ids)} rows; at most {MAX_ROWS} are allowed.")
    if len(set(ids)) != len(ids):
        raise invalid("Row ids must be unique across the list.")
    return label, tuple(sections)


def _media(kind: str, block: dict[str, Any], common: dict[str, Any]) -> Outgoing:
    allowed = {"id", "link", "caption"} | ({"filename"} if kind == "document" else set())
    only_keys(block, allowed, kind)
    media_id, link = _media_ref(block, kind)
    caption = optional_string(block, "caption", kind, 1, CAPTION)
    if kind == "image":
        return ImageMessage(text=caption, media_id=media_id, link=link, **common)
    filename = optional_string(block, "filename", kind, 1, 240)
    return DocumentMessage(text=caption, media_id=media_id, link=link, filename=filename, **common)


def _media_ref(block: dict[str, Any], where: str) -> tuple[str | None, str | None]:
    if ("id" in block) == ("link" in block):
        raise invalid(f"Param {where} must have exactly one of 'id' or 'link'.")
    if "id" in block:
        return string(block, "id", where, 1, 64), None
    link = string(block, "link", where, 1, 2048)
    if not link.startswith(("https://", "http://")):
        raise invalid(f"Param {where}['link'] must be an http(s) URL.")
    return None, link
