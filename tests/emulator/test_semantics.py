"""The emulator behaves like the Bot API for a real python-telegram-bot client."""

from __future__ import annotations

import asyncio
import io
from datetime import timedelta
from typing import Any

import pytest
from PIL import Image
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.emulator import BotApiEmulator


def png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(buffer, format="PNG")
    return buffer.getvalue()


def keyboard(*pairs: tuple[str, str]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(t, callback_data=d) for t, d in pairs]])


async def test_get_me_is_the_bot(bot: Bot, emulator: BotApiEmulator) -> None:
    me = await bot.get_me()
    assert me.is_bot and me.id == int(emulator.token.split(":")[0])


async def test_send_edit_and_answer_round_trip(bot: Bot, emulator: BotApiEmulator) -> None:
    person = emulator.user(7, "Kim")
    person.send_text("hello")
    sent = await bot.send_message(7, "Pick one", reply_markup=keyboard(("A", "a:1"), ("B", "b:2")))
    assert sent.message_id == 2  # the person's message was 1: ids are shared in a chat
    person.tap(sent.message_id, text="B")
    updates = await bot.get_updates(timeout=0)
    query = updates[-1].callback_query
    assert query is not None and query.data == "b:2" and query.from_user.id == 7
    assert emulator.unanswered_callback_queries() == [query.id]
    await bot.answer_callback_query(query.id, text="Noted")
    assert emulator.callback_answer(query.id) == "Noted"
    edited = await bot.edit_message_text("Done", chat_id=7, message_id=sent.message_id)
    assert isinstance(edited, object)
    [view] = emulator.messages(7)
    assert view.text == "Done" and view.edited and view.buttons == []
    assert emulator.violations == []


async def test_editing_to_the_same_content_is_refused(bot: Bot, emulator: BotApiEmulator) -> None:
    emulator.user(7).send_text("hi")
    sent = await bot.send_message(7, "Same")
    with pytest.raises(BadRequest, match="not modified"):
        await bot.edit_message_text("Same", chat_id=7, message_id=sent.message_id)


async def test_answering_a_query_twice_is_a_violation(bot: Bot, emulator: BotApiEmulator) -> None:
    person = emulator.user(7)
    person.send_text("hi")
    sent = await bot.send_message(7, "x", reply_markup=keyboard(("A", "a")))
    person.tap(sent.message_id, text="A")
    query = (await bot.get_updates(timeout=0))[-1].callback_query
    assert query is not None
    await bot.answer_callback_query(query.id)
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query(query.id)
    assert [v.method for v in emulator.violations] == ["answerCallbackQuery"]


@pytest.mark.parametrize(
    ("call", "description"),
    [
        (lambda b: b.send_message(7, "x" * 4097), "message is too long"),
        (lambda b: b.send_message(7, "   "), "message text is empty"),
        (lambda b: b.send_message(7, "x", reply_markup=keyboard(("A", "d" * 65))), "BUTTON_DATA"),
        (lambda b: b.send_message(7, "<b>bold", parse_mode="HTML"), "can't parse entities"),
        (lambda b: b.send_message(7, "<div>x</div>", parse_mode="HTML"), "can't parse entities"),
    ],
)
async def test_validation_rules_answer_400_and_are_recorded(
    bot: Bot, emulator: BotApiEmulator, call: object, description: str
) -> None:
    emulator.user(7).send_text("hi")
    with pytest.raises(BadRequest):
        await call(bot)  # type: ignore[operator]
    assert len(emulator.violations) == 1
    assert description in emulator.violations[0].description


async def test_raw_rules_missing_unknown_two_actions_long_answer(emulator: BotApiEmulator) -> None:
    emulator.user(7).send_text("hi")
    token = emulator.token
    cases: list[tuple[str, dict[str, Any], str]] = [
        ("sendMessage", {"text": "no chat"}, "chat_id is empty"),
        ("sendMessage", {"chat_id": 7, "text": "x", "colour": "red"}, "unknown parameter"),
        (
            "sendMessage",
            {"chat_id": 7, "text": "x", "reply_markup": '{"inline_keyboard": [[{"text": "A", '
             '"callback_data": "a", "url": "https://example.org"}]]}'},
            "exactly one",
        ),
        ("answerCallbackQuery", {"callback_query_id": "1", "text": "x" * 201}, "MESSAGE_TOO_LONG"),
    ]  # fmt: skip
    for method, params, expected in cases:
        status, body = await emulator.handle(token, method, params)
        assert status == 400 and expected in body["description"], (method, body)
    assert len(emulator.violations) == len(cases)


async def test_unknown_method_and_wrong_token(emulator: BotApiEmulator) -> None:
    status, body = await emulator.handle(emulator.token, "sendTelepathy", {})
    assert (status, body) == (404, {"ok": False, "error_code": 404, "description": "Not Found"})
    status, body = await emulator.handle("1:wrong", "getMe", {})
    assert status == 401 and body["description"] == "Unauthorized"


async def test_sends_to_an_unknown_chat_are_refused(bot: Bot) -> None:
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(99999, "hello")


async def test_long_polling_wakes_when_an_update_arrives(
    bot: Bot, emulator: BotApiEmulator
) -> None:
    import asyncio

    poll = asyncio.create_task(bot.get_updates(timeout=30))
    await asyncio.sleep(0)  # let the poll start waiting
    assert not poll.done()
    emulator.user(7).send_text("wake up")
    updates = await asyncio.wait_for(poll, timeout=5)
    assert [u.message.text for u in updates if u.message] == ["wake up"]


async def test_empty_poll_returns_after_its_timeout(bot: Bot) -> None:
    assert await bot.get_updates(timeout=0) == ()


async def test_offset_confirms_and_allowed_updates_filter(
    bot: Bot, emulator: BotApiEmulator
) -> None:
    person = emulator.user(7)
    person.send_text("one")
    person.send_sticker()
    first = await bot.get_updates(timeout=0)
    assert len(first) == 2
    again = await bot.get_updates(offset=first[-1].update_id + 1, timeout=0)
    assert again == ()
    sent = await bot.send_message(7, "x", reply_markup=keyboard(("A", "a")))
    person.send_text("two")
    person.tap(sent.message_id, text="A")
    only_queries = await bot.get_updates(timeout=0, allowed_updates=["callback_query"])
    assert [u.callback_query is not None for u in only_queries] == [True]
    await bot.answer_callback_query(only_queries[0].callback_query.id)  # type: ignore[union-attr]


async def test_get_updates_conflicts_with_a_webhook(bot: Bot) -> None:
    await bot.set_webhook("https://example.org/hook", secret_token="s3cret")
    with pytest.raises(Exception, match="Conflict"):
        await bot.get_updates(timeout=0)
    await bot.delete_webhook()
    assert await bot.get_updates(timeout=0) == ()


async def test_injected_faults(bot: Bot, emulator: BotApiEmulator) -> None:
    emulator.user(7).send_text("hi")
    emulator.faults.fail_next(1, "429", retry_after=3)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(7, "x")
    assert caught.value.retry_after.total_seconds() == 3  # type: ignore[union-attr]
    emulator.faults.fail_next(1, "5xx")
    with pytest.raises(NetworkError):
        await bot.send_message(7, "x")
    emulator.faults.fail_next(1, "timeout")
    with pytest.raises(TimedOut):
        await bot.send_message(7, "x")
    emulator.faults.block_chat(7)
    with pytest.raises(Forbidden, match="blocked"):
        await bot.send_message(7, "x")
    assert emulator.stats.injected_faults == 3
    assert emulator.violations == []


async def test_an_outage_fails_every_matching_call_until_it_ends(
    bot: Bot, emulator: BotApiEmulator
) -> None:
    emulator.user(7).send_text("hi")
    emulator.faults.go_down("5xx", methods=["sendMessage"])
    for _ in range(3):
        with pytest.raises(NetworkError, match="Bad Gateway"):
            await bot.send_message(7, "x")
    assert (await bot.get_me()).is_bot  # other methods still answer
    emulator.faults.go_down("400")
    with pytest.raises(BadRequest, match="too long"):
        await bot.get_me()
    emulator.faults.come_back()
    await bot.send_message(7, "through")
    assert [m.text for m in emulator.messages(7)] == ["through"]


async def test_flood_limits_use_the_injected_clock() -> None:
    now = [0.0]
    emulator = BotApiEmulator(clock=lambda: now[0], global_rate=30, per_chat_rate=1)
    for chat in range(40):
        emulator.user(chat + 1).send_text("hi")
    statuses = []
    for chat in range(40):
        status, _ = await emulator.handle(
            emulator.token, "sendMessage", {"chat_id": chat + 1, "text": "x"}
        )
        statuses.append(status)
    assert statuses.count(200) == 30 and statuses.count(429) == 10
    assert emulator.stats.rate_limited == 10
    now[0] += 1.0
    status, _ = await emulator.handle(emulator.token, "sendMessage", {"chat_id": 40, "text": "x"})
    assert status == 200


async def test_documents_and_photos_are_uploaded_as_multipart(
    bot: Bot, emulator: BotApiEmulator
) -> None:
    emulator.user(7).send_text("hi")
    await bot.send_document(7, document=b'{"a": 1}', filename="export.json", caption="Yours")
    await bot.send_photo(7, photo=png(40, 30), caption="Chart")
    document, photo = emulator.messages(7)
    assert (document.kind, document.filename, document.document) == (
        "document", "export.json", b'{"a": 1}',
    )  # fmt: skip
    assert (photo.kind, photo.text) == ("photo", "Chart")


async def test_a_photo_uploads_once_and_is_reused_by_its_file_id(
    bot: Bot, emulator: BotApiEmulator
) -> None:
    emulator.user(7).send_text("hi")
    emulator.user(8).send_text("hi")
    first = await bot.send_photo(7, photo=png(720, 450), caption="How to")
    file_id = first.photo[-1].file_id
    assert (first.photo[-1].width, first.photo[-1].height) == (720, 450)
    again = await bot.send_photo(8, photo=file_id, caption="How to")
    assert again.photo[-1].file_id == file_id
    assert again.photo[-1].file_unique_id == first.photo[-1].file_unique_id
    assert emulator.messages(8)[-1].document == emulator.messages(7)[-1].document
    assert (emulator.stats.uploads, emulator.stats.file_reuses) == (1, 1)
    with pytest.raises(BadRequest, match=r"(?i)wrong file identifier"):
        await bot.send_photo(8, photo="file-that-never-was")


@pytest.mark.parametrize(
    ("photo", "error"),
    [
        (b"\x89PNG not really", "IMAGE_PROCESS_FAILED"),
        (png(9_000, 1_100), "PHOTO_INVALID_DIMENSIONS"),
        (png(2_100, 100), "PHOTO_INVALID_DIMENSIONS"),
    ],
)
async def test_photos_telegram_refuses_are_refused_and_recorded(
    bot: Bot, emulator: BotApiEmulator, photo: bytes, error: str
) -> None:
    emulator.user(7).send_text("hi")
    with pytest.raises(BadRequest, match=f"(?i){error}"):
        await bot.send_photo(7, photo=photo)
    assert [v.method for v in emulator.violations] == ["sendPhoto"]


async def test_a_long_caption_is_refused(bot: Bot, emulator: BotApiEmulator) -> None:
    emulator.user(7).send_text("hi")
    with pytest.raises(BadRequest, match="caption is too long"):
        await bot.send_photo(7, photo=png(10, 10), caption="x" * 1025)
    await bot.send_photo(7, photo=png(10, 10), caption="x" * 1024)


async def test_animations_are_gifs_or_mp4s_and_reusable(
    bot: Bot, emulator: BotApiEmulator
) -> None:
    emulator.user(7).send_text("hi")
    frames = [Image.new("RGB", (60, 40), colour) for colour in ("white", "black")]
    buffer = io.BytesIO()
    frames[0].save(buffer, format="GIF", save_all=True, append_images=frames[1:], duration=1000)
    sent = await bot.send_animation(7, animation=buffer.getvalue(), caption="Moving")
    assert sent.animation is not None
    assert (sent.animation.width, sent.animation.duration) == (60, timedelta(seconds=2))
    again = await bot.send_animation(7, animation=sent.animation.file_id)
    assert again.animation is not None and again.animation.file_id == sent.animation.file_id
    assert emulator.messages(7)[-1].kind == "animation"
    with pytest.raises(BadRequest, match=r"(?i)animation_invalid"):
        await bot.send_animation(7, animation=png(10, 10))


async def test_updates_are_taken_once_get_updates_confirms_them(
    bot: Bot, emulator: BotApiEmulator
) -> None:
    person = emulator.user(7, "Kim")
    assert await emulator.wait_until_taken(timeout=0)  # nothing sent, nothing to wait for
    person.send_text("one")
    person.send_text("two")
    updates = await bot.get_updates(timeout=0)
    assert [u.message.text for u in updates if u.message] == ["one", "two"]
    assert not await emulator.wait_until_taken(timeout=0)  # fetched, not confirmed yet
    waiter = asyncio.create_task(emulator.wait_until_taken(timeout=60))
    version = emulator.version
    await bot.get_updates(offset=updates[0].update_id + 1, timeout=0)  # the first one only
    assert not await emulator.wait_until_taken(timeout=0)
    await bot.get_updates(offset=updates[-1].update_id + 1, timeout=0)
    assert await waiter  # woken by the confirmation
    assert emulator.version == version  # nothing a person would see changed
