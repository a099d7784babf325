"""The conversation's explicit state: which step or menu input is waiting, and its version.

Plain data, no Telegram. A person is always in exactly one `Step`; `Step.IDLE` is the clear end
(nothing waits for typed text). Set-up walks TIMEZONE -> TIME -> PHASE -> IDLE; the settings
menu's typed inputs (SETTINGS_TIMEZONE, SETTINGS_TIME) end when answered or when any command
arrives. Every change of step (and every answer) takes a new version; buttons carry the version
they were drawn for, so a tap on a finished or superseded step is recognised and changes nothing.
Versions come from one counter shared by everyone that never restarts, not even after /forget
(the store keeps it): a version names one step of one person's conversation, once.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

Field = Literal["timezone", "time", "phase"]


class Step(StrEnum):
    """What the conversation is waiting for. The value is what the database stores."""

    SETUP_TIMEZONE = "timezone"
    SETUP_TIME = "time"
    SETUP_PHASE = "phase"
    SETTINGS_TIMEZONE = "settings_timezone"
    SETTINGS_TIME = "settings_time"
    IDLE = "idle"  # stored as NULL: set-up finished, nothing waiting

    @classmethod
    def stored(cls, value: str | None) -> Step:
        """The step a stored value means; unknown values (old versions) end in IDLE."""
        if value is None:
            return cls.IDLE
        try:
            return cls(value)
        except ValueError:
            return cls.IDLE

    def to_stored(self) -> str | None:
        """The column value: NULL for IDLE, the enum value otherwise."""
        return None if self is Step.IDLE else self.value

    @property
    def in_setup(self) -> bool:
        """Whether this is one of the first-run set-up steps."""
        return self in SETUP_ORDER

    @property
    def waits_for(self) -> Field | None:
        """The setting a typed answer to this step sets (None when nothing waits)."""
        return _WAITS_FOR.get(self)


SETUP_ORDER: tuple[Step, ...] = (Step.SETUP_TIMEZONE, Step.SETUP_TIME, Step.SETUP_PHASE)
_WAITS_FOR: dict[Step, Field] = {
    Step.SETUP_TIMEZONE: "timezone",
    Step.SETUP_TIME: "time",
    Step.SETUP_PHASE: "phase",
    Step.SETTINGS_TIMEZONE: "timezone",
    Step.SETTINGS_TIME: "time",
}


def after_setting(step: Step, field: Field) -> Step:
    """The step once `field` has been set (by a typed answer, a button or a command).

    Setting what the step waits for moves on (set-up to its next step, a menu input to IDLE);
    setting anything else leaves the step waiting.
    """
    if step.waits_for != field:
        return step
    if step.in_setup:
        return after_skip(step)
    return Step.IDLE


def after_skip(step: Step) -> Step:
    """The step after skipping this one (keeping the current value)."""
    if step.in_setup:
        index = SETUP_ORDER.index(step)
        return SETUP_ORDER[index + 1] if index + 1 < len(SETUP_ORDER) else Step.IDLE
    return Step.IDLE


def after_command(step: Step) -> Step:
    """Any command leaves a menu's typed input; set-up stays where it was (/start resumes it)."""
    return step if step.in_setup else Step.IDLE


@dataclass(frozen=True)
class Conversation:
    """A person's step and the version of it their newest buttons carry."""

    step: Step
    version: int

    def retires_buttons(self, step: Step, *, answered: bool = False) -> bool:
        """Whether moving to `step` needs a new version, making the buttons drawn so far stale.

        A new step always does. An answer does too, even when the step stays, so the other
        choices offered for the same question (07:00 or 19:00; Portland, OR or ME) go stale.
        """
        return answered or step != self.step

    def accepts(self, step: Step, version: int) -> bool:
        """Whether a button drawn for (`step`, `version`) still answers what is waiting."""
        return self.step == step and self.version == version
