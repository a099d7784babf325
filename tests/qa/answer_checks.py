"""What the red-flag and routing tests check, with one answerer for the run: a message that must
alarm (and which concepts it named), one that must stay quiet, the answer a message is routed
to, whether it is told the guide does not cover it or is answered from the guide, and what a
user is answered with whatever its kind."""

from __future__ import annotations

from bot.content.loader import default_content_dir, load_content
from bot.qa.answer import QuestionAnswerer
from bot.qa.evaluate import RED_FLAG

ANSWERER = QuestionAnswerer.from_content(
    load_content(default_content_dir()), default_content_dir()
)


def flags(text: str) -> tuple[str, ...]:
    """The concepts `text` raised; it must get the urgent-care advice."""
    found = ANSWERER.answer(text)
    assert found.kind == "red_flag" and found.red_flag is not None, (text, found.answer_id)
    return found.red_flag.flags


def quiet(text: str) -> None:
    """`text` must not get the urgent-care advice."""
    found = ANSWERER.answer(text)
    assert found.kind != "red_flag", (text, found.red_flag)


def routed(text: str) -> str | None:
    """The section or exercise `text` is answered with; it must get a guide answer."""
    found = ANSWERER.answer(text)
    assert found.kind == "answer", (text, found.kind)
    return found.answer_id


def said(text: str) -> str | None:
    """What a user is answered with: a section or exercise id, red_flag or out_of_scope."""
    found = ANSWERER.answer(text)
    if found.kind == "answer":
        return found.answer_id
    return RED_FLAG if found.kind == "red_flag" else found.kind


def outside(text: str) -> bool:
    """Whether `text` is told "the guide doesn't cover that"."""
    return ANSWERER.answer(text).kind == "out_of_scope"


def in_guide(text: str) -> bool:
    """Whether `text` is answered with a section or an exercise of the guide."""
    return ANSWERER.answer(text).kind == "answer"
