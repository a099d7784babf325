"""Red flags and what people heard or read: a claim about sciatica in general, reported ("my
friend said sciatica can make you ...", "I heard you can ..."), describes no one's symptom and
gets the warning signs with reassurance, not the urgent-care advice; a general question the
writer then claims for themselves ("Because I have them.") is personal after all."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import ANSWERER, quiet


@pytest.mark.parametrize(
    "text",
    ["my friend said sciatica can make you lose control of your bladder, is that true?",
     "I heard you can lose feeling down below with a slipped disc, is that right?",
     "my mum says sciatica can leave you unable to walk, is that true?",
     "you can lose control of your bladder with a slipped disc, right?",
     # Look-alikes of the claim below: the next sentence claims nothing of it.
     "Can sciatica cause bladder problems? I do yoga every day.",
     "Can sciatica cause bladder problems? I have had sciatica for years.",
     "Does sciatica affect both legs? I have it in my left leg.",
     "Others may experience numbness and loss of bladder control. Mine is the buttock."],
)  # fmt: skip
def test_a_reported_general_claim_gets_no_alarm(text: str) -> None:
    quiet(text)


@pytest.mark.parametrize(
    "text",
    [# Told of oneself inside the report, or after it.
     "my friend said I should go to A&E because I can't control my bladder",
     "my friend said she can't feel her bladder anymore",
     "My doctor said my leg is getting weaker",
     "I heard you can lose feeling down below and mine has gone numb",
     "I heard you can lose control of your bladder. I have, what do I do?",
     # A general question claimed by the next sentence.
     "Can sciatica cause bladder problems? Because I have them.",
     "Can sciatica make you lose control of your bladder? I have.",
     "Can sciatica cause numbness down below? Mine is numb.",
     "Can sciatica cause numbness down below? Mine does.",
     "Can sciatica cause bladder problems? I have, since Monday.",
     "Does sciatica affect both legs? I have it in both now."],
)  # fmt: skip
def test_a_claim_told_of_oneself_alarms(text: str) -> None:
    assert ANSWERER.answer(text).kind == "red_flag"
