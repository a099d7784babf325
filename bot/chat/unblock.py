"""Telegram's "Restart" in a chat whose bot was blocked: one reply, not two.

"Restart" unblocks the bot and sends /start at once. The unblock comes first (a my_chat_member
update, `account.reachable`), and the bot says at once that the reminders are back: someone who
unblocked from the chat's menu sends nothing, and is told all the same. The /start that follows
would say it again. So that message is noted, and a /start whose reply may stand in its place
(the person's first message since the unblock, nothing sent to them meanwhile) edits it into its
greeting instead of sending a second one. Any other message from the person forgets the note:
a /start later on is answered as any /start is, and never goes without its reply.
"""

from __future__ import annotations

from bot.chat.outbox import SentMessage
from bot.chat.turn import Turn
from bot.core.subscriber import Subscriber


async def remember(turn: Turn, notice: SentMessage | None) -> None:
    """Note `notice`, the words just said at an unblock, for a /start that may follow."""
    if notice is None:
        return
    person, now = turn.person.person_id, turn.clock.now()
    await turn.repo.subscribers.update(
        person, now, unblock_notice_chat=notice.chat, unblock_notice_id=notice.message_id,
        unblock_notice_at=now,
    )  # fmt: skip


async def forget(turn: Turn, subscriber: Subscriber | None) -> Subscriber | None:
    """The row without a noted notice (written only when there was one): this event comes
    after the unblock, so no later /start is the first message since."""
    if subscriber is None or subscriber.unblock_notice_id is None:
        return subscriber
    return await turn.repo.subscribers.update(
        subscriber.user_id, turn.clock.now(), unblock_notice_chat=None, unblock_notice_id=None,
        unblock_notice_at=None,
    )  # fmt: skip


async def replaced_by_start(turn: Turn, subscriber: Subscriber | None) -> SentMessage | None:
    """For a /start: the unblock's notice its greeting takes the place of, or None. Only when
    the /start is the first message since (the note is still there) and no reminder was claimed
    for the person since the notice went; the note is forgotten in any case."""
    if subscriber is None or subscriber.unblock_notice_id is None:
        return None
    await forget(turn, subscriber)
    chat, at = subscriber.unblock_notice_chat, subscriber.unblock_notice_at
    if chat is None or at is None or subscriber.status != "active":
        return None
    if await turn.repo.deliveries.claimed_since(subscriber.user_id, at):
        return None
    return SentMessage(chat, subscriber.unblock_notice_id)
