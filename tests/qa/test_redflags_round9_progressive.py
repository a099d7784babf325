"""Lay wordings for back pain that is progressive and non-mechanical, in the upper or middle
back, or told with exhaustion (NICE NG59 and NICE CKS red flags for spinal malignancy or
infection), written for round 9 (invented by the team, not copied from any labelled set): each
class with paraphrases that must alarm and look-alikes that must stay quiet.

Chosen for the look-alikes: a pain that is getting better, or worse only after sitting,
standing or a chore (mechanical), is no red flag; tiredness with a cause told (the pain keeping
them awake, lost sleep, tablets, exercise, a baby) is not being unwell in themselves, even
when the pain is getting worse: that is the guide's "see a GP", not an emergency."""

from __future__ import annotations

from tests.qa.answer_checks import alarm_naming, flags, quiet_cases

# Pain in the upper or middle back (thoracic pain: NICE, a flag for malignancy, infection or
# fracture) that keeps getting worse or will not ease.
test_upper_or_middle_back_pain_that_keeps_getting_worse = alarm_naming(
    "thoracic_pain",
    ["the pain between my shoulder blades keeps getting worse",
     "I've got an ache in my upper back that won't go away, it's worse every week",
     "my dad's pain in the middle of his back just keeps getting worse",
     "mid-back pain for a month now and nothing eases it"],
)  # fmt: skip


test_upper_back_look_alikes_stay_quiet = quiet_cases(
    ["the middle of my back is stiff after gardening",
     "my upper back got worse after I sat at my desk too long",
     "my upper back pain is getting better since I started the stretches",
     "can upper back pain get worse with sciatica?",
     "which stretch is good for the middle of my back?"],
)  # fmt: skip


# Pain getting worse and worse whatever is tried, told as severe or stopping sleep or lying
# down (non-mechanical, progressive pain).
test_severe_pain_getting_worse_whatever_is_tried = alarm_naming(
    "progressive_pain",
    ["the pain gets worse and worse whatever I try, it's unbearable",
     "Nothing helps and it keeps getting worse. I can't lie down in bed anymore.",
     "I've tried everything and the pain is still getting worse; it's excruciating",
     "No matter what I do my back keeps getting worse and I can't sleep",
     "My wife's pain has been severe for weeks. Whatever she takes, it grows worse."],
)  # fmt: skip


test_progressive_look_alikes_stay_quiet = quiet_cases(
    ["my pain is getting better every day, can I start running?",
     "it got worse after I sat too long on the train",
     "it got worse after I sat too long and nothing seems to help, it's really severe",
     "my sciatica keeps getting worse when I sit, which stretch helps?",
     "what should I do if the pain keeps getting worse despite the exercises?",
     "Is it normal for sciatica to get worse before it gets better?",
     "I've tried everything and the pain is finally easing"],
)  # fmt: skip


# Exhausted or drained all the time, with a back pain that has grown worse (unwell in
# themselves: NICE NG59, systemically unwell).
test_exhaustion_with_back_pain_that_grows_worse = alarm_naming(
    "systemic_fatigue",
    ["I've been exhausted all the time for weeks and my back pain keeps getting worse",
     "I feel completely drained. My lower back has grown worse over the last month.",
     "extreme tiredness since the spring, and the ache in my back is worse every week",
     "my mum has no energy at all and her back pain got worse and worse"],
)  # fmt: skip


test_tiredness_look_alikes_stay_quiet = quiet_cases(
    ["I'm tired because the pain keeps me up",
     "I'm exhausted because the pain keeps me awake and it's getting worse",
     "I'm worn out from lack of sleep and my sciatica is getting worse",
     "I'm tired all the time from the painkillers and my back got worse",
     "can sciatica make you tired?",
     "I'm exhausted after the exercises, is that normal?",
     "my pain is getting better but I'm still exhausted from the new baby",
     "I feel drained and my back aches"],
)  # fmt: skip


# Denied in its own clause: no exhaustion, or a pain that is not getting worse.
test_denied_or_mechanical_stays_quiet = quiet_cases(
    ["I'm exhausted all the time but my back pain isn't getting worse",
     "I'm not exhausted, it's just that my back keeps getting worse",
     "no matter what I do it hurts, but it's not getting any worse",
     "my upper back hurts when I sit at my desk and nothing helps"],
)  # fmt: skip


def test_exhaustion_denied_then_a_new_one_alarms() -> None:
    text = "I wasn't tired before, but now I'm exhausted all the time and my back is getting worse"
    assert "systemic_fatigue" in flags(text)
