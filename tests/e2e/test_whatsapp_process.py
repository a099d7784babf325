"""`python -m bot run` with only WhatsApp configured, as a real process, against the Cloud API
emulator over loopback HTTP: set-up, a question, a red flag, /progress's chart, and the morning
reminder as the template outside the 24-hour window and as the routine inside it, with taps
recorded. No TELEGRAM_TOKEN is set; no secret reaches the log."""

from __future__ import annotations

import asyncio
import re
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.content.loader import default_content_dir
from bot.emulator_whatsapp import (
    ButtonsMessage,
    CloudApiEmulator,
    ImageMessage,
    ListMessage,
    Outgoing,
    SimulatedPerson,
    TemplateMessage,
)
from bot.store import Repository
from bot.testing import sql
from bot.whatsapp.words import load_words
from tests.processes import (
    assert_in_order,
    bot_env,
    free_port,
    kill_if_running,
    pipe_to_demo,
    read_until,
    running_bot,
    stop_with_sigterm,
)
from tests.reminders.factories import insert_subscriber

pytestmark = pytest.mark.subprocess

RITA, INES, SAM = "4915100000001", "4915100000002", "4915100000003"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def choices(message: Outgoing) -> dict[str, str]:
    """A message's buttons or list rows: title -> id."""
    if isinstance(message, ButtonsMessage):
        return {button.title: button.id for button in message.buttons}
    if isinstance(message, ListMessage):
        return {row.title: row.id for row in message.rows}
    return {}


async def next_where(
    person: SimulatedPerson, predicate: Callable[[Outgoing], bool], *, after: int
) -> tuple[Outgoing, int]:
    """The first message after the first `after` ones that matches; and how many there are."""
    seen = after
    while True:
        try:
            inbox = await person.wait_for_messages(seen + 1, timeout=60)
        except TimeoutError:
            got = [(type(m).__name__, (m.text or "")[:80]) for m in person.inbox[after:]]
            raise AssertionError(f"no such message for {person.wa_id}; got {got}") from None
        for message in inbox[seen:]:
            if predicate(message):
                return message, len(inbox)
        seen = len(inbox)


async def seed(database: Path, api: CloudApiEmulator) -> dict[str, int]:
    """Rita (silent for days: window shut) and Ines (wrote an hour ago), both due now."""
    repo = await Repository.open(database)
    now = datetime.now(UTC)
    ids = {}
    for wa_id, wrote in ((RITA, None), (INES, now - timedelta(hours=1))):
        person_id = await repo.channels.person_for("whatsapp", wa_id, now)
        if wrote is not None:
            await repo.channels.touch_inbound(person_id, wrote)
            api.api.window.opened(wa_id)  # Meta's side of the same fact
        await insert_subscriber(
            repo, person_id, now=now, timezone="UTC", next_reminder_at=now - timedelta(minutes=1)
        )
        ids[wa_id] = person_id
    await repo.close()
    return ids


async def test_whatsapp_only_process_serves_the_whole_conversation(tmp_path: Path) -> None:
    database, port = tmp_path / "bot.sqlite3", free_port()
    async with CloudApiEmulator() as api:
        template = load_words(default_content_dir()).reminder_template
        api.register_template(
            template.name, template.language, body=template.body, buttons=(template.button,)
        )
        ids = await seed(database, api)
        rita, ines = api.person(RITA, name="Rita"), api.person(INES, name="Ines")
        sam = api.person(SAM, name="Sam")
        env = bot_env(
            WHATSAPP_TOKEN=api.token, WHATSAPP_PHONE_NUMBER_ID=api.phone_number_id,
            WHATSAPP_APP_SECRET=api.app_secret, WHATSAPP_VERIFY_TOKEN=api.verify_token,
            WHATSAPP_API_URL=api.base_url, WEBHOOK_PORT=str(port), DATABASE_PATH=str(database),
            LOG_LEVEL="DEBUG", PYTHONUNBUFFERED="1", REMINDER_TICK_SECONDS="1",
        )  # fmt: skip
        async with running_bot(tmp_path, env) as (process, output):
            await output.wait_for("channels on: whatsapp;")
            api.set_webhook(f"http://127.0.0.1:{port}/whatsapp")
            assert await api.verify_webhook(challenge="42") == (200, "42")

            # Morning reminders: the template outside the window, the routine inside it.
            reminder = (await rita.wait_for_messages(1, timeout=60))[0]
            assert isinstance(reminder, TemplateMessage) and reminder.name == template.name
            assert reminder.parameters[0].startswith("User")  # the first name it knows
            routine, _ = await next_where(ines, lambda m: "routine" in (m.text or ""), after=0)
            assert isinstance(routine, ListMessage | ButtonsMessage)
            # Rita taps the template's button: the day's routine opens; a set tapped is kept.
            await rita.tap_template_button(reminder.quick_replies[0].payload)
            routine, seen = await next_where(rita, lambda m: "set 1/" in str(choices(m)), after=1)
            first = next(title for title in choices(routine) if "set 1/" in title)
            await rita.tap(choices(routine)[first], message=routine)
            # Messages cannot be edited: the tap is answered with a short new message.
            note, seen = await next_where(rita, lambda m: "set 1 of" in (m.text or ""), after=seen)
            assert (note.text or "").startswith(first.split(" set ")[0][:10])
            assert await sql_count(database, ids[RITA]) == 1

            # Set-up from scratch, by typing and tapping.
            await sam.send_text("start")
            welcome, seen = await next_where(sam, lambda m: "Sam" in (m.text or ""), after=0)
            assert "doctor" in (welcome.text or "").lower()
            await sam.send_text("Berlin")
            times, seen = await next_where(sam, lambda m: "07:30" in choices(m), after=seen)
            await sam.tap(choices(times)["07:30"], message=times)
            phase, seen = await next_where(sam, lambda m: "Recovering" in choices(m), after=seen)
            await sam.tap(choices(phase)["Recovering"], message=phase)
            summary, seen = await next_where(
                sam, lambda m: "Europe/Berlin" in (m.text or ""), after=seen
            )
            assert "07:30" in (summary.text or "")
            # A question, then red flags: urgent advice first.
            await sam.send_text("is walking ok?")
            answer, seen = await next_where(sam, lambda m: bool(m.text), after=seen)
            assert "walk" in (answer.text or "").lower()
            await sam.send_text("I suddenly can't control my bladder and my saddle area is numb")
            urgent, seen = await next_where(sam, lambda m: bool(m.text), after=seen)
            assert (urgent.text or "").startswith("⚠️")
            # /progress as a typed word: the chart arrives as an image (its header, with the
            # "log pain" button under it), uploaded to /media first.
            await sam.send_text("progress")
            chart, seen = await next_where(sam, lambda m: "progress" in (m.text or ""), after=seen)
            assert chart_png(api, chart).startswith(PNG_MAGIC)

            await api.flush_webhooks()
            await stop_with_sigterm(process)
        log = output.text
        assert process.returncode == 0, log[-3000:]
        assert "database closed" in log
        assert api.violations == [], api.violations
        assert api.stats.throughput_errors == 0
        for secret in (api.token, api.app_secret, api.verify_token):
            assert secret not in log


def chart_png(api: CloudApiEmulator, message: Outgoing) -> bytes:
    """The image a message shows: an image message's, or an interactive message's header."""
    if isinstance(message, ImageMessage):
        return message.content or b""
    header = message.payload.get("interactive", {}).get("header", {})
    assert header.get("type") == "image", message.payload
    return api.media[header["image"]["id"]].content


async def sql_count(database: Path, person_id: int) -> int:
    repo = await Repository.open(database)
    try:
        found = await sql(repo).fetch_value(
            "SELECT COUNT(*) FROM set_completions WHERE user_id = ?", (person_id,)
        )
    finally:
        await repo.close()
    return int(found)


async def test_whatsapp_demo_chats_in_the_terminal(tmp_path: Path) -> None:
    env = bot_env(DATABASE_PATH=str(tmp_path / "data" / "bot.sqlite3"))
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "demo", "--channel", "whatsapp", cwd=tmp_path, env=env,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    assert process.stdin is not None and process.stdout is not None
    try:
        await read_until(process.stdout, "Say hi")
        process.stdin.write(b"start\n")
        await process.stdin.drain()
        await read_until(process.stdout, "not a doctor")
        process.stdin.write(b"Berlin\n")
        await process.stdin.drain()
        shown = await read_until(process.stdout, "] 07:30")  # the numbered choice
        number = re.findall(r"\[(\d+)\] 07:30", shown)
        assert number, shown
        process.stdin.write(f"#{number[-1]}\n#99\n".encode())  # a time, then nothing there
        await process.stdin.drain()
        await read_until(process.stdout, "no choice [99]")
        process.stdin.close()
        rest = await asyncio.wait_for(process.stdout.read(), timeout=60)
        assert "Bye!" in rest.decode()
        assert await asyncio.wait_for(process.wait(), timeout=60) == 0
    finally:
        await kill_if_running(process)


async def test_whatsapp_demo_plays_input_piped_in_one_go_turn_by_turn(tmp_path: Path) -> None:
    """Every line at once, then the end of input: each is sent once the bot has finished with
    the one before (its replies and their delivery statuses), the last answered before "Bye!"."""
    script = "start\nBerlin\n#4\nshould I stay in bed?\n"
    transcript = await pipe_to_demo(tmp_path, script, "--channel", "whatsapp")
    assert_in_order(
        transcript,
        "> start",
        "not a doctor",  # the welcome
        "type a city",  # the timezone question
        "> Berlin",
        "Timezone: Europe/Berlin",
        "[4] 07:00",  # the list of times
        "> #4",  # read after its row was printed
        "Reminder time: 07:00.",
        "> should I stay in bed?",
        "longer bed rest usually makes sciatica worse",
        "Bye!",
    )
    assert "no choice" not in transcript
    # Nothing was still on its way to the bot when it stopped (a status to a closed webhook).
    assert "webhook delivery failed" not in transcript
