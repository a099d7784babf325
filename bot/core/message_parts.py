"""The parts of a message the bot shows, as plain data: choices (buttons) and pictures.

They live below every layer that makes messages (the routine in bot.reminders, the conversation
in bot.chat) so each can build them; each channel renders them within its own limits.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Choice:
    """One button: what it says, and the packed callback data a tap on it brings back.

    `kind` "tap" is an ordinary button. "typed" is a suggested reply: where the app has a typing
    keyboard (Telegram) a tap types `label`, which the conversation reads as text; elsewhere it
    is a button whose tap brings `data`. "location" asks the person to share their location (it
    comes back as a Location event); a channel that cannot ask leaves it out.
    """

    label: str
    data: str
    kind: Literal["tap", "typed", "location"] = "tap"


# Rows of choices, as the conversation lays them out; a channel may re-flow them to its limits.
Choices = tuple[tuple[Choice, ...], ...]


@dataclass(frozen=True)
class Picture:
    """An image to send: its PNG bytes and a stable key (a channel may cache its upload by key)."""

    key: str
    png: bytes


def choice_count(choices: Choices) -> int:
    """How many choices there are, over every row."""
    return sum(len(row) for row in choices)


def longest_label(choices: Choices) -> int:
    """The length of the longest label (0 for none)."""
    return max((len(choice.label) for row in choices for choice in row), default=0)
