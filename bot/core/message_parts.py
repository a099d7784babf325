"""The parts of a message the bot shows, as plain data: choices (buttons) and pictures.

They live below every layer that makes messages (the routine in bot.reminders, the conversation
in bot.chat) so each can build them; each channel renders them within its own limits.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Choice:
    """One button: what it says, and the packed callback data a tap on it brings back."""

    label: str
    data: str


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
