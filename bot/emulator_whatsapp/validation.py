"""The shape and limits of a `POST /{phone_number_id}/messages` body.

`parse_message` turns a valid body into a typed record (wamid and time filled in later) or raises
(#100) Invalid parameter naming the offending field, as the Cloud API does. The limits are the
Cloud API reference's for text, media, reply buttons, list messages and templates.
"""

from __future__ import annotations

import re
from typing import Any

from bot.emulator_whatsapp.errors import CloudApiError, invalid
from bot.emulator_whatsapp.models import (
    ButtonsMessage,
    DocumentMessage,
    ImageMessage,
    ListMessage,
    ListRow,
    ListSection,
    Outgoing,
    QuickReply,
    ReplyButton,
    TemplateMessage,
    TextMessage,
)

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
    body = _obj(body, "body")
    if body.get("messaging_product") != "whatsapp":
        raise invalid("The parameter messaging_product is required and must be 'whatsapp'.")
    if body.get("recipient_type", "individual") != "individual":
        raise invalid("Param recipient_type must be 'individual'.")
    digits = _recipient(body.get("to"))
    kind = body.get("type", "text")
    if kind not in TYPES:
        raise invalid(f"Param type must be one of {', '.join(TYPES)} (got {kind!r}).")
    _keys(body, _TOP_LEVEL | {kind}, "body")
    if kind not in body:
        raise invalid(f"The parameter {kind} is required.")
    if "context" in body:
        context = _keys(_obj(body["context"], "context"), {"message_id"}, "context")
        _text(context, "message_id", "context", 1, 1000)
    if "biz_opaque_callback_data" in body:
        _text(body, "biz_opaque_callback_data", "body", 1, OPAQUE_DATA)
    common: dict[str, Any] = {"wamid": "", "to": digits, "timestamp": 0, "payload": body}
    if kind == "text":
        return _text_message(_obj(body["text"], "text"), common)
    if kind == "interactive":
        return _interactive(_obj(body["interactive"], "interactive"), common)
    if kind in ("image", "document"):
        return _media(kind, _obj(body[kind], kind), common)
    return _template(_obj(body["template"], "template"), common)


def _recipient(to: Any) -> str:
    """The `to` number's digits (the wa_id)."""
    if not isinstance(to, str) or not _PHONE.fullmatch(to):
        raise invalid("Param to must be a phone number (digits, optionally with '+').")
    digits = "".join(ch for ch in to if ch.isdigit())
    if not 6 <= len(digits) <= 15:
        raise invalid("Param to must be a phone number of 6 to 15 digits.")
    return digits


def _text_message(text: dict[str, Any], common: dict[str, Any]) -> TextMessage:
    _keys(text, {"body", "preview_url"}, "text")
    words = _text(text, "body", "text", 1, TEXT_BODY)
    preview = text.get("preview_url", False)
    if not isinstance(preview, bool):
        raise invalid("Param text['preview_url'] must be a boolean.")
    return TextMessage(text=words, preview_url=preview, **common)


def _interactive(block: dict[str, Any], common: dict[str, Any]) -> Outgoing:
    _keys(block, {"type", "header", "body", "footer", "action"}, "interactive")
    kind = block.get("type")
    if kind not in ("button", "list"):
        raise invalid("Param interactive['type'] must be 'button' or 'list'.")
    body = _keys(_obj(block.get("body"), "interactive['body']"), {"text"}, "interactive['body']")
    limit = BUTTONS_BODY if kind == "button" else LIST_BODY
    words = _text(body, "text", "interactive['body']", 1, limit)
    header = _header(block["header"], kind) if "header" in block else None
    footer = None
    if "footer" in block:
        where = "interactive['footer']"
        footer = _text(_keys(_obj(block["footer"], where), {"text"}, where), "text", where, 1, 60)
    action = _obj(block.get("action"), "interactive['action']")
    if kind == "button":
        buttons = _reply_buttons(action)
        return ButtonsMessage(text=words, buttons=buttons, header=header, footer=footer, **common)
    button, sections = _list_action(action)
    return ListMessage(
        text=words, button=button, sections=sections, header=header, footer=footer, **common
    )


def _header(value: Any, kind: str) -> str | None:
    where = "interactive['header']"
    header = _obj(value, where)
    media = ("image", "document", "video")
    allowed = ("text",) if kind == "list" else ("text", *media)
    if header.get("type") not in allowed:
        raise invalid(f"Param {where}['type'] must be one of {', '.join(allowed)}.")
    if header["type"] == "text":
        _keys(header, {"type", "text"}, where)
        return _text(header, "text", where, 1, HEADER_TEXT)
    _keys(header, {"type", header["type"]}, where)
    _media_ref(_obj(header.get(header["type"]), f"{where}['{header['type']}']"), where)
    return None


def _reply_buttons(action: dict[str, Any]) -> tuple[ReplyButton, ...]:
    where = "interactive['action']"
    _keys(action, {"buttons"}, where)
    raw = action.get("buttons")
    if not isinstance(raw, list) or not 1 <= len(raw) <= MAX_BUTTONS:
        raise invalid(f"Param {where}['buttons'] must have 1 to {MAX_BUTTONS} buttons.")
    buttons = []
    for index, item in enumerate(raw):
        at = f"{where}['buttons'][{index}]"
        button = _keys(_obj(item, at), {"type", "reply"}, at)
        if button.get("type") != "reply":
            raise invalid(f"Param {at}['type'] must be 'reply'.")
        reply = _keys(_obj(button.get("reply"), f"{at}['reply']"), {"id", "title"}, at)
        buttons.append(
            ReplyButton(
                _text(reply, "id", f"{at}['reply']", 1, BUTTON_ID),
                _text(reply, "title", f"{at}['reply']", 1, BUTTON_TITLE),
            )
        )
    if len({b.id for b in buttons}) != len(buttons):
        raise invalid("Buttons must have unique ids.")
    if len({b.title for b in buttons}) != len(buttons):
        raise invalid("Buttons must have unique titles.")
    return tuple(buttons)


def _list_action(action: dict[str, Any]) -> tuple[str, tuple[ListSection, ...]]:
    where = "interactive['action']"
    _keys(action, {"button", "sections"}, where)
    label = _text(action, "button", where, 1, LIST_BUTTON)
    raw = action.get("sections")
    if not isinstance(raw, list) or not 1 <= len(raw) <= MAX_SECTIONS:
        raise invalid(f"Param {where}['sections'] must have 1 to {MAX_SECTIONS} sections.")
    sections = []
    for index, item in enumerate(raw):
        at = f"{where}['sections'][{index}]"
        section = _keys(_obj(item, at), {"title", "rows"}, at)
        title = _text(section, "title", at, 1, SECTION_TITLE, required=len(raw) > 1)
        rows_raw = section.get("rows")
        if not isinstance(rows_raw, list) or not rows_raw:
            raise invalid(f"Param {at}['rows'] must have at least one row.")
        rows = []
        for number, row_item in enumerate(rows_raw):
            row_at = f"{at}['rows'][{number}]"
            row = _keys(_obj(row_item, row_at), {"id", "title", "description"}, row_at)
            rows.append(
                ListRow(
                    _text(row, "id", row_at, 1, ROW_ID),
                    _text(row, "title", row_at, 1, ROW_TITLE),
                    _text(row, "description", row_at, 1, ROW_DESCRIPTION, required=False),
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
    _keys(block, allowed, kind)
    media_id, link = _media_ref(block, kind)
    caption = _text(block, "caption", kind, 1, CAPTION, required=False)
    if kind == "image":
        return ImageMessage(text=caption, media_id=media_id, link=link, **common)
    filename = _text(block, "filename", kind, 1, 240, required=False)
    return DocumentMessage(text=caption, media_id=media_id, link=link, filename=filename, **common)


def _media_ref(block: dict[str, Any], where: str) -> tuple[str | None, str | None]:
    if ("id" in block) == ("link" in block):
        raise invalid(f"Param {where} must have exactly one of 'id' or 'link'.")
    if "id" in block:
        return _text(block, "id", where, 1, 64), None
    link = _text(block, "link", where, 1, 2048)
    if not link.startswith(("https://", "http://")):
        raise invalid(f"Param {where}['link'] must be an http(s) URL.")
    return None, link


def _template(block: dict[str, Any], common: dict[str, Any]) -> TemplateMessage:
    _keys(block, {"name", "language", "components", "namespace"}, "template")
    name = _text(block, "name", "template", 1, 512)
    language = _keys(_obj(block.get("language"), "template['language']"), {"code", "policy"}, "")
    code = _text(language, "code", "template['language']", 2, 15)
    raw = block.get("components", [])
    if not isinstance(raw, list):
        raise invalid("Param template['components'] must be an array.")
    parameters: list[str] = []
    names: list[str | None] = []
    replies: list[QuickReply] = []
    for index, item in enumerate(raw):
        at = f"template['components'][{index}]"
        component = _keys(_obj(item, at), {"type", "sub_type", "index", "parameters"}, at)
        params = component.get("parameters", [])
        if not isinstance(params, list):
            raise invalid(f"Param {at}['parameters'] must be an array.")
        kind = str(component.get("type", "")).lower()  # Meta accepts BODY as well as body
        if kind == "body":
            for number, param in enumerate(params):
                param_at = f"{at}['parameters'][{number}]"
                param = _keys(_obj(param, param_at), {"type", "text", "parameter_name"}, param_at)
                if param.get("type") != "text":
                    raise invalid(f"Param {param_at}['type'] must be 'text'.")
                parameters.append(_text(param, "text", param_at, 1, 32768))
                names.append(_text(param, "parameter_name", param_at, 1, 512, required=False))
        elif kind == "button":
            replies.append(_quick_reply(component, params, at))
        elif kind != "header":
            raise invalid(f"Param {at}['type'] must be header, body or button.")
    return TemplateMessage(
        text=None,
        name=name,
        language=code,
        parameters=tuple(parameters),
        parameter_names=tuple(names),
        quick_replies=tuple(replies),
        **common,
    )


def _quick_reply(component: dict[str, Any], params: list[Any], at: str) -> QuickReply:
    if str(component.get("sub_type", "")).lower() != "quick_reply":
        raise invalid(f"Param {at}['sub_type'] must be 'quick_reply'.")
    index = component.get("index")
    if isinstance(index, str) and index.isdigit():
        index = int(index)
    if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index <= 9:
        raise invalid(f"Param {at}['index'] must be a button index from 0 to 9.")
    if len(params) != 1:
        raise invalid(f"Param {at}['parameters'] must hold exactly one payload.")
    param = _keys(_obj(params[0], f"{at}['parameters'][0]"), {"type", "payload"}, at)
    if param.get("type") != "payload":
        raise invalid(f"Param {at}['parameters'][0]['type'] must be 'payload'.")
    return QuickReply(index, _text(param, "payload", at, 1, 256), "")


# -- small readers -----------------------------------------------------------------------------


def _obj(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise invalid(f"Param {where} must be a JSON object.")
    return value


def _keys(obj: dict[str, Any], allowed: set[str], where: str) -> dict[str, Any]:
    unknown = sorted(set(obj) - allowed)
    if unknown:
        raise invalid(f"Unexpected key {unknown[0]!r} on {where or 'the request'}.")
    return obj


def _text(
    obj: dict[str, Any],
    key: str,
    where: str,
    low: int,
    high: int,
    *,
    required: bool = True,
) -> Any:
    value = obj.get(key)
    if value is None:
        if required:
            raise invalid(f"The parameter {where}['{key}'] is required.")
        return None
    if not isinstance(value, str):
        raise invalid(f"Param {where}['{key}'] must be a string.")
    if len(value) < low or not value.strip():
        raise invalid(f"Param {where}['{key}'] must be at least {low} characters long.")
    if len(value) > high:
        raise CloudApiError(100, f"Param {where}['{key}'] must be at most {high} characters long.")
    return value
