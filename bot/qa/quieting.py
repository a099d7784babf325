"""What a message tells that keeps a red-flag sign quiet, or shows nothing in some of its
clauses (bot/qa/redflags.py asks once a sign per message): the concept's `needs`, `quiet_with`
and `kept` read over the whole message; its `treated`, `harmless`, `operated`, `origin`,
`dated` and `clause_needs`, the clause families that then show nothing (content/qa.yaml,
documented in bot/qa/concept.py)."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.qa.signs import Sign


def quiet(sign: Sign, told_of: Callable[..., bool]) -> bool:
    """The message lacks what the sign `needs`, tells what quiets it, or tells its signs absent
    as written ("I haven't lost any bladder or bowel function")."""
    return (
        not all(told_of(needed) for needed in sign.needs)
        or (sign.quiet_with is not None and told_of(sign.quiet_with))
        or (sign.kept is not None and told_of(sign.kept, as_written=True))
    )


def treated_clauses(
    sign: Sign, told_of: Callable[[re.Pattern[str]], bool]
) -> list[re.Pattern[str]]:
    """The treatment told done, or the harm told none (and no `treated_unless` told), or the
    injury told again dated long ago, or a `clause_needs` clause without what it needs: the
    clauses that tell of it show nothing."""
    told = [shown for shown, told in sign.treated if told_of(told)]
    # A broken limb told set or fixed, no back told anywhere: whatever `treated_unless` tells.
    told += [
        shown for shown, fixed, back in sign.set_fracture if told_of(fixed) and not told_of(back)
    ]
    if told and sign.treated_unless is not None and told_of(sign.treated_unless):
        told = []
    told += [shown for shown, told in sign.dated if told_of(told)]
    # A `clause_needs` clause, told, without what it needs told anywhere: it shows nothing.
    if sign.clause_needs is not None:
        clause, needed = sign.clause_needs
        if told_of(clause) and not told_of(needed):
            told.append(clause)
    return told
