"""The bot's aiohttp client for the Bot API, over the real wire to the emulator's server."""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, NetworkError, TimedOut

from bot.emulator import BotApiEmulator, EmulatorServer
from bot.http_request import AiohttpRequest

CHAT = {"id": 5, "type": "private", "first_name": "Alex"}


@pytest.fixture
async def served() -> AsyncIterator[tuple[BotApiEmulator, Bot]]:
    emulator = BotApiEmulator()
    emulator.add_chat(dict(CHAT))
    async with EmulatorServer(emulator) as server:
        bot = Bot(emulator.token, base_url=server.url, request=AiohttpRequest())
        async with bot:
            yield emulator, bot


async def test_calls_reach_the_configured_server_and_answers_are_parsed(
    served: tuple[BotApiEmulator, Bot],
) -> None:
    emulator, bot = served
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Done", callback_data="s:1")]])
    sent = await bot.send_message(5, "Morning routine", reply_markup=keyboard)
    assert sent.chat.id == 5 and sent.text == "Morning routine"
    [request] = emulator.sent_requests("sendMessage")
    assert request.params["reply_markup"] == keyboard.to_dict()
    assert emulator.last_message(5) is not None


async def test_files_are_uploaded_as_multipart(served: tuple[BotApiEmulator, Bot]) -> None:
    emulator, bot = served
    await bot.send_document(5, io.BytesIO(b"day,sets\n1,4\n"), filename="export.csv")
    message = emulator.last_message(5)
    assert message is not None
    assert list(emulator.files.values()) == [("export.csv", b"day,sets\n1,4\n")]


async def test_telegram_errors_come_back_as_ptb_errors(served: tuple[BotApiEmulator, Bot]) -> None:
    _, bot = served
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(999, "hello")


async def test_an_unreachable_server_is_a_network_error_without_the_token() -> None:
    token = "123456789:AAEabcdefghijklmnopqrstuvwxyz012345"
    request = AiohttpRequest()
    await request.initialize()
    try:
        with pytest.raises(NetworkError) as raised:
            await request.post(f"http://127.0.0.1:9/bot{token}/getMe")  # nothing listens there
    finally:
        await request.shutdown()
    assert token not in str(raised.value)


async def test_a_server_that_never_answers_times_out() -> None:
    handled: list[asyncio.Task[None]] = []

    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(-1)  # until the client hangs up
        writer.close()
        await writer.wait_closed()

    def accept(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        handled.append(asyncio.create_task(silent(reader, writer)))

    server = await asyncio.start_server(accept, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    request = AiohttpRequest(read=0.2)
    await request.initialize()
    try:
        with pytest.raises(TimedOut):
            await request.post(f"http://127.0.0.1:{port}/bot1:x/getMe")
    finally:
        await request.shutdown()
        await asyncio.gather(*handled)
        server.close()
        await server.wait_closed()
