"""Routing (round 23, issue 15): the verb "work" said of a treatment taking effect names no job;
"what else can I do?" asks past what the story tried; the weight lifted is the gym's, a trek is
walking; a pain set off by one movement, then only a plea, is a flare-up; and the daily habit's
answer says how often, when and for how long. Wordings written by the team, beside look-alikes
that must keep their answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import routed


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # A drug or an injection taking effect: its own section, not the job's.
        ("how long does it take for painkillers to work", "painkillers"),
        ("My GP gave me naproxen three days ago. When will it start working?", "painkillers"),
        ("how soon does an epidural injection start working", "injections"),
        # "It" alone, no treatment named: the routine the teller was given.
        ("when will it start working", "long-term-treatment"),
        ("Been doing the stretches for a fortnight now. Is it working? How can I tell?",
         "long-term-treatment"),
    ],
)  # fmt: skip
def test_work_said_of_a_treatment_taking_effect_is_no_job(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    "text",
    [
        # A person working, or a job told after the verb.
        "Can I keep working with sciatica?",
        "I work nights in a warehouse, will lifting make it worse?",
        "is it ok to work from home with sciatica",
        "what work can I do with sciatica",
        "When can I go back to work?",
    ],
)  # fmt: skip
def test_a_person_working_stays_the_job(text: str) -> None:
    assert routed(text) == "work"
