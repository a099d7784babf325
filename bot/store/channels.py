"""SQL of people on messaging apps other than Telegram, and of WhatsApp's delivery statuses.

Telegram's person id is its chat id (below 2^52); other channels' people get ids from
`FIRST_OTHER_CHANNEL_ID` up (migration 7 says why), handed out once per (channel, address).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from bot.store.database import Database
from bot.store.epoch import from_epoch, to_epoch

# Telegram ids have at most 52 significant bits; 2^53 and up is never a Telegram person.
FIRST_OTHER_CHANNEL_ID = 1 << 53
TELEGRAM = "telegram"

MessageStatus = Literal["accepted", "sent", "delivered", "read", "failed"]
# Statuses may arrive out of order (Meta sends them in parallel): a message only moves forward,
# and `failed` is final.
_RANK = {"accepted": 0, "sent": 1, "delivered": 2, "read": 3, "failed": 4}

# Each running channel's state for the health check: "up", or what is wrong with it.
_STATE_PREFIX = "channel."
# Ids come from a counter that /forget leaves: a forgotten person's id is never handed out again.
_NEXT_ID_KEY = "channels.last_person_id"
_BUMP_ID = """
    INSERT INTO runtime_state (key, value) VALUES (:key, :first)
    ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1
    RETURNING CAST(value AS INTEGER)
"""
_RECORD_STATUS = """
    UPDATE whatsapp_messages SET status = :status, error = coalesce(:error, error),
           updated_at = :now
    WHERE wamid = :wamid AND status != 'failed'
      AND (CASE status WHEN 'accepted' THEN 0 WHEN 'sent' THEN 1 WHEN 'delivered' THEN 2
           WHEN 'read' THEN 3 ELSE 4 END) < :rank
    RETURNING delivery_id, user_id
"""
_RECORD_MESSAGE = """
    INSERT INTO whatsapp_messages (wamid, user_id, delivery_id, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (wamid) DO UPDATE SET delivery_id = coalesce(excluded.delivery_id, delivery_id)
"""
# A person a message can never reach (the number is not on WhatsApp, ...): reminders stop.
_STOP_PERSON = """
    UPDATE subscribers SET status = 'blocked', status_reason = ?, next_reminder_at = NULL,
           snooze_at = NULL, snooze_date = NULL, updated_at = ?
    WHERE user_id = ? AND status = 'active'
"""


def is_telegram_person(person_id: int) -> bool:
    """Whether a person id is a Telegram chat id (every other channel's is 2^53 or more)."""
    return person_id < FIRST_OTHER_CHANNEL_ID


@dataclass(frozen=True)
class Identity:
    """A person's address on their channel, and when they last wrote (None: never)."""

    channel: str
    address: str
    person_id: int
    last_inbound_at: datetime | None


@dataclass(frozen=True)
class Filed:
    """A new status of a message: the reminder's journal row it belongs to, and its person."""

    delivery_id: int | None
    person_id: int


class ChannelStore:
    """Who each person is on their channel, their last message's time, their messages' fate."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def person_for(self, channel: str, address: str, now: datetime) -> int:
        """The person id of `address` on `channel`, handed out on their first message."""
        if channel == TELEGRAM:
            return int(address)
        find = "SELECT user_id FROM channel_identities WHERE channel = ? AND address = ?"
        async with self._db.transaction() as conn:
            cursor = await conn.execute(find, (channel, address))
            row = await cursor.fetchone()
            if row is not None:
                return int(row[0])
            cursor = await conn.execute(
                _BUMP_ID, {"key": _NEXT_ID_KEY, "first": FIRST_OTHER_CHANNEL_ID}
            )
            bumped = await cursor.fetchone()
            assert bumped is not None
            await conn.execute(
                "INSERT INTO channel_identities (channel, address, user_id, created_at)"
                " VALUES (?, ?, ?, ?)",
                (channel, address, int(bumped[0]), to_epoch(now)),
            )
        return int(bumped[0])

    async def identity(self, person_id: int) -> Identity | None:
        """Where a person of a channel other than Telegram is reached (None: not such a person)."""
        row = await self._db.fetch_one(
            "SELECT channel, address, user_id, last_inbound_at FROM channel_identities"
            " WHERE user_id = ?",
            (person_id,),
        )
        if row is None:
            return None
        return Identity(row[0], row[1], row[2], from_epoch(row[3]))

    async def touch_inbound(self, person_id: int, now: datetime) -> None:
        """Record that the person wrote at `now` (it opens WhatsApp's 24-hour window)."""
        await self._db.execute(
            "UPDATE channel_identities SET last_inbound_at = max(coalesce(last_inbound_at, 0), ?)"
            " WHERE user_id = ?",
            (to_epoch(now), person_id),
        )

    async def record_message(
        self,
        wamid: str,
        person_id: int,
        now: datetime,
        *,
        delivery_id: int | None = None,
        part: int | None = None,
    ) -> None:
        """Remember a message the API accepted, to file its statuses (under a reminder's row).

        `part` is its place (from 0) among a reminder's messages: the reminder's journal row
        counts it accepted in the same transaction, and only the first part is linked to the
        row (its statuses are the reminder's)."""
        if delivery_id is None or part is None:
            await self._db.execute(_RECORD_MESSAGE, (wamid, person_id, delivery_id, to_epoch(now)))
            return
        async with self._db.transaction() as conn:
            link = delivery_id if part == 0 else None
            await conn.execute(_RECORD_MESSAGE, (wamid, person_id, link, to_epoch(now)))
            await conn.execute(
                "UPDATE deliveries SET parts_sent = max(parts_sent, ?) WHERE id = ?",
                (part + 1, delivery_id),
            )

    async def parts_sent(self, delivery_id: int) -> int:
        """How many of a reminder's messages the app has accepted so far (0: none, or new)."""
        value = await self._db.fetch_value(
            "SELECT parts_sent FROM deliveries WHERE id = ?", (delivery_id,)
        )
        return int(value or 0)

    async def record_status(
        self,
        wamid: str,
        status: MessageStatus,
        now: datetime,
        *,
        error: str | None = None,
        stop: bool = False,
    ) -> Filed | None:
        """File a status webhook; a failed reminder marks its journal row failed, and `stop`
        (an undeliverable person) stops their reminders. None if the status was not new."""
        params = {
            "wamid": wamid, "status": status, "error": error, "now": to_epoch(now),
            "rank": _RANK[status],
        }  # fmt: skip
        async with self._db.transaction() as conn:
            cursor = await conn.execute(_RECORD_STATUS, params)
            row = await cursor.fetchone()
            if row is None:
                return None
            if status == "failed" and row[0] is not None:
                await conn.execute(
                    "UPDATE deliveries SET status = 'failed', error = ? WHERE id = ?",
                    (error or "failed", row[0]),
                )
            if status == "failed" and stop:
                reason = f"whatsapp error {error}"
                await conn.execute(_STOP_PERSON, (reason, to_epoch(now), row[1]))
        return Filed(row[0], row[1])

    async def resent(self, delivery_id: int, wamid: str, person_id: int, now: datetime) -> None:
        """A failed reminder went out again (as the template): its journal row is sent."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT INTO whatsapp_messages (wamid, user_id, delivery_id, updated_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (wamid) DO NOTHING",
                (wamid, person_id, delivery_id, to_epoch(now)),
            )
            await conn.execute(
                "UPDATE deliveries SET status = 'sent', error = NULL, attempts = attempts + 1,"
                " sent_at = ? WHERE id = ?",
                (to_epoch(now), delivery_id),
            )

    async def forget_messages_before(self, instant: datetime, *, batch: int = 5000) -> int:
        """Delete the statuses of messages last updated before `instant`, a batch per
        transaction so that no writer waits long; return how many went."""
        gone = 0
        while True:
            deleted = await self._db.execute(
                "DELETE FROM whatsapp_messages WHERE rowid IN (SELECT rowid FROM"
                " whatsapp_messages WHERE updated_at < ? ORDER BY updated_at LIMIT ?)",
                (to_epoch(instant), batch),
            )
            gone += deleted
            if deleted < batch:
                return gone

    async def message_status(self, wamid: str) -> tuple[MessageStatus, str | None] | None:
        """A message's newest status and error (None for a message never recorded)."""
        row = await self._db.fetch_one(
            "SELECT status, error FROM whatsapp_messages WHERE wamid = ?", (wamid,)
        )
        return None if row is None else (row[0], row[1])

    async def set_state(self, channel: str, problem: str | None) -> None:
        """Record that a channel works (None) or what keeps it from working."""
        await self._db.execute(
            "INSERT INTO runtime_state (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (_STATE_PREFIX + channel, problem or "up"),
        )

    async def clear_states(self) -> None:
        """Forget the channels a previous run reported (at start-up)."""
        await self._db.execute(
            "DELETE FROM runtime_state WHERE substr(key, 1, ?) = ?",
            (len(_STATE_PREFIX), _STATE_PREFIX),
        )

    async def problems(self) -> list[str]:
        """One line per channel that is not working, e.g. "telegram: unreachable"."""
        rows = await self._db.fetch_all(
            "SELECT substr(key, ?), value FROM runtime_state"
            " WHERE substr(key, 1, ?) = ? AND value != 'up' ORDER BY key",
            (len(_STATE_PREFIX) + 1, len(_STATE_PREFIX), _STATE_PREFIX),
        )
        return [f"{name} is down: {problem}" for name, problem in rows]
