"""Routing (round 22, issue 15): a back operation told, then how its recovery goes or when a
sport or pastime can start again, is the surgery section's; the outlook asked of a condition is
how long it lasts; teeth in a figure of speech for bearing pain ("gritting my teeth") and "brand
new" name no dental subject and no make. Wordings written by the team, beside look-alikes
(another joint's operation, a test, a tooth, a make) that must keep their answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import routed_cases, routed_to, said, said_cases

test_recovery_after_a_back_operation_told_is_the_surgery_section = routed_to(
    "surgery",
    [
        # Whether what the operation left eases with time.
        "I had a laminectomy six weeks ago and the scar area still aches when I turn over in "
        "bed. Will this ease with time?",
        "Three months since my discectomy, back at the office but getting out of a chair is "
        "still hard. Does it get easier?",
        "After my back op in January I'm doing fine except mornings are stiff. Is that part of "
        "recovery?",
        # Back to a sport or a pastime after it.
        "My husband had a lumbar fusion in March. He's desperate to get back to golf. How long "
        "did it take you all?",
        "Had spinal surgery in the spring. I used to play squash competitively - when could I "
        "realistically return to it?",
        # How long recovery takes, for one who had, faces or weighs the operation.
        "I underwent a microdiscectomy two weeks ago. How long is the recovery usually?",
        "I'm booked in for a decompression next month and I'm terrified. Any tips from those "
        "who have been through it?",
        "My consultant says I need an operation on my L4 disc. I've never had surgery before, "
        "any advice?",
    ],
)  # fmt: skip


test_without_a_back_operation_told_the_answer_stands = routed_cases(
    [
        # Another joint's operation: the sciatica question stands.
        ("I had knee surgery last year. Does sciatica get better on its own?", "how-long"),
        ("I had a hip replacement two years ago and now I have sciatica. Is running ok?",
         "running"),
        # No operation told.
        ("How long does sciatica last?", "how-long"),
        ("Is walking good for sciatica?", "walking"),
        ("Will I need surgery for sciatica?", "surgery"),
    ],
)  # fmt: skip


test_a_figure_of_speech_names_no_subject_outside_the_guide = said_cases(
    [
        # Teeth in a figure of speech for bearing the pain.
        ("I'm getting through the working day with clenched teeth because sitting at my desk "
         "is agony. What can I do?", "sitting"),
        ("Walking the dog is done through gritted teeth at the moment, the pain goes down to my "
         "calf. Is walking making it worse?", "walking"),
        ("I have a sweet tooth and have put on weight since the sciatica stopped me running. "
         "Can I run again?", "running"),
        ("Since the flare started I grit my teeth every time I stand up from the sofa. Should "
         "I keep doing the stretches?", "exercise-safely"),
        # "Brand new" says how new.
        ("Brand new diagnosis of a slipped disc pressing on the nerve. Is walking okay?",
         "walking"),
        ("My doctor just told me I have sciatica and I'm brand new to it, how long does it "
         "usually last?", "how-long"),
    ],
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # The teeth themselves, or a make asked.
        "My teeth hurt when I chew. Is that normal?",
        "Which brand of heat pad is best for sciatica?",
        "What brand of foam roller do you recommend?",
    ],
)  # fmt: skip
def test_teeth_or_a_make_asked_stay_outside_the_guide(text: str) -> None:
    assert said(text) == "out_of_scope"


test_the_outlook_asked_is_how_long_sciatica_lasts = routed_to(
    "how-long",
    [
        # The outlook asked of a condition, or of the people who have it.
        "My dad has just been told he has a bulging disc. What is the outlook for people like "
        "him?",
        "What's the prognosis for sciatica?",
        "I was diagnosed with spinal stenosis last week. What usually happens to people with it?",
        "What becomes of people with sciatica in the long run?",
        "Do people with a herniated disc usually recover?",
    ],
)  # fmt: skip


test_what_happens_in_a_test_keeps_its_answer = routed_cases(
    [
        # What happens in a test or a treatment, not to the people with the condition.
        ("What happens during an MRI scan?", "scans"),
    ],
)  # fmt: skip
