"""The person's control: /timezone, /time, /pause, /resume, /stop, /forget, /export, /settings."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from bot.testing import BotHarness, ChatUser, sql


async def set_up(harness: BotHarness, user_id: int = 21, name: str = "Max") -> ChatUser:
    person = harness.user(user_id, name)
    await person.command("start")
    await person.send("Berlin")
    await person.send("07:30")
    await person.send("recovering")
    return person


async def column(harness: BotHarness, name: str, user_id: int = 21) -> object:
    return await sql(harness.repo).fetch_value(
        f"SELECT {name} FROM subscribers WHERE user_id = ?", (user_id,)
    )


def epoch(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> int:
    return int(datetime(year, month, day, hour, minute, second, tzinfo=UTC).timestamp())


async def test_timezone_command_confirms_the_zone_and_the_next_reminder(
    harness: BotHarness,
) -> None:
    max_ = await set_up(harness)
    [answer] = await max_.command("timezone", "Asia/Tokyo")
    # 06:00 UTC is 15:00 in Tokyo: the next 07:30 there is tomorrow, 22:30 UTC today.
    assert answer.text is not None and "Asia/Tokyo" in answer.text and "Thu 26 Nov" in answer.text
    assert await column(harness, "timezone") == "Asia/Tokyo"
    assert await column(harness, "next_reminder_at") == epoch(2026, 11, 25, 22, 30)


async def test_time_command_accepts_the_usual_ways_of_writing_a_time(
    harness: BotHarness,
) -> None:
    max_ = await set_up(harness)
    for typed, stored in [("7.45am", "07:45"), ("19:00", "19:00"), ("6:05", "06:05")]:
        [answer] = await max_.command("time", typed)
        assert answer.text is not None and stored in answer.text
        assert await column(harness, "reminder_time") == stored


@pytest.mark.parametrize(
    ("command", "argument"),
    [("time", ""), ("time", "25:00"), ("time", "🙂"), ("time", "x" * 4000),
     ("timezone", ""), ("timezone", "Xyzzyville"), ("timezone", "\u200f\u200b"),
     ("timezone", "x" * 4000), ("pause", "-3"), ("pause", "many"), ("pause", "99999"),
     ("pause", "٣")],
)  # fmt: skip
async def test_bad_arguments_explain_what_is_accepted_and_change_nothing(
    harness: BotHarness, command: str, argument: str
) -> None:
    max_ = await set_up(harness)
    before = await harness.snapshot()
    replies = await max_.command(command, argument)
    assert replies and f"/{command}" in (replies[-1].text or "")
    assert await harness.snapshot() == before


async def test_pause_for_days_then_resume(harness: BotHarness) -> None:
    max_ = await set_up(harness)
    [paused] = await max_.command("pause", "3")
    assert paused.text is not None and "Sat 28 Nov" in paused.text
    assert await column(harness, "paused") == 1
    [resumed] = await max_.command("resume")
    assert resumed.text is not None and "Next reminder" in resumed.text
    assert await column(harness, "paused") == 0


async def test_pause_until_resume_stops_the_morning_reminder(harness: BotHarness) -> None:
    max_ = await set_up(harness)
    await max_.command("pause")
    harness.clock.advance(timedelta(days=1))
    before = len(max_.messages)
    await harness.tick()
    assert len(max_.messages) == before


async def test_stop_keeps_history_and_start_brings_reminders_back(harness: BotHarness) -> None:
    max_ = await set_up(harness)
    *_, routine = await max_.command("today")
    await max_.tap(routine, data=routine.buttons[0][0].callback_data)
    [stopped] = await max_.command("stop")
    assert stopped.text is not None and "/start" in stopped.text
    assert await column(harness, "status") == "stopped"
    await max_.command("start")
    assert await column(harness, "status") == "active"
    assert await column(harness, "next_reminder_at") is not None
    sets = await sql(harness.repo).fetch_value("SELECT COUNT(*) FROM set_completions")
    assert sets == 1


async def rows_about(harness: BotHarness, user_id: int) -> dict[str, int]:
    snapshot = await harness.snapshot()
    counts = {}
    for table in snapshot:
        columns = [
            row[1] for row in await sql(harness.repo).fetch_all(f"PRAGMA table_info({table})")
        ]
        if "user_id" in columns:
            counts[table] = await sql(harness.repo).fetch_value(
                f"SELECT COUNT(*) FROM {table} WHERE user_id = ?", (user_id,)
            )
    return counts


async def test_forget_asks_first_then_deletes_every_row_about_the_person(
    harness: BotHarness,
) -> None:
    max_ = await set_up(harness)
    other = await set_up(harness, 22, "Nia")
    *_, routine = await max_.command("today")
    await max_.tap(routine, data=routine.buttons[0][0].callback_data)
    await other.command("today")
    [question] = await max_.command("forget")
    assert question.button_texts == ["Yes, delete everything", "No, keep my data"]
    await max_.tap(question, text="No, keep my data")
    assert await column(harness, "status") == "active"
    [again] = await max_.command("forget")
    await max_.tap(again, text="Yes, delete everything")
    assert "deleted" in (max_.message(again.message_id).text or "")
    assert set((await rows_about(harness, 21)).values()) == {0}
    assert (await rows_about(harness, 22))["subscribers"] == 1  # nobody else is touched


async def test_export_is_readable_json_matching_the_database_and_a_daily_log(
    harness: BotHarness,
) -> None:
    max_ = await set_up(harness)
    *_, routine = await max_.command("today")
    await max_.tap(routine, data=routine.buttons[0][0].callback_data)
    [document, log] = await max_.command("export")
    assert document.kind == "document" and document.filename is not None
    assert document.document is not None
    data = json.loads(document.document)
    assert list(data)[:2] == ["README", "exported_at"]
    assert any("ISO 8601" in line for line in data["README"])
    assert data["exported_at"] == "2026-11-25T07:00:00+01:00"  # 06:00 UTC, in Berlin
    me = data["settings"]
    assert (me["timezone"], me["reminder_time"], me["phase"]) == (
        "Europe/Berlin", "07:30", "recovering",
    )  # fmt: skip
    assert me["reminder_days"] == [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]  # fmt: skip
    assert me["created_at"].endswith("+01:00") and me["paused"] is False
    [day] = data["routines"]
    assert (day["local_date"], day["date_weekday"]) == ("2026-11-25", "Wednesday")
    assert isinstance(day["plan"], (dict, list))  # nested JSON, not a string
    stored = await sql(harness.repo).fetch_value(
        "SELECT COUNT(*) FROM set_completions WHERE user_id = 21"
    )
    assert len(day["sets_done"]) == stored == 1
    assert log.filename is not None and log.filename.endswith(".csv")
    lines = (log.document or b"").decode().splitlines()
    assert lines[0].startswith("date,weekday,phase,completed,sets_done")
    assert lines[1].startswith("2026-11-25,Wednesday,recovering,no,1")


async def test_commands_before_start_ask_for_start_and_store_nothing(
    harness: BotHarness,
) -> None:
    stranger = harness.user(30, "Oz")
    for command in ["time", "timezone", "pause", "resume", "stop", "forget", "export", "settings"]:
        [answer] = await stranger.command(command, "07:30" if command == "time" else "")
        assert "/start" in (answer.text or "")
    assert await sql(harness.repo).fetch_value("SELECT COUNT(*) FROM subscribers") == 0


async def test_settings_menu_is_edited_in_place(harness: BotHarness) -> None:
    max_ = await set_up(harness)
    [menu] = await max_.command("settings")
    assert menu.text is not None and "Europe/Berlin" in menu.text
    assert await max_.tap(menu, text="Time") == []
    assert await max_.tap(max_.message(menu.message_id), text="08:00") == []
    assert await column(harness, "reminder_time") == "08:00"
    assert "08:00" in (max_.message(menu.message_id).text or "")
    await max_.tap(max_.message(menu.message_id), text="Days")
    await max_.tap(max_.message(menu.message_id), text="Weekdays")
    assert await column(harness, "reminder_days") == 0b0011111
    assert "weekdays" in (max_.message(menu.message_id).text or "")
    await max_.tap(max_.message(menu.message_id), text="Phase")
    await max_.tap(max_.message(menu.message_id), data="m:phase:acute")
    assert await column(harness, "phase") == "acute"
    await max_.tap(max_.message(menu.message_id), text="Pause")
    assert await column(harness, "paused") == 1
    await max_.tap(max_.message(menu.message_id), text="Resume")
    assert await column(harness, "paused") == 0
    assert max_.message(menu.message_id).edited
    assert [m.message_id for m in max_.messages].count(menu.message_id) == 1


async def test_settings_timezone_button_takes_the_next_typed_city(harness: BotHarness) -> None:
    max_ = await set_up(harness)
    [menu] = await max_.command("settings")
    await max_.tap(menu, text="Timezone")
    [confirmed] = await max_.send("Lisbon")
    assert "Europe/Lisbon" in (confirmed.text or "")
    assert await column(harness, "timezone") == "Europe/Lisbon"


async def test_a_custom_day_can_be_switched_off_but_not_the_last_one(
    harness: BotHarness,
) -> None:
    max_ = await set_up(harness)
    [menu] = await max_.command("settings")
    await max_.tap(menu, text="Days")
    for day in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]:
        await max_.tap(max_.message(menu.message_id), text=f"✅ {day}")
    assert await column(harness, "reminder_days") == 0b1000000
    await max_.tap(max_.message(menu.message_id), text="✅ Sun")
    assert "at least one day" in (max_.last_callback_answer or "")
    assert await column(harness, "reminder_days") == 0b1000000
