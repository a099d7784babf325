"""What a message tells only in passing, read as not said when asking whether its subject is
outside the guide (bot/qa/scope.py): sciatica, back or leg pain denied, teeth or fingers in a
figure of speech, a cancer in the past."""

from __future__ import annotations

import re

# Sciatica, back or leg pain denied ("she has no sciatica or leg pain"): not what the message is
# about, so it does not bring another illness's question back into the guide.
DENIED = re.compile(
    r"\b(?:no|not|never|without|doesnt have|dont have|hasnt got|havent got|never had)"
    r"(?: any)? (?:sciatica|back pain|leg pain)(?: or (?:any )?(?:sciatica|back pain|leg pain))?\b"
)

# Teeth or fingers in a figure of speech ("I grit my teeth getting out of bed", "through
# clenched teeth", "by the skin of my teeth", "crossing my fingers it works"): no dental or
# hand subject, so they are read as not said.
_FIGURATIVE = re.compile(
    r"\b(?:(?:grit|grits|gritting|gritted|clench|clenches|clenching|clenched) "
    r"(?:(?:my|his|her|your|their|our) )?teeth|(?:through|with) (?:gritted|clenched) teeth|"
    r"skin of (?:my|his|her|your|their|our) teeth|kick in the teeth|long in the tooth|"
    r"sweet tooth|(?:cross|crosses|crossing|crossed|keep|keeping) (?:my|our|your) fingers"
    r"(?: crossed)?|fingers crossed)\b"
)

# A cancer told as the past ("a breast cancer survivor", "bowel cancer, in remission for five
# years", "I beat prostate cancer in 2015"): the person's history, not the subject of the
# question ("... Is swimming a good idea?"), so it is read as not said.
_PAST_CANCER = re.compile(
    r"\b(?:cancer (?:survivor|free)|survived (?:\w+ )?cancer|cancer(?: \w+){0,2} in remission|"
    r"in remission from (?:\w+ )?cancer|(?:beat|beaten|overcame|overcome) (?:\w+ )?cancer)\b"
)


def aside(plain: str) -> str:
    """`plain` without what only tells in passing: teeth in a figure of speech, a cancer in the
    past."""
    return _PAST_CANCER.sub(" ", _FIGURATIVE.sub(" ", plain))
