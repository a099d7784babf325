"""Turning typed text into ranking terms: folding, typo repair, synonyms, stop words, stems."""

from __future__ import annotations

import gzip
import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources

import Stemmer
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.qa.memo import Memo

_APOSTROPHES = re.compile(r"['’‘`´]")
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_CANNOT = re.compile(r"\bcan ?not\b")
# "could not" is written "couldnt" too: one spelling, so a negation is one word everywhere.
_NOT = re.compile(r"\b(could|would|should|do|does|did|is|are|was|were|have|has|had|must) not\b")
_WILL_NOT = re.compile(r"\bwill not\b")
# The back or a limb and its pain written as one word ("backpain", "lowerback", "legpain").
_RUN_TOGETHER = re.compile(
    r"\b(lower|low|upper|mid)(?=back\b)|\b(back|leg|hip|nerve|buttock|butt|bum)(?=pain\b)"
)
# A word that may be sciatica or sciatic misspelt: it starts with an s, has a t after an a or an
# i, and ends as they do ("siatica", "scatica", "sciatca", "sciattica", "siatic", "sciatik").
_SCIATIC_LIKE = re.compile(r"\bs[a-z]{0,3}[ai][a-z]{0,2}t[a-z]{0,4}(?:[ck]|[ck]a|[ck]?ia)\b")
_SCIATIC_SPELT = frozenset({"sciatica", "sciatic"})
# How many letters may be wrong, missing, extra or swapped in a misspelt sciatica; English
# words ("static") are themselves (common_english_words).
SCIATIC_TYPOS = 2
# Words this short are left alone by typo repair: too many real words are one letter apart.
MIN_TYPO_LENGTH = 5
TYPO_SCORE = 85
# Words shorter than this may have only one letter wrong to be repaired.
LONG_WORD = 8
# A word at least this common in English (its share of pyspellchecker's word counts) is a word
# of its own, not a typo: "diving" is not "driving", "infection" not "injection", "meditation"
# not "medication". Rarer words ("siting", "hurst") are still repaired.
COMMON_WORD_SHARE = 1e-6
# One entry of that word list ("word": count).
_COUNT_ENTRY = re.compile(r'"([^"\\]+)":\s*(\d+)')
# How many words' repairs are remembered before the memo starts again.
REPAIR_MEMO = 50_000
# How many folded texts are remembered: one message is folded, whole and in parts, many times
# while it is answered.
FOLD_MEMO = 64
# How many texts' terms are remembered: one message's parts are ranked and searched for themes
# several times.
TERMS_MEMO = 32


@lru_cache(maxsize=FOLD_MEMO)
def fold(text: str) -> str:
    """Lower-case ASCII-ish text: accents, invisible characters and apostrophes removed."""
    if not text.isascii():  # plain ASCII has no accents or invisible characters to drop
        text = unicodedata.normalize("NFKD", text)
        text = "".join(
            ch for ch in text if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf"
        )
    return fold_negations(respelled(_APOSTROPHES.sub("", text.casefold())))


def respelled(text: str) -> str:
    """Lower-case `text` with the guide's own words spelt as the patterns spell them: the back
    and a pain written as one word ("backpain", "lowerback") apart, and sciatica or sciatic
    misspelt ("siatica", "scatica", "sciatca", "siatic nerve") as themselves. Every pattern in
    content/qa.yaml, the red flags' included, reads the words so; the ranker's own typo repair
    only reaches its terms."""
    if "back" in text or "pain" in text:
        text = _RUN_TOGETHER.sub(r"\1\2 ", text)
    return _SCIATIC_LIKE.sub(_sciatic, text) if "s" in text else text


def _sciatic(match: re.Match[str]) -> str:
    word = match.group(0)
    if word in _SCIATIC_SPELT or word in common_english_words():
        return word
    if word.endswith("a") and OSA.distance(word, "sciatica") <= SCIATIC_TYPOS:
        return "sciatica"
    # The shorter word has near neighbours of its own ("somatic", "socratic"): one slip only.
    if OSA.distance(word, "sciatic") <= 1:
        return "sciatic"
    return word


def fold_negations(text: str) -> str:
    """Negations written as one word ("can not", "cannot" and "is not" are "cant" and "isnt"):
    a pattern or a list in content/qa.yaml must name them so, as the text it meets is folded."""
    text = _CANNOT.sub("cant", text)
    text = _WILL_NOT.sub("wont", text)
    return _NOT.sub(r"\1nt", text)


@lru_cache(maxsize=1)
def common_english_words() -> frozenset[str]:
    """English words common enough never to be taken for a typo (loaded once, about 15,000).

    They come from pyspellchecker's English word counts (a JSON object of word -> count inside
    its wheel). Building its `SpellChecker` holds all 160,000 counts as Python objects, which
    added about 30 MB to the bot's peak memory at start-up for a list of 15,000; the file is
    read here entry by entry instead (tests/qa/test_routing_general.py checks the result equals
    what the library's own `word_frequency` gives)."""
    packed = (resources.files("spellchecker") / "resources" / "en.json.gz").read_bytes()
    text = gzip.decompress(packed).decode("utf-8")
    total = sum(int(m.group(2)) for m in _COUNT_ENTRY.finditer(text))
    floor = total * COMMON_WORD_SHARE
    return frozenset(m.group(1) for m in _COUNT_ENTRY.finditer(text) if int(m.group(2)) >= floor)


def words(text: str) -> list[str]:
    """The folded words of a text, punctuation dropped."""
    return _NOT_WORD.sub(" ", fold(text)).split()


class Analyzer:
    """The same pipeline for the guide and for questions, so their terms meet."""

    def __init__(
        self,
        synonyms: Mapping[str, Iterable[str]],
        stopwords: Iterable[str],
        common_words: frozenset[str] | None = None,
    ) -> None:
        self._stemmer = Stemmer.Stemmer("english")
        self._common = common_english_words() if common_words is None else common_words
        self._stopwords = {w for word in stopwords for w in words(word)}
        phrases: dict[tuple[str, ...], str] = {}
        for canonical, variants in synonyms.items():
            for variant in (canonical, *variants):
                key = tuple(words(variant))
                if key:
                    phrases[key] = canonical
        self._phrases = phrases
        # Per first word, its longest phrase: most words start none, and are looked up once.
        self._longest: dict[str, int] = {}
        for key in phrases:
            self._longest[key[0]] = max(self._longest.get(key[0], 0), len(key))
        self._vocabulary: list[str] = sorted({w for key in phrases for w in key})
        self._known = set(self._vocabulary)
        self._of_length: dict[int, list[str]] = {}
        # Each word's repair, remembered: a long message is ranked several times.
        self._repaired: Memo[str, str] = Memo(REPAIR_MEMO)
        self._terms: Memo[tuple[str, bool], tuple[str, ...]] = Memo(TERMS_MEMO)

    def learn(self, texts: Iterable[str]) -> None:
        """Add the words of the indexed texts to the vocabulary typos are repaired against."""
        self._known.update(w for text in texts for w in words(text))
        self._repaired.clear()
        self._terms.clear()
        self._vocabulary = sorted(w for w in self._known if len(w) >= MIN_TYPO_LENGTH)
        self._of_length.clear()

    def terms(self, text: str, *, repair: bool = False) -> list[str]:
        """Ranking terms: synonyms unified, stop words dropped, stems; typos repaired if asked."""
        return list(self._terms.get((text, repair), lambda: tuple(self._analysed(text, repair))))

    def _analysed(self, text: str, repair: bool) -> list[str]:
        found = words(text)
        if repair:
            found = [self._repair(word) for word in found]
        unified: list[str] = []
        i = 0
        while i < len(found):
            longest = self._longest.get(found[i], 0)
            for size in range(min(longest, len(found) - i), 0, -1):
                canonical = self._phrases.get(tuple(found[i : i + size]))
                if canonical is not None:
                    unified.append(canonical)
                    i += size
                    break
            else:
                unified.append(found[i])
                i += 1
        # Numbers name no topic ("7 signs you have sciatica"); "999" or "5k" are synonyms.
        kept = [w for w in unified if w not in self._stopwords and not w.isdigit()]
        return list(self._stemmer.stemWords(kept))

    def _repair(self, word: str) -> str:
        return self._repaired.get(word, lambda: self._nearest(word))

    def _nearest(self, word: str) -> str:
        if len(word) < MIN_TYPO_LENGTH or word in self._stopwords or word.isdigit():
            return word
        if word in self._known:
            return word
        match = process.extractOne(
            word, self._near_in_length(len(word)), scorer=fuzz.ratio, score_cutoff=TYPO_SCORE
        )
        # Letters added in front make another word, not a typo ("explained", "unexplained"); a
        # typo rarely hits the first letter, and a word that needs it changed is another word
        # ("thinking" is not "hiking").
        if match is None or str(match[0]).endswith(word) or str(match[0])[0] != word[0]:
            return word
        # A short word two letters away is another word ("seeing" is not "sleeping"): a typo
        # in it is one letter wrong, missing or extra, or two neighbours swapped (OSA distance 1).
        if len(word) < LONG_WORD and OSA.distance(word, str(match[0])) > 1:
            return word
        # A common word is itself, and so is its plural ("meditations" is not "medications"),
        # unless the repair only changes its ending ("airplanes" is "airplane", a synonym's
        # spelling).
        stems = self._stemmer.stemWords([word, str(match[0])])
        common = word in self._common or (word.endswith("s") and word[:-1] in self._common)
        if common and stems[0] != stems[1]:
            return word
        return str(match[0])

    def _near_in_length(self, size: int) -> list[str]:
        """The vocabulary words whose length lets them score TYPO_SCORE against a word of
        `size` letters, in the vocabulary's order (so the best match, and the first of equals,
        is the one the whole vocabulary gives). fuzz.ratio is 100 * (1 - indel / (a + b)) and
        the indel distance is at least the length difference: the rest cannot reach it (one
        point of slack for rounding), and skipping them saves a third of the repair time."""
        near = self._of_length.get(size)
        if near is None:
            near = [
                w
                for w in self._vocabulary
                if 100 * (size + len(w) - abs(size - len(w))) >= (TYPO_SCORE - 1) * (size + len(w))
            ]
            self._of_length[size] = near
        return near


# A stool sat on ("a drum stool", "a bar stool") is a seat, not a bowel movement; so is one
# bought, tried or weighed against a chair ("an adjustable stool", "or a stool that helps?").
_SEAT_STOOL = re.compile(
    r"(?i)\b((?:drum|bar|piano|step|foot|kitchen|saddle|work|counter|high|tall|wooden|kneeling|"
    r"milking|camping|folding|metal|plastic|padded|adjustable|height|ergonomic|potters|better|"
    r"different|comfortable|(?:chair|seat|bench) or(?: a)?|"
    r"(?:buy|get|use|using|try|bought|need) a|or a|on (?:a|the|my|this|that))) "
    r"stools?\b"
)


def seated(text: str) -> str:
    """`text` with a stool sat on read as a seat ("I sit on a drum stool" names no bowel)."""
    return _SEAT_STOOL.sub(lambda m: f"{m.group(1)} seat", text)
