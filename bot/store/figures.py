"""SQL for exercise figures: Telegram file_ids of uploaded pictures, and who has met which."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime

from bot.store.database import Database
from bot.store.epoch import to_epoch


class FigureStore:
    """Upload each picture once; introduce each exercise to each person once."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def file_id(self, figure_id: str, content_hash: str) -> str | None:
        """The file_id Telegram gave this exact picture, if it was uploaded before."""
        value = await self._db.fetch_value(
            "SELECT file_id FROM figure_files WHERE figure_id = ? AND content_hash = ?",
            (figure_id, content_hash),
        )
        return None if value is None else str(value)

    async def keep_file_id(
        self, figure_id: str, content_hash: str, file_id: str, now: datetime
    ) -> None:
        """Remember the file_id of an upload (a later upload of the same picture replaces it)."""
        await self._db.execute(
            "INSERT INTO figure_files (figure_id, content_hash, file_id, uploaded_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (figure_id, content_hash)"
            " DO UPDATE SET file_id = excluded.file_id, uploaded_at = excluded.uploaded_at",
            (figure_id, content_hash, file_id, to_epoch(now)),
        )

    async def forget_file_id(self, figure_id: str, content_hash: str) -> None:
        """Drop a file_id Telegram no longer accepts (e.g. after the bot's token changed)."""
        await self._db.execute(
            "DELETE FROM figure_files WHERE figure_id = ? AND content_hash = ?",
            (figure_id, content_hash),
        )

    async def claim_intros(
        self, user_id: int, exercise_ids: Iterable[str], now: datetime
    ) -> list[str]:
        """Record `exercise_ids` as introduced; return those not introduced before, in order."""
        claimed: list[str] = []
        async with self._db.transaction() as conn:
            for exercise_id in exercise_ids:
                cursor = await conn.execute(
                    "INSERT OR IGNORE INTO exercise_intros (user_id, exercise_id, shown_at)"
                    " VALUES (?, ?, ?)",
                    (user_id, exercise_id, to_epoch(now)),
                )
                if cursor.rowcount:
                    claimed.append(exercise_id)
        return claimed

    async def not_introduced(self, wanted: Iterable[tuple[int, str]]) -> set[tuple[int, str]]:
        """Those (user id, exercise id) pairs of `wanted` with no card shown yet, in one read.

        The pairs go in as one JSON parameter and only the new ones come back: on an ordinary
        morning, for a whole batch of people, no row at all.
        """
        pairs = json.dumps(list(wanted))
        rows = await self._db.fetch_all(
            "SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?)"
            " WHERE NOT EXISTS (SELECT 1 FROM exercise_intros"
            " WHERE user_id = json_extract(value, '$[0]')"
            " AND exercise_id = json_extract(value, '$[1]'))",
            (pairs,),
        )
        return {(int(user_id), str(exercise_id)) for user_id, exercise_id in rows}

    async def release_intros(self, user_id: int, exercise_ids: Iterable[str]) -> None:
        """Undo `claim_intros` for cards that could not be sent, so they come another time."""
        async with self._db.transaction() as conn:
            for exercise_id in exercise_ids:
                await conn.execute(
                    "DELETE FROM exercise_intros WHERE user_id = ? AND exercise_id = ?",
                    (user_id, exercise_id),
                )
