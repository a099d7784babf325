"""/stats for ADMIN_IDS only: numbers for admins, an unknown command for anyone else, and the
command in admins' menus only (taken back when someone stops being an admin)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from telegram import Bot, BotCommandScopeChat
from telegram.error import BadRequest

from bot.emulator import BotApiEmulator, EmulatorRequest
from bot.qa.answer import QuestionAnswerer
from bot.testing import BotHarness


def menus(emulator: BotApiEmulator) -> dict[str, list[str]]:
    """Command names per menu: 'default', or the chat id of a chat-scoped menu."""
    found: dict[str, list[str]] = {}
    for key, commands in emulator.commands.items():
        scope = json.loads(key)[0]
        name = str(scope.get("chat_id", scope["type"]))
        found[name] = [command["command"] for command in commands]
    return found


async def test_stats_for_admins_and_an_unknown_command_for_everyone_else(
    database_path: Path,
    shared_answerer: QuestionAnswerer,
) -> None:
    async with BotHarness.running(
        database_path, answerer=shared_answerer, admin_ids="71"
    ) as harness:
        admin, stranger = harness.user(71, "Ada"), harness.user(72, "Sid")
        await admin.command("start")
        await stranger.command("start")
        [numbers] = await admin.command("stats")
        assert numbers.text is not None
        assert "Subscribers: 2 active, 0 paused, 0 stopped, 0 blocked" in numbers.text
        assert "Reminders in the last 24 h: 0 sent, 0 failed" in numbers.text
        before = await harness.snapshot()
        [refused] = await stranger.command("stats")
        [unknown] = await stranger.command("nosuchcommand")
        assert refused.text == unknown.text and "/help" in (refused.text or "")
        assert "Subscribers" not in (refused.text or "")
        assert (refused.buttons, refused.reply_keyboard) == (
            unknown.buttons,
            unknown.reply_keyboard,
        )
        assert await harness.snapshot() == before  # a refusal stores nothing either
        [helped] = await stranger.command("help")
        assert "/stats" not in (helped.text or "")


async def test_only_admins_menus_hold_stats_and_an_ex_admin_loses_it(
    database_path: Path, shared_answerer: QuestionAnswerer
) -> None:
    emulator = BotApiEmulator(per_chat_rate=None)
    for user_id in (71, 73):  # both wrote to the bot before, so Telegram knows their chats
        emulator.add_chat(emulator.user(user_id, "Admin").private_chat)
    async with BotHarness.running(
        database_path, answerer=shared_answerer, emulator=emulator, admin_ids="71,73"
    ):
        shown = menus(emulator)
    assert "stats" not in shown["default"] and "help" in shown["default"]
    assert "stats" in shown["71"] and "stats" in shown["73"]

    async with BotHarness.running(
        database_path, answerer=shared_answerer, emulator=emulator, admin_ids="71"
    ):
        shown = menus(emulator)
    assert "stats" in shown["71"]
    assert "73" not in shown  # back to the default menu, without /stats


async def test_an_admin_unknown_at_start_gets_the_menu_with_their_first_stats(
    database_path: Path,
    shared_answerer: QuestionAnswerer,
) -> None:
    async with BotHarness.running(
        database_path, answerer=shared_answerer, admin_ids="71"
    ) as harness:
        assert "71" not in menus(harness.emulator)  # Telegram refused: chat not found
        admin = harness.user(71, "Ada")
        await admin.command("stats")
        assert "stats" in menus(harness.emulator)["71"]
        await admin.command("stats")  # already there: set once
        sets = [r.params.get("scope") for r in harness.emulator.requests
                if r.method == "setMyCommands" and r.status == 200]  # fmt: skip
        assert sets == [None, {"type": "chat", "chat_id": 71}]  # the default at start, then Ada's


async def test_emulator_refuses_a_chat_scoped_menu_for_an_unknown_chat() -> None:
    emulator = BotApiEmulator()
    bot = Bot(emulator.token, request=EmulatorRequest(emulator))
    async with bot:
        with pytest.raises(BadRequest, match=r"[Cc]hat not found"):
            await bot.set_my_commands([("stats", "Numbers")], scope=BotCommandScopeChat(5))
        emulator.add_chat(emulator.user(5, "Kim").private_chat)
        assert await bot.set_my_commands([("stats", "Numbers")], scope=BotCommandScopeChat(5))
        [command] = await bot.get_my_commands(scope=BotCommandScopeChat(5))
        assert command.command == "stats"
        assert await bot.get_my_commands() == ()  # the default menu is separate
