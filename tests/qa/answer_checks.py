"""What the red-flag and routing tests check, with one answerer for the run: a message that must
alarm (and which concepts it named), one that must stay quiet, the answer a message is routed
to, whether it is told the guide does not cover it or is answered from the guide, and what a
user is answered with whatever its kind; and test makers for the shapes the round modules
repeat: one assertion over many parametrized wordings."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import pytest

from bot.qa.evaluate import RED_FLAG
from tests.project_answerer import project_answerer

ANSWERER = project_answerer()


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


# One test over many wordings: the parametrized shapes the round modules repeat. Each call makes
# a new test function (pytest names it after the module attribute it is assigned to, so
# `test_x = quiet_cases([...])` is collected as test_x[<wording>], as the decorated form was);
# a case may be a wording, a (wording, expected) pair or a pytest.param with its marks.
Cases = Iterable[Any]
TestFunction = Callable[..., None]


def alarm_cases(texts: Cases) -> TestFunction:
    """A test that each wording gets the urgent-care advice, naming at least one concept."""

    def test(text: str) -> None:
        assert flags(text), text

    return pytest.mark.parametrize("text", texts)(test)


def alarm_naming(concept: str, texts: Cases) -> TestFunction:
    """A test that each wording gets the urgent-care advice, naming `concept`."""

    def test(text: str) -> None:
        raised = flags(text)
        assert concept in raised, (text, raised)

    return pytest.mark.parametrize("text", texts)(test)


def flag_cases(cases: Cases) -> TestFunction:
    """A test that each (wording, concept) alarms, naming that concept."""

    def test(text: str, flag: str) -> None:
        raised = flags(text)
        assert flag in raised, (text, raised)

    return pytest.mark.parametrize(("text", "flag"), cases)(test)


def quiet_cases(texts: Cases) -> TestFunction:
    """A test that each wording stays quiet: no urgent-care advice."""

    def test(text: str) -> None:
        quiet(text)

    return pytest.mark.parametrize("text", texts)(test)


def outside_cases(texts: Cases) -> TestFunction:
    """A test that each wording is told the guide does not cover it."""

    def test(text: str) -> None:
        assert outside(text), (text, ANSWERER.answer(text))

    return pytest.mark.parametrize("text", texts)(test)


def in_guide_cases(texts: Cases) -> TestFunction:
    """A test that each wording is answered from the guide (any section or exercise)."""

    def test(text: str) -> None:
        assert in_guide(text), (text, ANSWERER.answer(text))

    return pytest.mark.parametrize("text", texts)(test)


def guide_answer_cases(cases: Cases) -> TestFunction:
    """A test that each (wording, expected) is answered from the guide, with that section or
    exercise where one is named (None: any)."""

    def test(text: str, expected: str | None) -> None:
        assert in_guide(text), (text, ANSWERER.answer(text))
        if expected is not None:
            assert said(text) == expected, (text, ANSWERER.answer(text))

    return pytest.mark.parametrize(("text", "expected"), cases)(test)


def routed_to(expect: str, texts: Cases) -> TestFunction:
    """A test that each wording gets the guide's answer `expect`."""

    def test(text: str) -> None:
        got = routed(text)
        assert got == expect, (text, got)

    return pytest.mark.parametrize("text", texts)(test)


def routed_cases(cases: Cases) -> TestFunction:
    """A test that each (wording, expected) gets that guide answer."""

    def test(text: str, expect: str) -> None:
        got = routed(text)
        assert got == expect, (text, got)

    return pytest.mark.parametrize(("text", "expect"), cases)(test)


def said_cases(cases: Cases) -> TestFunction:
    """A test that each (wording, expected) is answered so: an answer id, red_flag or
    out_of_scope."""

    def test(text: str, expect: str | None) -> None:
        assert said(text) == expect, (text, ANSWERER.answer(text))

    return pytest.mark.parametrize(("text", "expect"), cases)(test)
