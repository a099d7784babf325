"""Operator settings, read from the environment and `.env` (names are a public contract)."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    Field,
    SecretStr,
    ValidationError,
    ValidatorFunctionWrapHandler,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.setting_values import (
    admin_ids,
    check_bot_token,
    check_timezone,
    check_webhook_secret,
    check_webhook_url,
    hh_mm,
    seconds_as_number,
)

LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]
# The Graph API version pywa 4.5 speaks; the URL is a setting so tests and the demo can point the
# WhatsApp channel at the Cloud API emulator.
GRAPH_API_URL = "https://graph.facebook.com/v23.0"
Channel = Literal["telegram", "whatsapp"]
# WhatsApp is on when WHATSAPP_TOKEN is set; these must then be set too.
_WHATSAPP_NEEDS = ("whatsapp_phone_number_id", "whatsapp_app_secret", "whatsapp_verify_token")


class SettingsError(Exception):
    """A setting is missing or invalid; the message is one line that names it."""


class Settings(BaseSettings):
    """Every knob an operator can turn; documented one by one in the README's table."""

    # An empty value (`BACKUP_DIR=` in a copied .env.example) means "not set": the default.
    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        case_sensitive=False,
        env_ignore_empty=True,
        hide_input_in_errors=True,  # a bad value may be a secret: errors never repeat it
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
    webhook_url: str | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = Field(default=8443, ge=1, le=65535)
    webhook_secret: SecretStr | None = None
    health_max_tick_age: timedelta = timedelta(minutes=2)
    health_min_free_mb: int = Field(default=64, ge=0)
    health_busy_wait: timedelta = timedelta(seconds=5)
    backup_dir: Path | None = None
    backup_keep: int = Field(default=7, ge=1, le=365)
    admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    # The WhatsApp Business Cloud API channel (bot/whatsapp); off while WHATSAPP_TOKEN is empty.
    whatsapp_token: SecretStr | None = None
    whatsapp_phone_number_id: str | None = None
    whatsapp_app_secret: SecretStr | None = None
    whatsapp_verify_token: SecretStr | None = None
    whatsapp_api_url: str = GRAPH_API_URL
    whatsapp_reminder_template: str = "morning_routine"
    whatsapp_template_language: str = "en"
    whatsapp_send_rate: float = Field(default=80.0, gt=0, le=1000)
    # The learned routing vote may re-route a guide answer (bot/qa/learned_vote.py). Off by
    # default until the team decides: it changes 556 team-written routing expectations.
    qa_learned_vote: bool = False

    @field_validator("telegram_token")
    @classmethod
    def _token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        check_bot_token(value.get_secret_value().strip() if value is not None else "")
        return value

    @field_validator(
        "missed_reminder_grace", "health_max_tick_age", "health_busy_wait", mode="wrap"
    )
    @classmethod
    def _duration(cls, value: object, parse: ValidatorFunctionWrapHandler) -> object:
        # Durations come as ISO 8601 (PT2M) or, as documented, a plain number of seconds.
        try:
            return parse(seconds_as_number(value))
        except ValidationError:  # pydantic's own words ("day" identifier...) help nobody here
            raise ValueError(
                "must be an ISO 8601 duration such as PT2H or PT90S, or a number of seconds"
            ) from None

    @field_validator("log_level", mode="before")
    @classmethod
    def _any_case(cls, value: object) -> object:
        return value.strip().upper() if isinstance(value, str) else value

    @field_validator("content_dir")
    @classmethod
    def _content_folder(cls, value: Path | None) -> Path | None:
        if value is not None and not value.is_dir():
            raise ValueError(
                "must be an existing folder of content (like this project's content/)"
            )
        return value

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        return admin_ids(value) if isinstance(value, str) else value

    @field_validator("webhook_url")
    @classmethod
    def _https_url(cls, value: str | None) -> str | None:
        if not value:
            return None
        check_webhook_url(value)
        return value

    @field_validator("backup_dir")
    @classmethod
    def _not_a_file(cls, value: Path | None) -> Path | None:
        if value is not None and value.exists() and not value.is_dir():
            raise ValueError("must be a folder (it is created if missing), not a file")
        return value

    @field_validator("webhook_secret")
    @classmethod
    def _secret_charset(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            check_webhook_secret(value.get_secret_value())
        return value

    @model_validator(mode="after")
    def _secret_with_webhook(self) -> Settings:
        if self.webhook_url and self.webhook_secret is None:
            raise ValueError(
                "WEBHOOK_SECRET is required when WEBHOOK_URL is set "
                "(make one with `python -m bot secret`)"
            )
        return self

    @model_validator(mode="after")
    def _health_outlasts_a_tick(self) -> Settings:
        # A healthy scheduler beats once per tick; a window shorter than two ticks would flap.
        if self.health_max_tick_age.total_seconds() < 2 * self.reminder_tick_seconds:
            raise ValueError("HEALTH_MAX_TICK_AGE must be at least twice REMINDER_TICK_SECONDS")
        return self

    @field_validator("health_busy_wait")
    @classmethod
    def _within_the_check_timeout(cls, value: timedelta) -> timedelta:
        # The container's check is killed after 10 s (deploy/Dockerfile, compose.yaml): a wait
        # that long would end without a word of why.
        if not timedelta(0) < value < timedelta(seconds=10):
            raise ValueError("must be more than 0 and under 10 s (the container check's timeout)")
        return value

    @field_validator("default_timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        check_timezone(value)
        return value

    @model_validator(mode="after")
    def _whatsapp_complete(self) -> Settings:
        if self.whatsapp_token is None:
            return self
        missing = [name.upper() for name in _WHATSAPP_NEEDS if not getattr(self, name)]
        if missing:
            raise ValueError(f"WHATSAPP_TOKEN is set, so {', '.join(missing)} must be set too")
        return self

    @field_validator("whatsapp_phone_number_id")
    @classmethod
    def _digits(cls, value: str | None) -> str | None:
        if value is not None and not value.strip().isdigit():
            raise ValueError("must be the number's id from the Meta app (digits only)")
        return value.strip() if value else value

    @field_validator("telegram_api_url", "whatsapp_api_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value

    @field_validator("default_reminder_time")
    @classmethod
    def _hh_mm(cls, value: str) -> str:
        return hh_mm(value)

    @property
    def channels(self) -> tuple[Channel, ...]:
        """The messaging apps configured to run (each needs its token)."""
        found: list[Channel] = []
        if self.telegram_token is not None and self.telegram_token.get_secret_value().strip():
            found.append("telegram")
        if self.whatsapp_token is not None:
            found.append("whatsapp")
        return tuple(found)

    def secrets(self) -> list[str]:
        """Every secret value set, for the log filter to redact."""
        values = (
            self.telegram_token, self.webhook_secret, self.whatsapp_token,
            self.whatsapp_app_secret, self.whatsapp_verify_token,
        )  # fmt: skip
        return [v.get_secret_value().strip() for v in values if v is not None]

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

    def prepare_backup_dir(self) -> Path | None:
        """Create BACKUP_DIR and check the bot can write in it, or raise a one-line error naming
        the setting (else the first automatic backup, a minute after start, would find out)."""
        folder = self.backup_dir
        if folder is None:  # automatic backups are off
            return None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=folder, prefix=".write-check-"):
                pass  # a read-only disk or a folder owned by another user fails here
        except OSError as exc:
            raise SettingsError(
                f"BACKUP_DIR={folder}: the bot cannot write backups there ({exc.strerror})"
            ) from None
        return folder


def load_settings(**overrides: object) -> Settings:
    """Read the environment and `.env`; a bad value raises a one-line SettingsError."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        if not first["loc"]:  # a rule across settings names them in its message
            raise SettingsError(str(first["msg"]).removeprefix("Value error, ")) from None
        name = str(first["loc"][0]).upper()
        # The message never echoes the input value: it could be the token.
        message = str(first["msg"]).removeprefix("Value error, ")
        raise SettingsError(f"{name}: {message}") from None
