"""Fault injection: planned error answers and failed deliveries, per recipient or for anyone."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.emulator_whatsapp.errors import SOMETHING_WENT_WRONG, CloudApiError

Via = Literal["response", "status"]


@dataclass
class _Planned:
    code: int
    to: str | None
    remaining: int
    via: Via
    details: str | None
    http_status: int | None


class Faults:
    """Failures planned for the next sends (each plan is used up, oldest first).

    A plan `via="response"` makes the send's HTTP answer the error (as the Cloud API does for
    130429, 131056, 190 and most 131047s); `via="status"` accepts the send (200, a wamid) and then
    reports the error in a `failed` status webhook (as it does for 131026 and 131051).
    """

    def __init__(self) -> None:
        self._planned: list[_Planned] = []
        self.injected = 0

    def fail_next(
        self,
        code: int,
        *,
        to: str | None = None,
        times: int = 1,
        via: Via = "response",
        details: str | None = None,
    ) -> None:
        """Fail the next `times` sends (to `to`, or to anyone) with this error code."""
        if times < 1:
            raise ValueError("times must be at least 1")
        self._planned.append(_Planned(code, _digits(to), times, via, details, None))

    def fail_transiently(self, *, to: str | None = None, times: int = 1) -> None:
        """Answer the next `times` sends with HTTP 500 (131000 "Something went wrong")."""
        self._planned.append(
            _Planned(SOMETHING_WENT_WRONG, _digits(to), times, "response", None, 500)
        )

    def clear(self) -> None:
        """Forget every plan not yet used."""
        self._planned.clear()

    @property
    def pending(self) -> int:
        """How many planned failures are left."""
        return sum(plan.remaining for plan in self._planned)

    def take(self, to: str) -> tuple[CloudApiError, Via] | None:
        """The failure planned for a send to `to` (used up), or None."""
        for plan in self._planned:
            if plan.to is None or plan.to == to:
                plan.remaining -= 1
                if plan.remaining == 0:
                    self._planned.remove(plan)
                self.injected += 1
                error = CloudApiError(
                    plan.code, plan.details, http_status=plan.http_status, injected=True
                )
                return error, plan.via
        return None


def _digits(phone: str | None) -> str | None:
    return None if phone is None else "".join(ch for ch in phone if ch.isdigit())
