"""Routing classes missed on round 8's split, checked on paraphrases written for round 9
(invented by the team, not copied from any labelled set)."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import ANSWERER, routed, routed_cases

test_routing_round9 = routed_cases(
    [
        # What set it off, asked of one's own sciatica: why it happens.
        ("Pretty sure it's sciatica. What causes it and how do I get rid of it?", "why-sciatica"),
        ("What caused my sciatica in the first place?", "why-sciatica"),
        ("Why did it happen? I only bent down to tie my shoe.", "why-sciatica"),
        ("why does this happen to some people and not others?", "why-sciatica"),
        # Whether to get medical help or manage alone: when to see a doctor.
        ("Three weeks of sciatic pain now. Should I seek medical help or wait it out?",
         "see-a-doctor"),
        ("Is it time to get medical advice, or can I treat this myself?", "see-a-doctor"),
        ("do I need professional help for this leg pain?", "see-a-doctor"),
        # Whether a movement is all right ("is it ok to bend forward?"): what to avoid.
        ("Is it ok to bend my back forward with sciatica?", "what-to-avoid"),
        ("is it safe to lift my toddler with a bad back?", "what-to-avoid"),
        ("Should I bend or twist at all while it's bad?", "what-to-avoid"),
        # What a scan or report means: the scans section.
        ("Can you explain what my MRI means? It says L5 disc bulge.", "scans"),
        ("What do these MRI readings mean for me?", "scans"),
    ],
)  # fmt: skip


test_look_alikes_keep_their_section = routed_cases(
    [
        # Look-alikes that keep their own section.
        ("What causes a flare-up of sciatica?", "flare-ups"),
        ("Should I see a doctor about my sciatica?", "see-a-doctor"),
        ("Is it ok to go running with sciatica?", "running"),
    ],
)  # fmt: skip


def test_a_story_quoting_a_scan_report_is_about_the_scan() -> None:
    # The story's own shape (a report read out) agrees with its last sentence, however much of
    # it tells of the operation.
    text = (
        "I was told I might need surgery. The surgeon talked about the operation, the risks of "
        "surgery, recovery after surgery and the surgery waiting list. My report says: L4-5 disc "
        "protrusion touching the thecal sac, mild foraminal narrowing. I really want to "
        "understand the MRI before I decide anything."
    )
    assert routed(text) == "scans"


# What a hospital or clinic is like (its reviews) is not in the guide: the guide names no place.
@pytest.mark.parametrize(
    "text",
    ["Should I check the online reviews of the hospital before my op?",
     "Any good reviews for the spinal clinic across town?",
     "The results never came. I should have read the Google reviews, that hospital is awful."],
)  # fmt: skip
def test_reviews_of_a_place_stay_outside_the_guide(text: str) -> None:
    assert ANSWERER.answer(text).kind == "out_of_scope", text


def test_reviews_of_an_exercise_stay_in_the_guide() -> None:
    assert ANSWERER.answer("I read reviews saying walking helps sciatica, is it good?").kind == (
        "answer"
    )
