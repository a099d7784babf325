"""/progress before any routine: the chart says how it fills in, not an empty frame."""

from __future__ import annotations

import io

from PIL import Image

from bot.emulator import BotMessage
from bot.testing import BotHarness
from tests.tracking.test_progress import finish_today, ready


def darkest_in_the_middle(photo: BotMessage) -> int:
    """The darkest grey level in the middle of the plot (0 black, 255 white)."""
    assert photo.kind == "photo" and photo.document is not None
    image = Image.open(io.BytesIO(photo.document)).convert("L")
    width, height = image.size
    middle = image.crop((width // 5, height * 2 // 5, width * 4 // 5, height * 3 // 5))
    darkest, _ = middle.getextrema()
    return int(darkest)  # type: ignore[arg-type]


async def test_an_empty_chart_carries_a_note_on_how_it_fills_in(harness: BotHarness) -> None:
    pat = await ready(harness)
    [photo] = await pat.command("progress")
    assert "no check-ins yet" in (photo.text or "")
    assert darkest_in_the_middle(photo) < 80  # dark words across the plot, not a blank frame


async def test_a_chart_with_a_day_done_has_no_note(harness: BotHarness) -> None:
    pat = await ready(harness)
    await pat.tap(await finish_today(pat), text="1")  # a full bar, a pain point low down
    [photo] = await pat.command("progress")
    assert darkest_in_the_middle(photo) > 80
