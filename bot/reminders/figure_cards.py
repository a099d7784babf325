"""The how-to card: the exercise's figure (a picture or an animation), the steps as caption.

Telegram keeps what a bot uploads. The first send of a picture uploads the PNG and stores the
file_id Telegram returns (keyed by exercise and content hash); every later send passes that id,
so a picture is uploaded once per version of its pose, not once per person.
"""

from __future__ import annotations

import asyncio
import logging

from telegram import Bot, InlineKeyboardMarkup, InputFile, Message
from telegram.error import BadRequest, TelegramError

from bot.content.models import Exercise
from bot.context import BotServices
from bot.core.routine import RoutinePlan, render_howto
from bot.figures import RENDERER_VERSION, ExercisePose, render_animation, render_figure

logger = logging.getLogger(__name__)

CAPTION_LIMIT = 1024  # Telegram: a caption is 0-1024 characters after entity parsing
# Answers meaning a stored file_id is no longer usable (another bot token, a purged file).
_STALE_FILE_ERRORS = ("wrong file identifier", "file_id", "wrong remote file")


def figure_key(pose: ExercisePose) -> str:
    """The key a picture's file_id is stored under: pose data and drawing code together."""
    return f"{pose.content_hash()}-r{RENDERER_VERSION}"


def fits_caption(text: str) -> bool:
    """Whether Telegram takes `text` as a caption (it counts UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2 <= CAPTION_LIMIT


async def send_howto_card(
    services: BotServices,
    bot: Bot,
    chat_id: int,
    exercise: Exercise,
    *,
    markup: InlineKeyboardMarkup | None = None,
    quiet: bool = False,
) -> Message:
    """Send the figure with the steps as caption; a too-long text follows as its own message."""
    text = render_howto(exercise, services.content)
    silent = True if quiet else None  # disable_notification is sent only when asked for
    if fits_caption(text):
        return await _send_figure(services, bot, chat_id, exercise.id, text, markup, silent)
    await _send_figure(services, bot, chat_id, exercise.id, None, None, silent)
    return await bot.send_message(chat_id, text, reply_markup=markup, disable_notification=silent)


async def introduce_new_exercises(
    services: BotServices, bot: Bot, user_id: int, chat_id: int, plan: RoutinePlan
) -> list[str]:
    """Send, once per person, the card of each exercise in `plan` they have not met yet.

    Claimed before sending, so two quick /today commands never both send them. A card that
    fails to send is logged and skipped: the routine itself must still go out, and its How?
    button shows the same card.
    """
    new = await services.repo.figures.claim_intros(
        user_id, [item.exercise_id for item in plan.items], services.clock.now()
    )
    for exercise_id in new:
        exercise = services.content.exercises.get(exercise_id)
        if exercise is None:  # an exercise since removed from content: nothing to show
            continue
        try:
            await send_howto_card(services, bot, chat_id, exercise, quiet=True)
        except TelegramError as error:
            logger.warning("could not introduce %s to user %s: %s", exercise_id, user_id, error)
    return new


async def _send_figure(
    services: BotServices,
    bot: Bot,
    chat_id: int,
    exercise_id: str,
    caption: str | None,
    markup: InlineKeyboardMarkup | None,
    silent: bool | None,
) -> Message:
    pose = services.content.poses[exercise_id]
    key, store = figure_key(pose), services.repo.figures
    file_id = await store.file_id(exercise_id, key)
    if file_id is not None:
        try:
            return await _send(bot, pose, chat_id, file_id, caption, markup, silent)
        except BadRequest as error:
            if not any(phrase in error.message.lower() for phrase in _STALE_FILE_ERRORS):
                raise
            await store.forget_file_id(exercise_id, key)
    # One upload at a time: a second send of the same new picture waits and reuses its id.
    async with services.figure_upload_lock:
        file_id = await store.file_id(exercise_id, key)
        if file_id is not None:
            return await _send(bot, pose, chat_id, file_id, caption, markup, silent)
        # Drawing takes 0.05 s (a picture) to 0.4 s (an animation), once per version of a
        # pose (then its file_id is reused), so a thread is enough; the chart, drawn on every
        # /progress, has its own process.
        drawn = await asyncio.to_thread(render_animation if pose.animate else render_figure, pose)
        name = f"{exercise_id}.{'gif' if pose.animate else 'png'}"
        message = await _send(bot, pose, chat_id, InputFile(drawn, filename=name), caption,
                              markup, silent)  # fmt: skip
        uploaded = _file_id(message)
        if uploaded is not None:
            await store.keep_file_id(exercise_id, key, uploaded, services.clock.now())
    return message


async def _send(
    bot: Bot,
    pose: ExercisePose,
    chat_id: int,
    media: str | InputFile,
    caption: str | None,
    markup: InlineKeyboardMarkup | None,
    silent: bool | None,
) -> Message:
    if pose.animate:
        return await bot.send_animation(
            chat_id, media, caption=caption, reply_markup=markup, disable_notification=silent
        )
    return await bot.send_photo(
        chat_id, media, caption=caption, reply_markup=markup, disable_notification=silent
    )


def _file_id(message: Message) -> str | None:
    if message.animation is not None:
        return message.animation.file_id
    if message.photo:
        # Every size Telegram makes shares the file; the largest is the picture as drawn.
        return message.photo[-1].file_id
    return None
