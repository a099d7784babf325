"""The how-to card: the exercise's picture with its steps, uploaded once, reused by file_id."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import yaml

from bot.content.loader import default_content_dir
from bot.core.routine import render_howto
from bot.emulator import BotApiEmulator, BotMessage
from bot.emulator.models import RecordedRequest
from bot.emulator.wire import UploadedFile
from bot.qa.answer import QuestionAnswerer
from bot.reminders.figure_cards import figure_key, fits_caption
from bot.testing import BotHarness, ChatUser, sql


async def registered(harness: BotHarness, user_id: int) -> ChatUser:
    person = harness.user(user_id, f"P{user_id}")
    await person.command("start")
    return person


def media_requests(emulator: BotApiEmulator) -> list[RecordedRequest]:
    """Every successful sendPhoto and sendAnimation, in order."""
    return [
        r for r in emulator.requests
        if r.method in ("sendPhoto", "sendAnimation") and r.status == 200
    ]  # fmt: skip


def photo_sends(emulator: BotApiEmulator) -> list[object]:
    """What each figure send carried: uploaded bytes or a file_id string."""
    return [r.params.get("photo", r.params.get("animation")) for r in media_requests(emulator)]


def kind_of(harness: BotHarness, exercise_id: str) -> str:
    return "animation" if harness.services.content.poses[exercise_id].animate else "photo"


async def intro_rows(harness: BotHarness, user_id: int) -> list[str]:
    rows = await sql(harness.repo).fetch_all(
        "SELECT exercise_id FROM exercise_intros WHERE user_id = ? ORDER BY rowid", (user_id,)
    )
    return [row[0] for row in rows]


async def test_new_exercises_come_once_as_pictures_before_the_first_routine(
    harness: BotHarness,
) -> None:
    alex = await registered(harness, 1001)
    *cards, routine = await alex.command("today")
    names = [row[0].text.rsplit(" ", 1)[0] for row in routine.buttons[:-2]]
    assert routine.text and "Your routine for" in routine.text
    assert len(cards) == len(names) >= 2
    content = harness.services.content
    by_name = {e.name: e for e in content.exercises.values()}
    for card, name in zip(cards, names, strict=True):
        assert card.kind == kind_of(harness, by_name[name].id)
        assert card.text == render_howto(by_name[name], content)
    assert {card.kind for card in cards} == {"photo", "animation"}  # this routine has both
    sends = media_requests(harness.emulator)
    assert all(r.params.get("disable_notification") is True for r in sends)  # no buzz per card
    assert await intro_rows(harness, 1001) == [by_name[n].id for n in names]
    # The same day again, or the next day with the same exercises: no pictures unasked.
    again = await alex.command("today")
    assert [m.kind for m in again] == ["text"]
    harness.clock.advance(timedelta(days=1))
    later = await alex.command("today")
    assert len(later) - 1 == len(
        {row[0].text.rsplit(" ", 1)[0] for row in later[-1].buttons[:-2]} - set(names)
    )


async def test_show_me_how_sends_the_picture_with_the_steps_and_reuses_its_file_id(
    harness: BotHarness,
) -> None:
    alex = await registered(harness, 1001)
    routine = (await alex.command("today"))[-1]
    uploads_before = harness.emulator.stats.uploads
    how = routine.buttons[0][1]
    [card] = await alex.tap(routine, data=how.callback_data)
    assert alex.last_callback_answer == ""  # answered at once, silently
    exercise_id = how.callback_data.split(":", 1)[1] if how.callback_data else ""
    exercise = harness.services.content.exercises[exercise_id]
    assert card.kind == kind_of(harness, exercise_id)
    assert card.text == render_howto(exercise, harness.services.content)
    # Met in the first routine, so its picture was uploaded then: this send is by file_id.
    last = photo_sends(harness.emulator)[-1]
    assert isinstance(last, str) and last.startswith("file-")
    assert harness.emulator.stats.uploads == uploads_before
    pose = harness.services.content.poses[exercise_id]
    stored = await harness.repo.figures.file_id(exercise_id, figure_key(pose))
    assert stored == last


async def test_each_picture_is_uploaded_once_however_many_people_see_it(
    harness: BotHarness,
) -> None:
    people = [await registered(harness, 2000 + n) for n in range(3)]
    for person in people:
        await person.command("today")
    sends = photo_sends(harness.emulator)
    uploads = [s for s in sends if isinstance(s, UploadedFile)]
    by_id = [s for s in sends if isinstance(s, str)]
    assert len(uploads) == len(sends) // 3  # the first person's cards upload; others reuse
    assert len(by_id) == 2 * len(uploads)
    rows = await sql(harness.repo).fetch_value("SELECT COUNT(*) FROM figure_files")
    assert rows == len(uploads)


def changed_content(tmp_path: Path, exercise_ids: list[str]) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(default_content_dir(), folder)
    path = folder / "poses.yaml"
    data = yaml.safe_load(path.read_text())
    for pose in data["poses"]:
        if pose["id"] in exercise_ids:
            pose["end"]["neck"] = pose["end"].get("neck", 0) + 3
    path.write_text(yaml.safe_dump(data))
    return folder


async def test_a_changed_pose_is_drawn_and_uploaded_again(
    database_path: Path, tmp_path: Path, shared_answerer: QuestionAnswerer
) -> None:
    emulator = BotApiEmulator(per_chat_rate=None)
    async with BotHarness.running(
        database_path, answerer=shared_answerer, emulator=emulator
    ) as harness:
        alex = await registered(harness, 1001)
        routine = (await alex.command("today"))[-1]
        first_ids = [row[1].callback_data for row in routine.buttons[:-2]]
    exercise_ids = [str(data).split(":", 1)[1] for data in first_ids]
    changed, unchanged = exercise_ids[0], exercise_ids[1]
    folder = changed_content(tmp_path, [changed])
    async with BotHarness.running(database_path, emulator=emulator, content_dir=folder) as again:
        alex = again.user(1001, "P1001")
        before = len(photo_sends(emulator))
        await alex.tap(routine, data=first_ids[0])
        await alex.tap(routine, data=first_ids[1])
        new_sends = photo_sends(emulator)[before:]
        assert isinstance(new_sends[0], UploadedFile)  # the changed picture: uploaded afresh
        assert isinstance(new_sends[1], str)  # the unchanged one: still sent by file_id
        rows = await sql(again.repo).fetch_all(
            "SELECT content_hash FROM figure_files WHERE figure_id = ?", (changed,)
        )
        assert len(rows) == 2  # the old version's id stays valid for old content
        assert unchanged != changed


async def test_a_file_id_telegram_no_longer_knows_is_replaced_by_a_new_upload(
    harness: BotHarness,
) -> None:
    alex = await registered(harness, 1001)
    routine = (await alex.command("today"))[-1]
    how = routine.buttons[0][1].callback_data or ""
    exercise_id = how.split(":", 1)[1]
    key = figure_key(harness.services.content.poses[exercise_id])
    # As after a change of bot token: the stored id means nothing to Telegram.
    await harness.repo.figures.keep_file_id(exercise_id, key, "gone", harness.clock.now())
    [card] = await alex.tap(routine, data=how)
    assert card.kind == kind_of(harness, exercise_id) and card.document is not None
    assert isinstance(photo_sends(harness.emulator)[-1], UploadedFile)
    assert await harness.repo.figures.file_id(exercise_id, key) not in (None, "gone")


async def test_a_how_to_too_long_for_a_caption_follows_the_picture_as_text(
    database_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "content"
    shutil.copytree(default_content_dir(), folder)
    path = folder / "exercises.yaml"
    data = yaml.safe_load(path.read_text())
    for exercise in data["exercises"]:
        exercise["cautions"] += ["Go gently and keep breathing slowly all the way through."] * 10
    path.write_text(yaml.safe_dump(data))
    async with BotHarness.running(database_path, content_dir=folder) as harness:
        alex = await registered(harness, 1001)
        *cards, routine = await alex.command("today")
        content = harness.services.content
        texts = [render_howto(e, content) for e in content.exercises.values()]
        assert all(len(text) > 1024 for text in texts)
        photos, words = cards[0::2], cards[1::2]
        assert {m.kind for m in photos} <= {"photo", "animation"}
        assert all(m.text is None for m in photos)
        assert all(isinstance(m, BotMessage) and m.text in texts for m in words)
        assert routine.text and "Your routine for" in routine.text


async def test_a_card_that_fails_to_send_never_holds_back_the_routine(
    harness: BotHarness,
) -> None:
    alex = await registered(harness, 1001)
    subscriber = await harness.repo.subscribers.get(1001)
    assert subscriber is not None
    programme = harness.services.content.programmes[subscriber.phase]
    cards = programme.stretches_per_day + programme.exercises_per_day
    harness.emulator.faults.fail_next(cards, "5xx", methods=["sendPhoto", "sendAnimation"])
    messages = await alex.command("today")
    assert [m.kind for m in messages] == ["text"]  # every card failed; the routine came
    assert messages[0].text and "Your routine for" in messages[0].text
    assert harness.errors == [] and harness.emulator.faults.injected == cards
    # The How? button still shows the card once Telegram answers again.
    [card] = await alex.tap(messages[0], data=messages[0].buttons[0][1].callback_data)
    assert card.kind in ("photo", "animation")


def test_the_caption_limit_counts_as_telegram_does() -> None:
    assert fits_caption("x" * 1024) and not fits_caption("x" * 1025)
    # Telegram counts UTF-16 code units: an emoji outside the BMP counts twice.
    assert fits_caption("🙂" * 512) and not fits_caption("🙂" * 513)
