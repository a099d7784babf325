"""What each implemented Bot API method does to the emulator's state."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from bot.emulator.faults import CANNOT_EDIT
from bot.emulator.media import check_animation, check_photo
from bot.emulator.models import ApiError
from bot.emulator.wire import UploadedFile

if TYPE_CHECKING:
    from bot.emulator.core import BotApiEmulator

Params = dict[str, Any]
UPDATE_TYPES = ("message", "edited_message", "channel_post", "callback_query", "my_chat_member")


async def get_me(emu: BotApiEmulator, p: Params) -> Any:
    return emu.bot_user


async def set_webhook(emu: BotApiEmulator, p: Params) -> Any:
    emu.webhook = {
        "url": p["url"],
        "secret_token": p.get("secret_token"),
        "allowed_updates": p.get("allowed_updates") or [],
    }
    if p.get("drop_pending_updates"):
        emu.take_updates()
    return True


async def delete_webhook(emu: BotApiEmulator, p: Params) -> Any:
    emu.webhook = {}
    if p.get("drop_pending_updates"):
        emu.take_updates()
    return True


async def get_webhook_info(emu: BotApiEmulator, p: Params) -> Any:
    info: dict[str, Any] = {
        "url": emu.webhook.get("url", ""),
        "has_custom_certificate": False,
        "pending_update_count": len(emu.pending()),
    }
    if emu.webhook.get("allowed_updates"):
        info["allowed_updates"] = emu.webhook["allowed_updates"]
    return info


async def get_updates(emu: BotApiEmulator, p: Params) -> Any:
    if emu.webhook.get("url"):
        raise ApiError(
            409,
            "Conflict: can't use getUpdates method while webhook is active; "
            "use deleteWebhook to delete the webhook first",
        )
    if p.get("offset"):
        emu.confirm(int(p["offset"]))
    if p.get("allowed_updates") is not None:
        emu.allowed_updates = list(p["allowed_updates"])
    limit = max(1, min(100, int(p.get("limit") or 100)))
    timeout = max(0.0, float(p.get("timeout") or 0))
    if timeout > 0:  # long polling: answer as soon as there is an update, or at the timeout
        await emu.changes.wait_until(lambda: bool(_ready(emu)), timeout)
    return _ready(emu)[:limit]


def _ready(emu: BotApiEmulator) -> list[dict[str, Any]]:
    allowed = set(emu.allowed_updates)
    if allowed:
        # Telegram drops updates of types the bot did not ask for.
        kept = [u for u in emu.pending() if allowed & set(u)]
        emu.pending()[:] = kept
    return emu.pending()


def _bot_message(emu: BotApiEmulator, chat_id: int, body: dict[str, Any]) -> dict[str, Any]:
    markup = body.get("reply_markup")
    if markup is not None and "inline_keyboard" not in markup:
        # Reply keyboards and keyboard removals are shown by the client, never returned in the
        # Message object: only inline keyboards are.
        body = {k: v for k, v in body.items() if k != "reply_markup"}
    message = {
        "message_id": emu.new_message_id(chat_id),
        "from": emu.bot_user,
        "chat": emu.chat(chat_id),
        "date": emu.now(),
        **body,
    }
    emu.chat_messages[chat_id][message["message_id"]] = message
    if markup is not None and "keyboard" in markup:
        emu.reply_keyboards[(chat_id, message["message_id"])] = markup["keyboard"]
    emu.touch()
    return message


def _extras(p: Params, *names: str) -> dict[str, Any]:
    return {name: p[name] for name in names if p.get(name) is not None}


async def send_message(emu: BotApiEmulator, p: Params) -> Any:
    body = {"text": p["text"], **_extras(p, "entities", "reply_markup")}
    return _bot_message(emu, int(p["chat_id"]), body)


def _stored(emu: BotApiEmulator, p: Params, verb: str) -> dict[str, Any]:
    if p.get("inline_message_id"):
        raise ApiError(400, "Bad Request: inline messages are not supported by the emulator")
    if p.get("chat_id") is None or p.get("message_id") is None:
        raise ApiError(400, "Bad Request: chat_id and message_id are required")
    chat_id = int(p["chat_id"])
    emu.chat(chat_id)
    message = emu.chat_messages[chat_id].get(int(p["message_id"]))
    if message is None:
        raise ApiError(400, f"Bad Request: message to {verb} not found")
    # Another user's message, or one Telegram no longer lets the bot change (a test's fault).
    not_the_bots = message.get("from", {}).get("id") != emu.bot_user["id"]
    if not_the_bots or (chat_id, message["message_id"]) in emu.faults.uneditable:
        raise ApiError(400, CANNOT_EDIT)
    return message


_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)


async def edit_message_text(emu: BotApiEmulator, p: Params) -> Any:
    message = _stored(emu, p, "edit")
    markup = p.get("reply_markup")
    if message.get("text") == p["text"] and message.get("reply_markup") == markup:
        raise ApiError(400, _NOT_MODIFIED)
    message["text"] = p["text"]
    message.pop("reply_markup", None)
    if markup is not None:
        message["reply_markup"] = markup
    message["edit_date"] = emu.now()
    emu.touch()
    return message


async def edit_message_reply_markup(emu: BotApiEmulator, p: Params) -> Any:
    message = _stored(emu, p, "edit")
    markup = p.get("reply_markup")
    if message.get("reply_markup") == markup:
        raise ApiError(400, _NOT_MODIFIED)
    message.pop("reply_markup", None)
    if markup is not None:
        message["reply_markup"] = markup
    message["edit_date"] = emu.now()
    emu.touch()
    return message


async def answer_callback_query(emu: BotApiEmulator, p: Params) -> Any:
    query = emu.queries.get(str(p["callback_query_id"]))
    if query is None or query["answered"]:
        raise ApiError(
            400,
            "Bad Request: query is too old and response timeout expired or query ID is invalid",
        )
    query["answered"] = True
    query["text"] = p.get("text")
    emu.touch()
    return True


def _file(emu: BotApiEmulator, value: Any, default_name: str) -> tuple[str, str, bytes]:
    """An uploaded file gets a new file_id; a known file_id is reused as Telegram does."""
    if isinstance(value, str) and value in emu.files:
        name, content = emu.files[value]
        emu.stats.file_reuses += 1
        return value, name, content
    if not isinstance(value, UploadedFile):
        raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
    file_id = f"file-{len(emu.files) + 1}"
    emu.files[file_id] = (value.filename or default_name, value.content)
    emu.stats.uploads += 1
    return file_id, value.filename or default_name, value.content


async def send_photo(emu: BotApiEmulator, p: Params) -> Any:
    file_id, _, content = _file(emu, p["photo"], "photo.png")
    width, height = check_photo(content)
    sizes = [{"file_id": file_id, "file_unique_id": f"u{file_id}", "width": width,
              "height": height, "file_size": len(content)}]  # fmt: skip
    body = {"photo": sizes, **_extras(p, "caption", "reply_markup")}
    return _bot_message(emu, int(p["chat_id"]), body)


async def send_animation(emu: BotApiEmulator, p: Params) -> Any:
    file_id, name, content = _file(emu, p["animation"], "animation.gif")
    width, height, duration = check_animation(content)
    animation = {"file_id": file_id, "file_unique_id": f"u{file_id}", "width": width,
                 "height": height, "duration": duration, "file_name": name,
                 "file_size": len(content)}  # fmt: skip
    body = {"animation": animation, **_extras(p, "caption", "reply_markup")}
    return _bot_message(emu, int(p["chat_id"]), body)


async def send_document(emu: BotApiEmulator, p: Params) -> Any:
    file_id, name, content = _file(emu, p["document"], "document")
    document = {"file_id": file_id, "file_unique_id": file_id, "file_name": name,
                "file_size": len(content)}  # fmt: skip
    body = {"document": document, **_extras(p, "caption", "reply_markup")}
    return _bot_message(emu, int(p["chat_id"]), body)


async def send_chat_action(emu: BotApiEmulator, p: Params) -> Any:
    emu.chat(int(p["chat_id"]))
    return True


def _scope_key(emu: BotApiEmulator, p: Params) -> str:
    scope = p.get("scope") or {"type": "default"}
    if "chat_id" in scope:  # a chat scope needs a chat the bot knows, as on Telegram
        emu.chat(int(scope["chat_id"]))
    return json.dumps([scope, p.get("language_code") or ""], sort_keys=True)


async def set_my_commands(emu: BotApiEmulator, p: Params) -> Any:
    commands = p["commands"]
    if not isinstance(commands, list) or len(commands) > 100:
        raise ApiError(400, "Bad Request: commands must be a list of at most 100 commands")
    emu.commands[_scope_key(emu, p)] = commands
    return True


async def get_my_commands(emu: BotApiEmulator, p: Params) -> Any:
    return emu.commands.get(_scope_key(emu, p), [])


async def delete_my_commands(emu: BotApiEmulator, p: Params) -> Any:
    emu.commands.pop(_scope_key(emu, p), None)
    return True


async def delete_message(emu: BotApiEmulator, p: Params) -> Any:
    chat_id = int(p["chat_id"])
    emu.chat(chat_id)
    if emu.chat_messages[chat_id].pop(int(p["message_id"]), None) is None:
        raise ApiError(400, "Bad Request: message to delete not found")
    emu.touch()
    return True


async def log_out(emu: BotApiEmulator, p: Params) -> Any:
    return True


HANDLERS: dict[str, Callable[[BotApiEmulator, Params], Awaitable[Any]]] = {
    "getMe": get_me,
    "logOut": log_out,
    "close": log_out,
    "setWebhook": set_webhook,
    "deleteWebhook": delete_webhook,
    "getWebhookInfo": get_webhook_info,
    "getUpdates": get_updates,
    "sendMessage": send_message,
    "editMessageText": edit_message_text,
    "editMessageReplyMarkup": edit_message_reply_markup,
    "answerCallbackQuery": answer_callback_query,
    "sendPhoto": send_photo,
    "sendAnimation": send_animation,
    "sendDocument": send_document,
    "sendChatAction": send_chat_action,
    "setMyCommands": set_my_commands,
    "getMyCommands": get_my_commands,
    "deleteMyCommands": delete_my_commands,
    "deleteMessage": delete_message,
}
