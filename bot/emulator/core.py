"""The emulator's one core: chats, messages, callback queries and every request.

Its update queue is `bot.emulator.updates`; waiting for a change is `bot.emulator.changes`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from bot.emulator import methods
from bot.emulator.changes import Changes
from bot.emulator.faults import SEND_METHODS, Faults, FloodLimits
from bot.emulator.models import (
    ApiError,
    BotMessage,
    InlineButton,
    MessageKind,
    RecordedRequest,
    Stats,
    Violation,
)
from bot.emulator.spec import FieldSpec, method_tables
from bot.emulator.updates import Update, UpdateQueue
from bot.emulator.validation import check_fields, check_request
from bot.emulator.wire import coerce

DEFAULT_TOKEN = "123456:TEST-emulator-token-not-a-real-one"
# Errors that only a bug in the bot can cause (as opposed to a person's or the network's doing).
_BUGS = (
    "query is too old",
    "to edit not found",
    "can't be edited",
    "to delete not found",
    "inline messages",
    "IMAGE_PROCESS_FAILED",
    "PHOTO_INVALID_DIMENSIONS",
    "ANIMATION_INVALID",
    "too big",
)
Handler = Callable[["BotApiEmulator", dict[str, Any]], Any]


class BotApiEmulator:
    """A Bot API with real semantics for the methods the bot uses, in memory."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        bot_username: str = "sciatica_demo_bot",
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], int] | None = None,
        global_rate: float | None = 30.0,
        per_chat_rate: float | None = 1.0,
    ) -> None:
        self.token = token
        self.bot_user: dict[str, Any] = {
            "id": int(token.split(":", 1)[0]),
            "is_bot": True,
            "first_name": "Sciatica Coach",
            "username": bot_username,
        }
        self.now = now or (lambda: int(time.time()))
        self.faults = Faults()
        self.limits = FloodLimits(clock, global_rate=global_rate, per_chat_rate=per_chat_rate)
        self.stats = Stats()
        self.requests: list[RecordedRequest] = []
        self.violations: list[Violation] = []
        self.chats: dict[int, dict[str, Any]] = {}
        self.chat_messages: dict[int, dict[int, dict[str, Any]]] = {}
        self.deleted_by_people: set[tuple[int, int]] = set()  # (chat id, message id)
        self.files: dict[str, tuple[str, bytes]] = {}
        self.reply_keyboards: dict[tuple[int, int], list[list[Any]]] = {}
        self.queries: dict[str, dict[str, Any]] = {}
        self.commands: dict[str, list[dict[str, Any]]] = {}
        self.webhook: dict[str, Any] = {}
        self.allowed_updates: list[str] = []
        self.updates = UpdateQueue()
        self.changes = Changes()
        self._next_message_id: dict[int, int] = {}
        self._next_query_id = 1
        self._tables: dict[str, list[FieldSpec]] = method_tables()

    # -- the wire-facing entry point -------------------------------------------------------

    async def handle(self, token: str, method: str, raw: dict[str, Any]) -> tuple[int, Any]:
        """Answer one Bot API call: (HTTP status, JSON body). Raises InjectedTimeout."""
        self.stats.requests += 1
        self.stats.by_method[method] = self.stats.by_method.get(method, 0) + 1
        params: dict[str, Any] = dict(raw)
        try:
            if token != self.token:
                raise ApiError(401, "Unauthorized")
            name = self._method_name(method)
            try:
                params = coerce(raw, self._tables[name])
                check_fields(params, self._tables[name])
                check_request(name, params)
            except ApiError as error:
                self.violations.append(Violation(name, error.description, params))
                raise
            self.faults.apply(name)
            if name in SEND_METHODS:
                self._check_send(int(params["chat_id"]))
            try:
                result = await methods.HANDLERS[name](self, params)
            except ApiError as error:
                if any(bug in error.description for bug in _BUGS) and not self._gone(params):
                    self.violations.append(Violation(name, error.description, params))
                raise
            status, body = 200, {"ok": True, "result": result}
        except ApiError as error:
            status, body = error.status, error.body()
        self.stats.injected_faults = self.faults.injected
        self.requests.append(RecordedRequest(method, params, status, body))
        return status, body

    def _gone(self, params: dict[str, Any]) -> bool:
        """Whether the request names a message its person deleted, or one Telegram stopped
        letting the bot edit (`faults.refuse_edits`): the bot cannot know either."""
        chat_id, message_id = params.get("chat_id"), params.get("message_id")
        if chat_id is None or message_id is None:
            return False
        key = (int(chat_id), int(message_id))
        return key in self.deleted_by_people or key in self.faults.uneditable

    def _method_name(self, method: str) -> str:
        for name in methods.HANDLERS:
            if name.lower() == method.lower():
                return name
        raise ApiError(404, "Not Found")

    def _check_send(self, chat_id: int) -> None:
        if chat_id in self.faults.blocked_chats:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if chat_id not in self.chats:
            raise ApiError(400, "Bad Request: chat not found")
        try:
            self.limits.check(chat_id)
        except ApiError:
            self.stats.rate_limited += 1
            raise
        self.stats.sends += 1

    # -- state shared with methods and the simulated users ---------------------------------

    def chat(self, chat_id: int) -> dict[str, Any]:
        """A known chat, or Telegram's 'chat not found'."""
        if chat_id not in self.chats:
            raise ApiError(400, "Bad Request: chat not found")
        return self.chats[chat_id]

    def add_chat(self, chat: dict[str, Any]) -> None:
        """Make a chat known (a person wrote to the bot, or added it to a group)."""
        self.chats.setdefault(int(chat["id"]), chat)
        self.chat_messages.setdefault(int(chat["id"]), {})

    def new_message_id(self, chat_id: int) -> int:
        """The next message id in a chat (shared by the person and the bot, as in Telegram)."""
        self._next_message_id[chat_id] = self._next_message_id.get(chat_id, 0) + 1
        return self._next_message_id[chat_id]

    def new_query_id(self, user_id: int) -> str:
        """A fresh callback query id, remembered until answered."""
        query_id = f"{user_id}-{self._next_query_id}"
        self._next_query_id += 1
        self.queries[query_id] = {"user_id": user_id, "answered": False, "text": None}
        return query_id

    def enqueue(self, kind: str, payload: dict[str, Any]) -> Update:
        """Queue an update for getUpdates, webhook delivery or `take_updates`."""
        update = self.updates.add(kind, payload)
        self.touch()
        return update

    @property
    def update_listeners(self) -> list[Callable[[Update], None]]:
        """Called with each update as it is queued (the webhook server's delivery)."""
        return self.updates.listeners

    @property
    def version(self) -> int:
        """Bumped on every change a person could see."""
        return self.changes.version

    def touch(self) -> None:
        """Bump the version and wake anyone waiting for a change."""
        self.changes.touch()

    def pending(self) -> list[Update]:
        """Updates not yet consumed."""
        return self.updates.pending

    def confirm(self, offset: int) -> None:
        """getUpdates' offset: forget every update below it."""
        if self.updates.confirm(offset):
            self.changes.wake()  # not a change anyone sees: `version` stays

    # -- observation, for tests and the demo -----------------------------------------------

    def take_updates(self) -> list[dict[str, Any]]:
        """Pop every pending update (for feeding the application directly)."""
        return self.updates.take()

    def messages(self, chat_id: int) -> list[BotMessage]:
        """The bot's messages in a chat, edits applied, oldest first."""
        stored = self.chat_messages.get(chat_id, {})
        bot_id = self.bot_user["id"]
        return [
            _view(self, message)
            for message in stored.values()
            if message.get("from", {}).get("id") == bot_id
        ]

    def last_message(self, chat_id: int) -> BotMessage | None:
        """The bot's latest message in a chat."""
        messages = self.messages(chat_id)
        return messages[-1] if messages else None

    async def wait_for_change(self, after_version: int, *, timeout: float) -> int:
        """Wait until the version passes `after_version`; return the new version."""
        await self.changes.wait_until(lambda: self.version > after_version, timeout)
        return self.version

    async def wait_for_messages(self, chat_id: int, count: int, *, timeout: float) -> bool:
        """Wait until the bot has sent at least `count` messages to a chat."""
        return await self.changes.wait_until(lambda: len(self.messages(chat_id)) >= count, timeout)

    async def wait_until_taken(self, *, timeout: float | None) -> bool:
        """Wait until the bot has confirmed every update queued so far: getUpdates called with
        an offset past it (or its webhook delivery answered 200). The bot holds it from then on,
        though it may not have handled it yet."""
        return await self.changes.wait_until(lambda: self.updates.all_taken, timeout)

    def unanswered_callback_queries(self) -> list[str]:
        """Ids of callback queries the bot never answered."""
        return [qid for qid, query in self.queries.items() if not query["answered"]]

    def callback_answer(self, query_id: str) -> str | None:
        """The text the bot answered a query with ('' when answered silently; None if not)."""
        query = self.queries.get(query_id)
        if query is None or not query["answered"]:
            return None
        return str(query["text"] or "")

    def sent_requests(self, method: str | None = None) -> list[RecordedRequest]:
        """Recorded calls, optionally of one method."""
        return [r for r in self.requests if method is None or r.method == method]

    def user(self, user_id: int, first_name: str = "Alex", **kwargs: Any) -> Any:
        """A simulated person (see `bot.emulator.user.SimulatedUser`)."""
        from bot.emulator.user import SimulatedUser

        return SimulatedUser(self, user_id, first_name, **kwargs)


def _view(emulator: BotApiEmulator, message: dict[str, Any]) -> BotMessage:
    markup = message.get("reply_markup") or {}
    buttons = [
        [InlineButton(b["text"], b.get("callback_data"), b.get("url")) for b in row]
        for row in markup.get("inline_keyboard", [])
    ]
    keyboard = None
    rows = emulator.reply_keyboards.get((message["chat"]["id"], message["message_id"]))
    if rows is not None:
        keyboard = [[b["text"] if isinstance(b, dict) else str(b) for b in row] for row in rows]
    kind: MessageKind = "text"
    if "photo" in message:
        kind = "photo"
    elif "animation" in message:
        kind = "animation"
    elif "document" in message:
        kind = "document"
    filename, content = None, None
    if "document" in message:
        filename, content = emulator.files[message["document"]["file_id"]]
    elif "photo" in message:
        filename, content = emulator.files[message["photo"][-1]["file_id"]]
    elif "animation" in message:
        filename, content = emulator.files[message["animation"]["file_id"]]
    return BotMessage(
        message_id=message["message_id"],
        chat_id=message["chat"]["id"],
        text=message.get("text", message.get("caption")),
        kind=kind,
        buttons=buttons,
        reply_keyboard=keyboard,
        filename=filename,
        document=content,
        edited="edit_date" in message,
    )
