"""/help from the command registry, and honest answers for unknown and unbuilt commands."""

from __future__ import annotations

from typing import Any

from bot.chat.events import Command
from bot.chat.taps import TapRoute
from bot.chat.turn import Turn
from bot.content.texts import CommandText, Texts


def public_commands(texts: Texts) -> list[CommandText]:
    """Commands everyone sees in the menu and in /help (admin-only ones are hidden)."""
    return [command for command in texts.commands if not command.admin_only]


def help_text(texts: Texts, *, slash: str = "/") -> str:
    """The /help message, built from the command registry (`slash=""` where commands are words)."""
    lines = [texts.core.help_header, ""]
    lines += [f"{slash}{c.name} - {c.description}" for c in public_commands(texts)]
    lines += ["", texts.core.help_footer]
    return "\n".join(lines)


async def show_help(turn: Turn) -> None:
    """List every command from the registry."""
    slash = "" if turn.out.capabilities.typed_commands else "/"
    await turn.out.send(help_text(turn.content.texts, slash=slash))


async def coming_soon(turn: Turn) -> None:
    """Say honestly that a registered command's feature has not landed yet."""
    name = turn.event.name if isinstance(turn.event, Command) else ""
    await turn.out.send(turn.content.texts.core.coming_soon.format(command=name))


async def unknown_command(turn: Turn) -> None:
    """Say a command is unknown and point to /help."""
    await turn.out.send(turn.content.texts.core.unknown_command)


commands = {"help": show_help}
taps: list[TapRoute[Any]] = []
