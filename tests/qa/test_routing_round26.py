"""Routing (round 27 of issue 15, classes that recur across rounds of real messages): another
treatment asked past the medicines told ("any other treatment besides tablets?", "besides
ibuprofen, what else can I do?", "apart from painkillers and rest, what treatments are
there?") is what treats sciatica, however the medicines are listed or spelt, and the question
after a comma is no item of that list; another medicine asked for keeps the question about
medicines; what to do to keep it from happening again ("what exercises can I do to prevent it
from happening again?") is prevention, even when the routine asked for is what treats it;
whether it passes alone weighed against being seen, either way round ("will it go away on its
own or should he see a specialist?"), is when to see a doctor, or the physio's or the
chiropractor's section when one is named. Wordings written by the team, beside look-alikes
that must keep their answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import routed


@pytest.mark.parametrize(
    "text",
    [
        "I've been on naproxen and co-codamol for weeks. Is there any other treatment besides "
        "tablets?",
        "Apart from painkillers and rest, what treatments are there for sciatica?",
        "Besides ibuprofen, what else can I do for my sciatic nerve pain?",
        "Other than anti-inflammatories, are there treatments that actually help a bulging disc?",
        "Can you recommend a treatment for sciatica other than pills?",
        # One thing tried told before the medicines, misspelt.
        "My leg has ached for a month. Any other treatment besides taking antiinflamatorys and "
        "pain medicines?",
    ],
)  # fmt: skip
def test_another_treatment_asked_past_the_medicines_is_what_treats_it(text: str) -> None:
    assert routed(text) == "long-term-treatment"


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Another medicine asked for keeps the medicines' section.
        ("Is there a painkiller besides codeine that I could ask my GP about for sciatica?",
         "painkillers"),
        ("Besides ibuprofen, which painkillers are safe for sciatica?", "painkillers"),
        ("Other than naproxen, is there another tablet I could ask for?", "painkillers"),
        ("Apart from gabapentin, what other medication helps nerve pain?", "painkillers"),
        ("What can I take instead of ibuprofen, it upsets my stomach?", "painkillers"),
        ("Does gabapentin work for sciatica?", "painkillers"),
        # Something named past the medicines is what is asked.
        ("Besides paracetamol, is it ok to use a hot water bottle?", "heat-ice"),
        ("Besides painkillers, should I see a physio?", "physiotherapy"),
    ],
)  # fmt: skip
def test_a_medicine_or_a_named_treatment_asked_past_them_keeps_its_own(
    text: str, expect: str
) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    "text",
    [
        "What exercises can I do to prevent it from happening again?",
        "I had a bad bout of sciatica in the spring. Tablets and a cortisone shot settled it, but "
        "I never found out why. Which stretches should I do to stop it happening again?",
        "My husband is finally over his sciatica. What can he do to keep it from recurring?",
        "Any exercises to prevent the pain from occurring again once it has gone?",
    ],
)  # fmt: skip
def test_keeping_it_from_happening_again_is_prevention(text: str) -> None:
    assert routed(text) == "prevention"


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("What exercises can I do to ease my sciatica?", "long-term-treatment"),
        ("Which exercises help sciatica?", "long-term-treatment"),
        ("How long does sciatica usually last?", "how-long"),
    ],
)  # fmt: skip
def test_what_treats_it_now_keeps_its_own(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    "text",
    [
        "My husband has had a stiff lower back for a week after moving house. Will it go away on "
        "its own or should he see a specialist?",
        "Pain in my left buttock since Saturday. Is this going to heal by itself, or do I need "
        "to see a GP?",
        "will my back pain go away on its own or should i see a doctor",
        "My teenage son says his lower back hurts after football. Will it clear up by itself or "
        "should we take him to the doctor?",
        "Is sciatica something that goes away on its own, or should I go and see someone about "
        "it?",
        "Should I book in with my GP or just wait it out?",
    ],
)  # fmt: skip
def test_passing_alone_or_being_seen_is_when_to_see_a_doctor(text: str) -> None:
    assert routed(text) == "see-a-doctor"


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("Will my sciatica go away on its own?", "how-long"),
        ("Does sciatica go away by itself, and how long does it take?", "how-long"),
        ("My back hurts when I cough. Will it go away by itself or should I go see a "
         "chiropractor?", "other-treatments"),
        ("Should I see a physio or will the sciatica go away on its own?", "physiotherapy"),
    ],
)  # fmt: skip
def test_how_long_alone_or_a_named_therapist_keeps_its_own(text: str, expect: str) -> None:
    assert routed(text) == expect
