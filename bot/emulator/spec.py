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


# The implemented methods' field tables as the published spec gives them (names, types joined by
# " or ", required; no descriptions), for when the spec is not beside the checkout: the emulator
# then accepts every field Telegram accepts, as it does with the spec, and refuses the same.
# tests/emulator/test_spec_and_server.py keeps the two equal.
_R, _O = True, False
_MARKUP = "InlineKeyboardMarkup or ReplyKeyboardMarkup or ReplyKeyboardRemove or ForceReply"
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
        ("business_connection_id", "String", _O), ("chat_id", "Integer or String", _R),
        ("message_thread_id", "Integer", _O), ("direct_messages_topic_id", "Integer", _O),
        ("text", "String", _R), ("parse_mode", "String", _O),
        ("entities", "Array of MessageEntity", _O),
        ("link_preview_options", "LinkPreviewOptions", _O),
        ("disable_notification", "Boolean", _O), ("protect_content", "Boolean", _O),
        ("allow_paid_broadcast", "Boolean", _O), ("message_effect_id", "String", _O),
        ("suggested_post_parameters", "SuggestedPostParameters", _O),
        ("reply_parameters", "ReplyParameters", _O),
        ("reply_markup", _MARKUP, _O),
    ],
    "editMessageText": [
        ("business_connection_id", "String", _O), ("chat_id", "Integer or String", _O),
        ("message_id", "Integer", _O), ("inline_message_id", "String", _O), ("text", "String", _O),
        ("parse_mode", "String", _O), ("entities", "Array of MessageEntity", _O),
        ("link_preview_options", "LinkPreviewOptions", _O),
        ("rich_message", "InputRichMessage", _O), ("reply_markup", "InlineKeyboardMarkup", _O),
    ],
    "editMessageReplyMarkup": [
        ("business_connection_id", "String", _O), ("chat_id", "Integer or String", _O),
        ("message_id", "Integer", _O), ("inline_message_id", "String", _O),
        ("reply_markup", "InlineKeyboardMarkup", _O),
    ],
    "answerCallbackQuery": [
        ("callback_query_id", "String", _R), ("text", "String", _O), ("show_alert", "Boolean", _O),
        ("url", "String", _O), ("cache_time", "Integer", _O),
    ],
    "sendPhoto": [
        ("business_connection_id", "String", _O), ("chat_id", "Integer or String", _R),
        ("message_thread_id", "Integer", _O), ("direct_messages_topic_id", "Integer", _O),
        ("photo", "InputFile or String", _R), ("caption", "String", _O),
        ("parse_mode", "String", _O), ("caption_entities", "Array of MessageEntity", _O),
        ("show_caption_above_media", "Boolean", _O), ("has_spoiler", "Boolean", _O),
        ("disable_notification", "Boolean", _O), ("protect_content", "Boolean", _O),
        ("allow_paid_broadcast", "Boolean", _O), ("message_effect_id", "String", _O),
        ("suggested_post_parameters", "SuggestedPostParameters", _O),
        ("reply_parameters", "ReplyParameters", _O),
        ("reply_markup", _MARKUP, _O),
    ],
    "sendAnimation": [
        ("business_connection_id", "String", _O), ("chat_id", "Integer or String", _R),
        ("message_thread_id", "Integer", _O), ("direct_messages_topic_id", "Integer", _O),
        ("animation", "InputFile or String", _R), ("duration", "Integer", _O),
        ("width", "Integer", _O), ("height", "Integer", _O),
        ("thumbnail", "InputFile or String", _O), ("caption", "String", _O),
        ("parse_mode", "String", _O), ("caption_entities", "Array of MessageEntity", _O),
        ("show_caption_above_media", "Boolean", _O), ("has_spoiler", "Boolean", _O),
        ("disable_notification", "Boolean", _O), ("protect_content", "Boolean", _O),
        ("allow_paid_broadcast", "Boolean", _O), ("message_effect_id", "String", _O),
        ("suggested_post_parameters", "SuggestedPostParameters", _O),
        ("reply_parameters", "ReplyParameters", _O),
        ("reply_markup", _MARKUP, _O),
    ],
    "sendDocument": [
        ("business_connection_id", "String", _O), ("chat_id", "Integer or String", _R),
        ("message_thread_id", "Integer", _O), ("direct_messages_topic_id", "Integer", _O),
        ("document", "InputFile or String", _R), ("thumbnail", "InputFile or String", _O),
        ("caption", "String", _O), ("parse_mode", "String", _O),
        ("caption_entities", "Array of MessageEntity", _O),
        ("disable_content_type_detection", "Boolean", _O), ("disable_notification", "Boolean", _O),
        ("protect_content", "Boolean", _O), ("allow_paid_broadcast", "Boolean", _O),
        ("message_effect_id", "String", _O),
        ("suggested_post_parameters", "SuggestedPostParameters", _O),
        ("reply_parameters", "ReplyParameters", _O),
        ("reply_markup", _MARKUP, _O),
    ],
    "sendChatAction": [
        ("business_connection_id", "String", _O), ("chat_id", "Integer or String", _R),
        ("message_thread_id", "Integer", _O), ("action", "String", _R),
    ],
    "setMyCommands": [
        ("commands", "Array of BotCommand", _R), ("scope", "BotCommandScope", _O),
        ("language_code", "String", _O),
    ],
    "getMyCommands": [("scope", "BotCommandScope", _O), ("language_code", "String", _O)],
    "deleteMyCommands": [("scope", "BotCommandScope", _O), ("language_code", "String", _O)],
    "deleteMessage": [("chat_id", "Integer or String", _R), ("message_id", "Integer", _R)],
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
        method: [
            FieldSpec(name, tuple(kinds.split(" or ")), required)
            for name, kinds, required in fields
        ]
        for method, fields in FALLBACK.items()
    }


def method_tables() -> dict[str, list[FieldSpec]]:
    """Field tables of the implemented methods, from the published spec when it is present."""
    path = spec_path()
    tables = fallback_tables()
    if path is not None:
        tables.update(_load_published(str(path)))
    return tables
