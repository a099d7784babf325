"""A pain check-in closes as a tap closes it: its buttons go once a score is noted, however given.

And any command ends the wait for a typed score (as it ends a menu's typed input), while the
check-in's buttons keep working.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.qa.answer import QuestionAnswerer
from bot.testing import BotHarness, sql
from tests.tracking.test_progress import finish_today, ready
from tests.tracking.test_typed_pain import OUT_OF_SCOPE, TODAY, asked, pain_rows

NOTED = "Pain today: {}/10. Noted."


async def test_a_typed_score_edits_the_check_in_to_the_score_and_takes_its_buttons(
    harness: BotHarness,
) -> None:
    pat = await ready(harness)
    question = await finish_today(pat)
    await pat.send("6")
    shown = pat.message(question.message_id)
    assert (shown.text, shown.buttons) == (NOTED.format(6), [])
    assert await pain_rows(harness) == [(TODAY, 6)]


async def test_every_message_offering_the_check_in_closes_with_the_score(
    harness: BotHarness,
) -> None:
    pat = await asked(harness)
    question = pat.messages[-1]
    [_, reoffered] = await pat.send("should I stay in bed?")
    [unusable] = await pat.send("11")
    assert reoffered.buttons and unusable.buttons
    await pat.tap(reoffered, text="3")  # a tap on one closes them all
    for message in (question, reoffered, unusable):
        shown = pat.message(message.message_id)
        assert (shown.text, shown.buttons) == (NOTED.format(3), [])
    assert await pain_rows(harness) == [(TODAY, 3)]


@pytest.mark.parametrize(("command", "args"), [("progress", ""), ("stop", ""), ("help", "")])
async def test_a_command_ends_the_wait_for_a_typed_score(
    harness: BotHarness, command: str, args: str
) -> None:
    pat = await asked(harness)
    question = pat.messages[-1]
    await pat.command(command, args)
    [reply] = await pat.send("6")  # no longer read as the score: what a "6" always is
    assert OUT_OF_SCOPE in (reply.text or "")
    assert await pain_rows(harness) == []
    await pat.tap(question, text="5")  # the buttons still note a score
    assert await pain_rows(harness) == [(TODAY, 5)]


async def test_a_check_in_asked_after_a_command_waits_again(harness: BotHarness) -> None:
    pat = await ready(harness)
    [photo] = await pat.command("progress")
    await pat.tap(photo, text="Log today's pain")
    await pat.send("2")
    assert await sql(harness.repo).fetch_value("SELECT score FROM pain_checkins") == 2


async def test_a_check_in_message_the_person_deleted_does_not_spoil_the_score(
    database_path: Path,
    shared_answerer: QuestionAnswerer,
) -> None:
    async with BotHarness.running(
        database_path, answerer=shared_answerer, check_on_exit=False
    ) as harness:
        pat = await asked(harness)
        question = pat.messages[-1]
        # Telegram lets a person delete the bot's messages in their private chat.
        del harness.emulator.chat_messages[pat.chat_id][question.message_id]
        replies = await pat.send("4")
        assert [m.text for m in replies] == [NOTED.format(4), "How did today's routine feel?"]
        assert await pain_rows(harness) == [(TODAY, 4)]
        assert harness.errors == []
        # The emulator counts editing a missing message as a mistake; here it is the only one.
        assert {v.description for v in harness.emulator.violations} == {
            "Bad Request: message to edit not found"
        }
