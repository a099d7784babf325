"""Page titles, which describe no one: "Back Pain With Unexplained Weight Loss: A Guide" is a
page's headline pasted as a question, not a person's symptom (the red-flag check skips it)."""

from __future__ import annotations

import re

_TITLE_MARK = re.compile(
    r"\S: \S|\s[-|\u2013\u2014]\s|^(?:What|Why|How|Can|Could|Does|Do|Is|Are|When|Should)\b.*\?"
)
# A page title is about a condition ("...Sciatica...: A Guide"); a plea ("Numb Groin - Help?",
# "What Now?") is a person's own post, whatever its capitals.
_TITLE_SUBJECT = re.compile(r"(?i)\b(?:sciatic\w*|back pain|lumbar|disc|spine|spinal|nerve)")
_PLEA = re.compile(
    r"(?i)\b(?:help|worried|worrying|scared|frightened|urgent|advice|please|what now|"
    r"what do i do|should i|am i|do i)\b"
)
# "Should I be worried?" closing an editor's title ("Back Pain and Fever: Should I Be Worried?",
# small words in lower case) is the page's hook, not a person's plea; people who capitalise
# every word ("Sciatica And A Numb Groin: Should I Worry?") are asking for themselves.
_WORRY_HOOK = re.compile(r"(?i)\bshould (?:i|you) (?:be )?worr\w*|\bwhen to worry\b")
_MINOR_WORDS = frozenset({"and", "or", "of", "the", "a", "an", "in", "on", "to", "with", "for"})


def is_headline(text: str) -> bool:
    """A page title ("Back Pain With Unexplained Weight Loss: A Guide"): one line of three or
    more words, most of them capitalised, none of them "I" or "my", no full stop at the end,
    with a title's mark: a subtitle after a colon, a dash or a bar, or a question; about a
    condition, not a plea for help."""
    line = text.strip()
    tokens = re.findall(r"[A-Za-z][A-Za-z']*", line)
    if "\n" in line or len(tokens) < 3 or line.endswith("."):
        return False
    if not _TITLE_MARK.search(line):
        return False
    if _WORRY_HOOK.search(line) and _editorial(tokens):
        line = _WORRY_HOOK.sub(" ", line)
        tokens = re.findall(r"[A-Za-z][A-Za-z']*", line)
    if not _TITLE_SUBJECT.search(line) or _PLEA.search(line):
        return False
    if {t.lower() for t in tokens} & {"i", "im", "i'm", "my", "me", "we", "our"}:
        return False
    capitalised = sum(t[0].isupper() for t in tokens if len(t) > 3)
    return capitalised >= 0.8 * sum(len(t) > 3 for t in tokens)


def _editorial(tokens: list[str]) -> bool:
    """Title case as editors write it: small words in lower case, the others capitalised."""
    inner = tokens[1:]
    return any(t in _MINOR_WORDS for t in inner) and not any(
        t.lower() in _MINOR_WORDS and t[0].isupper() for t in inner
    )
