"""The number's pace: slots 1/rate apart, none bunched, pushed back when the API says so."""

from __future__ import annotations

import pytest

from bot.whatsapp.pacing import SendPacer


def test_slots_are_spread_evenly_and_never_bunch() -> None:
    now = [100.0]
    pacer = SendPacer(80, clock=lambda: now[0])
    waits = [pacer.reserve() for _ in range(5)]
    assert waits == pytest.approx([0.0, 0.0125, 0.025, 0.0375, 0.05])
    now[0] += 1.0  # idle for a second: the next slot is now, not a burst of saved-up ones
    assert pacer.reserve() == 0.0
    assert pacer.reserve() == pytest.approx(0.0125)


def test_a_throughput_error_holds_every_later_slot_back() -> None:
    now = [0.0]
    pacer = SendPacer(10, clock=lambda: now[0])
    pacer.reserve()
    pacer.hold_off(2.0)
    assert pacer.reserve() == 2.0
