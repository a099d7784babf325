"""The shape each operator setting's value must have: one rule a function, raising ValueError
with the words the operator reads (bot/settings.py names the setting in front of them)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# Telegram's rule for setWebhook's secret_token: 1-256 characters A-Z, a-z, 0-9, _ and -.
_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}
# A Bot API token as @BotFather gives it: the bot's numeric id, a colon, then its secret (35
# characters today; 20 or more accepted, as bot/logs.py redacts). Checked here, so a token cut
# short or pasted with the `bot` of a URL fails at once rather than being retried forever offline.
_BOT_TOKEN = re.compile(r"\d+:[A-Za-z0-9_-]{20,}")


def check_bot_token(token: str) -> None:
    """A token shaped as @BotFather gives it (an empty one is "not set", checked elsewhere)."""
    if token and not _BOT_TOKEN.fullmatch(token):
        raise ValueError(
            "is not shaped like a bot token (the digits of the bot's id, a colon, then the "
            "secret @BotFather sent, e.g. 123456789:AA...): copy it again, whole"
        )


def seconds_as_number(value: object) -> object:
    """A duration written as a plain number of seconds ("90"), as documented, made a number;
    anything else as it is, for ISO 8601 (PT2M) parsing."""
    if isinstance(value, str) and re.fullmatch(r"\d+(\.\d+)?", value.strip()):
        return float(value)
    return value


def admin_ids(value: str) -> frozenset[int]:
    """Telegram user ids separated by commas."""
    parts = [part.strip() for part in value.split(",") if part.strip()]
    if not all(part.lstrip("-").isdigit() for part in parts):
        raise ValueError("must be Telegram user ids separated by commas, e.g. 123,456")
    return frozenset(int(part) for part in parts)


def check_webhook_url(value: str) -> None:
    """A full https:// URL Telegram can call (plain http on loopback, for testing)."""
    parts = urlsplit(value)
    # Telegram only calls HTTPS webhooks; plain HTTP is accepted for loopback testing only.
    if parts.scheme != "https" and not (parts.scheme == "http" and parts.hostname in _LOOPBACK):
        raise ValueError("must be an https:// URL Telegram can reach")
    if not parts.hostname:
        raise ValueError("must be a full URL, e.g. https://bot.example.com/telegram")
    if parts.path == "/healthz":
        raise ValueError("must not end in /healthz: that path serves the health check")


def check_webhook_secret(secret: str) -> None:
    """The characters Telegram accepts in a webhook's secret_token."""
    if not _SECRET.fullmatch(secret):
        raise ValueError("must be 1-256 characters of A-Z, a-z, 0-9, _ and -")


def check_timezone(value: str) -> None:
    """An IANA timezone this machine knows."""
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown IANA timezone {value!r}") from exc


def hh_mm(value: str) -> str:
    """A time of day as HH:MM, written back with two digits each (7:5 -> 07:05)."""
    hours, _, minutes = value.partition(":")
    if not (hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60):
        raise ValueError("must be HH:MM, e.g. 07:30")
    return f"{int(hours):02d}:{int(minutes):02d}"
