"""The question answerer of the project's content, built once per test process: the session
fixture `shared_answerer` (tests/conftest.py) and the modules that answer at import
(tests/qa/answer_checks.py and its users) share it. Building it loads content/ and builds the
search index, seconds on a busy machine; it keeps nothing of a chat (in production one
answerer serves every person), so every test may answer with it."""

from __future__ import annotations

from functools import cache

from bot.content.loader import default_content_dir, load_content
from bot.qa.answer import QuestionAnswerer


@cache
def project_answerer() -> QuestionAnswerer:
    """The answerer of content/ with the rules alone (the product's default), built on the
    first call of the process. Tests of the bot's own lazy build, of the learned vote or of
    other content build their own."""
    folder = default_content_dir()
    return QuestionAnswerer.from_content(load_content(folder), folder)
