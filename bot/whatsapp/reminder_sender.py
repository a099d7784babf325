"""WhatsApp in the reminder sender's process: a channel that delivers reminders and takes no
messages.

Apart from bot/app.py on purpose: the sender's process imports this module (`sender_channels`
is pickled by name for it), and bot/app.py wires every handler and the question answerer, whose
libraries (numpy among them) the sender never needs. pywa is imported only when WhatsApp is on.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from bot.content.loader import default_content_dir
from bot.services import BotServices

if TYPE_CHECKING:
    import httpx

    from bot.chat.turn import Turn
    from bot.whatsapp.channel import Dispatch, WhatsAppChannel


def whatsapp_channel(
    services: BotServices,
    dispatch: Dispatch,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
) -> WhatsAppChannel:
    """The WhatsApp channel on `services`; it delivers its people's reminders from now on."""
    # Imported here: a Telegram-only bot never loads pywa.
    from bot.whatsapp.api import CloudApi
    from bot.whatsapp.channel import WhatsAppChannel
    from bot.whatsapp.words import load_words

    settings = services.settings
    api = CloudApi(settings, transport=transport)
    content_dir = settings.content_dir or default_content_dir()
    words = load_words(content_dir)
    commands = [command.name for command in services.content.texts.commands]
    channel = WhatsAppChannel(services, api, words, dispatch, commands)
    services.reminder_channels[channel.name] = channel
    return channel


async def sender_channels(services: BotServices) -> Callable[[], Awaitable[None]]:
    """In the reminder sender's process: every configured channel but Telegram, ready to
    deliver reminders (WhatsApp paced at WHATSAPP_SEND_RATE); returns what closes them."""
    if "whatsapp" not in services.settings.channels:
        return _nothing_to_close
    channel = whatsapp_channel(services, _no_turns)
    return channel.api.close


async def _nothing_to_close() -> None:
    return None


async def _no_turns(turn: Turn) -> None:
    raise RuntimeError("the reminder sender's process takes no messages")
