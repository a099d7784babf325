"""WhatsApp fan-out: the morning's reminders to N people through the real tick and channel.

The Cloud API emulator enforces the number's throughput (WHATSAPP_SEND_RATE, 80/s by default)
with a token bucket over real time; half the people wrote within 24 hours (they get the routine
as an interactive message), half did not (they get the approved template). Everyone has met the
routine's exercises (on a first morning their cards would follow). Printed: the rate reached
against the configured one (goal: at least 0.9 of it), the throughput errors the bot
provoked (goal: none), and whether anyone was missed or sent twice.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench._goals import judge
from bot.app import build_services, build_whatsapp
from bot.chat.turn import Turn
from bot.content.loader import default_content_dir
from bot.emulator_whatsapp import CloudApiEmulator, TemplateMessage
from bot.reminders.tick import run_tick
from bot.settings import Settings
from bot.store import Repository
from bot.testing import sql
from bot.whatsapp.words import load_words

PEOPLE = 1200
RATE = 80.0


async def _no_conversation(turn: Turn) -> None:
    """Nobody writes during the fan-out: the conversation is never reached."""
    raise AssertionError(f"unexpected turn {turn.event}")


async def _fan_out(folder: Path, people: int, rate: float) -> dict[str, float]:
    async with CloudApiEmulator(send_rate=rate, auto_deliver=False) as api:
        template = load_words(default_content_dir()).reminder_template
        api.register_template(
            template.name, template.language, body=template.body, buttons=(template.button,)
        )
        settings = Settings(
            _env_file=None,  # no .env: everything is set here
            database_path=folder / "bot.sqlite3",
            whatsapp_token=api.token,
            whatsapp_phone_number_id=api.phone_number_id,
            whatsapp_app_secret=api.app_secret,
            whatsapp_verify_token=api.verify_token,
            whatsapp_api_url=api.base_url,
            whatsapp_send_rate=rate,
        )
        services = build_services(settings, answerer=False)
        repo = await Repository.open(settings.database_path)
        services.attach_repository(repo)
        channel = build_whatsapp(services, _no_conversation)
        now = datetime.now(UTC)
        for n in range(people):
            wa_id = f"4915{n:09d}"
            api.person(wa_id, name=f"P{n}")
            if n % 2 == 0:  # wrote yesterday evening: the window is open
                api.api.window.opened(wa_id)
            person_id = await repo.channels.person_for("whatsapp", wa_id, now)
            if n % 2 == 0:
                await repo.channels.touch_inbound(person_id, now - timedelta(hours=12))
            await repo.subscribers.register(
                user_id=person_id, chat_id=person_id, first_name=f"P{n}", language_code="en",
                timezone="UTC", reminder_time="07:30", today=now.date(), now=now,
            )  # fmt: skip
            await repo.subscribers.update(
                person_id, now, onboarding_step=None, next_reminder_at=now - timedelta(minutes=1)
            )
            await sql(repo).execute(
                "INSERT INTO exercise_intros (user_id, exercise_id, shown_at)"
                " SELECT ?, value, 0 FROM json_each(?)",
                (person_id, json.dumps(list(services.content.exercises))),
            )
        started = time.perf_counter()
        report = await run_tick(services, None, datetime.now(UTC))
        elapsed = time.perf_counter() - started
        # The reminder itself: the template, or the routine (new exercises' cards follow it).
        reminders = [
            m for m in api.sent
            if isinstance(m, TemplateMessage) or "Your routine for" in (m.text or "")
        ]  # fmt: skip
        per_person = Counter(message.to for message in reminders)
        journal = await sql(repo).fetch_all("SELECT status, COUNT(*) FROM deliveries GROUP BY 1")
        await channel.api.close()
        await repo.close()
        return {
            "sent": report.sent,
            "seconds": elapsed,
            "rate": len(api.sent) / elapsed,
            "throughput_errors": api.stats.throughput_errors,
            "missed": people - len(per_person),
            "twice": sum(1 for count in per_person.values() if count > 1),
            "templates": sum(1 for m in reminders if isinstance(m, TemplateMessage)),
            "messages": len(api.sent),
            "journal_sent": dict((row[0], row[1]) for row in journal).get("sent", 0),
        }


def main() -> None:
    """Print the fan-out figures."""
    with tempfile.TemporaryDirectory() as folder:
        found = asyncio.run(_fan_out(Path(folder), PEOPLE, RATE))
    share = found["rate"] / RATE
    print(
        f"WhatsApp fan-out: {PEOPLE} reminders ({found['messages']:.0f} messages) in "
        f"{found['seconds']:.1f} s = {found['rate']:.1f} msg/s at "
        f"WHATSAPP_SEND_RATE={RATE:.0f} ({share:.2f} of it; goal >= 0.90)"
        f" {judge('whatsapp: fan-out at 0.9 of WHATSAPP_SEND_RATE', share >= 0.9)}"
    )
    clean = found["throughput_errors"] == 0 and found["missed"] == 0 and found["twice"] == 0
    print(
        f"  templates (window shut) {found['templates']:.0f}, interactive "
        f"{PEOPLE - found['templates']:.0f}; throughput errors (130429) "
        f"{found['throughput_errors']:.0f}; missed {found['missed']:.0f}; sent twice "
        f"{found['twice']:.0f}; journal rows sent {found['journal_sent']:.0f}"
        f" {judge('whatsapp: no throughput error, nobody missed or sent twice', clean)}"
    )
