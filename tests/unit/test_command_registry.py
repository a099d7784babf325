"""One command registry: the README, /help and Telegram's menu all list the same commands."""

from __future__ import annotations

import re
from pathlib import Path

from bot.chat.basics import help_text, public_commands
from bot.content.texts import load_texts

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = [
    "start", "help", "today", "progress", "settings", "timezone", "time",
    "pause", "resume", "stop", "forget", "export",
]  # fmt: skip


def readme_commands() -> list[tuple[str, str]]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- commands:start", 1)[1].split("<!-- commands:end -->", 1)[0]
    return re.findall(r"^- /(\w+) - (.+)$", block, flags=re.MULTILINE)


def test_registry_has_every_required_command_in_order() -> None:
    names = [c.name for c in public_commands(load_texts(ROOT / "content" / "texts.yaml"))]
    assert [name for name in names if name in REQUIRED] == REQUIRED


def test_readme_lists_exactly_the_public_registry() -> None:
    texts = load_texts(ROOT / "content" / "texts.yaml")
    registry = [(c.name, c.description) for c in public_commands(texts)]
    assert readme_commands() == registry


def test_help_lists_every_public_command_and_no_admin_command() -> None:
    texts = load_texts(ROOT / "content" / "texts.yaml")
    text = help_text(texts)
    for command in texts.commands:
        line = f"/{command.name} - {command.description}"
        assert (line in text) is (not command.admin_only)
