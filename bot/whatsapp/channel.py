"""The WhatsApp channel: webhook bodies in, turns of the conversation out, morning reminders.

Each person's messages are handled one at a time in the order they came (a chain of tasks per
person), so the webhook answers Meta at once and a slow answer never delays anyone else. Meta
retries a webhook it did not see answered: a message id already handled is skipped. A send a
status webhook calls for (the template instead of a reminder refused late for the 24-hour
window) joins the person's chain the same way: the webhook's answer never waits for it.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Collection
from datetime import datetime, timedelta

from bot.chat.events import Command, Event, Person
from bot.chat.routine import morning_routine
from bot.chat.turn import Turn
from bot.core.records import ClaimedDelivery
from bot.reminders.channels import hold_for_person
from bot.services import BotServices
from bot.store.channels import Identity
from bot.store.deliveries import DeliveryOutcome, OutcomeStatus
from bot.whatsapp.api import (
    OUTSIDE_WINDOW,
    PAIR_WAIT,
    CloudApi,
    OutsideWindow,
    PairLimited,
    SendError,
    SlowDown,
    Undeliverable,
    Unreachable,
)
from bot.whatsapp.inbound import CHANNEL, Inbound, StatusUpdate, parse_update
from bot.whatsapp.outbox import WhatsAppOutbox
from bot.whatsapp.words import WhatsAppWords

logger = logging.getLogger(__name__)

Dispatch = Callable[[Turn], Awaitable[None]]
# Free-form messages are allowed for 24 hours after the person's last message; a reminder
# planned that close to the end is sent as the template, so it never races the window shut.
SERVICE_WINDOW = timedelta(hours=24)
WINDOW_MARGIN = timedelta(minutes=10)
REMEMBERED_MESSAGE_IDS = 10_000
# Failed statuses after which messages to the person stop (undeliverable, unsupported).
UNDELIVERABLE_CODES = frozenset({"131026", "131051"})


class WhatsAppChannel:
    """Receives one business number's webhooks and sends its replies and reminders."""

    name = CHANNEL

    def __init__(
        self,
        services: BotServices,
        api: CloudApi,
        words: WhatsAppWords,
        dispatch: Dispatch,
        commands: Collection[str],
    ) -> None:
        self.services, self.api, self.words = services, api, words
        self.dispatch = dispatch
        self.commands = frozenset(commands)
        self._chains: dict[str, asyncio.Task[None]] = {}
        self._seen: OrderedDict[str, None] = OrderedDict()

    async def receive(self, raw: bytes) -> bool:
        """Take one signed webhook body; False when it is not JSON (the caller answers 400)."""
        try:
            body = json.loads(raw)
        except ValueError:
            return False
        messages, statuses = parse_update(body, self.commands)
        for status in statuses:
            await self._file_status(status)
        for inbound in messages:
            if inbound.message_id in self._seen:
                continue  # Meta's retry of a webhook already handled
            self._seen[inbound.message_id] = None
            if len(self._seen) > REMEMBERED_MESSAGE_IDS:
                self._seen.popitem(last=False)
            self._chain(inbound)
        return True

    async def idle(self) -> None:
        """Wait until every message accepted so far (and any accepted meanwhile) has been
        handled, replies sent: for shutdown, tests and the demo's turn-by-turn input.

        Cancelling the wait (a timeout around it) leaves the turns running."""
        while turns := [task for task in self._chains.values() if not task.done()]:
            await asyncio.wait(turns)

    async def deliver_reminder(
        self, delivery: ClaimedDelivery, identity: Identity
    ) -> DeliveryOutcome:
        """Send a claimed reminder: the routine itself inside the 24-hour window (with Snooze,
        then the cards of exercises new to the person), else the approved template (whose
        button opens the routine). `held` when the Cloud API cannot be reached; held for this
        person alone when they have had too many messages just now (the pair limit). A
        routine of several messages held part-way is resumed, never repeated: each part the
        API accepted is counted on the journal row (`parts_sent`) and skipped on the retry."""
        services, subscriber = self.services, delivery.subscriber
        now = services.clock.now()
        person = Person(CHANNEL, identity.address, identity.person_id, subscriber.first_name)
        last = identity.last_inbound_at
        # A reminder held part-way goes on from its first part the API has not accepted.
        done = await services.repo.channels.parts_sent(delivery.delivery_id)
        outbox = self._outbox(person, delivery.delivery_id, resume_after=done)
        try:
            if last is not None and now - last < SERVICE_WINDOW - WINDOW_MARGIN:
                try:
                    turn = Turn(Command(person, "today"), services, outbox)
                    snoozable = delivery.kind == "routine"  # not on the snoozed repeat itself
                    if sent := await morning_routine(turn, delivery.day, snoozable=snoozable):
                        # Kept on the journal row, as Telegram's: a tap on it keeps Snooze.
                        # (None when its first part went out on an earlier try.)
                        return self._outcome(delivery, "sent", message_id=sent.message_id)
                    return self._outcome(delivery, "failed", "the routine was not sent")
                except OutsideWindow:
                    pass  # the window closed after all: the template goes instead
            wamid = await self.api.reminder_template(
                identity.address, subscriber.first_name, wait_for_person=False
            )
            await services.repo.channels.record_message(
                wamid, identity.person_id, now, delivery_id=delivery.delivery_id
            )
            return self._outcome(delivery, "sent")
        except PairLimited as error:  # this person's limit: only their reminder waits
            # Parts already accepted are counted on the journal row: the retry sends the rest.
            logger.info(
                "too many WhatsApp messages to user %s just now: their reminder is tried again"
                " in %.0f s", person.person_id, PAIR_WAIT,
            )  # fmt: skip
            wait = timedelta(seconds=PAIR_WAIT)
            return hold_for_person(delivery, services.clock.now(), wait, str(error))
        except Undeliverable as error:
            return self._outcome(delivery, "blocked", str(error))
        except Unreachable as error:  # held: tried again once the Cloud API answers
            return self._outcome(delivery, "held", str(error))
        except SlowDown as error:  # held, and the channel paused, for the wait (flood control)
            retry_at = services.clock.now() + timedelta(seconds=error.wait)
            return self._outcome(delivery, "held", str(error), retry_at=retry_at)
        except SendError as error:
            return self._outcome(delivery, "failed", str(error))

    async def unreachable(self) -> str | None:
        """Whether the Cloud API answers (None), for a reminder outage with nothing to probe."""
        try:
            await self.api.probe()
        except Unreachable as error:
            return str(error)
        except SendError as error:  # an answer, if not a good one: the API is reachable
            logger.warning("the Cloud API answered the probe with an error: %s", error)
        return None

    def _outcome(
        self,
        delivery: ClaimedDelivery,
        status: OutcomeStatus,
        error: str | None = None,
        *,
        retry_at: datetime | None = None,
        message_id: str | None = None,
    ) -> DeliveryOutcome:
        return DeliveryOutcome(
            delivery.delivery_id,
            delivery.subscriber.user_id,
            status,
            1,
            self.services.clock.now(),
            message_id=message_id or None,  # "": a part sent on an earlier try, id not to hand
            error=error,
            retry_at=retry_at,
        )

    def _outbox(
        self, person: Person, delivery_id: int | None = None, *, resume_after: int = 0
    ) -> WhatsAppOutbox:
        return WhatsAppOutbox(
            self.api,
            self.words,
            person,
            channels=self.services.repo.channels,
            clock=self.services.clock,
            delivery_id=delivery_id,
            resume_after=resume_after,
        )

    def _chain(self, inbound: Inbound) -> None:
        event = inbound.event
        self._in_turn(event.person.address, lambda: self._handle(event))

    def _in_turn(self, address: str, work: Callable[[], Awaitable[None]]) -> None:
        """Run `work` after everything already chained for this person, off the webhook."""
        before = self._chains.get(address)

        async def in_turn() -> None:
            if before is not None:
                await asyncio.gather(before, return_exceptions=True)
            try:
                await work()
            finally:
                if self._chains.get(address) is task:
                    del self._chains[address]

        task = asyncio.create_task(in_turn(), name=f"whatsapp-{address[-4:]}")
        self._chains[address] = task

    async def _handle(self, event: Event) -> None:
        """One person's message: who they are, their window opened, the conversation's turn."""
        services = self.services
        now = services.clock.now()
        try:
            channels = services.repo.channels
            person_id = await channels.person_for(CHANNEL, event.person.address, now)
            await channels.touch_inbound(person_id, now)
            person = dataclasses.replace(event.person, person_id=person_id)
            event = dataclasses.replace(event, person=person)
            await self.dispatch(Turn(event, services, self._outbox(person)))
        except SendError as error:
            logger.warning("a WhatsApp reply was not sent: %s", error)
        except Exception:
            logger.exception("a WhatsApp message could not be handled")

    async def _file_status(self, status: StatusUpdate) -> None:
        """Record a delivery status; an undeliverable person's reminders stop."""
        if status.status not in ("sent", "delivered", "read", "failed"):
            return
        repo, now = self.services.repo, self.services.clock.now()
        stop = status.status == "failed" and status.error in UNDELIVERABLE_CODES
        changed = await repo.channels.record_status(
            status.wamid,
            status.status,  # type: ignore[arg-type]
            now,
            error=status.error,
            stop=stop,
        )
        if changed is not None and status.status == "failed":
            logger.info("a WhatsApp message failed to arrive (error %s)", status.error)
            delivery_id = changed.delivery_id
            if status.error == str(OUTSIDE_WINDOW) and delivery_id is not None:
                identity = await repo.channels.identity(changed.person_id)
                if identity is not None:
                    # Off the webhook: the send may wait out the person's pair limit (up to
                    # ~15 s of retries), and Meta re-delivers a webhook not answered promptly.
                    self._in_turn(
                        identity.address, lambda: self._template_instead(delivery_id, identity)
                    )

    async def _template_instead(self, delivery_id: int, identity: Identity) -> None:
        """A reminder refused after all for the 24-hour window (a failed status with 131047,
        as Meta may report it later): the approved template goes instead, once (the status
        is filed once: a re-delivered webhook finds it already failed)."""
        repo, person_id = self.services.repo, identity.person_id
        try:
            subscriber = await repo.subscribers.get(person_id)
            if subscriber is None or subscriber.status != "active":
                return
            wamid = await self.api.reminder_template(identity.address, subscriber.first_name)
            await repo.channels.resent(delivery_id, wamid, person_id, self.services.clock.now())
        except SendError as error:
            logger.warning("the reminder template was not sent either: %s", error)
        except Exception:
            logger.exception("the reminder template could not be sent to user %s", person_id)
