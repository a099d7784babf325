"""A question sent while the answerer is still being built (in a worker thread, just after
start-up) waits for that build off the event loop: the bot goes on serving meanwhile."""

from __future__ import annotations

import asyncio
import threading
from functools import partial
from pathlib import Path

from bot.app import build_application
from bot.clock import FakeClock
from bot.content.loader import default_content_dir, load_content
from bot.emulator import BotApiEmulator, EmulatorRequest
from bot.lifecycle import running
from bot.qa.answer import QuestionAnswerer
from bot.settings import Settings
from bot.testing import DEFAULT_START, BotHarness


class _HeldBuild:
    """The real answerer's build, held until the test lets it finish."""

    def __init__(self) -> None:
        self.entered, self.go = threading.Event(), threading.Event()
        folder = default_content_dir()
        self._build = partial(QuestionAnswerer.from_content, load_content(folder), folder)

    def __call__(self) -> QuestionAnswerer:
        self.entered.set()
        # Only the event loop can set `go`: if a handler held the loop waiting for this build,
        # the wait runs out and the build fails, so the question is never answered.
        if not self.go.wait(timeout=10):
            raise TimeoutError("the event loop was held while the answerer was being built")
        return self._build()


async def test_a_question_during_the_build_is_answered_once_it_ends(tmp_path: Path) -> None:
    emulator = BotApiEmulator(per_chat_rate=None)
    settings = Settings(database_path=tmp_path / "bot.sqlite3")
    clock = FakeClock(DEFAULT_START)
    app = build_application(
        settings, request=EmulatorRequest(emulator), clock=clock, token=emulator.token
    )
    held = _HeldBuild()
    app.bot_data.answerer_from(held)  # post_init starts this build in a worker thread
    harness = BotHarness(app, emulator, clock, settings)
    app.add_error_handler(harness._record_error)
    async with running(app, polling=False):
        assert await asyncio.to_thread(held.entered.wait, 10)
        sam = harness.user(31, "Sam")
        question = asyncio.create_task(sam.send("is walking ok?"))
        while not question.done() and not held.go.is_set():
            await asyncio.sleep(0)  # the loop runs: the question is waiting off it
            held.go.set()
        replies = await question
    assert harness.errors == []
    assert any("walk" in (reply.text or "").lower() for reply in replies), replies
