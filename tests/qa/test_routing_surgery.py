"""Routing after an operation: questions written by the team in lay words (not copied from any
labelled set) about recovering from a microdiscectomy, discectomy, laminectomy or fusion are
answered by the surgery section, which now covers recovery; look-alikes keep their answers."""

from __future__ import annotations

import pytest

from bot.content.loader import default_content_dir, load_content
from tests.qa.answer_checks import ANSWERER, quiet, routed

SURGERY = load_content(default_content_dir()).sections["surgery"]


@pytest.mark.parametrize(
    "text",
    [
        "is it normal to still have numbness in my foot 4 weeks after my microdiscectomy?",
        "is it normal to still have leg pain 3 weeks after my microdiscectomy?",
        "I had a microdiscectomy three weeks ago and still have leg pain, is that normal?",
        "How long until the numbness in my toes goes away after back surgery?",
        "is it normal to have tingling in my toes after disc surgery?",
        "when can I drive after back surgery?",
        "when can I go back to work after my discectomy?",
        "when can I lift things after my spinal fusion?",
        "Six weeks after my laminectomy, can I start the stretches in this bot again?",
        "how long does recovery take after a microdiscectomy?",
        "my sciatica came back after the operation",
        "my wound is red and leaking after my back operation",
        "is walking good after back surgery?",
    ],
)
def test_a_question_after_an_operation_gets_the_surgery_section(text: str) -> None:
    assert routed(text) == "surgery"
    quiet(text)


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Before an operation: still the surgery section's question.
        ("will I need surgery for my sciatica?", "surgery"),
        # Driving, work or recovery time with no operation named keep their own sections.
        ("when can I drive?", "driving-travel"),
        ("how long does it take to heal", "how-long"),
        ("is it normal to have tingling in my leg", "is-it-sciatica"),
        ("it came back suddenly and is really bad today", "flare-ups"),
    ],
)
def test_look_alikes_keep_their_answer(text: str, expect: str) -> None:
    assert routed(text) == expect


def test_weighing_an_operation_against_injections_is_answered_by_one_of_the_two() -> None:
    assert routed("should I have surgery or injections?") in {"surgery", "injections"}


def test_an_operation_elsewhere_does_not_bring_the_spine_surgery_answer() -> None:
    """Knee surgery is not the back operation the section is about."""
    text = "I had knee surgery last year and now I have sciatica, will stretching help?"
    assert routed(text) != "surgery"


def test_the_section_reads_first_as_the_common_case_then_after_an_operation() -> None:
    summary = SURGERY.summary
    assert summary.startswith("Most people with sciatica get better without an operation")
    for told in ("numbness", "surgical team", "urgent help"):
        assert told in summary
    # The summary is read on a phone before "More from the guide": a few short lines.
    assert len(summary) <= 420
    for sign in ("weakness", "genitals", "bladder", "fever", "calf", "leaks"):
        assert sign in SURGERY.body
    # "More from the guide" sends the title and body as one Telegram message (4,096 at most).
    assert len(f"{SURGERY.title}\n\n{SURGERY.body}") <= 4096


def test_the_answer_to_a_recovery_question_is_the_new_summary() -> None:
    found = ANSWERER.answer("when can I drive after back surgery?")
    assert found.text == SURGERY.summary
    assert found.source_title == SURGERY.title
