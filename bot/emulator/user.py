"""A simulated person: what a Telegram client would send on their behalf."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.emulator.models import BotMessage

if TYPE_CHECKING:
    from bot.emulator.core import BotApiEmulator


class SimulatedUser:
    """A person writing to the bot in a private chat (or in a group with `in_group`)."""

    def __init__(
        self,
        emulator: BotApiEmulator,
        user_id: int,
        first_name: str = "Alex",
        *,
        language_code: str = "en",
        chat_id: int | None = None,
        username: str | None = None,
    ) -> None:
        self.emulator = emulator
        self.user_id = user_id
        self.chat_id = chat_id if chat_id is not None else user_id
        self.user: dict[str, Any] = {
            "id": user_id,
            "is_bot": False,
            "first_name": first_name,
            "language_code": language_code,
        }
        if username:
            self.user["username"] = username
        self.private_chat: dict[str, Any] = {
            "id": self.chat_id,
            "type": "private",
            "first_name": first_name,
        }

    def _message(self, chat: dict[str, Any] | None = None, **body: Any) -> dict[str, Any]:
        chat = chat or self.private_chat
        self.emulator.add_chat(chat)
        message = {
            "message_id": self.emulator.new_message_id(int(chat["id"])),
            "from": self.user,
            "chat": chat,
            "date": self.emulator.now(),
            **body,
        }
        self.emulator.chat_messages[int(chat["id"])][message["message_id"]] = message
        return message

    def send_text(self, text: str, *, chat: dict[str, Any] | None = None) -> dict[str, Any]:
        """Type and send a text message."""
        return self.emulator.enqueue("message", self._message(chat, text=text))

    def send_command(
        self, name: str, args: str = "", *, chat: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """Send `/name args`, marked as a bot command as Telegram clients do."""
        command = f"/{name}"
        text = f"{command} {args}" if args else command
        entity = {
            "type": "bot_command",
            "offset": 0,
            "length": len(command.encode("utf-16-le")) // 2,
        }
        return self.emulator.enqueue("message", self._message(chat, text=text, entities=[entity]))

    def share_location(self, latitude: float, longitude: float) -> dict[str, Any]:
        """Share a location (the reply keyboard's location button)."""
        location = {"latitude": latitude, "longitude": longitude}
        return self.emulator.enqueue("message", self._message(location=location))

    def send_sticker(self) -> dict[str, Any]:
        """Send a sticker."""
        sticker: dict[str, Any] = {"file_id": "sticker-1", "file_unique_id": "s1"}
        sticker |= {"type": "regular", "width": 512, "height": 512}
        sticker |= {"is_animated": False, "is_video": False}
        return self.emulator.enqueue("message", self._message(sticker=sticker))

    def send_photo(self, caption: str | None = None) -> dict[str, Any]:
        """Send a photo, optionally with a caption."""
        photo = [{"file_id": "photo-1", "file_unique_id": "p1", "width": 90, "height": 90}]
        body: dict[str, Any] = {"photo": photo}
        if caption is not None:
            body["caption"] = caption
        return self.emulator.enqueue("message", self._message(**body))

    def send_voice(self) -> dict[str, Any]:
        """Send a voice message."""
        voice = {"file_id": "voice-1", "file_unique_id": "v1", "duration": 4}
        return self.emulator.enqueue("message", self._message(voice=voice))

    def edit_text(self, message_id: int, text: str) -> dict[str, Any]:
        """Edit one of this person's earlier messages."""
        stored = self.emulator.chat_messages[self.chat_id][message_id]
        stored = {**stored, "text": text, "edit_date": self.emulator.now()}
        self.emulator.chat_messages[self.chat_id][message_id] = stored
        return self.emulator.enqueue("edited_message", stored)

    def delete_message(self, message_id: int) -> None:
        """Delete one of the bot's messages from this private chat. Telegram tells the bot
        nothing: an edit of it later answers "message to edit not found" (no bug of the bot's)."""
        if self.emulator.chat_messages[self.chat_id].pop(message_id, None) is None:
            raise LookupError(f"no message {message_id} in chat {self.chat_id}")
        self.emulator.deleted_by_people.add((self.chat_id, message_id))
        self.emulator.touch()

    def block_bot(self) -> dict[str, Any]:
        """Block the bot ("Stop and block bot"): sends to this chat answer 403 from now on, and
        the bot is told at once by a my_chat_member update (the bot's status becomes "kicked")."""
        self.emulator.faults.block_chat(self.chat_id)
        return self._bot_status_changed("member", "kicked")

    def unblock_bot(self) -> dict[str, Any]:
        """Unblock the bot (from the chat's menu): sends work again, and a my_chat_member update
        tells the bot its status is "member" again. Unblocking alone sends no message."""
        self.emulator.faults.unblock_chat(self.chat_id)
        return self._bot_status_changed("kicked", "member")

    def restart_bot(self) -> list[dict[str, Any]]:
        """Tap "Restart", the button a chat with a blocked bot shows: the client unblocks the
        bot and sends /start at once, two updates in that order."""
        return [self.unblock_bot(), self.send_command("start")]

    def _bot_status_changed(self, old: str, new: str) -> dict[str, Any]:
        # ChatMemberUpdated, as Telegram sends it for a private chat: the person is the
        # performer, the members are the bot; a ChatMemberBanned carries until_date (0: forever).
        def member(status: str) -> dict[str, Any]:
            body: dict[str, Any] = {"user": self.emulator.bot_user, "status": status}
            return body | {"until_date": 0} if status == "kicked" else body

        self.emulator.add_chat(self.private_chat)
        change = {
            "chat": self.private_chat,
            "from": self.user,
            "date": self.emulator.now(),
            "old_chat_member": member(old),
            "new_chat_member": member(new),
        }
        return self.emulator.enqueue("my_chat_member", change)

    def group(self, chat_id: int, title: str = "Back pain club") -> dict[str, Any]:
        """A group chat this person is in, with the bot."""
        return {"id": chat_id, "type": "group", "title": title}

    def tap(
        self, message_id: int, *, text: str | None = None, data: str | None = None
    ) -> dict[str, Any]:
        """Tap an inline button of a bot message, found by its text (or prefix) or its data."""
        chat_id = self._chat_of(message_id)
        stored = self.emulator.chat_messages[chat_id][message_id]
        if data is None:
            view: BotMessage = next(
                m for m in self.emulator.messages(chat_id) if m.message_id == message_id
            )
            if text is None:
                raise ValueError("tap needs the button's text or data")
            button = view.button(text)
            if button.callback_data is None:
                raise LookupError(f"button {text!r} has no callback data")
            data = button.callback_data
        return self.tap_raw(stored, data)

    def tap_raw(self, message: dict[str, Any] | None, data: str) -> dict[str, Any]:
        """Send a callback query with any data (forged data included), with or without message."""
        query: dict[str, Any] = {
            "id": self.emulator.new_query_id(self.user_id),
            "from": self.user,
            "chat_instance": str(self.chat_id),
            "data": data,
        }
        if message is not None:
            query["message"] = message
        return self.emulator.enqueue("callback_query", query)

    def _chat_of(self, message_id: int) -> int:
        if message_id in self.emulator.chat_messages.get(self.chat_id, {}):
            return self.chat_id
        for chat_id, messages in self.emulator.chat_messages.items():
            if message_id in messages:
                return chat_id
        raise LookupError(f"no message {message_id}")
