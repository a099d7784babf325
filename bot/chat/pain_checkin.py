"""A pain score typed, not tapped, while the pain check-in waits ("6", "6/10", "about a 4").

The check-in waits from "How is your pain right now?" until a score is noted, for the rest of
the local day it was asked on (bot/store/checkins.py keeps which day it asks about). A typed
score is noted exactly as its button would be (bot/chat/progress.record_pain); an unusable one
("11", "-2", "bad") gets a clear reply and changes nothing; anything else is no answer to it and
goes on to the question answerer, after which the check-in is re-offered in one short line
(once: later questions that day are answered alone).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from bot.chat import questions
from bot.chat.progress import offer_pain, record_pain
from bot.chat.questions import QUOTED_CHARS, fit
from bot.chat.turn import Turn
from bot.core.pain_reading import read_pain
from bot.core.schedule import local_date
from bot.core.subscriber import Subscriber

if TYPE_CHECKING:  # the answerer (numpy, bm25s) is imported when it is built, after start-up
    from bot.qa.answer import Answer

# Kinds of reply that mean words without a number were said to the bot ("hi", "thanks").
_SPOKEN_KINDS = ("greeting", "thanks")


async def on_text(turn: Turn, subscriber: Subscriber, text: str, found: Answer) -> bool:
    """While a check-in waits: a score, or the answer to what was said and the re-offer.

    False when no check-in waits (the text goes on as ever). Red flags and a support note come
    first: such a message is no score.
    """
    day = await waiting_day(turn, subscriber)
    if day is None:
        return False
    urgent = questions.answered_first(turn, text, found)
    if not urgent and await read_typed_score(turn, subscriber, text, found, day):
        return True
    await questions.answer_question(turn, text, found)
    await reoffer_once(turn, subscriber, day)
    return True


async def reoffer_once(turn: Turn, subscriber: Subscriber, day: date | None = None) -> None:
    """After a question: "still open", if a check-in waits and has not been re-offered yet."""
    day = day if day is not None else await waiting_day(turn, subscriber)
    # Said once: a day of questions is not followed by the score buttons every time.
    if day is not None and await turn.repo.checkins.claim_pain_reoffer(subscriber.user_id):
        # One short line: the check-in is still open, with its buttons.
        await offer_pain(turn, subscriber, day, turn.content.texts.progress.pain_reoffer)


async def waiting_day(turn: Turn, subscriber: Subscriber) -> date | None:
    """The day a pain check-in asked today waits for, if one does."""
    today = local_date(turn.clock.now(), subscriber.timezone)
    return await turn.repo.checkins.waiting_pain(subscriber.user_id, today)


async def read_typed_score(
    turn: Turn, subscriber: Subscriber, text: str, found: Answer, day: date
) -> bool:
    """Note a typed score for `day`, or say why it is none; False when the text is no answer."""
    reading = read_pain(text)
    if reading.kind == "not_a_score" or (reading.score is None and found.kind in _SPOKEN_KINDS):
        return False
    if reading.score is not None:
        await record_pain(turn, subscriber, day, reading.score)
        return True
    unusable = turn.content.texts.progress.pain_unusable.format(text=fit(text, QUOTED_CHARS))
    await offer_pain(turn, subscriber, day, unusable)
    return True
