"""The runner's main wait: it sleeps until stop, whatever its channel tasks have done."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from bot import runner
from bot.settings import Settings, SettingsError


async def _stop_after(stop: asyncio.Event, turns: int) -> None:
    for _ in range(turns):
        await asyncio.sleep(0)  # other tasks (the wait) get the loop this many times
    stop.set()


async def test_a_channel_that_connected_leaves_the_wait_asleep(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Telegram's task ends once it is connected; the wait must not wake on it again and again
    # (a busy loop that took a CPU core from the handlers while the bot was otherwise idle).
    real_wait, wakes = asyncio.wait, []

    async def counted(*args: Any, **kwargs: Any) -> Any:
        wakes.append(1)
        return await real_wait(*args, **kwargs)

    async def connected() -> None:
        return None

    monkeypatch.setattr(runner.asyncio, "wait", counted)
    stop = asyncio.Event()
    stopper = asyncio.create_task(_stop_after(stop, 200))
    await runner._until(stop, [asyncio.create_task(connected())])
    await stopper
    assert len(wakes) <= 2


async def test_a_channel_failing_with_a_setting_problem_ends_the_wait_with_it() -> None:
    async def refused() -> None:
        raise SettingsError("TELEGRAM_TOKEN: Telegram refused it")

    with pytest.raises(SettingsError, match="refused"):
        await runner._until(asyncio.Event(), [asyncio.create_task(refused())])


TOKEN = "123456789:AAEexampleexampleexampleexample12345"


def test_the_start_up_line_says_how_each_channel_gets_its_updates() -> None:
    settings = Settings(_env_file=None, telegram_token=TOKEN)
    assert runner.describe_channels(settings, None) == (
        "channels on: telegram; Telegram updates by long polling"
    )
    both = Settings(
        _env_file=None, telegram_token=TOKEN, whatsapp_token="EAAtoken",
        whatsapp_phone_number_id="123", whatsapp_app_secret="app-secret-1",
        whatsapp_verify_token="verify-2", webhook_url="https://bot.example.com/hooks/telegram",
        webhook_secret="hook-secret-3",
        webhook_listen="0.0.0.0",
    )  # fmt: skip
    assert runner.describe_channels(both, 8443) == (
        "channels on: telegram, whatsapp; Telegram updates by webhook at"
        " https://bot.example.com/hooks/telegram; WhatsApp updates by webhook at /whatsapp;"
        " webhook server on 0.0.0.0:8443"
    )


def test_the_webhook_url_is_told_without_its_secrets() -> None:
    settings = Settings(
        _env_file=None, telegram_token=TOKEN, webhook_secret="hook-SECRET",
        webhook_url=f"https://user:pw@bot.example.com:8443/{TOKEN}/hook-SECRET?key=x#frag",
    )  # fmt: skip
    line = runner.describe_channels(settings, 8443)
    assert "https://bot.example.com:8443/[secret]/[secret]" in line
    for secret in (TOKEN, "hook-SECRET", "pw", "key=x", "frag"):
        assert secret not in line
