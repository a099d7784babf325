"""What must hold in the database whatever people send: checked after every fuzzed batch."""

from __future__ import annotations

import json

from bot.store import Repository
from bot.testing import sql


async def violations(repo: Repository) -> list[str]:
    """Every broken invariant, described; empty when the database is sound."""
    found: list[str] = []
    if await sql(repo).fetch_value("PRAGMA integrity_check") != "ok":
        found.append("integrity_check failed")
    if await sql(repo).fetch_all("PRAGMA foreign_key_check"):
        found.append("rows point at missing parents")
    orphans = await sql(repo).fetch_value(
        "SELECT COUNT(*) FROM deliveries d LEFT JOIN subscribers s USING (user_id)"
        " WHERE s.user_id IS NULL"
    )
    if orphans:
        found.append(f"{orphans} deliveries without a subscriber")
    for row in await sql(repo).fetch_all("SELECT user_id, local_date, plan_json FROM routines"):
        planned = {item["exercise_id"]: item["sets"] for item in json.loads(row[2])["items"]}
        done = await sql(repo).fetch_all(
            "SELECT exercise_id, MAX(set_no), COUNT(*) FROM set_completions"
            " WHERE user_id = ? AND local_date = ? GROUP BY exercise_id",
            (row[0], row[1]),
        )
        for exercise_id, highest, count in done:
            if exercise_id not in planned or count > planned[exercise_id]:
                found.append(f"{row[0]} {row[1]} {exercise_id}: {count} sets counted")
            if highest > planned.get(exercise_id, 0):
                found.append(f"{row[0]} {row[1]} {exercise_id}: set {highest} does not exist")
    completed_short = await sql(repo).fetch_value(
        "SELECT COUNT(*) FROM routines r WHERE completed_at IS NOT NULL AND"
        " (SELECT COUNT(*) FROM set_completions s WHERE s.user_id = r.user_id"
        "  AND s.local_date = r.local_date) <"
        " (SELECT SUM(json_extract(i.value, '$.sets')) FROM json_each(r.plan_json, '$.items') i)"
    )
    if completed_short:
        found.append(f"{completed_short} routines marked complete with sets missing")
    return found
