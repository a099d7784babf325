"""The conversation through `dispatch`, on a recording channel with WhatsApp's limits.

The same set-up, questions, red flags and settings that the Telegram tests drive over the Bot API
emulator, here on a channel that cannot edit messages, shows at most 10 choices, and has no
typing keyboard: edits arrive as short new messages and every layout fits.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from bot.chat import dispatch as router
from bot.chat.events import Tap
from bot.chat.questions import fit
from bot.qa.answer import QuestionAnswerer
from bot.testing import BotHarness, sql
from tests.chat.recording import (
    TELEGRAM_LIKE,
    WHATSAPP_LIKE,
    RecordingChat,
    RecordingOutbox,
    telegram_person,
    whatsapp_person,
)


async def row(harness: BotHarness, person_id: int) -> tuple[object, ...] | None:
    found = await sql(harness.repo).fetch_one(
        "SELECT timezone, reminder_time, phase, onboarding_step, status FROM subscribers"
        " WHERE user_id = ?",
        (person_id,),
    )
    return None if found is None else tuple(found)


async def set_up(chat: RecordingChat) -> None:
    await chat.command("start")
    for _ in range(3):  # timezone, time and phase kept as they are
        await chat.tap(chat.last, "Skip")


async def test_set_up_by_typing_and_tapping_without_edits(
    harness: BotHarness, wan: RecordingChat
) -> None:
    welcome, prompt = await wan.command("start")
    assert "Wan" in welcome.text and "doctor" in welcome.text.lower()
    assert [c.kind for row in prompt.choices for c in row] == ["location", "typed"]
    confirm, time_prompt = await wan.say("Berlin")
    assert "Europe/Berlin" in confirm.text
    assert "07:30" in time_prompt.labels and len(time_prompt.labels) == 9
    confirm, phase_prompt = await wan.tap(time_prompt, "07:30")
    assert "07:30" in confirm.text and wan.out.answers == [None]
    [summary] = await wan.tap(phase_prompt, "Recovering")
    assert "Europe/Berlin" in summary.text and "Wed 25 Nov" in summary.text
    assert summary.labels == ["See today's routine"]
    assert await row(harness, wan.person.person_id) == (
        "Europe/Berlin", "07:30", "recovering", None, "active",
    )  # fmt: skip
    assert wan.out.violations == []


async def test_a_shared_location_and_a_tapped_skip_answer_the_timezone_step(
    harness: BotHarness, wan: RecordingChat
) -> None:
    await wan.command("start")
    confirm, _ = await wan.share_location(52.52, 13.40)
    assert "Europe/Berlin" in confirm.text
    other = RecordingChat(wan.services, whatsapp_person(9_000_000_002), wan.out)
    await other.command("start")
    kept, time_prompt = await other.tap(other.last, "Skip")  # a button here, typed on Telegram
    assert "for now" in kept.text and "07:30" in time_prompt.labels


async def test_a_first_hello_begins_set_up_and_a_later_one_is_only_greeted(
    harness: BotHarness, wan: RecordingChat
) -> None:
    assert await row(harness, wan.person.person_id) is None
    welcome, prompt = await wan.say("Hi!")
    assert "Wan" in welcome.text and "doctor" in welcome.text.lower()  # the disclaimer, once
    assert [c.kind for row in prompt.choices for c in row] == ["location", "typed"]
    assert (await row(harness, wan.person.person_id) or ())[3] == "timezone"
    # Registered now: another hello neither repeats the welcome nor moves the step.
    replies = await wan.say("hello")
    assert all("doctor" not in reply.text.lower() for reply in replies)
    assert (await row(harness, wan.person.person_id) or ())[3] == "timezone"


async def test_a_question_before_any_set_up_is_answered_and_stores_no_one(
    harness: BotHarness, wan: RecordingChat
) -> None:
    [answer] = await wan.say("is walking ok?")
    assert "walk" in answer.text.lower()
    assert await row(harness, wan.person.person_id) is None


async def test_red_flags_come_first_and_the_step_waits(
    harness: BotHarness, wan: RecordingChat
) -> None:
    await wan.command("start")
    answer, reoffer = await wan.say("my foot slaps the floor when i walk")
    assert answer.text.startswith("⚠️")
    assert [c.kind for row in reoffer.choices for c in row] == ["location", "typed"]
    assert (await row(harness, wan.person.person_id) or ())[3] == "timezone"


async def test_settings_taps_send_the_new_view_where_messages_cannot_be_edited(
    wan: RecordingChat,
) -> None:
    await set_up(wan)
    [menu] = await wan.command("settings")
    assert menu.labels == ["Timezone", "Time", "Phase", "Days", "Pause"]
    [times] = await wan.tap(menu, "Time")
    assert "07:00" in times.labels and "« Back" in times.labels
    [main] = await wan.tap(times, "07:00")
    assert "07:00" in main.text and wan.out.answers[-1] == "Saved."
    [days] = await wan.tap(main, "Days")
    assert len(days.labels) == 10  # presets, seven days and back: a full WhatsApp list
    assert menu.edits == 0 and wan.out.violations == []


async def test_the_same_tap_edits_the_menu_in_place_where_the_channel_can(
    harness: BotHarness,
) -> None:
    tess = RecordingChat(harness.services, telegram_person(77), RecordingOutbox(TELEGRAM_LIKE))
    await set_up(tess)
    [menu] = await tess.command("settings")
    assert await tess.tap(menu, "Time") == []
    assert await tess.tap(menu, "07:00") == []
    assert "07:00" in menu.text and menu.edits == 2


async def test_a_command_ends_a_menus_waiting_input(
    harness: BotHarness, wan: RecordingChat
) -> None:
    await set_up(wan)
    [menu] = await wan.command("settings")
    await wan.tap(menu, "Timezone")
    assert (await row(harness, wan.person.person_id) or ())[3] == "settings_timezone"
    await wan.command("help")
    assert (await row(harness, wan.person.person_id) or ())[3] is None


async def test_unknown_and_unbuilt_commands_and_unknown_taps(
    harness: BotHarness, wan: RecordingChat, monkeypatch: pytest.MonkeyPatch
) -> None:
    core = harness.services.content.texts.core
    [unknown] = await wan.command("nosuchcommand")
    assert unknown.text == core.unknown_command
    monkeypatch.delitem(router.COMMANDS, "pause")  # a registered command not built yet
    [soon] = await wan.command("pause")
    assert soon.text == core.coming_soon.format(command="pause")
    assert await wan.act(Tap(wan.person, "zz:1")) == []
    assert wan.out.answers == [core.expired_button]


async def test_help_lists_typed_words_where_commands_have_no_slash(wan: RecordingChat) -> None:
    [words] = await wan.command("help")
    assert "\nstart - " in words.text and "\n/start - " not in words.text
    assert "stats" not in words.text


async def test_export_sends_the_data_and_the_daily_log_as_documents(wan: RecordingChat) -> None:
    await set_up(wan)
    data, log = await wan.command("export")
    assert (data.kind, data.filename) == ("document", "sciatica-coach-data.json")
    assert json.loads(data.data)
    assert log.filename == "sciatica-coach-daily-log.csv"
    assert next(csv.reader(io.StringIO(log.data.decode())))


async def test_forget_answers_with_a_new_message_and_deletes_the_person(
    harness: BotHarness, wan: RecordingChat
) -> None:
    await set_up(wan)
    [confirm] = await wan.command("forget")
    [gone] = await wan.tap(confirm, "Yes, delete everything")
    assert gone.text == harness.services.content.texts.account.forgotten
    assert await row(harness, wan.person.person_id) is None


async def test_stats_are_for_telegram_admins_only(
    database_path: Path, shared_answerer: QuestionAnswerer
) -> None:
    async with BotHarness.running(
        database_path, answerer=shared_answerer, admin_ids="71,9000000001"
    ) as harness:
        core = harness.services.content.texts.core
        ada = RecordingChat(harness.services, telegram_person(71), RecordingOutbox())
        [numbers] = await ada.command("stats")
        assert "Subscribers:" in numbers.text
        # ADMIN_IDS are Telegram user ids: the same number on another channel is nobody.
        wan = RecordingChat(
            harness.services, whatsapp_person(9_000_000_001), RecordingOutbox(WHATSAPP_LIKE)
        )
        [refused] = await wan.command("stats")
        assert refused.text == core.unknown_command


def test_every_routed_command_is_in_the_registry(harness: BotHarness) -> None:
    registry = {command.name for command in harness.services.content.texts.commands}
    assert set(router.COMMANDS) <= registry  # else Telegram's menu and /help would hide it


def test_a_long_title_is_cut_at_a_word_to_fit_a_button() -> None:
    assert fit("Massage, chiropractic and other treatments", 24) == "Massage, chiropractic…"
    assert fit("Is walking good for sciatica?", 64) == "Is walking good for sciatica?"
    assert len(fit("Is walking good for sciatica?", WHATSAPP_LIKE.max_label)) <= 24
