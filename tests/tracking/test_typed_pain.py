"""The pain check-in answered by typing, not tapping; and asked about only once by double taps."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.testing import BotHarness, ChatUser, sql
from tests.tracking.test_progress import finish_today, ready

DAY = timedelta(days=1)
TODAY = "2026-11-25"
OUT_OF_SCOPE = "The guide doesn't cover that"
FEELING = "How did today's routine feel?"


async def pain_rows(harness: BotHarness) -> list[tuple[object, ...]]:
    rows = await sql(harness.repo).fetch_all("SELECT local_date, score FROM pain_checkins")
    return [tuple(row) for row in rows]


async def asked(harness: BotHarness) -> ChatUser:
    """Pat, set up, has just finished today's routine and is asked how the pain is."""
    pat = await ready(harness)
    congratulation = await finish_today(pat)
    assert "How is your pain right now?" in (congratulation.text or "")
    return pat


@pytest.mark.parametrize(
    ("typed", "score"),
    [("6", 6), ("6/10", 6), ("pain 5", 5), ("about a 4", 4), ("it's a 3 today", 3),
     ("7 out of 10", 7), ("seven", 7), ("0", 0), ("10", 10)],
)  # fmt: skip
async def test_a_typed_score_is_noted_as_its_button_would_be(
    harness: BotHarness, typed: str, score: int
) -> None:
    pat = await asked(harness)
    replies = await pat.send(typed)
    assert [m.text for m in replies] == [f"Pain today: {score}/10. Noted.", FEELING]
    assert replies[1].button_texts == ["Too easy", "About right", "Too hard"]
    assert await pain_rows(harness) == [(TODAY, score)]
    # The check-in is answered: a number typed now is what it always was, no score.
    [again] = await pat.send("9")
    assert OUT_OF_SCOPE in (again.text or "")
    assert await pain_rows(harness) == [(TODAY, score)]


async def test_typed_and_tapped_scores_make_the_same_row_and_the_same_reply(
    harness: BotHarness,
) -> None:
    tapped_by = await ready(harness, 41, "Pat")
    question = await finish_today(tapped_by)
    [feeling] = await tapped_by.tap(question, text="5")  # the question is edited to the note
    typed_by = await asked_as(harness, 42)
    [typed_recorded, typed_feeling] = await typed_by.send("5")
    recorded = tapped_by.message(question.message_id).text
    assert (typed_recorded.text, typed_feeling.text) == (recorded, feeling.text)
    assert typed_feeling.button_texts == feeling.button_texts
    rows = await sql(harness.repo).fetch_all(
        "SELECT user_id, local_date, score FROM pain_checkins ORDER BY user_id"
    )
    assert [tuple(r) for r in rows] == [(41, TODAY, 5), (42, TODAY, 5)]


async def asked_as(harness: BotHarness, user_id: int) -> ChatUser:
    person = await ready(harness, user_id, "Eve")
    await finish_today(person)
    return person


@pytest.mark.parametrize("typed", ["11", "-2", "bad", "4 or 5", "5.5", "pretty bad"])
async def test_an_unusable_score_gets_a_clear_reply_and_changes_nothing(
    harness: BotHarness, typed: str
) -> None:
    pat = await asked(harness)
    before = await harness.snapshot()
    [reply] = await pat.send(typed)
    assert f'"{typed}" isn\'t a score I can note' in (reply.text or "")
    assert "0 (no pain) to 10" in (reply.text or "")
    assert reply.button_texts == [str(n) for n in range(11)]
    after = await harness.snapshot()
    # Only the reply itself is remembered, to lose its buttons once a score is noted.
    assert len(after.pop("pain_prompts")) == len(before.pop("pain_prompts")) + 1
    assert after == before
    await pat.send("3")  # still waiting: the next good answer is noted
    assert await pain_rows(harness) == [(TODAY, 3)]


async def test_a_question_while_the_check_in_waits_is_answered_and_the_check_in_re_offered(
    harness: BotHarness,
) -> None:
    pat = await asked(harness)
    [answer, again] = await pat.send("should I stay in bed?")
    assert "From the guide" in (answer.text or "")
    assert "check-in is still open" in (again.text or "") and len(again.text or "") < 100
    assert again.button_texts == [str(n) for n in range(11)]
    assert await pain_rows(harness) == []
    # Said once: the next question is answered alone, and the check-in still waits.
    [only] = await pat.send("is walking ok?")
    assert "From the guide" in (only.text or "")
    await pat.send("4")
    assert await pain_rows(harness) == [(TODAY, 4)]


async def test_a_check_in_asked_again_is_re_offered_again(harness: BotHarness) -> None:
    pat = await asked(harness)
    await pat.send("should I stay in bed?")
    await pat.send("4")
    [answered] = await pat.send("is walking ok?")  # no check-in waits: the answer alone
    assert "check-in" not in (answered.text or "")
    [photo] = await pat.command("progress")
    await pat.tap(photo, text="Log today's pain")
    [answer, again] = await pat.send("is walking ok?")
    assert "From the guide" in (answer.text or "")
    assert "check-in is still open" in (again.text or "")
    await pat.send("3")  # a later score the same day replaces the first
    assert await pain_rows(harness) == [(TODAY, 3)]


async def test_a_red_flag_with_a_number_gets_urgent_care_advice_and_no_score(
    harness: BotHarness,
) -> None:
    pat = await asked(harness)
    replies = await pat.send("pain 8 and I can't control my bladder")
    assert (replies[0].text or "").startswith("⚠️")
    assert await pain_rows(harness) == []
    assert "check-in is still open" in (replies[-1].text or "")


async def test_the_log_pain_button_opens_a_check_in_that_a_typed_score_answers(
    harness: BotHarness,
) -> None:
    pat = await ready(harness)
    [photo] = await pat.command("progress")
    await pat.tap(photo, text="Log today's pain")
    [recorded] = await pat.send("2/10")  # no routine done today: no "how did it feel?"
    assert recorded.text == "Pain today: 2/10. Noted."
    assert await pain_rows(harness) == [(TODAY, 2)]


async def test_a_check_in_left_open_ends_with_the_day_it_was_asked(harness: BotHarness) -> None:
    pat = await asked(harness)
    harness.clock.advance(DAY)
    [reply] = await pat.send("6")
    assert OUT_OF_SCOPE in (reply.text or "")
    assert await pain_rows(harness) == []
    await finish_today(pat)  # today's own check-in, typed, is noted for today
    await pat.send("6")
    assert await pain_rows(harness) == [("2026-11-26", 6)]


async def test_two_taps_before_the_edit_lands_ask_how_it_felt_once(harness: BotHarness) -> None:
    pat = await ready(harness)
    congratulation = await finish_today(pat)
    stored = harness.emulator.chat_messages[41][congratulation.message_id]
    for score in ("4", "6"):  # both queued before the bot has handled either
        pat.person.tap_raw(stored, congratulation.button(score).callback_data or "")
    await harness.deliver_pending()
    feelings = [m for m in pat.messages if m.text == FEELING]
    assert len(feelings) == 1
    assert await pain_rows(harness) == [(TODAY, 6)]  # the latest still wins
    assert pat.message(congratulation.message_id).text == "Pain today: 6/10. Noted."
