"""Every event of every channel goes through `dispatch`: one router for the whole conversation.

Commands are routed by name over the feature modules' `commands` (the names come from the one
command registry, content/texts.yaml: a registered command whose feature has not landed gets an
honest placeholder, anything else the unknown-command reply), taps by their callback data's
prefix over the features' `taps`, typed text through the one rule of set-up (red flags first,
then an answer to the waiting step, else a question) and shared locations to set-up.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, NamedTuple

from bot.chat import (
    account,
    admin,
    basics,
    onboarding,
    progress,
    questions,
    routine,
    settings_menu,
    snooze,
    unblock,
)
from bot.chat.events import Command, Edited, Location, Reachable, Tap, Text, Unreadable
from bot.chat.taps import TapRoute
from bot.chat.turn import Turn

CommandFeature = Callable[[Turn], Awaitable[None]]


class Feature(NamedTuple):
    """What one feature module handles: commands by name, and taps by callback-data prefix."""

    commands: Mapping[str, CommandFeature]
    taps: Sequence[TapRoute[Any]]


# Every feature, in one ordered list. Taps are tried in this order; prefixes are unique anyway
# (bot/handlers/callback_types.py), so the order only decides which feature is asked first.
FEATURES: tuple[Feature, ...] = (
    Feature(onboarding.commands, onboarding.taps),  # /start and the set-up steps' buttons
    # /timezone /time /pause /resume /stop /forget /export, and the answer to "delete everything?"
    Feature(account.commands, account.taps),
    Feature(settings_menu.commands, settings_menu.taps),  # /settings, one menu edited in place
    Feature(basics.commands, basics.taps),  # /help
    Feature(admin.commands, admin.taps),  # /stats, for ADMIN_IDS only
    Feature(questions.commands, questions.taps),  # /ask and the buttons under an answer
    # /today, set buttons, all done, undo, how-to cards; /progress with its chart and check-ins;
    # "Snooze 30 min". Telegram still registers these on its own handlers first (bot/app.py).
    Feature(routine.commands, routine.taps),
    Feature(progress.commands, progress.taps),
    Feature(snooze.commands, snooze.taps),
)


def _commands(features: Sequence[Feature]) -> dict[str, CommandFeature]:
    found: dict[str, CommandFeature] = {}
    for feature in features:
        for name, run in feature.commands.items():
            if name in found:
                raise ValueError(f"/{name} is handled by two features")
            found[name] = run
    return found


COMMANDS = _commands(FEATURES)
TAPS: tuple[TapRoute[Any], ...] = tuple(route for f in FEATURES for route in f.taps)


# Commands that say themselves what becomes of the reminders of someone who had blocked the bot.
_OWN_WORDS_ON_RETURN = frozenset({"start", "stop", "forget"})


async def dispatch(turn: Turn) -> None:
    """Route one event of any channel to the feature that handles it."""
    event = turn.event
    if isinstance(event, Reachable):  # blocked or unblocked: reminders stop or come back
        await account.reachable(turn, event)
        return
    await _after_a_block(turn)
    if isinstance(event, (Text, Edited, Command)):
        # Words may be a question, and the answerer may still be building in a worker thread
        # (bot/services.py): wait for it off the event loop, so other chats are served meanwhile.
        await turn.services.build_answerer()
    if isinstance(event, Command):
        # Before any command runs, a menu's waiting input ends (bot/core/conversation.py).
        await onboarding.leave_menu_input(turn)
        await _command(turn, event.name)
    elif isinstance(event, Tap):
        await _tap(turn, event)
    elif isinstance(event, Text):
        await onboarding.on_text(turn)  # a set-up answer, or a question; red flags first
    elif isinstance(event, Edited):
        await onboarding.on_edited(turn)  # red flags first, answered as a question, no answer
    elif isinstance(event, Location):
        await onboarding.on_location(turn)
    elif isinstance(event, Unreadable):
        await onboarding.on_unreadable(turn)  # say what is read; the waiting step is re-offered


async def _after_a_block(turn: Turn) -> None:
    """A message from someone marked blocked: the bot is unblocked (said before the reply). Any
    message also forgets an unblock's notice; /start reads it itself (bot/chat/unblock.py)."""
    event = turn.event
    if not isinstance(event, Edited) and not (
        isinstance(event, Command) and event.name in _OWN_WORDS_ON_RETURN
    ):
        await account.back_after_block(turn)
    elif not (isinstance(event, Command) and event.name == "start"):
        turn.keep(await unblock.forget(turn, await turn.subscriber()))


async def run_command(turn: Turn, name: str, args: tuple[str, ...] = ()) -> None:
    """Run a command as if the person had sent it (a "today's routine" button does)."""
    command = Command(turn.person, name, args)
    await _command(turn.afresh(command), name)


async def _command(turn: Turn, name: str) -> None:
    run = COMMANDS.get(name)
    if run is not None:
        await run(turn)
    elif name in registered(turn):
        await basics.coming_soon(turn)  # registered, but its feature has not landed yet
    else:
        await basics.unknown_command(turn)


async def _tap(turn: Turn, event: Tap) -> None:
    route = next((route for route in TAPS if route.matches(event.data)), None)
    if route is None:
        # Taps must be answered, even old or forged ones no feature claims: they have expired.
        await turn.out.answer_tap(turn.content.texts.core.expired_button)
        return
    await route(turn)


def registered(turn: Turn) -> frozenset[str]:
    """Every command name in the registry (content/texts.yaml)."""
    return frozenset(command.name for command in turn.content.texts.commands)


def handles_tap(data: str) -> bool:
    """Whether a tap with this callback data is routed to a feature here."""
    return any(route.matches(data) for route in TAPS)
