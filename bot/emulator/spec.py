"""Field tables of the implemented methods: from the published spec when present, else built in.

The published machine-readable spec lives outside the repository (`../shared/reference/`); it
is read at run time, never copied in.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

SPEC_FILENAME = "telegram-bot-api-10.1.json"


@dataclass(frozen=True)
class FieldSpec:
    """One parameter of a method."""

    name: str
    types: tuple[str, ...]
    required: bool
    description: str = ""


# Minimal built-in table (required fields, and optional ones the bot sends) for when the
# published spec is not beside the checkout; the spec itself is read from ../shared, never copied
# here. Tests keep every field in agreement with the spec and send the bot's paid-broadcast
# morning card on this table.
_R, _O = True, False
FALLBACK: dict[str, list[tuple[str, str, bool]]] = {
    "getMe": [],
    "logOut": [],
    "close": [],
    "deleteWebhook": [("drop_pending_updates", "Boolean", _O)],
    "getWebhookInfo": [],
    "setWebhook": [
        ("url", "String", _R), ("certificate", "InputFile", _O), ("ip_address", "String", _O),
        ("max_connections", "Integer", _O), ("allowed_updates", "Array of String", _O),
        ("drop_pending_updates", "Boolean", _O), ("secret_token", "String", _O),
    ],
    "getUpdates": [
        ("offset", "Integer", _O), ("limit", "Integer", _O), ("timeout", "Integer", _O),
        ("allowed_updates", "Array of String", _O),
    ],
    "sendMessage": [
        ("chat_id", "Integer", _R), ("text", "String", _R), ("parse_mode", "String", _O),
        ("entities", "Array of MessageEntity", _O),
        ("link_preview_options", "LinkPreviewOptions", _O),
        ("disable_notification", "Boolean", _O), ("protect_content", "Boolean", _O),
        ("allow_paid_broadcast", "Boolean", _O), ("reply_parameters", "ReplyParameters", _O),
        ("reply_markup", "InlineKeyboardMarkup", _O),
    ],
    "editMessageText": [
        ("chat_id", "Integer", _O), ("message_id", "Integer", _O),
        ("inline_message_id", "String", _O), ("text", "String", _O),
        ("parse_mode", "String", _O), ("entities", "Array of MessageEntity", _O),
        ("link_preview_options", "LinkPreviewOptions", _O),
        ("reply_markup", "InlineKeyboardMarkup", _O),
    ],
    "editMessageReplyMarkup": [
        ("chat_id", "Integer", _O), ("message_id", "Integer", _O),
        ("inline_message_id", "String", _O), ("reply_markup", "InlineKeyboardMarkup", _O),
    ],
    "answerCallbackQuery": [
        ("callback_query_id", "String", _R), ("text", "String", _O),
        ("show_alert", "Boolean", _O), ("url", "String", _O), ("cache_time", "Integer", _O),
    ],
    "sendPhoto": [
        ("chat_id", "Integer", _R), ("photo", "InputFile", _R), ("caption", "String", _O),
        ("parse_mode", "String", _O), ("disable_notification", "Boolean", _O),
        ("protect_content", "Boolean", _O), ("allow_paid_broadcast", "Boolean", _O),
        ("reply_markup", "InlineKeyboardMarkup", _O),
    ],
    "sendAnimation": [
        ("chat_id", "Integer", _R), ("animation", "InputFile", _R), ("duration", "Integer", _O),
        ("width", "Integer", _O), ("height", "Integer", _O), ("caption", "String", _O),
        ("parse_mode", "String", _O), ("disable_notification", "Boolean", _O),
        ("protect_content", "Boolean", _O), ("allow_paid_broadcast", "Boolean", _O),
        ("reply_markup", "InlineKeyboardMarkup", _O),
    ],
    "sendDocument": [
        ("chat_id", "Integer", _R), ("document", "InputFile", _R), ("caption", "String", _O),
        ("parse_mode", "String", _O), ("disable_notification", "Boolean", _O),
        ("protect_content", "Boolean", _O), ("reply_markup", "InlineKeyboardMarkup", _O),
    ],
    "sendChatAction": [("chat_id", "Integer", _R), ("action", "String", _R)],
    "setMyCommands": [
        ("commands", "Array of BotCommand", _R), ("scope", "BotCommandScope", _O),
        ("language_code", "String", _O),
    ],
    "getMyCommands": [("scope", "BotCommandScope", _O), ("language_code", "String", _O)],
    "deleteMyCommands": [("scope", "BotCommandScope", _O), ("language_code", "String", _O)],
    "deleteMessage": [("chat_id", "Integer", _R), ("message_id", "Integer", _R)],
}  # fmt: skip

IMPLEMENTED = tuple(FALLBACK)


def spec_path() -> Path | None:
    """Where the published spec is: $TELEGRAM_BOT_API_SPEC, or ../shared/reference/ by the repo."""
    explicit = os.environ.get("TELEGRAM_BOT_API_SPEC")
    if explicit:
        return Path(explicit) if Path(explicit).is_file() else None
    repo = Path(__file__).resolve().parents[2]
    candidate = repo.parent / "shared" / "reference" / SPEC_FILENAME
    return candidate if candidate.is_file() else None


@lru_cache(maxsize=4)
def _load_published(path: str) -> dict[str, list[FieldSpec]]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    tables: dict[str, list[FieldSpec]] = {}
    for name in IMPLEMENTED:
        method = data["methods"].get(name)
        if method is None:
            continue
        tables[name] = [
            FieldSpec(f["name"], tuple(f["types"]), bool(f["required"]), f.get("description", ""))
            for f in method.get("fields", [])
        ]
    return tables


def fallback_tables() -> dict[str, list[FieldSpec]]:
    """The built-in tables."""
    return {
        method: [FieldSpec(name, (kind,), required) for name, kind, required in fields]
        for method, fields in FALLBACK.items()
    }


def method_tables() -> dict[str, list[FieldSpec]]:
    """Field tables of the implemented methods, from the published spec when it is present."""
    path = spec_path()
    tables = fallback_tables()
    if path is not None:
        tables.update(_load_published(str(path)))
    return tables
