"""The WhatsApp words load, and the README shows the template exactly as content/ holds it."""

from __future__ import annotations

from pathlib import Path

from bot.content.loader import default_content_dir
from bot.settings import Settings
from bot.whatsapp.inbound import command_of, parse_update
from bot.whatsapp.words import load_words

ROOT = Path(__file__).resolve().parents[2]


def test_the_template_to_submit_is_in_the_readme_word_for_word() -> None:
    template = load_words(default_content_dir()).reminder_template
    readme = (ROOT / "README.md").read_text()
    assert f"> {template.body}\n" in readme
    assert f"**{template.button}**" in readme and f"`{template.name}`" in readme
    defaults = Settings(_env_file=None)
    assert defaults.whatsapp_reminder_template == template.name
    assert defaults.whatsapp_template_language == template.language


def test_command_words() -> None:
    commands = {"today", "help", "pause", "stop"}
    assert command_of("Today", commands) == ("today", ())
    assert command_of(" help! ", commands) == ("help", ())
    assert command_of("/pause 3", commands) == ("pause", ("3",))
    assert command_of("stop the pain", commands) is None  # a question, not /stop
    assert command_of("tomorrow", commands) is None
    assert command_of("", commands) is None


def test_malformed_bodies_hold_nothing() -> None:
    bodies: list[object] = [
        None,
        [],
        {"object": "page"},
        {"object": "whatsapp_business_account", "entry": 3},
    ]
    for body in bodies:
        assert parse_update(body, {"today"}) == ([], [])
    broken = {
        "object": "whatsapp_business_account",
        "entry": [{"changes": [{"field": "messages", "value": {
            "messages": [{"from": "not-digits", "id": "x", "type": "text"}, {"id": "y"}],
            "statuses": [{"id": 5}],
        }}]}],
    }  # fmt: skip
    assert parse_update(broken, {"today"}) == ([], [])
