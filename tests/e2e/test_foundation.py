"""The foundation end to end: start-up, /start, /help, placeholders, groups and errors."""

from __future__ import annotations

import logging

import pytest

from bot.chat.basics import public_commands
from bot.testing import BotHarness, sql


async def test_start_up_publishes_the_command_menu(harness: BotHarness) -> None:
    calls = harness.emulator.sent_requests("setMyCommands")
    assert len(calls) == 1
    published = [c["command"] for c in calls[0].params["commands"]]
    assert published == [c.name for c in public_commands(harness.services.content.texts)]


async def test_start_welcomes_says_it_is_not_a_doctor_and_stores_the_subscriber(
    harness: BotHarness,
) -> None:
    alex = harness.user(1001, "Alex")
    replies = await alex.command("start")
    text = "\n".join(m.text or "" for m in replies)
    assert "Hi Alex" in text
    assert "not a doctor" in text and "medical advice" in text
    row = await sql(harness.repo).fetch_one("SELECT * FROM subscribers WHERE user_id = 1001")
    assert row is not None and row["chat_id"] == 1001 and row["status"] == "active"


async def test_disclaimer_is_said_once(harness: BotHarness) -> None:
    alex = harness.user(1001, "Alex")
    await alex.command("start")
    again = await alex.command("start")
    assert all("not a doctor" not in (m.text or "") for m in again)
    assert await sql(harness.repo).fetch_value("SELECT COUNT(*) FROM subscribers") == 1


async def test_help_lists_every_registered_command(harness: BotHarness) -> None:
    alex = harness.user()
    [reply] = await alex.command("help")
    for command in public_commands(harness.services.content.texts):
        assert f"/{command.name} - {command.description}" in (reply.text or "")


async def test_every_registered_command_answers(harness: BotHarness) -> None:
    alex = harness.user()
    await alex.command("start")
    for command in public_commands(harness.services.content.texts):
        replies = await alex.command(command.name)
        assert replies, f"/{command.name} got no answer"


async def test_commands_in_a_group_point_to_the_private_chat_and_store_nothing(
    harness: BotHarness,
) -> None:
    alex = harness.user(1002)
    group = alex.person.group(-500)
    alex.person.send_command("start", chat=group)
    await harness.deliver_pending()
    [reply] = harness.emulator.messages(-500)
    assert "private chat" in (reply.text or "")
    assert await sql(harness.repo).fetch_value("SELECT COUNT(*) FROM subscribers") == 0


async def test_a_failing_handler_apologises_and_the_bot_keeps_going(
    harness: BotHarness, monkeypatch: object
) -> None:
    alex = harness.user()
    repo = harness.repo

    async def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("database on fire")

    original = repo.subscribers.register
    repo.subscribers.register = broken  # type: ignore[method-assign, assignment]
    [apology] = await alex.command("start")
    assert "Sorry, something went wrong" in (apology.text or "")
    repo.subscribers.register = original  # type: ignore[method-assign]
    replies = await alex.command("start")
    assert any("Hi Alex" in (m.text or "") for m in replies)


async def test_a_tap_failing_after_its_answer_gets_the_apology_as_a_message(
    harness: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    """A fault after the tap was answered (Telegram takes one answer per query): the answer
    stays, and the apology comes as a message (before: a second answer, refused, so the
    person saw no apology and the log said "could not deliver the apology")."""
    alex = harness.user(1001, "Alex")
    await alex.command("start")
    *_, routine = await alex.command("today")

    async def broken(*args: object, **kwargs: object) -> bool:
        raise RuntimeError("database on fire")

    harness.repo.sets.mark_completed = broken  # type: ignore[method-assign]
    with caplog.at_level(logging.WARNING, logger="bot.handlers.errors"):
        *_, apology = await alex.tap(routine, text="✅ All done")
    assert alex.last_callback_answer == "Marked every remaining set as done."
    assert apology.text == (
        "Sorry, something went wrong on my side. Please try again in a moment."
    )
    assert not [r for r in caplog.records if "could not deliver" in r.getMessage()]
    assert harness.emulator.unanswered_callback_queries() == []
    answers = harness.emulator.sent_requests("answerCallbackQuery")
    assert [call.status for call in answers] == [200]  # one answer, none refused
