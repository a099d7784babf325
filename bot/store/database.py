"""One aiosqlite connection, its pragmas, migrations and a lock that keeps transactions whole."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

from bot.store.migrations import MIGRATIONS, Migration

Params = Sequence[Any] | dict[str, Any]
Row = aiosqlite.Row

# How long a statement waits for another connection's write (another process: the reminder
# sender, a second instance) before it fails with "database is locked".
BUSY_TIMEOUT_MS = 5000
# Meanwhile it is tried again every millisecond, from the event loop. SQLite's own busy handler
# sleeps 1, 2, 5, 10, 15, 20, 25 ms... between tries, so a tap that found a 20 ms claim in
# progress waited 33 ms, and one that found a 35 ms one waited 53.
BUSY_RETRY_S = 0.001
T = TypeVar("T")


async def _pause_before_retry() -> None:
    await asyncio.sleep(BUSY_RETRY_S)


async def _patiently(attempt: Callable[[], Awaitable[T]], timeout_s: float) -> T:
    """`attempt()`, tried again while SQLite answers busy, for up to `timeout_s`."""
    deadline: float | None = None
    while True:
        try:
            return await attempt()
        except sqlite3.OperationalError as error:
            if not is_busy(error):
                raise
            now = time.monotonic()
            deadline = deadline or now + timeout_s
            if now >= deadline:
                raise
            await _pause_before_retry()


class DatabaseBusy(Exception):
    """Another connection (a process) held SQLite's write lock for all of `waited_s`: the file
    answers and could take the write, but not now. Not a database gone or refusing writes."""

    def __init__(self, waited_s: float) -> None:
        super().__init__(f"a write has held the lock for over {waited_s:g} s")
        self.waited_s = waited_s


class Database:
    """The application's single connection; every statement goes through its lock.

    Coroutines share one connection, so a statement run while another coroutine holds an open
    transaction would silently join it. The lock serialises access; transactions stay short.
    A statement that finds another connection writing is tried again (see BUSY_RETRY_S).
    """

    def __init__(
        self,
        connection: aiosqlite.Connection,
        path: Path | None = None,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    ) -> None:
        self._conn = connection
        self._lock = asyncio.Lock()
        self._path = path  # the file, for a connection of its own (None: in memory)
        self.busy_timeout_s = busy_timeout_ms / 1000  # how long a statement waits its turn

    @classmethod
    async def open(
        cls,
        path: Path | str,
        *,
        migrations: Iterable[Migration] = MIGRATIONS,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    ) -> Database:
        """Open (creating if needed) the database, set pragmas and apply pending migrations;
        a statement that finds another connection writing waits up to `busy_timeout_ms`."""
        conn = await aiosqlite.connect(str(path), isolation_level=None)
        conn.row_factory = aiosqlite.Row
        try:
            await conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            await conn.execute("PRAGMA journal_mode = WAL")
            await conn.execute("PRAGMA synchronous = NORMAL")
            await conn.execute("PRAGMA foreign_keys = ON")
            file = None if str(path) == ":memory:" else Path(path)
            database = cls(conn, file, busy_timeout_ms)
            await database.migrate(migrations)
            # From here on the busy waits are `_patiently`'s (SQLite answers busy at once).
            await conn.execute_fetchall("PRAGMA busy_timeout = 0")  # read out: statement done
        except BaseException:  # e.g. not a database: close, or its thread keeps the process up
            await conn.close()
            raise
        return database

    async def close(self) -> None:
        """Wait for the statement in progress, then close the connection."""
        async with self._lock:
            await self._conn.close()

    async def migrate(self, migrations: Iterable[Migration] = MIGRATIONS) -> list[int]:
        """Apply each migration not yet recorded, one transaction each; return their numbers."""
        async with self._lock:
            await self._conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                " number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL"
                " DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))"
            )
        applied: list[int] = []
        for migration in sorted(migrations, key=lambda m: m.number):
            async with self.transaction() as conn:
                # Re-checked inside the write lock: another process may have migrated meanwhile.
                cursor = await conn.execute(
                    "SELECT 1 FROM schema_migrations WHERE number = ?", (migration.number,)
                )
                if await cursor.fetchone() is not None:
                    continue
                for statement in _statements(migration.sql):
                    await conn.execute(statement)
                await conn.execute(
                    "INSERT INTO schema_migrations (number, name) VALUES (?, ?)",
                    (migration.number, migration.name),
                )
                applied.append(migration.number)
        return applied

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """Run a block in one IMMEDIATE transaction; commit on success, roll back on error."""
        async with self._lock:
            await _patiently(lambda: self._conn.execute("BEGIN IMMEDIATE"), self.busy_timeout_s)
            try:
                yield self._conn
            except BaseException:
                await self._conn.rollback()
                raise
            else:
                await _patiently(self._conn.commit, self.busy_timeout_s)

    async def write_in_thread(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run `work` in one IMMEDIATE transaction on the connection's thread: one round trip.

        A transaction made of awaited statements holds SQLite's write lock (which every other
        connection and process waits for) while each statement's result travels back to the
        event loop and the next one travels out; with the loop busy, that is milliseconds a
        statement. Here the lock is held only while SQLite and `work` run. `work` must be
        quick, plain code: it runs on the connection's thread, not on the event loop.
        """

        def transaction(conn: sqlite3.Connection) -> T:
            conn.execute("BEGIN IMMEDIATE")  # busy: nothing done, tried again from the loop
            try:
                result = work(conn)
            except BaseException:
                conn.rollback()
                raise
            conn.commit()
            return result

        async with self._lock:
            # aiosqlite runs a plain function on its thread only through `_execute` (the same
            # call its own `execute` makes); `_conn` is the sqlite3 connection that thread owns.
            result: T = await _patiently(
                lambda: self._conn._execute(transaction, self._conn._conn), self.busy_timeout_s
            )
            return result

    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement in autocommit mode and return the number of rows it changed."""
        async with self._lock:
            cursor = await _patiently(lambda: self._conn.execute(sql, params), self.busy_timeout_s)
            return cursor.rowcount

    async def fetch_one(self, sql: str, params: Params = ()) -> Row | None:
        """Return the first row of a query, or None."""
        async with self._lock:
            cursor = await _patiently(lambda: self._conn.execute(sql, params), self.busy_timeout_s)
            return await cursor.fetchone()

    async def fetch_all(self, sql: str, params: Params = ()) -> list[Row]:
        """Return every row of a query."""
        async with self._lock:
            cursor = await _patiently(lambda: self._conn.execute(sql, params), self.busy_timeout_s)
            return list(await cursor.fetchall())

    async def fetch_value(self, sql: str, params: Params = ()) -> Any:
        """Return the first column of the first row, or None."""
        row = await self.fetch_one(sql, params)
        return None if row is None else row[0]

    async def integrity_check(self) -> str:
        """Return SQLite's integrity verdict ('ok' when the file is sound)."""
        return str(await self.fetch_value("PRAGMA integrity_check"))

    async def write_refused(self) -> str | None:
        """SQLite's words if it refuses to write the database now (a read-only file or file
        system), else None: a write statement that matches no row, so nothing is written.
        Raises `DatabaseBusy` when another connection's write kept the lock all along."""
        try:
            await self.execute("DELETE FROM runtime_state WHERE 0")
        except sqlite3.OperationalError as exc:
            if is_busy(exc):
                raise DatabaseBusy(self.busy_timeout_s) from exc
            if (refused := cannot_write(exc)) is None:
                raise
            return refused
        return None

    def free_bytes(self) -> int | None:
        """The room left for the database on its disk (None for one in memory)."""
        return None if self._path is None else shutil.disk_usage(self._path.parent).free

    async def apart(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run `work` on a connection of its own, in a worker thread: upkeep (a backup's copy,
        a large delete in batches) that this connection, the one taps and replies use, never
        waits for. Only SQLite's write lock is shared, a statement or a batch at a time, and
        WAL lets readers pass; the WAL checkpoints its commits bring run in that thread too.
        """
        if self._path is None:  # in memory: no other connection can open it
            async with self._lock:
                result: T = await self._conn._execute(work, self._conn._conn)
                return result
        return await asyncio.to_thread(_on_own_connection, self._path, work)

    async def backup_to(self, target: Path) -> None:
        """Write a consistent copy of the live database to `target` (online, WAL-safe): one
        snapshot, read apart (a million subscribers take about a third of a second)."""
        target.parent.mkdir(parents=True, exist_ok=True)
        await self.apart(lambda conn: conn.execute("VACUUM INTO ?", (str(target),)))


def is_busy(error: BaseException) -> bool:
    """Whether `error` is SQLite's "database is locked": another connection held the lock for
    all of the wait (not a database gone, unreadable or refusing writes)."""
    code = getattr(error, "sqlite_errorcode", None)
    return (
        isinstance(error, sqlite3.OperationalError)
        and code is not None
        and (code & 0xFF == sqlite3.SQLITE_BUSY)
    )


# SQLite's messages for a database it cannot write: SQLITE_FULL, SQLITE_READONLY, SQLITE_IOERR.
_CANNOT_WRITE = ("disk is full", "readonly database", "disk I/O error")


def cannot_write(error: BaseException | None) -> str | None:
    """SQLite's message when `error` says the database cannot be written (a full disk, a
    read-only file system): the world outside the bot, told in one log line, not a traceback."""
    if isinstance(error, sqlite3.OperationalError) and any(m in str(error) for m in _CANNOT_WRITE):
        return str(error)
    return None


def _on_own_connection(path: Path, work: Callable[[sqlite3.Connection], T]) -> T:
    """`work(conn)` on a new autocommit connection to `path`, set up as the bot's own."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        # A worker thread may wait in SQLite's own busy handler: no event loop to keep free.
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")  # deletes unlink what refers to them
        return work(conn)
    finally:
        conn.close()


def _statements(script: str) -> list[str]:
    """Split a migration script into statements, at each semicolon that SQLite says ends one
    (so a trigger's body stays whole; migrations hold no "--" inside literals)."""
    cleaned = "\n".join(line.split("--", 1)[0] for line in script.splitlines())
    statements, pending = [], ""
    for part in cleaned.split(";"):
        pending += part + ";"
        if sqlite3.complete_statement(pending):
            if statement := pending.strip()[:-1].strip():
                statements.append(statement)
            pending = ""
    return statements
