"""The registry of button types: one prefix each, none left out, every value within 64 bytes."""

from __future__ import annotations

import dataclasses
import enum
import importlib
import itertools
import pkgutil
import typing
import zoneinfo
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar

import pytest

import bot
from bot.callbacks import MAX_CALLBACK_BYTES, SERIAL_MAX, CallbackData, Serial
from bot.chat.steps import TIME_CHOICES
from bot.content.loader import default_content_dir, load_content
from bot.content.models import PHASES
from bot.handlers.callback_types import CALLBACK_TYPES, check_callback_types

CONTENT = load_content(default_content_dir())
# Every string a button carries: exercise and guide section ids, timezone names (the set-up's
# suggestions), phases, times without their colon, and the menus' own words.
STRINGS = sorted(
    {
        *CONTENT.exercises,
        *CONTENT.sections,
        *zoneinfo.available_timezones(),
        *PHASES,
        *(t.replace(":", "") for t in TIME_CHOICES),
        *("", "skip", "main", "tz", "time", "phase", "days", "every", "weekdays"),
    },
    key=len,
)
INTS = (-1, 0, 6, 10, 19)  # a pain check-in's "ask", scores, weekday bits, items and sets
LATEST_DAY = date(2099, 12, 31)


def _bot_modules() -> Iterator[str]:
    for module in pkgutil.walk_packages(bot.__path__, "bot."):
        if module.name != "bot.__main__":
            yield module.name


def _candidates(kind: Any) -> tuple[Any, ...]:
    """The values a field of this type can hold, widest encodings included."""
    if kind is bool:
        return (True, False)
    if kind is int:
        return INTS
    if kind is Serial:  # a counter that only grows: its first and its widest value
        return (0, SERIAL_MAX)
    if kind is date:
        return (LATEST_DAY,)
    if kind is str:
        return tuple(STRINGS[-3:])  # the longest three
    if typing.get_origin(kind) is typing.Literal:
        return typing.get_args(kind)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return tuple(kind)
    raise AssertionError(f"no candidates for {kind!r}")


def _instances(codec: type[CallbackData]) -> list[CallbackData]:
    hints = typing.get_type_hints(codec)
    fields = [hints[f.name] for f in dataclasses.fields(codec)]
    made = []
    for values in itertools.product(*(_candidates(kind) for kind in fields)):
        try:
            made.append(codec(*values))
        except ValueError:  # outside the type's own range: never made by the bot
            continue
    return made


def test_prefixes_are_unique() -> None:
    prefixes = [codec.prefix for codec in CALLBACK_TYPES]
    assert len(prefixes) == len(set(prefixes)), prefixes
    check_callback_types()


def test_a_prefix_used_twice_is_refused() -> None:
    @dataclass(frozen=True)
    class Clash(CallbackData):
        prefix: ClassVar[str] = CALLBACK_TYPES[0].prefix

    with pytest.raises(ValueError, match="used twice"):
        check_callback_types((*CALLBACK_TYPES, Clash))


def test_every_button_type_in_the_bot_is_registered() -> None:
    for name in _bot_modules():
        importlib.import_module(name)
    defined = {
        codec
        for codec in _subclasses(CallbackData)
        if codec.__module__.startswith("bot.") and "prefix" in vars(codec)
    }
    assert defined == set(CALLBACK_TYPES)


def _subclasses(base: type[CallbackData]) -> set[type[CallbackData]]:
    found = set()
    for sub in base.__subclasses__():
        found |= {sub, *_subclasses(sub)}
    return found


@pytest.mark.parametrize("codec", CALLBACK_TYPES, ids=lambda codec: codec.__name__)
def test_every_packed_value_fits_in_64_bytes(codec: type[CallbackData]) -> None:
    instances = _instances(codec)
    assert instances, f"no valid {codec.__name__} could be made"
    for data in instances:
        packed = data.pack()  # raises CallbackDataTooLong past the limit
        assert len(packed.encode("utf-8")) <= MAX_CALLBACK_BYTES
        assert type(data).unpack(packed) == data
