"""The question answerer is built once, after start-up: in a worker thread while the bot serves,
or by the first question that comes before that build ends."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any, cast

import pytest

from bot.app import build_services
from bot.content.loader import ContentError, default_content_dir
from bot.qa.answer import QuestionAnswerer
from bot.services import BotServices
from bot.settings import Settings


class _Factory:
    """Builds a stand-in answerer, counting its builds; waits for `go` when asked to."""

    def __init__(self, *, wait: bool = False, fail: bool = False) -> None:
        self.builds = 0
        self.entered, self.go = threading.Event(), threading.Event()
        self.wait, self.fail = wait, fail
        self.made = cast(QuestionAnswerer, object())

    def __call__(self) -> QuestionAnswerer:
        self.builds += 1
        self.entered.set()
        if self.wait:
            assert self.go.wait(timeout=30)
        if self.fail:
            raise ContentError("content/qa.yaml: threshold: must be greater than 0")
        return self.made


def test_building_the_services_leaves_the_answerer_for_later(tmp_path: Path) -> None:
    # A qa.yaml no answerer can be built from: start-up does not read it.
    content = tmp_path / "content"
    content.mkdir()
    for path in default_content_dir().iterdir():
        if path.is_file():
            (content / path.name).write_bytes(path.read_bytes())
    (content / "qa.yaml").write_text("threshold: -1\n")
    settings = Settings(
        _env_file=None, database_path=tmp_path / "bot.sqlite3", content_dir=content
    )
    services = build_services(settings)
    with pytest.raises(ContentError, match=r"qa\.yaml"):
        services.qa  # noqa: B018 - the first question builds it, and meets the error


def test_the_first_question_builds_it_once() -> None:
    services, factory = BotServices(), _Factory()
    services.answerer_from(factory)
    assert factory.builds == 0
    assert services.qa is factory.made
    assert services.qa is factory.made
    assert factory.builds == 1


async def test_a_question_during_the_background_build_gets_that_build() -> None:
    services, factory = BotServices(), _Factory(wait=True)
    services.answerer_from(factory)
    services.start_answerer()
    assert await asyncio.to_thread(factory.entered.wait, 30)
    question = asyncio.create_task(asyncio.to_thread(lambda: services.qa))
    factory.go.set()
    answered: Any = await question
    await services.answerer_started()
    assert answered is factory.made
    assert factory.builds == 1


async def test_a_failed_build_is_logged_and_fails_every_question_without_building_again(
    caplog: pytest.LogCaptureFixture,
) -> None:
    services, factory = BotServices(), _Factory(fail=True)
    services.answerer_from(factory)
    services.start_answerer()
    with pytest.raises(ContentError):
        await services.answerer_started()
    for _ in range(2):
        with pytest.raises(ContentError):
            services.qa  # noqa: B018
    assert factory.builds == 1
    assert "the question answerer could not be built: content/qa.yaml" in caplog.text
