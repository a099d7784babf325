"""The learned vote's say over the hand-written rules' reply (bot/qa/learned_vote.py): it may
re-route a guide answer or an out-of-scope reply, never anything else."""

from __future__ import annotations

from collections.abc import Callable

from bot.qa.learned_vote import OUT_OF_SCOPE, LearnedVote
from bot.qa.replies import Answer

# The learned vote re-routes a guide answer or an out-of-scope reply from this probability on
# (fixed with its design at e538792, bench/learned_backtest.py; never tuned on a score since).
VOTE_THRESHOLD = 0.2


def voted(
    vote: LearnedVote | None, text: str, found: Answer, reply: Callable[[str, float], Answer]
) -> Answer:
    """The rules' reply `found` unless it is a guide answer or out of scope and the learned
    vote names another section or exercise with probability >= VOTE_THRESHOLD (it never says
    out of scope itself): then `reply` to that. Red flags, greetings, thanks and the rest stay
    the rules'."""
    if vote is None or found.kind not in ("answer", "out_of_scope"):
        return found
    cast = vote.vote(text)
    if cast.label in (OUT_OF_SCOPE, found.answer_id) or cast.probability < VOTE_THRESHOLD:
        return found
    return reply(cast.label, cast.probability)
