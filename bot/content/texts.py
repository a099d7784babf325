"""The bot's interface wording (content/texts.yaml) as validated models, one group per feature."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import Field, ValidationError, field_validator

from bot.content.routine_texts import ProgressTexts, RoutineTexts
from bot.content.text_group import TextGroup
from bot.content.yaml_reading import ContentError, read_yaml

_COMMAND_NAME = re.compile(r"^[a-z][a-z0-9_]{0,31}$")


class CommandText(TextGroup):
    """One entry of the command registry: feeds setMyCommands, /help and the README."""

    name: str
    description: str = Field(min_length=3, max_length=256)
    admin_only: bool = False

    @field_validator("name")
    @classmethod
    def _telegram_command_name(cls, value: str) -> str:
        # Telegram: 1-32 characters, lowercase letters, digits and underscores.
        if not _COMMAND_NAME.fullmatch(value):
            raise ValueError(f"{value!r} is not a valid Telegram command name")
        return value


class CoreTexts(TextGroup):
    """Words of the foundation: welcome, help, errors."""

    welcome: str
    welcome_back: str
    welcome_back_resumed: str
    welcome_back_setup: str
    disclaimer: str
    help_header: str
    help_footer: str
    coming_soon: str
    error: str
    private_only: str
    expired_button: str
    step_done: str
    unknown_command: str
    unreadable: str
    edited_command: str
    edit_unseen: str


# Where to turn, which every support note must name (bot/qa/crisis.py decides when it shows):
# Samaritans (UK and Ireland, free, any time), NHS 111's mental health option (England), the
# 988 Suicide & Crisis Lifeline (US, call or text), and the emergency numbers.
SUPPORT_NUMBERS = ("Samaritans", "116 123", "111", "988", "999", "911", "112")
# A note short enough to read at a glance, before the answer it comes with.
SUPPORT_NOTE_CHARS = 700


class SupportTexts(TextGroup):
    """The few kind lines that come first when a message tells of thoughts of ending a life."""

    note: str  # to the person themselves
    note_for_carer: str  # to someone telling of another's thoughts ("my husband says...")

    @field_validator("note", "note_for_carer")
    @classmethod
    def _names_every_number(cls, value: str) -> str:
        missing = [number for number in SUPPORT_NUMBERS if number not in value]
        if missing:
            raise ValueError(f"must name {', '.join(missing)}")
        if len(value) > SUPPORT_NOTE_CHARS:
            raise ValueError(f"longer than {SUPPORT_NOTE_CHARS} characters")
        return value


class RemindersTexts(TextGroup):
    """Words of the morning reminder: the snooze button and its answers."""

    snooze_button: str
    snoozed: str
    snooze_again: str
    snooze_unavailable: str


class ReofferLines(TextGroup):
    """One short line per waiting step, named by the step's stored value (core.conversation.Step).

    A test keeps these fields and the steps in agreement; content may not import the core.
    """

    timezone: str
    time: str
    phase: str
    settings_timezone: str
    settings_time: str

    def line(self, step: str) -> str:
        """The line for a waiting step."""
        return str(getattr(self, step))


class OnboardingTexts(TextGroup):
    """Words of the set-up steps after /start."""

    ask_timezone: str
    location_button: str
    skip_button: str
    timezone_set: str
    timezone_place: str
    timezone_kept: str
    timezone_unknown: str
    timezone_suggest: str
    location_unknown: str
    ask_time: str
    time_invalid: str
    time_which: str
    time_set: str
    phase_set: str
    ask_phase: str
    phase_line: str
    done: str
    today_button: str
    reoffer: ReofferLines


class AccountTexts(TextGroup):
    """Words of settings, pause, stop, forget and export."""

    timezone_usage: str
    time_usage: str
    time_unread: str
    timezone_changed: str
    time_changed: str
    no_reminder: str
    no_reminder_paused: str
    no_reminder_stopped: str
    reminder_coming_now: str
    pause_usage: str
    paused_until: str
    paused: str
    resumed: str
    not_paused: str
    phase_changed: str
    phase_today_stays: str
    phase_reminder_resent: str
    stopped: str
    back_after_block: str
    forget_confirm: str
    forget_yes: str
    forget_no: str
    forgotten: str
    forget_cancelled: str
    export_caption: str
    export_log_caption: str
    not_registered: str
    settings_title: str
    state_on: str
    state_paused: str
    state_paused_until: str
    state_stopped: str
    timezone_button: str
    time_button: str
    phase_button: str
    days_button: str
    pause_button: str
    resume_button: str
    back_button: str
    every_day_button: str
    weekdays_button: str
    choose_time: str
    choose_phase: str
    choose_days: str
    ask_timezone_text: str
    saved: str
    need_a_day: str


class AdminTexts(TextGroup):
    """Words of the operator's /stats (also printed by `python -m bot stats`)."""

    stats: str


class DateTexts(TextGroup):
    """Calendar words and date formats (Monday first, January first)."""

    weekday_names: tuple[str, ...] = Field(min_length=7, max_length=7)
    weekday_short_names: tuple[str, ...] = Field(min_length=7, max_length=7)
    month_names: tuple[str, ...] = Field(min_length=12, max_length=12)
    month_short_names: tuple[str, ...] = Field(min_length=12, max_length=12)
    day_month: str
    short_date: str
    date_at_time: str
    every_day: str
    weekdays: str
    no_days: str
    list_separator: str


class Texts(TextGroup):
    """Every interface string, grouped by feature."""

    commands: tuple[CommandText, ...]
    core: CoreTexts
    support: SupportTexts
    reminders: RemindersTexts
    routine: RoutineTexts
    onboarding: OnboardingTexts
    account: AccountTexts
    progress: ProgressTexts
    admin: AdminTexts
    dates: DateTexts

    @field_validator("commands")
    @classmethod
    def _unique_commands(cls, value: tuple[CommandText, ...]) -> tuple[CommandText, ...]:
        names = [command.name for command in value]
        duplicates = sorted({name for name in names if names.count(name) > 1})
        if duplicates:
            raise ValueError(f"duplicate commands: {duplicates}")
        return value

    def command(self, name: str) -> CommandText:
        """Return a command's registry entry."""
        for command in self.commands:
            if command.name == name:
                return command
        raise KeyError(name)


class TextsError(ValueError):
    """texts.yaml is missing or invalid; the message names the file and the entry."""


def load_texts(path: Path) -> Texts:
    """Load and validate texts.yaml."""
    try:
        raw = read_yaml(path)
        return Texts.model_validate(raw)
    except ContentError as exc:  # missing, broken, or a key written twice
        raise TextsError(str(exc)) from None
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise TextsError(f"{path}: {where}: {first['msg']}") from None
