"""Operator settings, read from the environment and `.env` (names are a public contract)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]


class SettingsError(Exception):
    """A setting is missing or invalid; the message is one line that names it."""


class Settings(BaseSettings):
    """Every knob an operator can turn; documented one by one in the README's table."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=False
    )

    telegram_token: SecretStr | None = None
    telegram_api_url: str = "https://api.telegram.org/bot"
    database_path: Path = Path("data/bot.sqlite3")
    default_timezone: str = "UTC"
    log_level: LogLevel = "INFO"
    content_dir: Path | None = None
    default_reminder_time: str = "07:30"
    reminder_tick_seconds: float = Field(default=5.0, gt=0, le=60)
    missed_reminder_grace: timedelta = timedelta(hours=2)
    send_rate: float = Field(default=25.0, gt=0, le=1000)
    allow_paid_broadcast: bool = False

    @field_validator("default_timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown IANA timezone {value!r}") from exc
        return value

    @field_validator("telegram_api_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value

    @field_validator("default_reminder_time")
    @classmethod
    def _hh_mm(cls, value: str) -> str:
        hours, _, minutes = value.partition(":")
        if not (hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60):
            raise ValueError("must be HH:MM, e.g. 07:30")
        return f"{int(hours):02d}:{int(minutes):02d}"

    def token(self) -> str:
        """Return the bot token, or raise a one-line error naming the setting."""
        if self.telegram_token is None or not self.telegram_token.get_secret_value().strip():
            raise SettingsError(
                "TELEGRAM_TOKEN is not set: get one from @BotFather and put it in .env "
                "(or run `python -m bot demo` to try the bot without one)"
            )
        return self.telegram_token.get_secret_value().strip()

    def prepare_database_path(self) -> Path:
        """Create the database's parent folder, or raise a one-line error naming the setting."""
        path = self.database_path
        if path.exists() and path.is_dir():
            raise SettingsError(f"DATABASE_PATH={path} is a directory, not a file")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SettingsError(
                f"DATABASE_PATH={path}: cannot create its folder ({exc.strerror})"
            ) from None
        if not path.parent.is_dir():
            raise SettingsError(f"DATABASE_PATH={path}: its parent is not a folder")
        return path


def load_settings(**overrides: object) -> Settings:
    """Read the environment and `.env`; a bad value raises a one-line SettingsError."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]).upper() if first["loc"] else "settings"
        # The message never echoes the input value: it could be the token.
        raise SettingsError(f"{name}: {first['msg']}") from None
