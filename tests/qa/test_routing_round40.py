"""Routing classes of round 40, written by the team before the fix (no labelled line copied):
a horse ridden is the rider's sport, not a bike ride; an hours-long practice at an instrument
or study at a desk with back pain asks how to sit."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import said_cases

# Red-team wordings the fix did not reach (kept to show the class's figure honestly).
_MARE = "a mare told alone is an animal (the pets rule in qa.yaml), even with riding asked"
_TOLD = "a doctor's word told before the riding question is ranked as seeing a doctor"

# A horse ridden: riding words ("keep riding", "riding again") are the horse's, not the bike's;
# exercising safely, which holds for any sport, answers it.
test_horse_riding_is_not_cycling = said_cases(
    [
        ("I've ridden horses all my life and my lower back aches after every lesson. How do I "
         "keep riding without making it worse?", "exercise-safely"),
        pytest.param(
            "Slipped disc diagnosed last month. My mare needs exercising daily. Is it ok to "
            "start riding again or should I wait?", "exercise-safely",
            marks=pytest.mark.xfail(reason=_MARE, strict=True),
        ),
        ("Sciatica flares after I canter. Should I give up riding or can I carry on?",
         "exercise-safely"),
        ("My back hurts after riding my horse for an hour. Any tips for riding with sciatica?",
         "exercise-safely"),
        ("I compete in dressage and have a bulging disc. Can I continue riding?",
         "exercise-safely"),
        ("Been riding since I was a child, now herniated disc at L5. Will riding the horse make "
         "it worse?", "exercise-safely"),
        ("Sitting trot kills my lower back these days. How do I keep riding with sciatica?",
         "exercise-safely"),
        pytest.param(
            "My doctor says I shouldn't ride again after my disc injury but my horse is my "
            "life. How do other riders cope?", "exercise-safely",
            marks=pytest.mark.xfail(reason=_TOLD, strict=True),
        ),
        ("After my lessons on the pony my sciatica is worse. Should I stop riding for a while?",
         "exercise-safely"),
        ("I do barrel racing on my horse and my back is sore after every ride. Advice for "
         "riding with back pain?", "exercise-safely"),
    ],
)  # fmt: skip

# Look-alikes that must not change: a bike ridden stays cycling, a fall from a horse with
# weakness stays an alarm, an animal's own back stays out of scope.
test_riding_look_alikes = said_cases(
    [
        ("I ride my bike to work every day. Is cycling ok with sciatica?", "cycling"),
        ("Should I stop riding my road bike while the sciatica is bad?", "cycling"),
        ("I went for a long ride on my bike and now my leg hurts. Should I keep riding?",
         "cycling"),
        ("I fell off my horse yesterday and now my leg is weak and I can't lift my foot.",
         "red_flag"),
        ("Can my horse get sciatica?", "out_of_scope"),
        # Riding kit named stays outside the guide.
        ("I compete in eventing with a fused L5. Which riding boots are kindest on the back?",
         "out_of_scope"),
    ],
)  # fmt: skip

# Hours at an instrument or at study with a sore back: how to sit (posture, breaks) answers it,
# though the word "sit" is never said.
test_practice_at_an_instrument_is_sitting = said_cases(
    [
        ("I practise the piano four hours a day and my lower back is killing me. What can I "
         "do?", "sitting"),
        ("Playing guitar for hours gives me lower back pain. Any advice?", "sitting"),
        ("I'm a cellist and after long rehearsals my back aches. How can I ease it?",
         "sitting"),
        ("My lower back hurts after drum practice. Should I change how I play?", "sitting"),
        ("I play the organ at church and my back is sore after every service. Any tips?",
         "sitting"),
        ("Long practice sessions on the violin leave my lower back sore. What should I do?",
         "sitting"),
        ("Studying for exams all day has given me a sore lower back. What can I do?",
         "sitting"),
        ("I'm hunched over my laptop studying all day and my back aches. How do I stop it?",
         "sitting"),
        ("My back gets really tight from hours of practising the keyboard before a recital. "
         "Any help?", "sitting"),
        ("Hours of gaming on my PC leave my lower back sore. What can I do?", "sitting"),
    ],
)  # fmt: skip

# Look-alikes that must not change: a practice that is a sport or a sleeping posture keeps its
# own section.
test_practice_look_alikes = said_cases(
    [
        ("I've been practising yoga for years; is it safe to keep going with sciatica?",
         "gym-yoga"),
        ("What is the best posture to sleep in with sciatica?", "sleeping"),
        ("Is running ok with sciatica? I've been practising for a half marathon.", "running"),
        ("What exercises should I do for sciatica?", "long-term-treatment"),
    ],
)  # fmt: skip
