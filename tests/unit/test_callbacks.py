"""The callback-data codec: round trips, the 64-byte limit, and forged data."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import ClassVar, Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.callbacks import (
    MAX_CALLBACK_BYTES,
    CallbackData,
    CallbackDataTooLong,
    MalformedCallbackData,
)


@dataclass(frozen=True)
class MarkSet(CallbackData):
    prefix = "s"
    day: date
    item: str
    set_no: int
    undo: bool
    mood: Literal["easy", "ok", "hard"]


def test_round_trip() -> None:
    data = MarkSet(date(2026, 11, 25), "knee-to-chest", 2, False, "ok")
    packed = data.pack()
    assert packed == "s:20261125:knee-to-chest:2:0:ok"
    assert MarkSet.unpack(packed) == data
    assert MarkSet.pattern().match(packed)


def test_too_long_is_refused_at_pack_time() -> None:
    data = MarkSet(date(2026, 11, 25), "x" * 60, 1, False, "ok")
    with pytest.raises(CallbackDataTooLong):
        data.pack()


@pytest.mark.parametrize(
    "forged",
    [
        "",
        "s",
        "x:20261125:knee:1:0:ok",
        "s:20261125:knee:1:0",
        "s:20261125:knee:one:0:ok",
        "s:20261325:knee:1:0:ok",
        "s:2026112:knee:1:0:ok",
        "s:20261125:knee:1:2:ok",
        "s:20261125:knee:1:0:meh",
        "s:20261125:knee:1:0:ok:extra",
    ],
)
def test_forged_data_is_rejected(forged: str) -> None:
    with pytest.raises(MalformedCallbackData):
        MarkSet.unpack(forged)


@dataclass(frozen=True)
class Grown(CallbackData):
    """A type that gained a field with a default after buttons were sent without it."""

    prefix = "g"
    day: date
    item: int
    phase: str = ""


def test_a_trailing_field_added_later_decodes_to_its_default_on_older_data() -> None:
    assert Grown.unpack("g:20261125:3") == Grown(date(2026, 11, 25), 3)
    assert Grown(date(2026, 11, 25), 3, "acute").pack() == "g:20261125:3:acute"
    assert Grown.unpack("g:20261125:3:acute") == Grown(date(2026, 11, 25), 3, "acute")
    for forged in ("g:20261125", "g:20261125:3:acute:extra", "g"):
        with pytest.raises(MalformedCallbackData):
            Grown.unpack(forged)


def test_separator_inside_a_value_is_refused() -> None:
    with pytest.raises(ValueError, match="separator"):
        MarkSet(date(2026, 1, 1), "a:b", 1, False, "ok").pack()


@given(
    day=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
    item=st.text(
        alphabet=st.characters(codec="utf-8", exclude_characters=":"), min_size=0, max_size=40
    ),
    set_no=st.integers(min_value=-(10**6), max_value=10**6),
    undo=st.booleans(),
    mood=st.sampled_from(["easy", "ok", "hard"]),
)
def test_any_value_round_trips_or_is_refused(
    day: date, item: str, set_no: int, undo: bool, mood: Literal["easy", "ok", "hard"]
) -> None:
    data = MarkSet(day, item, set_no, undo, mood)
    try:
        packed = data.pack()
    except CallbackDataTooLong:
        assert len(f"s:{day:%Y%m%d}:{item}:{set_no}:0:{mood}".encode()) > MAX_CALLBACK_BYTES
        return
    assert len(packed.encode()) <= MAX_CALLBACK_BYTES
    assert MarkSet.unpack(packed) == data


@given(st.text(max_size=64))
def test_unpacking_arbitrary_text_never_crashes(text: str) -> None:
    with contextlib.suppress(MalformedCallbackData):
        MarkSet.unpack(text)


class Colour(StrEnum):
    RED = "red"
    BLUE = "blue"


@dataclass(frozen=True)
class Pick(CallbackData):
    prefix: ClassVar[str] = "pk"
    colour: Colour


def test_an_enum_field_packs_as_its_value_and_rejects_unknown_members() -> None:
    assert Pick(Colour.BLUE).pack() == "pk:blue"
    assert Pick.unpack("pk:red") == Pick(Colour.RED)
    with pytest.raises(MalformedCallbackData):
        Pick.unpack("pk:green")
