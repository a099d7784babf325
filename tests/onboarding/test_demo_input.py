"""The terminal demo's input line: taps are typed so that they cannot be taken for answers, and
each line waits for the bot to finish with the one before (input piped in one go)."""

from __future__ import annotations

import asyncio

import pytest

from bot.demo import TURN_LIMIT, Terminal, _Screen, converse, handle_line
from bot.emulator import BotApiEmulator


def test_a_bare_number_is_a_message_and_a_hash_number_is_a_tap() -> None:
    emulator = BotApiEmulator()
    person = emulator.user(1, "Ann")
    screen = _Screen(emulator, person.chat_id)
    screen.buttons[7] = (99, "07:00")  # a button printed earlier, on a message now gone
    assert handle_line(person, screen, "7") is None
    [update] = emulator.take_updates()
    assert update["message"]["text"] == "7"  # "7" at the time step is a time, not a tap
    assert handle_line(person, screen, "#7") == "button [7] is no longer there"
    assert handle_line(person, screen, "/tap 8") == "there is no button [8] on screen"
    assert handle_line(person, screen, "/loc north") is not None
    assert emulator.take_updates() == []  # none of those sent anything


class Bot:
    """Stands in for the bot behind the emulator: what was sent, and which turns it finished."""

    def __init__(self, *, finishes: bool = True) -> None:
        self.sent: list[str] = []
        self.finished_after: list[list[str]] = []
        self.finishes = finishes

    async def send(self, text: str) -> str | None:
        if text.startswith("#"):
            return f"there is no button [{text[1:]}] on screen"
        self.sent.append(text)
        return None

    async def finished(self) -> bool:
        self.finished_after.append(list(self.sent))
        return self.finishes


class Shown(Terminal):
    def __init__(self, bot: Bot) -> None:
        self.bot = bot
        self.refreshed_after: list[list[str]] = []

    def refresh(self) -> None:
        self.refreshed_after.append(list(self.bot.sent))


def queued(*lines: str) -> asyncio.Queue[str | None]:
    """Lines as the stdin reader queues them when they are piped: all at once, then the end."""
    queue: asyncio.Queue[str | None] = asyncio.Queue()
    for line in (*lines, None):
        queue.put_nowait(line)
    return queue


async def test_each_line_is_sent_once_the_bot_has_finished_the_one_before(
    capsys: pytest.CaptureFixture[str],
) -> None:
    bot = Bot()
    shown = Shown(bot)
    lines = queued("/start\n", "\n", "Berlin\n", "#9\n", "7\n")
    await converse(lines, bot.send, bot.finished, shown, echo=True)
    assert bot.sent == ["/start", "Berlin", "7"]
    # The bot's turn ended (and its replies were printed) before the next line was sent; the
    # blank line and the tap of a button not on screen sent nothing, so nothing was waited for.
    assert bot.finished_after == [["/start"], ["/start", "Berlin"], ["/start", "Berlin", "7"]]
    assert shown.refreshed_after == bot.finished_after
    printed = capsys.readouterr().out
    notes = ["> #9", "  (there is no button [9] on screen)"]
    assert printed.splitlines() == ["> /start", "> Berlin", *notes, "> 7"]


async def test_a_bot_that_never_finishes_a_turn_does_not_hang_the_demo(
    capsys: pytest.CaptureFixture[str],
) -> None:
    bot = Bot(finishes=False)  # the safety net gave up on each turn
    await converse(queued("hello\n", "bye\n"), bot.send, bot.finished, Shown(bot), echo=False)
    assert bot.sent == ["hello", "bye"]
    printed = capsys.readouterr().out
    assert printed.count(f"not finished after {TURN_LIMIT:.0f} s") == 2
    assert "hello" not in printed  # typed lines are not echoed: the terminal shows them
