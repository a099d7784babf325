"""The Telegram side of the conversation: an update becomes a `Turn`, actions become Bot API calls.

Inline keyboards, edits in place and callback-query answers render exactly as before the
conversation became channel-neutral (bot/chat).
"""

from __future__ import annotations

from telegram import (
    CallbackQuery,
    InlineKeyboardMarkup,
    InputFile,
    KeyboardButton,
    Message,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)
from telegram.error import BadRequest

from bot.chat.events import Command, Event, Location, Person, Tap, Text
from bot.chat.outbox import (
    CLEAR_SUGGESTIONS,
    Capabilities,
    Choice,
    Choices,
    MessageGone,
    NotEditable,
    Picture,
    SentMessage,
)
from bot.chat.turn import Turn
from bot.content.models import Exercise
from bot.context import BotContext
from bot.reminders.figure_cards import send_howto_card
from bot.reminders.telegram_markup import inline_keyboard

CHANNEL = "telegram"
# Telegram renders up to 100 inline buttons; labels are short by the conversation's own choice.
CAPABILITIES = Capabilities(editable=True, max_choices=100, max_label=64, typed_commands=False)


# The chat's data holds the id of the latest callback query answered there: after a fault,
# the error handler answers only a query still unanswered (Telegram takes one answer each).
ANSWERED_QUERY = "answered_callback_query"


def answered(update: Update, context: BotContext) -> bool:
    """Whether the update's callback query has had its one answer already."""
    query, chat_data = update.callback_query, context.chat_data
    return (
        query is not None and chat_data is not None and chat_data.get(ANSWERED_QUERY) == query.id
    )


ReplyMarkup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | None


def keyboard(choices: Choices) -> ReplyMarkup:
    """Choices as a new message's keyboard: inline buttons, or the typing keyboard's suggestions.

    Suggested replies ("typed") and a location request live on the keyboard under the input
    field, which stays until it is used or taken back (CLEAR_SUGGESTIONS).
    """
    if choices == CLEAR_SUGGESTIONS:
        return ReplyKeyboardRemove()
    if not any(choice.kind != "tap" for row in choices for choice in row):
        return inline_keyboard(choices)
    return ReplyKeyboardMarkup(
        [[_keyboard_button(choice) for choice in row] for row in choices],
        one_time_keyboard=True,
        resize_keyboard=True,
    )


def _keyboard_button(choice: Choice) -> KeyboardButton:
    if choice.kind == "location":
        return KeyboardButton(choice.label, request_location=True)
    return KeyboardButton(choice.label)  # tapping it types the label


def sent(message: Message | None) -> SentMessage | None:
    """How the conversation names a message Telegram returned."""
    if message is None:
        return None
    return SentMessage(chat=str(message.chat_id), message_id=str(message.message_id))


class TelegramOutbox:
    """Renders one turn's actions as replies to `update`."""

    def __init__(self, update: Update, context: BotContext) -> None:
        self._update, self._context = update, context
        self._answered = False

    @property
    def capabilities(self) -> Capabilities:
        """Inline keyboards, edits in place."""
        return CAPABILITIES

    async def send(self, text: str, choices: Choices = ()) -> SentMessage | None:
        """Reply in the chat the update came from (quoting nothing; a plain new message)."""
        chat = self._update.effective_chat
        if chat is None:
            return None
        message = self._update.effective_message
        if message is not None and self._update.callback_query is None:
            return sent(await message.reply_text(text, reply_markup=keyboard(choices)))
        return sent(await chat.send_message(text, reply_markup=keyboard(choices)))

    async def edit(
        self, message: SentMessage, text: str, choices: Choices = (), *, note: str | None = None
    ) -> None:
        """Edit the message in place (Telegram can; `note` is for channels that cannot).

        When the tapped message keeps its text, only its keyboard is edited (a smaller request),
        and nothing at all when the keyboard is the same too.
        """
        keyboard, bot = inline_keyboard(choices), self._context.bot
        chat_id, message_id = int(message.chat), int(message.message_id)
        shown = self._tapped_message(message)
        try:
            if shown is None or shown.text != text:
                await bot.edit_message_text(
                    text, chat_id=chat_id, message_id=message_id, reply_markup=keyboard
                )
            elif _as_dict(shown.reply_markup) != _as_dict(keyboard):
                await bot.edit_message_reply_markup(
                    chat_id=chat_id, message_id=message_id, reply_markup=keyboard
                )
        except BadRequest as error:
            _edit_refused(error)

    async def edit_choices(self, message: SentMessage, choices: Choices) -> None:
        """Edit only the message's keyboard (a photo's caption has no text to edit)."""
        try:
            await self._context.bot.edit_message_reply_markup(
                chat_id=int(message.chat),
                message_id=int(message.message_id),
                reply_markup=inline_keyboard(choices),
            )
        except BadRequest as error:
            _edit_refused(error)

    def _tapped_message(self, message: SentMessage) -> Message | None:
        """The message this turn's tap was on, if it is `message` (Telegram sends it along)."""
        query = self._update.callback_query
        tapped = query.message if query is not None else None
        if isinstance(tapped, Message) and sent(tapped) == message:
            return tapped
        return None

    async def answer_tap(self, text: str | None = None) -> None:
        """Answer the callback query, once: Telegram takes one answer per query."""
        query = self._update.callback_query
        if query is None or self._answered:
            return
        self._answered = True
        if self._context.chat_data is not None:  # for the error handler (bot/handlers/errors)
            self._context.chat_data[ANSWERED_QUERY] = query.id
        await query.answer(text)

    @property
    def answered(self) -> bool:
        """Whether this turn's callback query has had its one answer."""
        return self._answered

    async def photo(
        self, picture: Picture, caption: str = "", choices: Choices = ()
    ) -> SentMessage | None:
        """Send a PNG with its caption."""
        chat = self._update.effective_chat
        if chat is None:
            return None
        image = InputFile(picture.png, filename=f"{picture.key}.png")
        return sent(
            await chat.send_photo(image, caption=caption, reply_markup=inline_keyboard(choices))
        )

    async def document(self, data: bytes, filename: str, caption: str = "") -> None:
        """Send a file as a document."""
        chat = self._update.effective_chat
        if chat is not None:
            await chat.send_document(InputFile(data, filename=filename), caption=caption)

    async def howto_card(
        self, exercise: Exercise, *, heading: str | None = None, quiet: bool = False
    ) -> None:
        """An exercise's card the Telegram way: its GIF or PNG uploaded once, then by file_id."""
        chat = self._update.effective_chat
        if chat is not None:
            await send_howto_card(self._context.services, self._context.bot, chat.id, exercise,
                                  heading=heading, quiet=quiet)  # fmt: skip


def _edit_refused(error: BadRequest) -> None:
    """Carry on past an edit Telegram refused for a reason of its own, or raise `error`."""
    # Two quick taps can race to the same text; Telegram then says "not modified".
    if "not modified" in str(error):
        return
    # A message the person deleted is "not found": the conversation decides whether what it
    # showed is wanted elsewhere (a routine's copy is sent again) or may be let go.
    if "to edit not found" in str(error):
        raise MessageGone(f"Telegram: {error.message[:1].lower()}{error.message[1:]}") from error
    # A message Telegram no longer lets the bot change: the conversation decides what to do.
    if "can't be edited" in str(error):
        raise NotEditable(f"Telegram: {error.message[:1].lower()}{error.message[1:]}") from error
    raise error


def _as_dict(keyboard: InlineKeyboardMarkup | None) -> dict[str, object] | None:
    return None if keyboard is None else keyboard.to_dict()


def person(update: Update) -> Person | None:
    """Who sent the update (None for updates without a user and chat)."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return None
    return Person(
        channel=CHANNEL,
        address=str(chat.id),
        person_id=user.id,
        first_name=user.first_name or "",
        language_code=user.language_code,
    )


def event(update: Update, context: BotContext) -> Event | None:
    """The update as a channel-neutral event (None for updates the conversation ignores)."""
    who = person(update)
    if who is None:
        return None
    if update.callback_query is not None:
        return _tap(who, update.callback_query)
    message = update.effective_message
    if message is None:
        return None
    if message.location is not None:
        return Location(who, message.location.latitude, message.location.longitude)
    text = message.text or ""
    if text.startswith("/"):
        name = text[1:].split(maxsplit=1)[0].split("@", 1)[0].lower() if text[1:] else ""
        return Command(who, name, tuple(context.args or ()))
    return Text(who, text)


def _tap(who: Person, query: CallbackQuery) -> Tap:
    message = query.message if isinstance(query.message, Message) else None
    # In a private chat the chat's id is the user's: a routine forwarded elsewhere is not theirs.
    own = message is not None and message.chat.id == query.from_user.id
    return Tap(who, query.data or "", sent(message), own_chat=own, label=_label(query, message))


def _label(query: CallbackQuery, message: Message | None) -> str | None:
    """The text of the tapped button, read back from the message it sits on."""
    rows = message.reply_markup.inline_keyboard if message and message.reply_markup else ()
    for row in rows:
        for button in row:
            if button.callback_data == query.data:
                return button.text
    return None


def turn(update: Update, context: BotContext) -> Turn | None:
    """One turn of the conversation for this update (None when it is not one)."""
    happened = event(update, context)
    if happened is None:
        return None
    return Turn(happened, context.bot_data, TelegramOutbox(update, context))
