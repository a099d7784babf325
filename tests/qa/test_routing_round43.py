"""Routing classes of round 43 (route43), written by the team before the fix (no labelled line
copied): several back operations told, then the pain, the numbness or the sciatica still there
or back, and a question or a plea after it, is the surgery section's, as one operation told
already was; another part's operations, a post-operative red flag and a sport asked about keep
their own answers."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import said_cases

_STATEMENT = (
    "a statement that asks nothing ranks on its last sentence, where 'come back again' reads as "
    "a flare; left alone"
)

# Several back operations told, then the pain still there or back (before the fix: 6/10).
test_several_operations_then_pain_is_surgery = said_cases(
    [
        ("I've had two back operations and I'm still in a lot of pain, especially when "
         "sitting. Has anyone else been through this?", "surgery"),
        ("I have had 4 back surgeries and I've been having a lot of pain when I bend over. "
         "What can I do?", "surgery"),
        ("After three spinal surgeries my leg still hurts every day. Is there anything left?",
         "surgery"),
        pytest.param(
            "I underwent two discectomies on L5-S1 and the sciatica has come back again.",
            "surgery", marks=pytest.mark.xfail(reason=_STATEMENT, strict=True),
        ),
        ("Two lumbar surgeries later and I still get pain down my leg when I walk. Is this "
         "normal?", "surgery"),
        ("I've had several operations on my back and the pain is back. Should I have "
         "another?", "surgery"),
        ("My mum has had three back operations and still has constant leg pain. What else can "
         "she do?", "surgery"),
        ("Following two microdiscectomies I still have numbness in my foot. Will it ever go?",
         "surgery"),
        ("I've had 3 surgeries on my lower back and I'm still in pain most days when I stand.",
         "surgery"),
        ("Had two spine operations in five years, still getting sciatica down my right leg. Any "
         "advice?", "surgery"),
    ],
)  # fmt: skip

# Look-alikes that must not change: a knee's or a hip's operations, a post-operative red flag,
# injections told the same way, a sport asked after the operations.
test_several_operations_look_alikes = said_cases(
    [
        ("I've had two knee operations and my knee still hurts when I walk.", "out_of_scope"),
        ("I've had two back surgeries and now I can't feel my saddle area and I can't pee.",
         "red_flag"),
        ("I've had two hip operations and now my back hurts when I sit. Is it sciatica?",
         "is-it-sciatica"),
        ("I had three steroid injections and I'm still in pain. Are they worth it?",
         "injections"),
        ("I've had two back operations and I want to start yoga again. Is yoga safe?",
         "gym-yoga"),
    ],
)  # fmt: skip

# Exercises, stretches or things one can do that help, asked for: what treats it, not whether
# exercise is safe (before the fix: 4/8).
test_exercises_that_help_are_the_treatment = said_cases(
    [
        ("I have a bulging disc in my lower back. Are there any exercises that I'm able to do, "
         "that will help?", "long-term-treatment"),
        ("Are there exercises I can do that would help my sciatica?", "long-term-treatment"),
        ("Is there any exercise I could do that might ease this leg pain?",
         "long-term-treatment"),
        ("I was told I have a pinched nerve. Are there stretches I can do that will help?",
         "long-term-treatment"),
        ("What are some things I can do to stop the pain?", "long-term-treatment"),
        ("What are some things I could do at home to ease my sciatica?", "long-term-treatment"),
        ("Are there any stretches you can do that help with a herniated disc?",
         "long-term-treatment"),
        ("My L5 disc is slipped. Are there any exercises I'm allowed to do that would help it "
         "heal?", "long-term-treatment"),
    ],
)  # fmt: skip

# Look-alikes that must not change: exercises to avoid, at the gym, yoga's safety, exercises
# that make it worse.
test_exercises_that_help_look_alikes = said_cases(
    [
        ("Are there any exercises I should avoid with sciatica?", "what-to-avoid"),
        ("Are there any exercises I can do at the gym with sciatica?", "gym-yoga"),
        ("Is it safe to do yoga with a herniated disc?", "gym-yoga"),
        ("Are there any exercises that make sciatica worse?", "exercise-safely"),
    ],
)  # fmt: skip
