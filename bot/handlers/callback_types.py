"""Every kind of inline button the bot makes, registered in one place.

Telegram hands back a button's callback data (1-64 bytes) when it is tapped, and handlers route
it by its prefix, so two types sharing a prefix would steal each other's taps. A new button type
is added here; `check_callback_types` runs when the application is built, and a test walks the
package to make sure none is left out and every packed value fits in 64 bytes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from bot.callbacks import CallbackData
from bot.chat.account import ForgetChoice
from bot.chat.progress import FeelingChoice, PainScore
from bot.chat.questions import GuideButton
from bot.chat.settings_menu import MenuAction
from bot.chat.steps import SetupChoice
from bot.reminders.routine_keyboard import AllDone, HowTo, MarkSet, SkipDay, SnoozeData, UndoSet

CALLBACK_TYPES: tuple[type[CallbackData], ...] = (
    MarkSet,  # s: a set of the routine done
    UndoSet,  # u: take back the last set
    AllDone,  # a: every remaining set done
    SkipDay,  # k: skip the day, and why
    HowTo,  # h: how to do an exercise
    SnoozeData,  # z: the morning routine again in 30 minutes
    PainScore,  # p: a pain check-in
    FeelingChoice,  # e: how the routine felt
    ForgetChoice,  # f: delete everything, or not
    GuideButton,  # q: the next step under an answer
    SetupChoice,  # o: a set-up step's choice
    MenuAction,  # m: the /settings menu
)


def check_callback_types(types: Iterable[type[CallbackData]] = CALLBACK_TYPES) -> None:
    """Refuse two button types with the same prefix (their taps would be routed wrongly)."""
    types = list(types)
    counts = Counter(codec.prefix for codec in types)
    clashes = {
        prefix: [codec.__name__ for codec in types if codec.prefix == prefix]
        for prefix, count in counts.items()
        if count > 1
    }
    if clashes:
        raise ValueError(f"callback data prefixes used twice: {clashes}")
