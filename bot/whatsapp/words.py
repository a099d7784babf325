"""The WhatsApp channel's own words, from content/whatsapp.yaml, checked against its limits."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from bot.content.yaml_reading import read_yaml

FILE_NAME = "whatsapp.yaml"


class ReminderTemplate(BaseModel):
    """The reminder template as submitted to Meta for approval."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(pattern=r"^[a-z0-9_]{1,512}$")
    language: str
    category: str
    body: str = Field(min_length=1, max_length=1024, pattern=r"\{\{1\}\}")
    button: str = Field(min_length=1, max_length=25)  # a quick-reply button's text


class WhatsAppWords(BaseModel):
    """Words only the WhatsApp channel says."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    list_button: str = Field(min_length=1, max_length=20)
    more_choices: str = Field(min_length=1, max_length=1024)
    pick_one: str = Field(min_length=1, max_length=1024)
    reminder_template: ReminderTemplate


def load_words(content_dir: Path) -> WhatsAppWords:
    """Read and validate content/whatsapp.yaml."""
    data = read_yaml(content_dir / FILE_NAME)
    return WhatsAppWords.model_validate(data)
