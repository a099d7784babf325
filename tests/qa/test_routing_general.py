"""Routing (round 14): general classes of misses across every real dev set, checked on
paraphrases written by the team (not copied from any labelled set), each beside look-alikes that
must keep their answer."""

from __future__ import annotations

import pytest
from spellchecker import SpellChecker

from bot.qa.text import COMMON_WORD_SHARE, common_english_words
from tests.qa.answer_checks import ANSWERER, quiet, routed


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # A story that asks nothing and only tells a warning word (an emergency operation, what
        # others may feel) is answered by what it tells, not by the warning signs.
        ("The disc burst last spring and I could hardly stand. The pain was beyond anything. "
         "They rushed me in for an emergency discectomy and took out the loose piece of disc.",
         "surgery"),
        ("I have been working from home with sciatica and my desk set-up is poor. I have "
         "ordered a new chair for the office. I still need a higher screen and a foot stool "
         "under the desk.", "sitting"),
    ],
)  # fmt: skip
def test_warning_words_told_in_a_story(text: str, expect: str) -> None:
    quiet(text)
    assert routed(text) == expect


@pytest.mark.parametrize(
    "text",
    [
        # Look-alikes: a story that wonders about a warning topic, or asks about one, still gets
        # the warning signs.
        "I have read about several people who had sciatica for months before a cancer was "
        "found. Sciatica and cancer are linked or not, I do not know.",
        "I have had sciatica for months. I read that it can be a sign of a tumour. Can it?",
        "Can sciatica ever affect the bladder?",
    ],
)
def test_warning_topic_wondered_or_asked(text: str) -> None:
    quiet(text)
    assert routed(text) == "red-flags"


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Not knowing told ("I'm not sure whether ...") is a question, though it ends on a full
        # stop: a story with it does not ask nothing.
        ("I have had a stiff back for weeks. My leg aches at night. I am not sure whether I "
         "should see a doctor.", "see-a-doctor"),
        ("The ache runs down the back of my thigh. It is worst in the car. Whether I should "
         "keep driving to work or not, I don't know.", "driving-travel"),
    ],
)  # fmt: skip
def test_not_knowing_is_asking(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # A pregnancy that is over ("since I was pregnant") is part of the story.
        ("My back hasn't hurt like this since I was pregnant. It has flared up again this "
         "week. Will it calm down?", "flare-ups"),
        # Look-alikes: a pregnancy now still gets the pregnancy section.
        ("I am pregnant and my sciatica has flared up this week. Will it calm down?",
         "pregnancy"),
        ("Since I became pregnant my sciatica has got worse. What can I do?", "pregnancy"),
    ],
)  # fmt: skip
def test_a_pregnancy_that_is_over(text: str, expect: str) -> None:
    assert routed(text) == expect


def test_the_tellers_own_infancy_is_no_pregnancy() -> None:
    # "When I was a baby" is the teller's own childhood, not a baby expected.
    text = "I was ill a lot when I was a baby. Now my back aches when I stand. Is that sciatica?"
    assert routed(text) != "pregnancy"
    assert (
        ANSWERER._pregnancy.pregnant("I had jaundice when I was a baby and now I have sciatica.")
        is False
    )
    assert ANSWERER._pregnancy.pregnant("I am 20 weeks pregnant and now I have sciatica.") is True


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Whether to have tests at all is the scans section's, however worded.
        ("My lower back has hurt for a month now. Do I need any tests, or will it pass?",
         "scans"),
        ("The pain goes down my leg. Should I get tested?", "scans"),
        ("What tests should I ask my doctor for?", "scans"),
        ("Is there a test for sciatica?", "scans"),
        ("Are there any tests that confirm a trapped nerve?", "scans"),
        # Look-alikes: an MRI already had, and a scan asked by name, keep their answers.
        ("Do I need an MRI for sciatica?", "scans"),
    ],
)  # fmt: skip
def test_whether_to_have_tests(text: str, expect: str) -> None:
    assert routed(text) == expect


def test_a_blood_test_is_no_scan() -> None:
    # A blood test is not what the scans section is about.
    assert ANSWERER.answer("Should I have a blood test for my back pain?").answer_id != "scans"


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # What else can be done, asked for oneself or for someone else, and what to do once it
        # is there: what treats it.
        ("My wife has had sciatica for weeks and the tablets do nothing. Are there any other "
         "things she can do to ease the pain?", "long-term-treatment"),
        ("Are there any ways I can do to relieve this?", "long-term-treatment"),
        ("What should I do once I have sciatica?", "long-term-treatment"),
        ("What do you do when you get sciatica?", "long-term-treatment"),
        # Look-alikes: things to avoid, and what to do after a scan, keep their answers.
        ("Are there any other things I should avoid with sciatica?", "what-to-avoid"),
        ("What should I do once I have had my MRI?", "scans"),
    ],
)  # fmt: skip
def test_what_else_can_be_done(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # A common English word is a word of its own, not a typo for a guide word.
        ("Can I go diving with sciatica?", "driving-travel"),
        ("Is scuba diving safe with sciatica?", "driving-travel"),
        ("Does meditation help sciatica?", "painkillers"),
        ("Can meditation ease sciatica pain?", "painkillers"),
        ("I get depression from the constant pain, what can I do?", "surgery"),
    ],
)
def test_a_common_word_is_no_typo(text: str, wrong: str) -> None:
    assert ANSWERER.answer(text).answer_id != wrong


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Look-alikes: real slips are still repaired, and the words themselves still answer.
        ("Is walkign ok with sciatica?", "walking"),
        ("Is it ok to go drivng with sciatica?", "driving-travel"),
        ("Can I go driving with sciatica?", "driving-travel"),
        ("Is streching good for sciatica?", "stretches-vs-exercises"),
        ("Which medication helps sciatica?", "painkillers"),
    ],
)
def test_slips_are_still_repaired(text: str, expect: str) -> None:
    assert routed(text) == expect


def test_the_common_words_are_a_word_list() -> None:
    # Loaded from the package's own English counts: everyday words in, slips out.
    common = common_english_words()
    assert {"diving", "meditation", "infection", "depression", "aching"} <= common
    assert not {"walkign", "streching", "excercise"} & common


def test_the_common_words_are_read_as_the_library_reads_its_counts() -> None:
    # The word list is read from pyspellchecker's file entry by entry (less memory than its
    # SpellChecker): the same words as the library's own counts give, at the same share.
    counts = SpellChecker(language="en", distance=1).word_frequency
    floor = counts.total_words * COMMON_WORD_SHARE
    expected = {word for word, count in counts.dictionary.items() if count >= floor}
    assert common_english_words() == expected


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # When to drive, lift, fly or work again after a back operation, asked in one sentence:
        # the surgery section gives the ranges and defers to the surgical team.
        ("How soon can I lift my toddler after my fusion?", "surgery"),
        ("When can I fly after a discectomy?", "surgery"),
        ("When can I drive after my back surgery?", "surgery"),
        ("I had back surgery in May and wonder when I can drive again", "surgery"),
        # Look-alikes: driving with sciatica, a sport after the op, a knee's operation.
        ("When can I drive with sciatica?", "driving-travel"),
        ("when can I start swimming again after the op?", "swimming"),
        ("I had knee surgery last year, when can I drive long distances with my sciatica?",
         "driving-travel"),
    ],
)  # fmt: skip
def test_resuming_after_a_back_operation(text: str, expect: str) -> None:
    assert routed(text) == expect
