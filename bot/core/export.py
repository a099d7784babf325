"""/export as a person would read it: plain data in, a readable document and a daily log out.

Instants become ISO 8601 in the person's own timezone, stored JSON becomes nested JSON, dates get
their weekday, the reminder-day mask becomes day names, and a README-like header says what each
part is. Every stored row is still there: nothing about the person is left out.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_INSTANTS = ("_at", "_until")
_FLAGS = ("paused",)

README = [
    "Everything the sciatica coach bot stores about you, exported on request (/export).",
    "Times are ISO 8601 in your own timezone (shown under settings); dates are your local days.",
    "settings: your timezone, reminder time and days, phase and reminder state.",
    "routines: each day's routine, its exercises, the sets you ticked off, skips and feelings.",
    "pain_checkins: the pain scores (0-10) you logged, one per day.",
    "deliveries: each morning reminder the bot sent or tried to send you in the last 7 days.",
    "other: anything else stored with your user id, as stored.",
    "The CSV file beside this one is a one-line-per-day log you can open in a spreadsheet.",
    "Send /forget to delete all of this.",
]


def _instant(value: int, zone: ZoneInfo) -> str:
    return datetime.fromtimestamp(value, UTC).astimezone(zone).isoformat()


def _day(value: str) -> dict[str, str]:
    day = date.fromisoformat(value)
    return {"date": day.isoformat(), "weekday": WEEKDAYS[day.weekday()]}


def readable_row(row: dict[str, Any], zone: ZoneInfo) -> dict[str, Any]:
    """One stored row with instants, dates, flags, JSON and masks made readable."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        if key == "user_id":
            continue
        if value is not None and key.endswith(_INSTANTS) and isinstance(value, int):
            out[key] = _instant(value, zone)
        elif key.endswith("_json") and isinstance(value, str):
            out[key.removesuffix("_json")] = json.loads(value)
        elif key in ("local_date", "programme_start", "snooze_date") and isinstance(value, str):
            out[key] = value
            out[f"{key.removeprefix('local_')}_weekday"] = _day(value)["weekday"]
        elif key == "reminder_days" and isinstance(value, int):
            out[key] = [name for bit, name in enumerate(WEEKDAYS) if value & (1 << bit)]
        elif key in _FLAGS and isinstance(value, int):
            out[key] = bool(value)
        else:
            out[key] = value
    return out


def readable_export(
    tables: dict[str, list[dict[str, Any]]], timezone: str, now: datetime
) -> dict[str, Any]:
    """The export document: a header, the settings, routines with their sets nested, the rest."""
    zone = ZoneInfo(timezone)
    rows = {name: [readable_row(row, zone) for row in table] for name, table in tables.items()}
    sets = rows.pop("set_completions", [])
    routines = rows.pop("routines", [])
    for routine in routines:
        routine["sets_done"] = [
            {k: v for k, v in done.items() if k not in ("local_date", "date_weekday")}
            for done in sets
            if done.get("local_date") == routine.get("local_date")
        ]
    settings = rows.pop("subscribers", [{}])
    document: dict[str, Any] = {
        "README": README,
        "exported_at": now.astimezone(zone).isoformat(),
        "settings": settings[0] if settings else {},
        "routines": routines,
        "pain_checkins": rows.pop("pain_checkins", []),
        "deliveries": rows.pop("deliveries", []),
    }
    if rows:
        document["other"] = rows
    return document


def daily_log_csv(document: dict[str, Any]) -> str:
    """One line per day: routine, sets done, skip, feeling and pain."""
    pain = {p["local_date"]: p["score"] for p in document["pain_checkins"]}
    days = sorted({r["local_date"] for r in document["routines"]} | set(pain))
    routines = {r["local_date"]: r for r in document["routines"]}
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        ["date", "weekday", "phase", "completed", "sets_done", "skipped", "feeling", "pain"]
    )
    for day in days:
        routine = routines.get(day, {})
        writer.writerow(
            [
                day,
                _day(day)["weekday"],
                routine.get("phase", ""),
                "yes" if routine.get("completed_at") else "no",
                len(routine.get("sets_done", [])),
                routine.get("skipped_reason") or "",
                routine.get("feeling") or "",
                pain.get(day, ""),
            ]
        )
    return buffer.getvalue()
