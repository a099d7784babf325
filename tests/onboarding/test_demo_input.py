"""The terminal demo's input line: taps are typed so that they cannot be taken for answers."""

from __future__ import annotations

from bot.demo import _Screen, handle_line
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
