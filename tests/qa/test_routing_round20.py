"""Routing (round 20, issue 15): questions about the daily routine itself (when in the day, how
often, a missed day, how long a session takes, its doses and order) are the daily habit's, on
wordings written by the team, each beside look-alikes that must keep their answer: a time of day
told with a symptom, sleeping, bed rest, how long sciatica lasts."""

from __future__ import annotations

import pytest

from bot.content.loader import default_content_dir, load_content
from tests.qa.answer_checks import routed, routed_cases, routed_to, said

test_when_in_the_day_the_routine_is_done_is_the_daily_habit = routed_to(
    "daily-habit",
    [
        # When in the day: a time told of the routine says when it is done, not what is asked
        # (no sleeping, bed rest, work or walking).
        "Should I stretch every morning?",
        "Which stretches should I do every morning?",
        "Is it better to stretch in the morning or evening?",
        "When is the best time of day to do the exercises?",
        "what time of day is best for stretching",
        "is it ok to do my stretches at night",
        "can I do the routine in the evening instead of the morning?",
        "Do I have to do the exercises first thing in the morning?",
        "is it fine to do my exercises after work",
        "Should I do the stretches before bed or when I wake up?",
        "is doing it in the morning better than at night?",
        "Can I do my stretches lying in bed?",
        "should I stretch before or after my walk?",
        "Do I stretch before my morning walk or after?",
    ],
)  # fmt: skip


test_how_often_and_a_missed_day_are_the_daily_habit = routed_to(
    "daily-habit",
    [
        # How often, and a day or a week missed.
        "how many times a day should i do the stretches",
        "Can I do the routine twice a day?",
        "Is it OK to do the stretches more than once a day?",
        "can I split the routine into morning and evening?",
        "Do I need to do the exercises every single day?",
        "can I take weekends off from the routine",
        "What if I miss a day?",
        "I missed a whole week of my exercises, should I start again from the beginning?",
        "I skipped yesterday's stretches, do I need to do double today?",
        "forgot to do my routine this morning, can I do it later today?",
    ],
)  # fmt: skip


test_a_sessions_length_doses_and_order_are_the_daily_habit = routed_to(
    "daily-habit",
    [
        # How long a session takes (not how long sciatica lasts), its doses and its order.
        "how long should the routine take",
        "how long does a session last",
        "How many minutes does the daily routine take?",
        "I only have five minutes in the morning, is that enough?",
        "How many reps should I do of each exercise?",
        "how many sets and how long should I hold each stretch",
        "which exercise should I do first?",
        "Do I do the stretches or the strengthening exercises first?",
        "in what order should I do the routine?",
    ],
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # The routine on a bad day: the gentlest moves, told by how to exercise safely, a
        # flare-up's advice or the habit's "one stretch on a bad day counts".
        "My pain is bad today, should I still do my routine?",
        "should i skip the exercises on a day when the pain is really bad",
        "it hurts a lot today, do I still do the stretches?",
    ],
)
def test_the_routine_on_a_bad_day_gets_gentle_advice(text: str) -> None:
    assert routed(text) in {"exercise-safely", "flare-ups", "daily-habit"}


test_routine_lookalikes_keep_their_answer = routed_cases(
    [
        # Look-alikes: the night, the bed, a walk, work and "how long" asked of their own.
        ("What is the best sleeping position for sciatica?", "sleeping"),
        ("how should I sleep at night with sciatica", "sleeping"),
        ("My pain is worse at night when I lie down, what position helps?", "sleeping"),
        ("Does sciatica get worse at night?", "sleeping"),
        # Waking up sore is the night's, even when stretches are asked for.
        ("what stretches help when I wake up sore?", "sleeping"),
        ("which stretches should I do when I wake up stiff in the morning?", "sleeping"),
        ("How long does sciatica last?", "how-long"),
        ("how long will it take for my sciatica to go away", "how-long"),
        ("how long does a flare-up last", "flare-ups"),
        ("Should I stay in bed?", "bed-rest"),
        ("is bed rest good for sciatica", "bed-rest"),
        ("Is walking good for sciatica?", "walking"),
        ("Is it ok to walk every day?", "walking"),
        ("Can I go running every morning?", "running"),
        ("Should I go back to work with sciatica?", "work"),
        ("I missed two weeks of work because of sciatica, when can I go back?", "work"),
        ("how long should I sit at my desk before taking a break", "sitting"),
        ("how long should I hold the ice pack?", "heat-ice"),
        ("should I use heat or ice in the morning?", "heat-ice"),
        ("What's the difference between stretches and exercises?", "stretches-vs-exercises"),
        ("Which phase should I choose?", "phases"),
        ("How do I do the knee to chest stretch?", "knee-to-chest"),
        ("Is it safe to do exercises with sciatica?", "exercise-safely"),
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        # A symptom in the morning or at night is not a question about the routine.
        "my pain is worse in the morning",
        "Why is my sciatica worse in the morning when I get up?",
        "I wake up every morning with my leg stiff and sore, is that normal?",
        "Is it normal for my back to be stiff every morning?",
        "do the stretches hurt more at night?",
    ],
)
def test_a_symptom_at_a_time_of_day_is_not_the_daily_habit(text: str) -> None:
    assert said(text) != "daily-habit"


def test_the_daily_habits_full_section_gives_the_sessions_length_the_programmes_budget() -> None:
    content = load_content(default_content_dir())
    body = content.section("daily-habit").body.lower()
    in_words = {10: "ten", 20: "twenty"}
    budgets = {programme.time_budget_minutes for programme in content.programmes.values()}
    assert budgets <= in_words.keys()
    for minutes in budgets:
        assert f"{in_words[minutes]} " in body, (minutes, body)
    assert "once a day" in body and "missed day" in body and "any time of day" in body
