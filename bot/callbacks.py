"""Callback data as a codec: small frozen types that pack into Telegram's 1-64 byte field.

Each type declares a short `prefix`; handlers route on it (`SomeData.pattern()`), and decode
with `SomeData.unpack`, which rejects forged or stale data with `MalformedCallbackData` instead
of guessing. A type may check its own values in `__post_init__` (a ValueError there makes the
data malformed too).
"""

from __future__ import annotations

import dataclasses
import enum
import re
import typing
from collections.abc import Callable
from datetime import date
from typing import Any, ClassVar, NewType, Self

# Telegram rejects callback_data outside 1-64 bytes.
MAX_CALLBACK_BYTES = 64
SEPARATOR = ":"

# A number from a counter that never restarts (it only grows), packed in base 36 so that it
# stays short: at most SERIAL_DIGITS characters, 2.8 trillion values.
Serial = NewType("Serial", int)
SERIAL_DIGITS = 8
SERIAL_MAX = 36**SERIAL_DIGITS - 1
_BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz"


class MalformedCallbackData(ValueError):
    """The data does not decode to this type (forged, truncated, or from an old version)."""


class CallbackDataTooLong(ValueError):
    """Packing would exceed Telegram's 64-byte limit."""


def _encode(value: Any, kind: Any) -> str:
    if kind is Serial:
        return _base36(value)
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, date):
        return value.strftime("%Y%m%d")
    text = str(value)
    if SEPARATOR in text:
        raise ValueError(f"value {text!r} contains the separator {SEPARATOR!r}")
    return text


def _base36(number: int) -> str:
    if not 0 <= number <= SERIAL_MAX:
        raise CallbackDataTooLong(f"serial {number} needs more than {SERIAL_DIGITS} digits")
    digits = ""
    while True:
        number, digit = divmod(number, 36)
        digits = _BASE36[digit] + digits
        if number == 0:
            return digits


def _serial(raw: str) -> int:
    # One spelling per number (no leading zeros), so a packed value unpacks to itself.
    if not re.fullmatch(rf"0|[1-9a-z][0-9a-z]{{0,{SERIAL_DIGITS - 1}}}", raw):
        raise ValueError("not a serial")
    return Serial(int(raw, 36))


def _flag(raw: str) -> bool:
    if raw not in ("0", "1"):
        raise ValueError("not a flag")
    return raw == "1"


def _integer(raw: str) -> int:
    if not re.fullmatch(r"-?\d{1,19}", raw):
        raise ValueError("not an integer")
    return int(raw)


def _day(raw: str) -> date:
    if not re.fullmatch(r"\d{8}", raw):
        raise ValueError("not a date")
    return date(int(raw[:4]), int(raw[4:6]), int(raw[6:]))


_SCALARS: dict[Any, Callable[[str], Any]] = {
    bool: _flag,
    int: _integer,
    date: _day,
    str: str,
    Serial: _serial,
}


# Each codec's field types, resolved once per class (packing is on the reminders' hot path).
_FIELD_TYPES: dict[type, dict[str, Any]] = {}


def _field_types(cls: type) -> dict[str, Any]:
    if cls not in _FIELD_TYPES:
        _FIELD_TYPES[cls] = typing.get_type_hints(cls)
    return _FIELD_TYPES[cls]


def _decode(raw: str, kind: Any) -> Any:
    if kind in _SCALARS:
        return _SCALARS[kind](raw)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(raw)  # ValueError for a member that no longer exists
    if typing.get_origin(kind) is typing.Literal:
        if raw not in typing.get_args(kind):
            raise ValueError("not one of the allowed values")
        return raw
    raise TypeError(f"unsupported callback field type {kind!r}")  # pragma: no cover


def _required(fields: tuple[dataclasses.Field[Any], ...]) -> int:
    """How many fields come before the first one with a default."""
    for index, field in enumerate(fields):
        if field.default is not dataclasses.MISSING:
            return index
    return len(fields)


@dataclasses.dataclass(frozen=True)
class CallbackData:
    """Base of every callback payload; subclasses are frozen dataclasses with a `prefix`."""

    prefix: ClassVar[str]

    def pack(self) -> str:
        """Encode as `prefix:field:field...`, refusing anything over 64 bytes."""
        hints = _field_types(type(self))
        parts = [
            self.prefix,
            *(_encode(getattr(self, f.name), hints[f.name]) for f in dataclasses.fields(self)),
        ]
        data = SEPARATOR.join(parts)
        if len(data.encode("utf-8")) > MAX_CALLBACK_BYTES:
            raise CallbackDataTooLong(f"{type(self).__name__} packs to more than 64 bytes")
        return data

    @classmethod
    def unpack(cls, data: str) -> Self:
        """Decode data packed by `pack`; raise MalformedCallbackData on anything else.

        Trailing fields with a default may be missing: data packed before they were added (on
        buttons already sent) still decodes, to the default."""
        hints = _field_types(cls)
        fields = dataclasses.fields(cls)
        parts = data.split(SEPARATOR)
        if parts[0] != cls.prefix or not _required(fields) < len(parts) <= len(fields) + 1:
            raise MalformedCallbackData(f"not a {cls.__name__}")
        try:
            values = {
                f.name: _decode(raw, hints[f.name])
                for f, raw in zip(fields[: len(parts) - 1], parts[1:], strict=True)
            }
            return cls(**values)
        except (ValueError, TypeError) as exc:
            raise MalformedCallbackData(f"bad {cls.__name__}: {exc}") from None

    @classmethod
    def pattern(cls) -> re.Pattern[str]:
        """A regex matching this type's prefix, for CallbackQueryHandler routing."""
        return re.compile(rf"^{re.escape(cls.prefix)}(?:{SEPARATOR}|$)")
