"""The re-offer lines in content/ and the conversation's waiting steps agree."""

from __future__ import annotations

from bot.content.loader import default_content_dir, load_content
from bot.content.texts import ReofferLines
from bot.core.conversation import Step


def test_every_waiting_step_has_exactly_one_reoffer_line() -> None:
    waiting = {step.value for step in Step if step is not Step.IDLE}
    assert set(ReofferLines.model_fields) == waiting


def test_the_loaded_lines_are_not_empty() -> None:
    lines = load_content(default_content_dir()).texts.onboarding.reoffer
    for step in Step:
        if step is not Step.IDLE:
            assert lines.line(step.value).strip()
