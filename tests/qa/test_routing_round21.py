"""Routing (round 21, issue 15): when the stretches and exercises start to help, and whether they
work, are the long-term treatment's, whose body tells when easing usually comes; the verb "work"
said of a treatment names no job. Wordings written by the team, beside look-alikes about a job,
a drug or the routine's rhythm that must keep their answer."""

from __future__ import annotations

from bot.content.loader import default_content_dir, load_content
from tests.qa.answer_checks import routed_to, said_cases

test_when_the_routine_starts_to_help_is_the_long_term_treatment = routed_to(
    "long-term-treatment",
    [
        # How long until the routine helps, told with the verb "work" or another effect verb.
        "How long does it take for the exercises to work?",
        "how long before the stretches start working",
        "how long do the stretches take to work",
        "when do the exercises start to work",
        "how quickly do the exercises work",
        "when will the stretches start to help",
        "how many weeks before the exercises kick in",
        "how long till the routine makes a difference",
        # Results, a difference or a benefit from the routine.
        "How long until I see results from the exercises?",
        "how soon will I notice a difference from the routine",
        "when should I expect to feel better from doing the exercises",
        "how long before I feel the benefit of stretching",
    ],
)  # fmt: skip


test_whether_the_routine_works_is_the_long_term_treatment = routed_to(
    "long-term-treatment",
    [
        # Whether it works, or is working yet.
        "Do these exercises actually work?",
        "will the stretches work for me",
        "Ive tried everything and nothing has worked, will these stretches work?",
        "how do I know if the exercises are working",
        "I've been doing the stretches for a week and nothing has changed, is it working?",
        "is the routine working if I still have pain after two weeks",
        "my stretches are not working and I cant work",
    ],
)  # fmt: skip


test_treatment_lookalikes_keep_their_answer = said_cases(
    [
        # A job: working, time off, going back.
        ("can I work with sciatica", "work"),
        ("how long off work should I take", "work"),
        ("my work involves lifting", "work"),
        ("working from home with sciatica", "work"),
        ("how long until I can go back to work", "work"),
        ("should I take time off work", "work"),
        ("is it ok to keep working", "work"),
        ("my job is very physical, can I still work", "work"),
        ("how long should I be off work with sciatica", "work"),
        ("can I work from home", "work"),
        ("I work in a warehouse, should I keep working", "work"),
        ("when can I start working again", "work"),
        ("when will I be able to work again", "work"),
        ("how long until I can work again after the stretches", "work"),
        # A drug or an injection named keeps its own section.
        ("how long does gabapentin take to work", "painkillers"),
        ("how long do steroid injections take to work", "injections"),
        # The routine done at or after work is its rhythm.
        ("can I do my exercises at work", "daily-habit"),
        ("is it ok to do the stretches after work", "daily-habit"),
        # How long a session takes, and how long sciatica lasts.
        ("how long should the routine take", "daily-habit"),
        ("how long does sciatica last", "how-long"),
    ],
)  # fmt: skip


def test_the_long_term_treatment_tells_when_easing_comes_and_when_to_see_a_doctor() -> None:
    content = load_content(default_content_dir())
    section = content.section("long-term-treatment")
    body = section.body.lower()
    assert "within a few weeks" in body and "every day" in body
    assert "few months" in body
    assert "see your doctor" in body and "getting worse" in body
    # The summary is unchanged: it still says why the routine is the treatment.
    assert section.summary.startswith("For most people, regular stretches and exercises")
