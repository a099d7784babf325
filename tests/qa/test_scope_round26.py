"""Out of scope in both directions (session 16, brief oos27): an employment matter, another
organ hurting beside the back, and a painkiller asked about beside a medicine for another
illness, on wordings written by the team (not copied from any labelled set), each beside
look-alikes that must keep their guide answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import ANSWERER, in_guide, outside, said


@pytest.mark.parametrize(
    "text",
    [
        # An employment matter: an employer's duty, sick pay, an employee managed, what to tell
        # an interviewer, an employer's refusal.
        "my boss says i cant bring my own chair in anymore even tho i have a note from my back "
        "specialist. can they actually do that??",
        "I've been off work with a slipped disc since March and HR have stopped my sick pay "
        "without telling me. What are my options?",
        "Does my employer have a duty to provide a proper desk chair? Mine is wrecking my back "
        "and they say there's no budget.",
        "We run a small warehouse and one of our drivers hurt his back lifting. How long are we "
        "required to keep him on light duties before we can let him go?",
        "got a job interview next week but i have to stand up every 20 mins because of my back. "
        "should i mention it to the interviewer or will they see me as a liability?",
    ],
)
def test_an_employment_matter_is_outside(text: str) -> None:
    assert outside(text), (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Look-alikes: working, going back or sitting at work with sciatica.
        ("can I work with sciatica?", "work"),
        ("Should I go back to work or stay off until the sciatica settles?", "work"),
        ("how do I sit at my desk at work without my back killing me?", "sitting"),
        ("my boss wants me back in the office next week, is it ok to go back with sciatica?",
         None),
        ("I told my manager about my sciatica and they gave me a standing desk. Is standing all "
         "day better than sitting?", None),
        ("HR stopped my sick pay last month so I'm back at my desk. Which stretches can I do "
         "sitting down?", None),
    ],
)  # fmt: skip
def test_working_with_sciatica_keeps_its_answer(text: str, expected: str | None) -> None:
    assert in_guide(text), (text, ANSWERER.answer(text))
    if expected is not None:
        assert said(text) == expected, (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    "text",
    [
        # The belly, a flank or a kidney hurting beside the back, no leg or sciatica told.
        "Pain in my left flank going round to my belly for 3 days, paracetamol barely touches "
        "it. Advice please",
        "Chronic kidney pain in my back, doctors dont know what it is",
        "my back and my tummy both hurt since yesterday and I cant get an appointment until "
        "next week. can anyone help?",
    ],
)
def test_another_organ_beside_the_back_is_outside(text: str) -> None:
    assert outside(text), (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Look-alikes: a hip or the back, a pain lower than the kidneys down the leg, lying on
        # the stomach, the abdominal muscles.
        ("is it my hip or my back?", None),
        ("My pain is lower than my kidneys, in the buttock and down the back of my leg. Is this "
         "sciatica?", "is-it-sciatica"),
        ("I sleep on my stomach and back pain is worse every morning, what position is best?",
         None),
        ("Will strengthening my stomach muscles help my lower back pain?", None),
    ],
)  # fmt: skip
def test_the_back_told_beside_the_belly_keeps_its_answer(text: str, expected: str | None) -> None:
    assert in_guide(text), (text, ANSWERER.answer(text))
    if expected is not None:
        assert said(text) == expected, (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    "text",
    [
        # A painkiller asked about beside an antidepressant or a blood thinner: a pharmacist's.
        "is it ok to take naproxen while I'm on sertraline? back has been awful since returning "
        "to work",
        "Can I take ibuprofen with my blood thinners for my back pain?",
        "I'm on citalopram and my GP gave me tramadol for sciatica, is that combination safe?",
        "does co-codamol mix ok with antidepressants",
        "been on warfarin for years, what painkiller can i safely take for my sciatica?",
    ],
)
def test_a_painkiller_beside_another_medicine_is_outside(text: str) -> None:
    assert outside(text), (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    "text",
    [
        # Look-alikes: whether painkillers help, are safe or go with the exercises.
        "do painkillers help?",
        "is it safe to take ibuprofen for sciatica?",
        "does gabapentin actually work for sciatica or is it a waste of time?",
        "Can I take my painkillers before doing the exercises?",
    ],
)
def test_painkillers_for_sciatica_keep_their_answer(text: str) -> None:
    assert in_guide(text), (text, ANSWERER.answer(text))
    assert said(text) == "painkillers", (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    "text",
    [
        # How to get on with someone close whose back is bad, or leaving a partner over it.
        "My wife has had a bad back for two years and she snaps at me and the kids every day. I "
        "love her but I'm exhausted. How do I talk to her about it without starting a fight?",
        "my dad refuses to see anyone about his back and just lies on the sofa all day. how do i "
        "get through to him?",
        "Since his disc operation my husband has been a different person, angry all the time, "
        "won't help around the house. I'm thinking about leaving him. Am I a terrible person?",
        "My mother-in-law keeps saying my sciatica is all in my head. How should I handle her?",
    ],
)
def test_a_relationship_question_is_outside(text: str) -> None:
    assert outside(text), (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    "text",
    [
        # Look-alikes: helping someone close with the guide's advice, liking the routine.
        "My husband has sciatica, how can I help him with his exercises?",
        "My wife has sciatica, what should she do?",
        "how do i deal with the pain at night?",
        "My partner had a microdiscectomy last week, how long before he can walk normally?",
        "I have got hooked on the stretches, is it ok to do them twice a day?",
    ],
)
def test_helping_someone_close_keeps_its_answer(text: str) -> None:
    assert in_guide(text), (text, ANSWERER.answer(text))
