"""Logging set-up that keeps the bot token out of every log line."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

# Bot API tokens look like 123456789:AAE...; they appear in request URLs. Meta's access tokens
# (WhatsApp) start with EAA and travel in the Authorization header.
_TOKEN_PATTERN = re.compile(r"\d{5,}:[A-Za-z0-9_-]{20,}|\bEAA[A-Za-z0-9]{20,}")


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


def configure_logging(level: str, secret: str | Iterable[str] | None = None) -> None:
    """Log to stderr at `level` with the token redacted; httpx only from WARNING up."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactTokenFilter(secret))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    quiet_third_party()


def quiet_third_party() -> None:
    """Keep chatty libraries at WARNING: httpx logs every request URL, which holds the token."""
    for name in ("httpx", "httpcore", "apscheduler", "bm25s", "pywa", "pywa_async"):
        logging.getLogger(name).setLevel(logging.WARNING)
