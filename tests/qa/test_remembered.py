"""What the answerer remembers of one message (its sentences, focuses, the literals each sentence
holds) never answers another: messages in a row each get the answer they get alone."""

from __future__ import annotations

import re

from bot.content.loader import default_content_dir, load_content
from bot.qa.answer import QuestionAnswerer
from bot.qa.focus import asking_sentences, focuses
from bot.qa.scan import ClauseMemo, ClauseScan


def _answerer() -> QuestionAnswerer:
    return QuestionAnswerer.from_content(
        load_content(default_content_dir()), default_content_dir()
    )


def _said(answerer: QuestionAnswerer, text: str) -> tuple[str, str | None]:
    found = answerer.answer(text)
    return found.kind, found.answer_id


def test_messages_in_a_row_get_the_answers_they_get_alone() -> None:
    messages = [
        "Sciatica for two years and my groin has gone numb since yesterday. What do I do?",
        "Sciatica for two years and my calf has gone tight since yesterday. What do I do?",
        "I've had sciatica for two years. Can I still go running?",
        "I've had sciatica for two years. Should I have the surgery?",
    ]
    alone = [_said(_answerer(), message) for message in messages]
    in_a_row = _answerer()
    # Each message twice over, in both orders: nothing of the one before decides the next.
    for message in [*messages, *reversed(messages)]:
        assert _said(in_a_row, message) == alone[messages.index(message)]
    assert alone[0][0] == "red_flag" and alone[1][0] != "red_flag"
    assert alone[2] != alone[3]


def test_focuses_of_one_text_are_not_another_s() -> None:
    first, second = "My back hurts. Can I run?", "My back hurts. Can I swim?"
    told = focuses(first)
    assert told[0] == "Can I run?"
    assert focuses(second)[0] == "Can I swim?"
    # What is handed back is the caller's own: changing it changes nothing remembered.
    focuses(first).append("Should I rest?")
    asking_sentences(first).clear()
    assert focuses(first) == told
    assert asking_sentences(first) == ["Can I run?"]


def test_a_sentence_is_searched_for_the_literals_it_holds_not_its_message_s() -> None:
    numb = re.compile(r"\b(?:numb|tingling)\b")
    memo = ClauseMemo([numb])
    message = ClauseScan(["my leg is numb", "my foot is fine", "tingling in my toes"], memo)
    first = ClauseScan(["my leg is numb", "my foot is fine"], memo, within=message)
    second = ClauseScan(["tingling in my toes"], memo, within=message)
    quiet = ClauseScan(["my foot is fine"], memo, within=message)
    assert first.hits(numb) == frozenset({0})
    assert second.hits(numb) == frozenset({0})
    assert quiet.hits(numb) == frozenset() and not quiet.holds(numb)
