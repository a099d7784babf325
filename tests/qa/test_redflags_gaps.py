"""Small red-flag gaps the team found, each closed by concept and checked with wordings the team
wrote (not copied from any labelled set): each with look-alikes that must stay quiet."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import flags, quiet


# A limb named before a "but" and told as "it" or "they" after it.
@pytest.mark.parametrize(
    "text",
    ["no pain in my foot but it keeps dragging",
     "no numbness in my leg but it gives way",
     "my right leg doesn't hurt much but it keeps buckling",
     "no tingling in my feet but they drag when I walk"],
)  # fmt: skip
def test_a_limb_told_as_it_after_but_is_weakness(text: str) -> None:
    assert "leg_weakness" in flags(text)


@pytest.mark.parametrize(
    "text",
    ["no pain in my foot but it feels fine now",
     "my leg was sore but it is getting better",
     "no numbness in my leg but it aches after a long sit"],
)  # fmt: skip
def test_a_limb_told_as_it_that_is_well_stays_quiet(text: str) -> None:
    quiet(text)
