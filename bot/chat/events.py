"""What a person does, as plain data: the same for every messaging app."""

from __future__ import annotations

from dataclasses import dataclass

from bot.chat.outbox import SentMessage


@dataclass(frozen=True)
class Person:
    """Someone on one channel: `address` is their id there (Telegram chat id, WhatsApp wa_id).

    `person_id` is the bot's own key for them (every table's `user_id`/`chat_id`): on Telegram the
    chat id itself, on other channels an id the store hands out (bot/store), so one person on two
    apps is two subscribers, each with their own /export and /forget.
    """

    channel: str
    address: str
    person_id: int
    first_name: str = ""
    language_code: str | None = None


@dataclass(frozen=True)
class Text:
    """A typed message that is not a command."""

    person: Person
    text: str


@dataclass(frozen=True)
class Edited:
    """The new words of a message the person sent earlier and has since edited.

    Read for red flags and answered as a question, never taken as the answer to a step: the step
    waiting now may have been asked after the message was first sent.
    """

    person: Person
    text: str


@dataclass(frozen=True)
class Command:
    """A command: `/today 3` on Telegram, the word `today` on WhatsApp; `name` without a slash."""

    person: Person
    name: str
    args: tuple[str, ...] = ()


@dataclass(frozen=True)
class Tap:
    """A tap on a choice the bot offered: `data` is the choice's packed callback data.

    `message` is the message the choice was on, when the channel says (Telegram does; WhatsApp
    names the message too, but it cannot be edited). `own_chat` is False when the message is in
    another chat than the tapper's (a forwarded routine): such taps never touch anyone's data.
    `label` is the tapped choice's label, when the channel says (a place the person picked).
    """

    person: Person
    data: str
    message: SentMessage | None = None
    own_chat: bool = True
    label: str | None = None


@dataclass(frozen=True)
class Location:
    """A shared location (set-up uses it to find the person's timezone)."""

    person: Person
    latitude: float
    longitude: float


@dataclass(frozen=True)
class Unreadable:
    """A message without words the bot can read: a sticker, a voice note, a bare photo."""

    person: Person


@dataclass(frozen=True)
class Reachable:
    """The person blocked the bot (`reachable` False) or unblocked it (True), told by the app
    itself at once (Telegram's my_chat_member update), before any send fails or message comes."""

    person: Person
    reachable: bool


Event = Text | Edited | Command | Tap | Location | Unreadable | Reachable
