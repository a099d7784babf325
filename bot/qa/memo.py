"""A bounded memo: what was worked out for a key, kept until the memo is full, then all of it
dropped. The answerer asks the same things of one message's parts many times; the bound keeps
that from growing into a cache of past messages."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(Generic[K, V]):
    """At most `limit` keys' values; a new key when full starts the memo again."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._values: dict[K, V] = {}

    def get(self, key: K, work_out: Callable[[], V]) -> V:
        """The value remembered for `key`, or `work_out()`'s, remembered."""
        value = self._values.get(key)
        if value is None:
            if len(self._values) >= self._limit:
                self._values.clear()
            value = self._values[key] = work_out()
        return value

    def clear(self) -> None:
        """Forget everything (what it was worked out from has changed)."""
        self._values.clear()
