"""The words of the daily routine and what follows it (content/texts.yaml's `routine` and
`progress`): /today's buttons and answers, the check-ins after a routine, and /progress."""

from __future__ import annotations

from pydantic import field_validator

from bot.content.text_group import TextGroup


class RoutineTexts(TextGroup):
    """Words of /today, the set buttons and the how-to card."""

    how_button: str
    done_mark: str
    undo_button: str
    next_set_button: str
    set_recorded: str
    item_complete: str
    already_done: str
    already_done_earlier: str  # {weekday}: on an earlier day's routine
    nothing_to_undo: str
    undone: str
    not_yours: str
    too_old: str
    not_registered: str
    all_done_button: str
    all_done: str
    skip_button: str
    skip_question: str
    skip_question_earlier: str  # {weekday}: asked on an earlier day's routine
    skip_reasons: dict[str, str]
    skip_replies: dict[str, str]
    skip_replies_earlier: dict[str, str]  # {weekday}: an earlier day's routine skipped
    skip_pain_advice_title: str
    skip_recorded: str
    already_complete: str
    already_complete_earlier: str  # {weekday}: an earlier day's routine
    replaced: str
    resent: str  # before a routine sent anew: its message cannot be edited any more
    for_day: str  # a tap's answer on an earlier day's routine, naming that day

    @field_validator("skip_reasons", "skip_replies", "skip_replies_earlier")
    @classmethod
    def _every_reason(cls, value: dict[str, str]) -> dict[str, str]:
        if set(value) != {"pain", "no_time", "other"}:
            raise ValueError("needs exactly the reasons pain, no_time and other")
        return value


class ProgressTexts(TextGroup):
    """Words after a routine (streak, pain check-in, 'how did it feel?') and of /progress."""

    completed: str
    completed_earlier: str  # {weekday}: a routine of an earlier day, finished after midnight
    streak_days: str
    pain_question: str
    pain_question_earlier: str  # {weekday}: an earlier day's check-in, asked after midnight
    pain_recorded: str
    pain_recorded_earlier: str  # {weekday}: an earlier day's score, answered after midnight
    pain_unusable: str  # {text}: a typed answer to the check-in that is no score 0-10
    pain_reoffer: str
    pain_rising: str
    feeling_question: str
    feelings: dict[str, str]
    feeling_replies: dict[str, str]
    summary: str
    week_words: dict[str, str]  # days ({done}, {of}); first_day_done, first_day_open
    trend_words: dict[str, str]
    no_pain_yet: str
    log_pain_button: str
    log_pain_button_earlier: str  # {weekday}: the button once its day is over
    chart_title: str
    chart_completion: str
    chart_pain: str
    chart_empty: str
    not_registered: str

    @field_validator("feelings", "feeling_replies")
    @classmethod
    def _every_feeling(cls, value: dict[str, str]) -> dict[str, str]:
        if not {"too_easy", "about_right", "too_hard"} <= set(value):
            raise ValueError("needs too_easy, about_right and too_hard")
        return value

    @field_validator("week_words")
    @classmethod
    def _every_week_wording(cls, value: dict[str, str]) -> dict[str, str]:
        if set(value) != {"days", "first_day_done", "first_day_open"}:
            raise ValueError("needs days, first_day_done and first_day_open")
        return value
