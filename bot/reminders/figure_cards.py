"""The how-to card: the exercise's figure (a picture or an animation), the steps as caption.

Telegram keeps what a bot uploads. The first send of a picture uploads the PNG and stores the
file_id Telegram returns (keyed by exercise and content hash); every later send passes that id,
so a picture is uploaded once per version of its pose, not once per person.

The first time an exercise is in someone's routine, its card comes once by itself: before the
routine on /today (bot/chat/cards.py), after it in the morning reminder
(`introduce_after_reminder`). Channels without file_ids get the still figure (`figure_picture`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from typing import Any

from telegram import InlineKeyboardMarkup, InputFile, Message
from telegram.error import BadRequest, Forbidden
from telegram.ext import ExtBot

from bot.content.models import Exercise
from bot.core.message_parts import Picture
from bot.core.routine import render_howto
from bot.figures import RENDERER_VERSION, ExercisePose, render_animation, render_figure
from bot.reminders.pacing import BROADCAST
from bot.reminders.sender import OutgoingMessage
from bot.services import BotServices

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
    bot: ExtBot[Any],
    chat_id: int,
    exercise: Exercise,
    *,
    markup: InlineKeyboardMarkup | None = None,
    quiet: bool = False,
    heading: str | None = None,
    broadcast: bool = False,
) -> Message:
    """Send the figure with the steps as caption; a too-long text follows as its own message.

    `heading` goes above the steps; `broadcast` sends in the reminders' lane of the rate limiter.
    """
    text = render_howto(exercise, services.content)
    if heading:
        text = f"{heading}\n{text}"
    options: dict[str, Any] = {"disable_notification": True if quiet else None}
    if broadcast:
        paid = True if services.settings.allow_paid_broadcast else None
        options.update(rate_limit_args=BROADCAST, allow_paid_broadcast=paid)
    if fits_caption(text):
        return await _send_figure(services, bot, chat_id, exercise.id, text, markup, options)
    await _send_figure(services, bot, chat_id, exercise.id, None, None, options)
    return await bot.send_message(chat_id, text, reply_markup=markup, **options)


async def figure_picture(services: BotServices, exercise_id: str) -> Picture:
    """The exercise's figure as a still PNG, for channels that take no file_id or animation.

    Drawn in the chart worker process (0.05 s of CPU that would stall everyone's taps).
    """
    pose = services.content.poses[exercise_id]
    png = await asyncio.get_running_loop().run_in_executor(
        services.chart_pool, render_figure, pose
    )
    return Picture(f"figure-{exercise_id}-{figure_key(pose)}", png)


async def with_new_exercises(
    services: BotServices, routines: Sequence[tuple[int, OutgoingMessage]]
) -> list[OutgoingMessage]:
    """Each (user id, routine message) with `exercises` cut to those the person has not met.

    One read for the whole batch. On most mornings nobody has anything new, and each person
    keeps the shared message, so the cards cost nothing per message on ordinary days.
    """
    wanted = [(user_id, e) for user_id, message in routines for e in message.exercises]
    new = await services.repo.figures.not_introduced(wanted) if wanted else set()
    result = []
    for user_id, message in routines:
        theirs = tuple(e for e in message.exercises if (user_id, e) in new)
        same = theirs == message.exercises
        result.append(message if same else replace(message, exercises=theirs))
    return result


async def introduce_after_reminder(
    services: BotServices,
    bot: ExtBot[Any],
    user_id: int,
    chat_id: int,
    exercise_ids: Sequence[str],
) -> list[str]:
    """After a morning routine was sent: the cards of `exercise_ids`, new to this person.

    The cards follow the routine (which is never held back by them), each headed "New in
    today's routine", quietly, in the reminders' lane of the rate limiter, so a fan-out stays
    within SEND_RATE. Nothing here raises: a card is a bonus to the routine, whose outcome is
    already decided. A card /today sent meanwhile is not sent again (claimed once).
    """
    try:
        heading = services.content.routine_words.howto_new

        async def send(exercise: Exercise) -> Message:
            return await send_howto_card(
                services, bot, chat_id, exercise, quiet=True, heading=heading, broadcast=True
            )

        return await introduce(services, user_id, exercise_ids, send)
    except Exception:
        logger.exception("could not introduce new exercises to user %s", user_id)
        return []


async def introduce(
    services: BotServices,
    user_id: int,
    exercise_ids: Sequence[str],
    send: Callable[[Exercise], Awaitable[object]],
) -> list[str]:
    """Claim, `send`, and release the claim of every card that could not be sent.

    Claimed before sending, so a /today during the morning tick never sends a card twice;
    a card that fails is released and comes with the next routine instead. Returns those sent.
    (Only a crash or cancellation in mid-send leaves a card claimed but not sent: its How?
    button still shows it.) Any channel's sender fits; Telegram's raises Forbidden for a chat
    that is gone.
    """
    repo = services.repo.figures
    claimed = await repo.claim_intros(user_id, exercise_ids, services.clock.now())
    sent: list[str] = []
    unsent: list[str] = []
    for position, exercise_id in enumerate(claimed):
        exercise = services.content.exercises.get(exercise_id)
        if exercise is None:  # an exercise since removed from content: nothing to show
            continue
        try:
            await send(exercise)
        except Exception as error:  # the channel's refusal, the network, or drawing the figure
            logger.warning("could not introduce %s to user %s: %s", exercise_id, user_id, error)
            if isinstance(error, Forbidden):  # the chat is gone: the rest cannot go either
                unsent += claimed[position:]
                break
            unsent.append(exercise_id)
        else:
            sent.append(exercise_id)
    if unsent:
        await repo.release_intros(user_id, unsent)
    return sent


async def _send_figure(
    services: BotServices,
    bot: ExtBot[Any],
    chat_id: int,
    exercise_id: str,
    caption: str | None,
    markup: InlineKeyboardMarkup | None,
    options: dict[str, Any],
) -> Message:
    pose = services.content.poses[exercise_id]
    key, store = figure_key(pose), services.repo.figures
    file_id = await store.file_id(exercise_id, key)
    if file_id is not None:
        try:
            return await _send(bot, pose, chat_id, file_id, caption, markup, options)
        except BadRequest as error:
            if not any(phrase in error.message.lower() for phrase in _STALE_FILE_ERRORS):
                raise
            await store.forget_file_id(exercise_id, key)
    # One upload at a time: a second send of the same new picture waits and reuses its id.
    async with services.figure_upload_lock:
        file_id = await store.file_id(exercise_id, key)
        if file_id is not None:
            return await _send(bot, pose, chat_id, file_id, caption, markup, options)
        # Drawing takes 0.05 s (a picture) to 0.3 s (an animation) of CPU that holds the GIL,
        # so even a thread would stall everyone else's taps: it runs in the chart worker process.
        drawn = await asyncio.get_running_loop().run_in_executor(
            services.chart_pool, render_animation if pose.animate else render_figure, pose
        )
        name = f"{exercise_id}.{'gif' if pose.animate else 'png'}"
        message = await _send(bot, pose, chat_id, InputFile(drawn, filename=name), caption,
                              markup, options)  # fmt: skip
        uploaded = _file_id(message)
        if uploaded is not None:
            await store.keep_file_id(exercise_id, key, uploaded, services.clock.now())
    return message


async def _send(
    bot: ExtBot[Any],
    pose: ExercisePose,
    chat_id: int,
    media: str | InputFile,
    caption: str | None,
    markup: InlineKeyboardMarkup | None,
    options: dict[str, Any],
) -> Message:
    if pose.animate:
        return await bot.send_animation(
            chat_id, media, caption=caption, reply_markup=markup, **options
        )
    return await bot.send_photo(chat_id, media, caption=caption, reply_markup=markup, **options)


def _file_id(message: Message) -> str | None:
    if message.animation is not None:
        return message.animation.file_id
    if message.photo:
        # Every size Telegram makes shares the file; the largest is the picture as drawn.
        return message.photo[-1].file_id
    return None
