"""Red flags by class, from a red-team written for round 19's work on round 18's dev split
(issue 15): forum-style wordings of my own, beside the look-alikes that guard them (not copied
from any labelled set).

Alarm (NICE NG59 / NHS): a leg told weakening or two legs gone numb, with an aside in brackets
between the limb and what it does ("my left leg (the one with the sciatica) is getting
weaker"); a short title line the body finishes ("Both legs" / "have gone weak since the
weekend"); constipation with a lost control or feeling told beside the painkiller.
Quiet: constipation put down to a painkiller or named as a drug's side effect; a zap, shock or
jolt told as pain through the buttock (the sciatic pain's kind, not a changed saddle feeling).
"""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import alarm_naming, flag_cases, flags, quiet, quiet_cases

# An aside in brackets between the limb and the sign.
test_a_sign_told_past_an_aside_in_brackets_alarms = flag_cases(
    [("My left leg (the one with the sciatica) is getting weaker by the day.", "leg_weakness"),
     ("the right foot (same side as the bad hip) has started dragging when I walk",
      "leg_weakness"),
     ("Both legs (not just the bad one now) have gone numb since this morning.", "both_legs"),
     ("I've noticed my leg (the sore one) is starting to give way on the stairs.",
      "leg_weakness")],
)  # fmt: skip


# The same asides, the limb told better or only aching.
test_an_aside_in_brackets_with_no_sign_stays_quiet = quiet_cases(
    ["My left leg (the one with the sciatica) is feeling much stronger since the physio.",
     "my right leg (the sore one) aches after a long walk, is that normal?"],
)  # fmt: skip


# A title line finished by the body under it.
test_a_title_line_the_body_finishes_alarms = flag_cases(
    [("Bum and privates\n\ngone numb since yesterday, what's going on?", "saddle"),
     ("Both legs\n\nhave gone weak since the weekend and I keep tripping", "leg_weakness"),
     ("Hips and legs\n\nwent dead on me after the drive and it hasn't passed", "both_legs")],
)  # fmt: skip


def test_a_title_line_with_only_an_ache_stays_quiet() -> None:
    quiet("Legs and back\n\nache after an hour in the kayak, what am I doing wrong?")


# Constipation from a painkiller, or named as a side effect.
test_constipation_from_a_painkiller_stays_quiet = quiet_cases(
    ["The codeine helps my back but it makes me constipated, what can I do about that?",
     "Tramadol bunged me up, constipation is awful, any tips?",
     "the morphine works for the pain but the side effect, constipation, is nearly as bad"],
)  # fmt: skip


# A painkiller named, and control or feeling lost told beside the constipation.
@pytest.mark.parametrize(
    "text",
    ["I'm on codeine but now I can't control my bowels at all",
     "the tramadol has me constipated and I can't feel when I wipe",
     "Taking painkillers. I can't hold my bladder since Tuesday and I'm constipated",
     "I'm constipated and can't feel when I need to go, my bum is numb too"],
)  # fmt: skip
def test_lost_control_or_feeling_beside_a_painkiller_alarms(text: str) -> None:
    assert {"bladder_bowel", "saddle"} & set(flags(text))


# A zap or shock of pain through the buttock.
test_a_shock_of_pain_through_the_buttock_stays_quiet = quiet_cases(
    [("Every time I stand up I get a zap of pain through my bum cheek and down the back of my "
      "thigh"),
     "sharp shocks of pain through the butt cheek into the leg when I bend, what stretch helps?",
     "it's like electric shocks of pain in my buttock when I cough"],
)  # fmt: skip


# Shocks with a numbness, the genitals or the toilet told.
test_shocks_with_a_changed_saddle_feeling_alarm = alarm_naming(
    "saddle",
    ["zapping and tingling in my bum cheeks and between my legs since yesterday",
     "my buttocks feel numb and I keep getting electric shocks down there",
     "electric shocks in my privates since this morning",
     "electric shock feelings in my bum and I can't feel the toilet paper"],
)  # fmt: skip
