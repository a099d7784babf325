"""How instants are stored: whole UTC epoch seconds, read back as aware UTC datetimes."""

from __future__ import annotations

from datetime import UTC, datetime


def to_epoch(instant: datetime) -> int:
    """Store instants as whole UTC epoch seconds."""
    return int(instant.timestamp())


def from_epoch(value: int | None) -> datetime | None:
    """Read a stored epoch back as an aware UTC datetime."""
    return None if value is None else datetime.fromtimestamp(value, UTC)
