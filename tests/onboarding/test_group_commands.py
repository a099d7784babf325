"""In a group, only commands for this bot get the pointer to the private chat.

Groups often hold several bots; `/help@other_bot` is addressed to another one and must not
draw a reply from this one.
"""

from __future__ import annotations

from bot.testing import BotHarness


async def test_a_command_for_another_bot_in_a_group_gets_no_reply(harness: BotHarness) -> None:
    before = await harness.snapshot()
    kim = harness.emulator.user(12, "Kim")
    group = kim.group(-100123, "Back pain club")
    kim.send_command("help@other_bot", chat=group)
    kim.send_command("start@OtherHelperBot", chat=group)
    await harness.deliver_pending()
    assert harness.emulator.messages(-100123) == []
    assert await harness.snapshot() == before


async def test_a_command_for_this_bot_in_a_group_gets_the_pointer(harness: BotHarness) -> None:
    kim = harness.emulator.user(12, "Kim")
    group = kim.group(-100123, "Back pain club")
    username = harness.app.bot.username
    kim.send_command(f"start@{username}", chat=group)
    kim.send_command(f"help@{username.upper()}", chat=group)  # usernames ignore case
    kim.send_command("help", chat=group)  # no name: every bot in the group reads it
    await harness.deliver_pending()
    replies = harness.emulator.messages(-100123)
    assert len(replies) == 3 and all("private chat" in (m.text or "") for m in replies)
