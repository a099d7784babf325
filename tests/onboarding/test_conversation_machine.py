"""A stateful property test: random conversations with the real bot, checked after every step.

Hypothesis drives random sequences of commands, typed answers, questions, red-flag messages and
taps on any button the bot has ever shown (fresh or stale) through the emulator. After every
step: each update got a reply and each tap an answer; a red flag got urgent-care advice first;
no question got a "couldn't find"; a stale step button changed nothing; and the database holds
exactly the timezone, time and phase last confirmed to the person in the chat.
"""

from __future__ import annotations

import asyncio
import os
import re
import tempfile
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from bot.callbacks import MalformedCallbackData
from bot.chat.steps import SetupChoice
from bot.core.conversation import Conversation, Step
from bot.core.timezones import zone_label
from bot.emulator import BotMessage
from bot.qa.answer import QuestionAnswerer
from bot.testing import BotHarness, ChatUser, sql

os.environ.setdefault("PTB_TIMEDELTA", "1")

COMMANDS = [
    ("start", ""), ("today", ""), ("settings", ""), ("help", ""), ("progress", ""),
    ("pause", ""), ("pause", "2"), ("resume", ""), ("time", "07:15"), ("time", "7"),
    ("time", "noon"), ("timezone", "Europe/Berlin"), ("timezone", "UTC+2"),
    ("timezone", "Portland"), ("ask", "is walking ok?"), ("nonsense", ""),
]  # fmt: skip
ANSWERS = [
    "Berlin", "Springfield, MA", "Portland", "東京", "Москва", "GMT-5", "Europe/Lisbon", "Berln",
    "07:45", "0730", "7pm", "half seven", "noon", "19h", "seven", "Skip", "skip", "acute",
    "Staying strong", "Recovering", "prevention",
]  # fmt: skip
QUESTIONS = [
    "should I stay in bed?", "is walking ok?", "Do I need an X-ray or MRI?", "thanks", "hi",
    "What about painkillers?", "Can I go swimming with sciatica?",
    "I've had this pain for three weeks now, it started after moving house and sitting at my"
    " desk makes it worse. Is it normal that it goes down to my calf?",
]  # fmt: skip
RED_FLAGS = [
    "I wet myself last night and my groin is numb",
    "my leg is getting weaker and I cannot lift my foot",
    "I lost control of my bladder",
]
# Sentences a step must never answer with a failed place or time lookup.
NOT_FOUND = ("couldn't find", "don't know a place called", "isn't a time I can use")
_TZ = re.compile(r"\bTimezone(?: set to|:)? ([A-Za-z_/+\-0-9]+?)(?=[.,\s(]|$)")
_TIME = re.compile(r"(?:Reminder time(?: set to|:)|reminders at) (\d\d:\d\d)")
_PHASE = re.compile(r"(?:Phase(?: set to|:) |phase \")(Gentle relief|Recovering|Staying strong)")
PHASE_TITLES = {
    "acute": "Gentle relief",
    "recovering": "Recovering",
    "prevention": "Staying strong",
}


class Conversations(RuleBasedStateMachine):
    """One person chatting at random with a freshly started bot."""

    def __init__(self, answerer: QuestionAnswerer) -> None:
        super().__init__()
        self.loop = asyncio.new_event_loop()
        self.folder = tempfile.TemporaryDirectory()
        self.running: AbstractAsyncContextManager[BotHarness] = BotHarness.running(
            Path(self.folder.name) / "bot.sqlite3", answerer=answerer
        )
        self.harness = self.run(self.running.__aenter__())
        self.person: ChatUser = self.harness.user(7, "Rae")
        self.seen: dict[int, tuple[Any, ...]] = {}
        # What the chat has told the person (the defaults until something is confirmed).
        self.confirmed = {"tz": "UTC", "time": "07:30", "phase": "Recovering"}
        self.registered = False

    def run(self, coroutine: Any) -> Any:
        return self.loop.run_until_complete(coroutine)

    def teardown(self) -> None:
        try:
            self.run(self.running.__aexit__(None, None, None))
        finally:
            self.loop.close()
            self.folder.cleanup()

    # -- what the person does ---------------------------------------------------------------

    @initialize()
    def start(self) -> None:
        assert self.act(lambda: self.person.command("start"))
        self.registered = True

    @rule(command=st.sampled_from(COMMANDS))
    def send_command(self, command: tuple[str, str]) -> None:
        changed = self.act(lambda: self.person.command(*command))
        assert changed, f"/{command[0]} got no reply"
        self.registered = self.registered or command[0] == "start"

    @rule(text=st.sampled_from(ANSWERS))
    def type_answer(self, text: str) -> None:
        assert self.act(lambda: self.person.send(text)), f"{text!r} got no reply"

    @rule(text=st.sampled_from(QUESTIONS))
    def ask_question(self, text: str) -> None:
        changed = self.act(lambda: self.person.send(text))
        assert changed, f"{text!r} got no reply"
        for message in changed:
            assert not any(words in (message.text or "") for words in NOT_FOUND), message.text

    @rule(text=st.sampled_from(RED_FLAGS))
    def report_red_flag(self, text: str) -> None:
        changed = self.act(lambda: self.person.send(text))
        assert changed and (changed[0].text or "").startswith("⚠️"), "urgent advice comes first"
        for message in changed:
            assert not any(words in (message.text or "") for words in NOT_FOUND)

    @rule(data=st.data())
    def tap_any_button(self, data: st.DataObject) -> None:
        buttons = [
            (message.message_id, button.callback_data)
            for message in self.person.messages
            for row in message.buttons
            for button in row
            if button.callback_data and not button.callback_data.startswith("f:")
        ]
        if not buttons:
            return
        message_id, callback = data.draw(st.sampled_from(buttons))
        stale = self.run(self.is_stale_step_button(callback))
        before = self.run(self.harness.snapshot()) if stale else None
        self.act(lambda: self.person.tap(message_id, data=callback))
        assert not self.harness.emulator.unanswered_callback_queries(), "every tap is answered"
        if stale:
            assert self.person.last_callback_answer == "That's done already: nothing changed."
            assert self.run(self.harness.snapshot()) == before

    async def is_stale_step_button(self, callback: str) -> bool:
        try:
            choice = SetupChoice.unpack(callback)
        except MalformedCallbackData:
            return False
        subscriber = await self.harness.repo.subscribers.get(self.person.user_id)
        if subscriber is None or choice.choice == "today":
            return False
        state = Conversation(Step.stored(subscriber.onboarding_step), subscriber.step_version)
        return not state.accepts(Step.stored(choice.step), choice.version)

    # -- checks after every step --------------------------------------------------------------

    @invariant()
    def database_matches_what_was_confirmed(self) -> None:
        row = self.run(
            sql(self.harness.repo).fetch_one(
                "SELECT timezone, reminder_time, phase FROM subscribers WHERE user_id = ?",
                (self.person.user_id,),
            )
        )
        if row is None:
            assert not self.registered
            return
        stored = {"tz": zone_label(row[0]), "time": row[1], "phase": PHASE_TITLES[row[2]]}
        assert stored == self.confirmed

    @invariant()
    def no_handler_failed(self) -> None:
        assert self.harness.errors == []
        assert not self.harness.emulator.violations

    # -- helpers ------------------------------------------------------------------------------

    def act(self, action: Any) -> list[BotMessage]:
        """Do something; return the bot's new or edited messages, and note what they confirm."""
        self.run(action())
        changed = []
        for message in sorted(self.person.messages, key=lambda m: m.message_id):
            signature = (message.text, tuple(map(tuple, message.buttons)), message.kind)
            if self.seen.get(message.message_id) != signature:
                self.seen[message.message_id] = signature
                changed.append(message)
        for message in sorted(changed, key=lambda m: (not m.edited, m.message_id)):
            self.note_confirmations(message.text or "")
        return changed

    def note_confirmations(self, text: str) -> None:
        for key, pattern in (("tz", _TZ), ("time", _TIME), ("phase", _PHASE)):
            found = pattern.findall(text)
            if found:
                self.confirmed[key] = found[-1]


def _run(answerer: QuestionAnswerer, examples: int, steps: int) -> None:
    class WithSharedAnswerer(Conversations):  # every example's bot answers with the same one
        def __init__(self) -> None:
            super().__init__(answerer)

    run_state_machine_as_test(
        WithSharedAnswerer,
        settings=settings(
            max_examples=examples,
            stateful_step_count=steps,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )


def test_random_conversations_keep_every_promise(shared_answerer: QuestionAnswerer) -> None:
    _run(shared_answerer, examples=8, steps=30)


@pytest.mark.slow
def test_random_conversations_keep_every_promise_for_longer(
    shared_answerer: QuestionAnswerer,
) -> None:
    _run(shared_answerer, examples=100, steps=50)
