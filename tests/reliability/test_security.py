"""Nobody gets in: SQL-looking input is only ever data, and one person cannot reach another's."""

from __future__ import annotations

import pytest

from bot.testing import BotHarness, sql

SQL = "'; DROP TABLE subscribers; --"
TABLES = {"subscribers", "deliveries", "routines", "set_completions", "pain_checkins",
          "runtime_state", "schema_migrations"}  # fmt: skip


async def test_sql_looking_input_everywhere_is_just_text(harness: BotHarness) -> None:
    eve = harness.user(301, SQL)
    await eve.command("start")
    for text in [SQL, "1 OR 1=1", "Robert'); DELETE FROM routines;--"]:
        await eve.send(text)  # as a set-up answer (timezone), then as questions
    await eve.send("Skip")
    await eve.tap(eve.last, text="Skip")
    await eve.tap(eve.last, text="Skip")
    names = [c.name for c in harness.services.content.texts.commands if c.name != "forget"]
    for name in names:
        await eve.command(name, SQL)
    for text in [SQL, "x' UNION SELECT * FROM subscribers --"]:
        await eve.send(text)
    tables = {row[0] for row in await sql(harness.repo).fetch_all(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}  # fmt: skip
    assert tables >= TABLES
    assert await sql(harness.repo).fetch_value("SELECT first_name FROM subscribers") == SQL
    assert await sql(harness.repo).fetch_value("PRAGMA integrity_check") == "ok"


@pytest.mark.parametrize("prefix", ["s", "u", "a", "k", "p", "e", "h", "z", "m", "f", "o", "q"])
async def test_no_button_of_one_person_changes_anothers_data(
    harness: BotHarness, prefix: str
) -> None:
    owner, intruder = harness.user(311, "Ann"), harness.user(312, "Eve")
    for person in (owner, intruder):
        await person.command("start")
        await person.send("Skip")
        await person.tap(person.last, text="Skip")
        await person.tap(person.last, text="Skip")
    *_, routine = await owner.command("today")
    [menu] = await owner.command("settings")
    buttons = [b for m in (routine, menu) for row in m.buttons for b in row]
    before = await harness.snapshot()
    for button in buttons:
        if button.callback_data and button.callback_data.startswith(f"{prefix}:"):
            stored = harness.emulator.chat_messages[311][routine.message_id]
            intruder.person.tap_raw(stored, button.callback_data)
            await harness.deliver_pending()
    after = await harness.snapshot()
    owner_rows = {table: [r for r in rows if 311 in r] for table, rows in after.items()}
    assert owner_rows == {table: [r for r in rows if 311 in r] for table, rows in before.items()}
    assert harness.emulator.messages(311)[-1].message_id == menu.message_id  # nothing sent to Ann
