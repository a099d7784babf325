"""A Telegram Bot API emulator with real semantics, for tests and the local demo.

One core (`BotApiEmulator`) behind two thin adapters: `EmulatorRequest` (in-process, via an
httpx transport) and `EmulatorServer` (HTTP on 127.0.0.1).
"""

from bot.emulator.core import DEFAULT_TOKEN, BotApiEmulator
from bot.emulator.models import (
    ApiError,
    BotMessage,
    InlineButton,
    RecordedRequest,
    Stats,
    Violation,
)
from bot.emulator.server import EmulatorServer
from bot.emulator.transport import EmulatorRequest, EmulatorTransport
from bot.emulator.user import SimulatedUser

__all__ = [
    "DEFAULT_TOKEN",
    "ApiError",
    "BotApiEmulator",
    "BotMessage",
    "EmulatorRequest",
    "EmulatorServer",
    "EmulatorTransport",
    "InlineButton",
    "RecordedRequest",
    "SimulatedUser",
    "Stats",
    "Violation",
]
