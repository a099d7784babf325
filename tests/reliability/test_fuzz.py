"""Fuzzed updates through the emulator: whatever arrives, the bot answers or stays silent by
design, answers every callback query, breaks no Bot API rule, raises nothing, and leaves the
database sound. `make soak` runs the same with many more examples."""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.qa.answer import QuestionAnswerer
from bot.testing import BotHarness, ChatUser
from tests.reliability.invariants import violations
from tests.reliability.report import TALLY

USERS = (101, 102, 103)
GROUP = -100500
COMMANDS = ["start", "help", "today", "progress", "settings", "timezone", "time", "pause",
            "resume", "stop", "forget", "export", "ask", "stats", "nosuch", "START"]  # fmt: skip
SQLISH = ["'; DROP TABLE subscribers; --", "1 OR 1=1", "Robert'); DELETE FROM routines;--"]


@dataclass(frozen=True)
class Action:
    """One thing a person does."""

    user: int
    kind: str
    value: Any = None
    extra: Any = None


def _callback_data() -> st.SearchStrategy[str]:
    return st.text(min_size=1, max_size=64).filter(lambda s: len(s.encode()) <= 64)


ANSWERS = ["Skip", "Berlin", "07:30", "acute", "hello", "bed?"]
text = st.one_of(
    st.text(min_size=1, max_size=4096), st.sampled_from(SQLISH), st.sampled_from(ANSWERS)
)
actions = st.one_of(
    st.builds(Action, st.sampled_from(USERS), st.just("text"), text),
    st.builds(Action, st.sampled_from(USERS), st.just("command"), st.sampled_from(COMMANDS),
              st.one_of(st.just(""), text.map(lambda t: t[:200]))),
    st.builds(Action, st.sampled_from(USERS), st.just("tap_button"), st.integers(0, 50),
              st.integers(0, 20)),
    st.builds(Action, st.sampled_from(USERS), st.just("tap_raw"), _callback_data(),
              st.sampled_from(["own", "other", "none"])),
    st.builds(Action, st.sampled_from(USERS), st.just("location"),
              st.floats(-90, 90), st.floats(-180, 180)),
    st.builds(Action, st.sampled_from(USERS), st.just("sticker")),
    st.builds(Action, st.sampled_from(USERS), st.just("photo"),
              st.one_of(st.none(), st.text(max_size=1024))),
    st.builds(Action, st.sampled_from(USERS), st.just("edit"), text),
    st.builds(Action, st.sampled_from(USERS), st.just("group"), text),
    st.builds(Action, st.sampled_from(USERS), st.just("advance"), st.integers(1, 30 * 3600)),
)  # fmt: skip


async def play(script: list[Action], answerer: QuestionAnswerer) -> BotHarness:
    """Run a script against a fresh bot; return the harness (already stopped) to inspect."""
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "fuzz.sqlite3"
        async with BotHarness.running(database, answerer=answerer, check_on_exit=False) as h:
            people = {user: h.user(user, f"P{user}") for user in USERS}
            for action in script:
                if action.kind == "advance":
                    h.clock.advance(timedelta(seconds=action.value))
                    await h.tick()
                else:
                    PERSON_ACTIONS[action.kind](h, people[action.user], action)
                TALLY["updates"] += await h.deliver_pending()
                TALLY["callback_queries"] += action.kind in ("tap_button", "tap_raw")
            problems = await violations(h.repo)
            TALLY["violations"] += len(problems)
            assert problems == [], problems
        return h


def _tap_button(h: BotHarness, person: ChatUser, action: Action) -> None:
    messages = [m for m in person.messages if m.buttons]
    if messages:
        message = messages[action.value % len(messages)]
        flat = [b for row in message.buttons for b in row if b.callback_data]
        if flat:
            person.person.tap(
                message.message_id, data=flat[action.extra % len(flat)].callback_data
            )


def _edit(h: BotHarness, person: ChatUser, action: Action) -> None:
    mine = h.emulator.chat_messages.get(action.user, {})
    own = [m for m, body in mine.items() if body["from"]["id"] == action.user]
    if own:
        person.person.edit_text(own[-1], action.value)


def _tap_raw(h: BotHarness, sim: Any, action: Action) -> None:
    if action.extra == "none":
        sim.tap_raw(None, action.value)
        return
    chat = action.user if action.extra == "own" else next(u for u in USERS if u != action.user)
    stored = list(h.emulator.chat_messages.get(chat, {}).values())
    sim.tap_raw(stored[-1] if stored else None, action.value)


# What each kind of action does (the clock's "advance" is handled in `play`).
PERSON_ACTIONS: dict[str, Callable[[BotHarness, ChatUser, Action], object]] = {
    "text": lambda h, p, a: p.person.send_text(a.value),
    "command": lambda h, p, a: p.person.send_command(a.value, a.extra),
    "tap_button": _tap_button,
    "tap_raw": lambda h, p, a: _tap_raw(h, p.person, a),
    "location": lambda h, p, a: p.person.share_location(a.value, a.extra),
    "sticker": lambda h, p, a: p.person.send_sticker(),
    "photo": lambda h, p, a: p.person.send_photo(a.value),
    "edit": _edit,
    "group": lambda h, p, a: p.person.send_text(a.value, chat=p.person.group(GROUP)),
}


def check(h: BotHarness) -> None:
    assert h.errors == [], h.errors
    assert h.emulator.violations == [], h.emulator.violations
    assert h.emulator.unanswered_callback_queries() == []


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(actions, min_size=1, max_size=12))
def test_fuzzed_updates_never_break_the_bot(
    shared_answerer: QuestionAnswerer, script: list[Action]
) -> None:
    check(asyncio.run(play(script, shared_answerer)))


@pytest.mark.slow
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(actions, min_size=5, max_size=40))
def test_fuzzed_updates_soak(shared_answerer: QuestionAnswerer, script: list[Action]) -> None:
    check(asyncio.run(play(script, shared_answerer)))
