"""Routing (round 17): classes of misses seen on round 15's split (dev since round 16), checked
on wordings written by the team (not copied from any labelled set), each beside look-alikes that
must keep their answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import ANSWERER, routed


def _outside(text: str) -> bool:
    return ANSWERER.answer(text).kind == "out_of_scope"


@pytest.mark.parametrize(
    "text",
    [
        # A pastime the guide has no section on (outdoors, on the water, riding, dancing, golf):
        # how to exercise safely, which holds for any activity.
        "Is it ok to go kayaking with a slipped disc?",
        "I canoe most weekends, will paddling make my sciatica worse?",
        "can I go snorkelling on holiday with sciatica?",
        "My sciatica flared up, should I cancel my scuba diving trip?",
        "I'm a keen golfer, can I still play 18 holes with sciatica?",
        "Is bouldering a bad idea with a bulging disc?",
        "When can I go back to rock climbing with sciatica?",
        "can I still do ballet with sciatica",
        "I love dancing but my sciatica is bad, should I stop?",
        "Will snowboarding hurt my back if I have sciatica?",
        "can I go sailing with sciatica",
        "Is horse riding bad for sciatica?",
        "I have a hobby I love, can I keep it up with sciatica?",
    ],
)
def test_a_pastime_the_guide_does_not_name_is_exercising_safely(text: str) -> None:
    assert routed(text) == "exercise-safely"


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Look-alikes: the gym, yoga, weights and a gym's rowing machine keep their section; so
        # do the sports the guide has one for, the stairs (walked) and a trade (work).
        ("is yoga ok with sciatica?", "gym-yoga"),
        ("can I lift weights with a herniated disc?", "gym-yoga"),
        ("is the rowing machine at the gym ok for sciatica?", "gym-yoga"),
        ("can I go swimming with sciatica?", "swimming"),
        ("is cycling ok with sciatica?", "cycling"),
        ("can I keep running with sciatica?", "running"),
        ("is climbing the stairs bad for sciatica?", "walking"),
        ("I'm a climbing instructor, can I keep working with sciatica?", "work"),
        ("I work as a dance teacher and my sciatica is bad, what can I do at work?", "work"),
    ],
)  # fmt: skip
def test_pastime_lookalikes_keep_their_answer(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    "text",
    [
        # The back told without "my" (a back problem, aches, the lower back, a disc) keeps a
        # message about sciatica in the guide beside a word of another subject: a teenager, a
        # tooth in a comparison, ringing ears.
        "Our 14 year old has bad back aches after football, what should we do?",
        "Back problem for a year, and from the knee down it feels like a tooth pulled out, "
        "what could it be?",
        "My tinnitus gets worse in the scanner, is there another way to look at the discs?",
        "our 16 year old son has lower back pain going into his leg, is it sciatica?",
    ],
)
def test_the_back_told_in_any_words_stays_in_the_guide(text: str) -> None:
    assert not _outside(text), (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    "text",
    [
        # Look-alikes: an animal's back or disc, and another illness with no back told, stay
        # outside.
        "Our dog has a bad back injury and the vet thinks it is a slipped disc, what can we do?",
        "my cat has a disc problem in her lower back, how long will she take to heal?",
        "I have tinnitus, what helps the ringing?",
    ],
)
def test_an_animals_back_stays_outside(text: str) -> None:
    assert _outside(text), (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # A question declared as such ("my question to you all is should I ...") is what the
        # message asks, whatever plea or side question follows it.
        ("I've had sciatica for a year and I'm booked for a microdiscectomy next month. The "
         "gabapentin is working a bit better now. My question to you all is should I still go "
         "ahead with the operation? Could the pills be masking it? What do you think?",
         "surgery"),
        ("Pain went down my leg for months and my GP sent me for an MRI. My question for "
         "everyone here is do I really need the scan? Is the waiting list long where you are? "
         "Thoughts?", "scans"),
        # Look-alike: a declared statement ("my question to you is, even when I try ...") asks
        # nothing: the question asked later is the one answered.
        ("I was a runner before my sciatica. My question to you is, even when I try hard I "
         "am slow now. How long before I can run properly again?", "running"),
    ],
)  # fmt: skip
def test_a_declared_question_leads(text: str, expect: str) -> None:
    assert routed(text) == expect
