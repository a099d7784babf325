"""Logging set-up that keeps the bot token out of every log line."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

# Bot API tokens look like 123456789:AAE...; they appear in request URLs. Meta's access tokens
# (WhatsApp) start with EAA and travel in the Authorization header.
_TOKEN_PATTERN = re.compile(r"\d{5,}:[A-Za-z0-9_-]{20,}|\bEAA[A-Za-z0-9]{20,}")


# Libraries whose INFO and DEBUG lines are noise (httpx's hold request URLs, so the token).
QUIET_LIBRARIES = ("httpx", "httpcore", "apscheduler", "bm25s", "pywa", "pywa_async")


class RedactTokenFilter(logging.Filter):
    """Replace the token (and anything shaped like one) in every record with a placeholder."""

    def __init__(self, secret: str | Iterable[str] | None = None) -> None:
        super().__init__()
        secrets = [secret] if isinstance(secret, str) else list(secret or [])
        self._secrets = [value for value in secrets if value]

    def redact(self, text: str) -> str:
        """Return text with tokens (and the webhook secret) removed."""
        for secret in self._secrets:
            text = text.replace(secret, "[TOKEN]")
        return _TOKEN_PATTERN.sub("[TOKEN]", text)

    def filter(self, record: logging.LogRecord) -> bool:
        """Render the message once, redacted, so formatters never see the raw token."""
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.msg = self.redact(message)
        record.args = None
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        return True


class QuietLibrariesFilter(logging.Filter):
    """Let the chatty libraries' records through from WARNING up only, whatever level their
    loggers have: bm25s sets its own to DEBUG when it is imported, which the question answerer
    does after start-up (a line in the middle of the demo's chat, before this filter)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """False for a chatty library's record below WARNING."""
        library = record.name.split(".", 1)[0]
        return record.levelno >= logging.WARNING or library not in QUIET_LIBRARIES


def configure_logging(level: str, secret: str | Iterable[str] | None = None) -> None:
    """Log to stderr at `level` with the token redacted; httpx only from WARNING up."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(QuietLibrariesFilter())
    handler.addFilter(RedactTokenFilter(secret))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    quiet_third_party()


def quiet_third_party() -> None:
    """Keep chatty libraries at WARNING: httpx logs every request URL, which holds the token."""
    for name in QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(logging.WARNING)
