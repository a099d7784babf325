"""SQL for which chats were given the admins' command menu (kept in `runtime_state`).

Telegram keeps a chat-scoped menu until it is deleted, so the bot remembers where it put one
and can take it back from someone removed from ADMIN_IDS.
"""

from __future__ import annotations

import json

from bot.store.database import Database

ADMIN_MENUS_KEY = "admin.menus"


class AdminMenuStore:
    """The set of chats that currently hold the admins' command menu."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def recorded(self) -> frozenset[int]:
        """Chats given the admin menu by an earlier start (empty before the first)."""
        value = await self._db.fetch_value(
            "SELECT value FROM runtime_state WHERE key = ?", (ADMIN_MENUS_KEY,)
        )
        return frozenset() if value is None else frozenset(int(chat) for chat in json.loads(value))

    async def record(self, chat_ids: frozenset[int]) -> None:
        """Remember the chats that hold the admin menu now."""
        await self._db.execute(
            "INSERT INTO runtime_state (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (ADMIN_MENUS_KEY, json.dumps(sorted(chat_ids))),
        )
