"""Telegram's request rules, applied to every call; a broken rule is a 400 answer."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import Any

from bot.emulator.models import ApiError
from bot.emulator.spec import FieldSpec

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_DATA_LIMIT = 64
CALLBACK_ANSWER_LIMIT = 200
BUTTON_ACTIONS = frozenset(
    {
        "callback_data", "url", "web_app", "login_url", "switch_inline_query",
        "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "copy_text",
        "callback_game", "pay",
    }
)  # fmt: skip
HTML_TAGS = frozenset(
    {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a",
     "code", "pre", "blockquote", "tg-emoji"}
)  # fmt: skip


def bad_request(description: str) -> ApiError:
    """A 400 answer with Telegram's wording."""
    return ApiError(400, f"Bad Request: {description}")


def check_fields(params: dict[str, Any], fields: list[FieldSpec]) -> None:
    """Required parameters present, no unknown ones."""
    known = {f.name for f in fields}
    for name in params:
        if name not in known:
            raise bad_request(f"unknown parameter {name!r}")
    for spec in fields:
        if spec.required and params.get(spec.name) in (None, ""):
            raise bad_request(f"{spec.name} is empty")


def check_request(method: str, params: dict[str, Any]) -> None:
    """The content rules: text and caption lengths, markup, callback answers, parse modes."""
    if "text" in params and method in ("sendMessage", "editMessageText"):
        visible = visible_text(str(params["text"]), params.get("parse_mode"))
        if not visible.strip():
            raise bad_request("message text is empty")
        if len(visible) > TEXT_LIMIT:
            raise bad_request("message is too long")
    caption = params.get("caption")
    if caption is not None and len(visible_text(str(caption), params.get("parse_mode"))) > (
        CAPTION_LIMIT
    ):
        raise bad_request("message caption is too long")
    answer = str(params.get("text") or "")
    if method == "answerCallbackQuery" and len(answer) > CALLBACK_ANSWER_LIMIT:
        raise bad_request("MESSAGE_TOO_LONG")
    if "reply_markup" in params:
        check_markup(params["reply_markup"])


def check_markup(markup: Any) -> None:
    """Inline keyboards: text on every button, exactly one action, callback data 1-64 bytes."""
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise bad_request('field "inline_keyboard" must be an Array of Array')
        for row in rows:
            for button in row:
                _check_inline_button(button)
    elif "keyboard" in markup:
        for row in markup["keyboard"]:
            for button in row:
                text = button.get("text") if isinstance(button, dict) else button
                if not text:
                    raise bad_request("keyboard button text is empty")


def _check_inline_button(button: Any) -> None:
    if not isinstance(button, dict) or not str(button.get("text") or "").strip():
        raise bad_request("BUTTON_TEXT_EMPTY")
    actions = [key for key in button if key in BUTTON_ACTIONS]
    if len(actions) != 1:
        raise bad_request("inline keyboard button must have exactly one optional field")
    unknown = set(button) - BUTTON_ACTIONS - {"text", "style", "icon_custom_emoji_id"}
    if unknown:
        raise bad_request(f"unknown inline keyboard button field {sorted(unknown)[0]!r}")
    if "callback_data" in button:
        size = len(str(button["callback_data"]).encode("utf-8"))
        if not 1 <= size <= CALLBACK_DATA_LIMIT:
            raise bad_request("BUTTON_DATA_INVALID")


def visible_text(text: str, parse_mode: Any) -> str:
    """The text a user sees, after Telegram parses entities (HTML checked strictly)."""
    if parse_mode in (None, ""):
        return text
    if parse_mode == "HTML":
        return _HtmlChecker.parse(text)
    if parse_mode in ("Markdown", "MarkdownV2"):
        return re.sub(r"[*_`\[\]~|]", "", text)
    raise bad_request(f"unsupported parse_mode {parse_mode!r}")


class _HtmlChecker(HTMLParser):
    """Accepts only Telegram's tags, properly nested; collects the visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.parts: list[str] = []

    @classmethod
    def parse(cls, text: str) -> str:
        checker = cls()
        if re.search(r"&(?!(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)", text):
            raise bad_request("can't parse entities: unsupported HTML entity")
        checker.feed(text)
        checker.close()
        if checker.stack:
            raise bad_request(f"can't parse entities: can't find end tag for {checker.stack[-1]}")
        return "".join(checker.parts)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in HTML_TAGS:
            raise bad_request(f'can\'t parse entities: unsupported start tag "{tag}"')
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            raise bad_request(f'can\'t parse entities: unexpected end tag "{tag}"')
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_entityref(self, name: str) -> None:
        self.parts.append(html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self.parts.append(html.unescape(f"&#{name};"))
