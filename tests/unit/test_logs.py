"""The token never reaches a log line, tracebacks included."""

from __future__ import annotations

import io
import logging

from bot.logs import RedactTokenFilter

TOKEN = "987654321:AAHsecretsecretsecretsecretsecret12"


def _logger(stream: io.StringIO, secret: str | None) -> logging.Logger:
    logger = logging.getLogger(f"test-redaction-{id(stream)}")
    logger.propagate = False
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactTokenFilter(secret))
    logger.handlers[:] = [handler]
    logger.setLevel(logging.DEBUG)
    return logger


def test_message_arguments_and_tracebacks_are_redacted() -> None:
    stream = io.StringIO()
    logger = _logger(stream, TOKEN)
    logger.info("POST https://api.telegram.org/bot%s/getMe", TOKEN)
    try:
        raise RuntimeError(f"failed calling /bot{TOKEN}/sendMessage")
    except RuntimeError:
        logger.exception("boom")
    output = stream.getvalue()
    assert TOKEN not in output
    assert output.count("[TOKEN]") == 2  # the message and the exception text
    assert "getMe" in output and "RuntimeError" in output


def test_token_shaped_strings_are_redacted_without_knowing_the_secret() -> None:
    stream = io.StringIO()
    _logger(stream, None).warning("url=/bot%s/x", TOKEN)
    assert TOKEN not in stream.getvalue()


def test_meta_access_tokens_are_redacted_without_knowing_them() -> None:
    stream = io.StringIO()
    _logger(stream, None).warning("Authorization: Bearer %s", "EAAGm0PX4ZCpsBAKZCZA1b2c3d4e5f6")
    assert "EAAGm0PX4ZCpsBA" not in stream.getvalue() and "[TOKEN]" in stream.getvalue()
