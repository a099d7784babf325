"""Drive the real bot through the Bot API emulator in-process: for tests, benchmarks and soaks.

Updates a simulated person produces are taken from the emulator as JSON and fed to the
application one by one; each call returns when the bot has finished handling it, so tests
synchronise on the bot's own work and never on sleeps.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from telegram import Update

from bot.app import build_application
from bot.clock import FakeClock
from bot.context import ALLOWED_UPDATES, BotApplication
from bot.emulator import BotApiEmulator, BotMessage, EmulatorRequest, SimulatedUser
from bot.lifecycle import running
from bot.services import BotServices
from bot.settings import Settings
from bot.store import Database, Repository

if TYPE_CHECKING:
    from bot.qa.answer import QuestionAnswerer

DEFAULT_START = datetime(2026, 11, 25, 6, 0, tzinfo=UTC)
ALLOWED_UPDATES_SET = frozenset(ALLOWED_UPDATES)


def sql(repo: Repository) -> Database:
    """The connection behind `repo`, for tests and benchmarks that read or arrange rows directly.

    The bot itself reaches the database only through the repository's methods.
    """
    return repo._db


class HarnessError(AssertionError):
    """The bot broke a Bot API rule or left a callback query unanswered."""


class ChatUser:
    """A person in a private chat with the bot; every action returns the bot's new messages."""

    def __init__(self, harness: BotHarness, person: SimulatedUser) -> None:
        self._harness = harness
        self.person = person
        self.user_id: int = person.user_id
        self.chat_id: int = person.chat_id

    @property
    def messages(self) -> list[BotMessage]:
        """The bot's messages in this chat, as they are now (edits applied)."""
        return self._harness.emulator.messages(self.chat_id)

    @property
    def last(self) -> BotMessage:
        """The bot's most recent message in this chat."""
        messages = self.messages
        if not messages:
            raise HarnessError(f"the bot has not written to chat {self.chat_id}")
        return messages[-1]

    def message(self, message_id: int) -> BotMessage:
        """One of the bot's messages by id, as it is now."""
        for message in self.messages:
            if message.message_id == message_id:
                return message
        raise HarnessError(f"no bot message {message_id} in chat {self.chat_id}")

    @property
    def last_callback_answer(self) -> str | None:
        """The text of the bot's answer to this person's latest button tap."""
        return self._harness.last_answer_for(self.user_id)

    async def send(self, text: str) -> list[BotMessage]:
        """Type a plain message."""
        return await self._act(lambda: self.person.send_text(text))

    async def command(self, name: str, args: str = "") -> list[BotMessage]:
        """Send `/name args`."""
        return await self._act(lambda: self.person.send_command(name, args))

    async def edit(self, message_id: int, text: str) -> list[BotMessage]:
        """Edit one of this person's earlier messages (Telegram sends an edited_message)."""
        return await self._act(lambda: self.person.edit_text(message_id, text))

    @property
    def own_message_ids(self) -> list[int]:
        """The ids of the messages this person has sent in their chat, oldest first."""
        stored = self._harness.emulator.chat_messages.get(self.chat_id, {})
        return [i for i, body in stored.items() if body["from"]["id"] == self.user_id]

    async def share_location(self, latitude: float, longitude: float) -> list[BotMessage]:
        """Share a location (the reply keyboard's location button)."""
        return await self._act(lambda: self.person.share_location(latitude, longitude))

    def delete_message(self, message_id: int) -> None:
        """Delete one of the bot's messages here (Telegram sends the bot no update for it)."""
        self.person.delete_message(message_id)

    async def block_bot(self) -> list[BotMessage]:
        """Block the bot: Telegram sends it a my_chat_member update, and sends get 403."""
        return await self._act(self.person.block_bot)

    async def unblock_bot(self) -> list[BotMessage]:
        """Unblock the bot: a my_chat_member update, and sends work again."""
        return await self._act(self.person.unblock_bot)

    async def restart_bot(self) -> list[BotMessage]:
        """Tap "Restart" in the blocked chat: the unblock and a /start, delivered together."""
        return await self._act(self.person.restart_bot)

    async def tap(
        self, message: BotMessage | int, *, text: str | None = None, data: str | None = None
    ) -> list[BotMessage]:
        """Tap an inline button of one of the bot's messages, found by text or data."""
        message_id = message if isinstance(message, int) else message.message_id
        return await self._act(lambda: self.person.tap(message_id, text=text, data=data))

    async def _act(self, produce: Any) -> list[BotMessage]:
        before = {m.message_id for m in self.messages}
        produce()
        await self._harness.deliver_pending()
        return [m for m in self.messages if m.message_id not in before]


class BotHarness:
    """The real application, built by `build_application`, wired to an in-process emulator."""

    def __init__(
        self, app: BotApplication, emulator: BotApiEmulator, clock: FakeClock, settings: Settings
    ) -> None:
        self.app = app
        self.emulator = emulator
        self.clock = clock
        self.settings = settings
        self._next_user_id = 1000
        self._query_owner: dict[str, int] = {}
        self.errors: list[BaseException] = []  # every exception a handler raised

    @classmethod
    @asynccontextmanager
    async def running(
        cls,
        database_path: Path,
        *,
        start: datetime = DEFAULT_START,
        emulator: BotApiEmulator | None = None,
        check_on_exit: bool = True,
        answerer: QuestionAnswerer | None = None,
        **settings_overrides: Any,
    ) -> AsyncIterator[BotHarness]:
        """Start the bot against an emulator; on exit, fail on any Bot API violation.

        `answerer`: one built already from the same content (a test session builds it once);
        without it the bot builds its own at start-up, as in production.
        """
        # Replies to a person's own messages are not throttled per chat by Telegram the way
        # broadcasts are; tests that exercise flood limits pass their own emulator.
        emulator = emulator if emulator is not None else BotApiEmulator(per_chat_rate=None)
        clock = FakeClock(start)
        settings = Settings(database_path=database_path, **settings_overrides)
        app = build_application(
            settings,
            request=EmulatorRequest(emulator),
            clock=clock,
            token=emulator.token,
            answerer=answerer,
        )
        harness = cls(app, emulator, clock, settings)
        app.add_error_handler(harness._record_error)
        async with running(app, polling=False):
            yield harness
            await harness.deliver_pending()
        if check_on_exit:
            harness.assert_clean()

    async def _record_error(self, update: object, context: Any) -> None:
        if context.error is not None:
            self.errors.append(context.error)

    @property
    def services(self) -> BotServices:
        """The application's shared resources."""
        return self.app.bot_data

    @property
    def repo(self) -> Repository:
        """The open repository."""
        return self.services.repo

    def user(
        self, user_id: int | None = None, first_name: str = "Alex", **kwargs: Any
    ) -> ChatUser:
        """A simulated person in a private chat with the bot."""
        if user_id is None:
            self._next_user_id += 1
            user_id = self._next_user_id
        return ChatUser(self, self.emulator.user(user_id, first_name, **kwargs))

    async def deliver_pending(self) -> int:
        """Hand every queued update to the bot, in order, awaiting each; return how many."""
        delivered = 0
        while updates := self.emulator.take_updates():
            for data in updates:
                if not ALLOWED_UPDATES_SET & data.keys():
                    continue  # Telegram drops updates of types the bot did not ask for
                query = data.get("callback_query")
                if query is not None:
                    self._query_owner[str(query["id"])] = int(query["from"]["id"])
                await self.app.process_update(Update.de_json(data, self.app.bot))
                delivered += 1
        return delivered

    def last_answer_for(self, user_id: int) -> str | None:
        """The text of the latest callback answer to a query from this user."""
        owned = [qid for qid, owner in self._query_owner.items() if owner == user_id]
        for query_id in reversed(owned):
            answer = self.emulator.callback_answer(query_id)
            if answer is not None:
                return answer
        return None

    async def snapshot(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every row of every table, to check that something changed nothing."""
        return await self.repo.tables()

    async def tick(self) -> Any:
        """Run the reminder scheduler's tick once at the harness clock's instant."""
        from bot.reminders.tick import run_tick

        return await run_tick(self.services, self.app.bot, self.clock.now())

    def assert_clean(self) -> None:
        """Fail if the bot broke a Bot API rule or left a callback query unanswered."""
        if self.emulator.violations:
            raise HarnessError(f"Bot API violations: {self.emulator.violations}")
        unanswered = self.emulator.unanswered_callback_queries()
        if unanswered:
            raise HarnessError(f"callback queries never answered: {unanswered}")
