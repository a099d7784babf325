"""Where the question is in a message: people tell their story first and ask last."""

from __future__ import annotations

import re
from functools import lru_cache

# How many texts' sentences, focuses and asking sentences are remembered: one message is asked
# for them, whole and in parts, many times while it is answered (each is worked out from the text
# alone, so a remembered one is what would be worked out again).
FOCUS_MEMO = 64
# A sentence ends at . ! ? or a line break; the ones ending in "?" are what the person asks.
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_WORD = re.compile(r"\w")
# An abbreviation's full stop ends no sentence ("as before, i.e. numbness", "Dr. Patel").
_ABBREVIATION = re.compile(r"(?i)\b(i\.e|e\.g|dr|mr|mrs|ms|vs)\.")
# Without a "?", the last sentence that opens like a request is the question.
# A question word opening a told clause ("When my sciatica hits, ...", "What I did was ...")
# asks nothing: one followed by the teller or their subject is a statement.
_REQUEST = re.compile(
    # A request may open with a joining word ("So could anyone please give me ...").
    r"^\s*(?:(?:so|and|but|well|now|ok|okay),?\s+)?"
    r"(?:can|could|should|shall|is|are|do|does|did|will|would|any|anyone|tips|advice|help|"
    # A Q&A site's request ("Kindly suggest me some exercises", "Pls advise") is a request.
    r"please|kindly|pls|plz|i (?:want|need) to know|i wonder|"
    r"(?:what|whats|when|how|why|which|where)\b"
    r"(?!\s+(?:i|im|ive|id|i'm|i've|i'd|my|we|our|he|his|she|her|they|their|it|its|the|this|that|"
    r"you|your)\b)(?!\s+(?:started|began) as\b))\b",
    re.IGNORECASE,
)
# A request told inside a sentence ("..., so I thought I'd ask what others do"): what follows.
_INDIRECT = re.compile(
    r"\b(?:i(?:d| would) (?:like|love) to know|i thought i(?:d| would) ask(?: here)?|"
    r"(?:i am|im|i was) (?:wondering|asking)|i wonder(?:ed)?|i (?:want|need) to know|"
    # Wondering begun ("I am starting to wonder if it is my sciatic nerve").
    r"(?:i am|im|i'm|i was) (?:starting|beginning) to wonder|"
    r"(?:can|could) (?:anyone|someone|you) (?:tell me|explain|advise(?: me)?)|"
    # Help looked for ("I am looking for some help in dealing with ..."): the help is asked.
    r"(?:i am|im|i was|i'm) (?:looking|searching|hoping) for (?:some |any )?"
    r"(?=(?:help|advice|tips|guidance|ideas|suggestions)\b))\b(.*)",
    re.IGNORECASE,
)
# Not knowing told of a question ("... have some connection or not, that I don't know", "I'm not
# sure whether it is my hip"): the sentence asks it, though it ends on a full stop.
_UNSURE = re.compile(
    r"\b(?:or not|whether)\b.*\b(?:i (?:dont|do not|don't) know|i'?m not sure|i am not sure|"
    r"no idea)\b|\b(?:i (?:dont|do not|don't) know|i'?m not sure|i am not sure|i have no idea|"
    r"not sure) (?:if|whether)\b",
    re.IGNORECASE,
)
# The question declared as such ("My question is: will this heal?"): what follows is asked.
_DECLARED = re.compile(
    r"\bmy (?:main |real |only |big |first |actual )?question"
    # Whom it is put to ("my question to you guys is ...", "my question for the group is ...").
    r"(?: (?:to|for) (?:you|you all|you guys|everyone|everybody|all|the group|the forum|"
    r"anyone|people|those|others)(?: (?:here|out there|on here))?)? "
    r"(?:is|was|would be|being|relates to|concerns|is about|is regarding|is whether)\b\W*(.*)",
    re.IGNORECASE,
)
# A yes-or-no question declared as one ("I would like to ask if I can still run", "I wanted to
# ask whether ..."): worded as a question whatever its full stop.
_ASKED_IF = re.compile(
    r"\bi(?:['\u2019]?d| would)? (?:like to|want to|wanted to|need to) ask"
    r"(?: you| you all| everyone| the group| here)? (?:if|whether)\b\W*(.*)",
    re.IGNORECASE,
)
# A "?" on a sentence with no word that asks ("I have been diagnosed with sciatica?", a Q&A
# site's headline) marks the whole post as the question, not that sentence.
_ASKS = re.compile(
    r"\b(?:can|could|should|shall|is|are|am|do|does|did|will|would|what|whats|when|how|why|"
    r"which|where|who|any|anyone|anybody|ideas?|advice|help|normal|possible|ok|okay|safe|"
    r"worth|or not|right|true|suggest\w*|recommend\w*|wonder\w*|else|too|really)\b"
    # A question opening with "have" or "has" ("Have techniques improved ...?", "Has anyone
    # ...?"); "I have been diagnosed ...?" opens with its teller and stays a statement.
    r"|^\W*(?:have|has|were|was)\b"
    # A short choice between two guesses ("Hip or spine?", "Heat or ice for it?").
    r"|^\W*(?:\w+\W+){0,2}or\W+\w+(?:\W+\w+){0,2}\W*$",
    re.IGNORECASE,
)
# A plea that asks nothing of its own ("Any advice?", "Thoughts?"): the story is the question.
_PLEA = re.compile(
    r"^\W*(?:(?:so|and|any|please|kindly|some)\s+)*"
    # "Can you help?", "Can anyone help me please?"
    r"(?:(?:can|could|would|will) (?:you|anyone|anybody|someone|somebody) (?:please )?)?"
    r"(?:advice|ideas|thoughts|suggestions|tips|"
    r"help|input|insight|advise|suggest|guide)(?:\s+(?:me|us|please|anyone|guys|welcome|"
    r"appreciated|doctor|doc|sir|madam))*\W*$",
    re.IGNORECASE,
)
# A longer afterword that asks nothing either (route46): thanks, help said to be welcome, or
# asking whether others had the same ("Any help would be greatly appreciated.", "Thanks in
# advance!", "Has anyone else experienced this?"). Left as a sentence it is ranked as the
# message's point, or as its last question in place of the one asked before it. A question
# about others' experience of a named thing ("Has anyone had surgery for this?") asks that.
_AFTERWORD = re.compile(
    r"^\W*(?:(?:so|and|but|again|ok|okay|quite worried|please),?\s+)?(?:"
    r"(?:many |much )?thanks?(?: you)?(?: so much| very much| all| guys| everyone)?"
    r"(?: (?:in advance|for (?:any|your|all|the)?\s*(?:help|replies|advice|input|reading|"
    r"time|answers|responses)))?"
    r"|(?:any|all|your) (?:help|advice|tips|ideas|suggestions|thoughts|input|insight|replies|"
    r"feedback|comments)(?: (?:or|and|&) (?:help|advice|tips|ideas|suggestions|thoughts))?"
    r"(?: (?:would|will) be| is| are)? (?:greatly |much |really |very much |gratefully )?"
    r"(?:appreciated|welcome|welcomed|great)"
    r"|(?:i )?(?:appreciate|would appreciate) (?:any |all |your )?(?:help|advice|suggestions|"
    r"tips|ideas|thoughts|input|replies)"
    r"|(?:please|kindly|pls) (?:advi[cs]e|help)(?: me)?|(?:i )?need (?:some )?help"
    # Help asked with what it is for only pointed at ("Help me fix it.", "Please help me with
    # this."): the story before it says what.
    r"|(?:please )?help me (?:to )?(?:fix|with|sort|sort out|understand|figure out|deal with)"
    r"(?: (?:it|this|that))?"
    r"|(?:has|have|did) (?:anyone|anybody|any one|someone)(?: else)? (?:ever )?"
    r"(?:experienced|had|got|been through|felt|dealt with)"
    r" (?:this|that|the same(?: \w+)?|something (?:like this|similar)|anything (?:like this|"
    r"similar)|a (?:problem|pain|thing) like this|similar(?: \w+)?)"
    r"|(?:does|did) (?:this|that) happen to (?:anyone|anybody) else"
    r"|(?:anyone|anybody) (?:else|had the same(?: \w+)?|been through this)"
    r"|(?:does )?(?:anyone|anybody) (?:have|has|got) any (?:ideas|thoughts|advice|suggestions)"
    r")(?:\s+(?:please|guys|everyone|all))?\W*$",
    re.IGNORECASE,
)
# Asking what causes what was just told ("What might cause this?"): a diagnosis, which the guide
# cannot give; another question in the message ("Should I see a doctor?") is the one to answer.
_DIAGNOSIS = re.compile(
    r"^\W*(?:(?:so|and|but|or)\s+)?(?:what|whats|what's)\s+(?:\w+\s+){0,3}"
    r"(?:cause|causes|causing|reason|wrong)\b(?:\s+(?:of\s+|for\s+|with\s+)?(?:this|it|that|me))?",
    re.IGNORECASE,
)
# What a told symptom could be, asked at the end of a message with no "?" ("... gave us medicine
# but its all the same what could this be"): the question.
_WHAT_IT_IS = re.compile(
    r"\b(?:what|whats) (?:else )?(?:could|might|would|can|may) (?:it|this|that) (?:possibly )?be"
    r"\W*$",
    re.IGNORECASE,
)
# What the indirect request asks must be this long to stand alone ("what you do to build ...").
INDIRECT_WORDS = 3
# Words before a colon that make it a story rather than a page title.
STORY_HEAD = 6
# A message of this many sentences with no question in it is a story that ends on its point.
LONG_STORY = 3
# A story's last sentence of this many words or fewer is an afterthought, not its point.
AFTERTHOUGHT_WORDS = 2
# A question that only finishes the one before it: an alternative or a concession.
_CONTINUES = re.compile(
    r"(?i)(?:or|even though|even if|even when|although|though|despite|"
    r"if not|if so|if yes|otherwise)\b"
)


def asked(text: str) -> str:
    """The sentence that asks, or the whole text when none does."""
    found = focuses(text.strip())
    return found[0] if found else text


def focuses(text: str) -> list[str]:
    """Where the question probably is, most specific first (see `_focuses`)."""
    return list(_focuses(text))


@lru_cache(maxsize=FOCUS_MEMO)
def _focuses(text: str) -> tuple[str, ...]:
    """Where the question probably is, most specific first: the question declared as such
    ("my question is ..."), what follows a headline's colon,
    the last sentence with a "?" (one opening with "or" joined to the one before), every such
    sentence, a request told inside a sentence ("I'd like to know ..."), and the last sentence
    worded as a request. A bare plea ("Any advice?") and a "?" on a statement (a Q&A site's
    headline) leave the whole post as the question; asking what causes it gives way to the
    message's other question."""
    sentences = list(_sentences(text))
    if len(sentences) > 1:
        sentences = [s for s in sentences if not _PLEA.match(s)] or sentences
    # A story is as long as it was told: an afterword ("Thanks in advance!") counts, as a short
    # one always did (see AFTERTHOUGHT_WORDS), though it is no sentence the question is in.
    told_count = len(sentences)
    if len(sentences) > 1:
        sentences = [s for s in sentences if not _AFTERWORD.match(s)] or sentences
    asking = _or_joined([s for s in sentences if s.endswith("?") and _ASKS.search(s)])
    if asking and _DIAGNOSIS.match(asking[-1]):
        asking = sorted(asking, key=lambda s: _DIAGNOSIS.match(s) is None)
    requests = [s for s in sentences if _REQUEST.match(s) or _UNSURE.search(s)]
    indirect = [m.group(1).strip() for s in sentences if (m := _INDIRECT.search(s))]
    indirect = [i for i in indirect if len(i.split()) >= INDIRECT_WORDS]
    found = [d for d in (declared(text),) if d is not None]
    if asking:
        # "A long story ...: what is the question?" asks what follows the colon; after a short
        # title ("Heat vs Ice for Sciatica: Which Is Better?") the question is about the title.
        head, colon, after_colon = asking[-1].rpartition(":")
        after_colon = after_colon.strip()
        if colon and len(head.split()) >= STORY_HEAD and len(after_colon.split()) >= 3:
            found.append(after_colon)
        found += [asking[-1], " ".join(asking)]
    if indirect:
        found.append(indirect[-1])
    if requests:
        found.append(requests[-1])
    what = _WHAT_IT_IS.search(sentences[-1]) if sentences else None
    if what and not sentences[-1].endswith("?"):
        found.append(what.group(0))
    if not found and told_count >= LONG_STORY and not sentences[-1].endswith("?"):
        # A long story that asks nothing outright makes its point last ("... some doctors say
        # it is sciatica, others say it is not"); an afterthought of a word or two ("At all.")
        # is no point: the sentence before it is.
        told = [s for s in sentences if len(s.split()) > AFTERTHOUGHT_WORDS] or sentences
        found.append(told[-1])
    return tuple(found)


def declared(text: str) -> str | None:
    """The question declared as such ("My question is: should I still have the operation?", "I
    would like to ask if I can still run"), if the message declares one long enough to stand
    alone."""
    sentences = _sentences(text)
    found = [m.group(1).strip() for s in sentences if (m := _DECLARED.search(s))]
    if not found:
        asked_if = [m.group(1).strip() for s in sentences if (m := _ASKED_IF.search(s))]
        return asked_if[0] if asked_if and len(asked_if[0].split()) >= INDIRECT_WORDS else None
    if len(found[0].split()) < INDIRECT_WORDS:
        return None
    # "My question to you is even when I push it, ..." tells, and asks later: only a declared
    # question worded as one ("... is should I still have it?") leads.
    return found[0] if _REQUEST.match(found[0]) or found[0].endswith("?") else None


def asks_nothing(text: str) -> bool:
    """No sentence asks or requests anything: a story whose last sentence is only a guess at
    its point."""
    return not asking_sentences(text)


def pleads_only(text: str) -> bool:
    """Every sentence that asks is a plea that asks nothing of its own ("... Any advice?")."""
    asking = asking_sentences(text)
    return bool(asking) and all(_pleads(s) for s in asking)


def _pleads(sentence: str) -> bool:
    """A plea or an afterword: the sentence asks nothing of its own."""
    return bool(_PLEA.match(sentence) or _AFTERWORD.match(sentence))


def asking_sentences(text: str) -> list[str]:
    """Every sentence of `text` that asks or requests something; the rest only tell."""
    return list(_asking(text))


@lru_cache(maxsize=FOCUS_MEMO)
def _asking(text: str) -> tuple[str, ...]:
    return tuple(
        s
        for s in _sentences(text)
        if s.endswith("?") or _REQUEST.match(s) or _INDIRECT.search(s) or _UNSURE.search(s)
    )


def last_sentence(text: str, question: str) -> str:
    """The sentence told just before `question` in `text` ("" when it opens the text)."""
    start = text.find(question)
    told = _sentences(text[:start] if start > 0 else "")
    return told[-1] if told else ""


def questions(text: str) -> list[str]:
    """Every sentence of `text` that ends with a "?"."""
    return [s for s in _sentences(text) if s.endswith("?")]


@lru_cache(maxsize=FOCUS_MEMO)
def _sentences(text: str) -> tuple[str, ...]:
    """The sentences of `text`, abbreviations kept inside theirs."""
    text = _ABBREVIATION.sub(lambda m: m.group(1).replace(".", ""), text)
    # Punctuation alone (a closing quote after the full stop) is no sentence.
    return tuple(s.strip() for s in _SENTENCE.findall(text) if _WORD.search(s))


def _or_joined(asking: list[str]) -> list[str]:
    """A question opening with "or" finishes the one before it ("Is it my hip? Or my back?"),
    and so do one opening with "even though" ("... rule out DVT? Even though the pain is
    still there?") and one opening with "if not" or "if so" ("Should I stop? If not, would a
    belt help?")."""
    joined: list[str] = []
    for question in asking:
        if joined and _CONTINUES.match(question):
            joined[-1] = f"{joined[-1]} {question}"
        else:
            joined.append(question)
    return joined
