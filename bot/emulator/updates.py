"""The emulator's update queue: updates numbered in order, kept until the bot confirms it has
taken them (getUpdates with a later offset, or a webhook delivery answered 200)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Update = dict[str, Any]


class UpdateQueue:
    """The updates Telegram holds for one bot, and how far the bot has confirmed them."""

    def __init__(self) -> None:
        self.pending: list[Update] = []  # queued and not yet confirmed, oldest first
        self.listeners: list[Callable[[Update], None]] = []  # told of each one (the webhook)
        self._next_id = 1
        self._confirmed = 1  # every update below it has been taken by the bot

    def add(self, kind: str, payload: dict[str, Any]) -> Update:
        """Queue an update of one kind ("message", "callback_query"...) with the next id."""
        update = {"update_id": self._next_id, kind: payload}
        self._next_id += 1
        self.pending.append(update)
        for listener in self.listeners:
            listener(update)
        return update

    def confirm(self, offset: int) -> bool:
        """getUpdates' offset: forget every update below it; True when that confirms more."""
        self.pending = [u for u in self.pending if u["update_id"] >= offset]
        if offset <= self._confirmed:
            return False
        self._confirmed = offset
        return True

    def take(self) -> list[Update]:
        """Remove and return every pending update (the bot is fed them directly)."""
        updates, self.pending = self.pending, []
        return updates

    @property
    def all_taken(self) -> bool:
        """Whether the bot has confirmed every update queued so far."""
        return self._confirmed >= self._next_id
