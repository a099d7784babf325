"""The wordings the ranker reads a question's parts by: what it weighs, does without or aims
at, a follow-up about going to a doctor, where a symptom is told, when the routine is done, and
the answer ids it names."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Set

from bot.qa.text import words

# What a question weighs its subject against ("... better than surgery?", "... instead of pills").
ALTERNATIVE = re.compile(
    r"(?i)\b(?:than|instead of|rather than|compared (?:to|with)|as opposed to|versus|vs)\b.*$"
)
# What a question asks to do without ("fixed without surgery or tablets?"): not its subject.
WITHOUT = re.compile(r"\bwithout\b(?: (?!but\b|so\b|because\b|and\b)\w+){1,6}")
# Something asked past the medicines told ("anything besides painkillers?", "other than
# gabapentin, ibuprofen, heat etc?", "instead of tablets"): what follows them is asked for.
PAST_MEDICINE = (
    r"\b(?:other than|besides|apart from|aside from|instead of|rather than|beyond)"
    r" (?:the |my |these |those |all (?:the |these |those |my )?|any |taking |more |strong |"
    r"stronger |prescribed |prescription )?"
    # One thing tried told before the medicines ("besides taking anti-inflammatories and pain
    # medicines"), however it is spelt.
    r"(?:(?!{asking}\b)[a-z]+(?: and| or| &|,) )?(?:pain )?(?:{medicines})"
    r"(?: (?:medicines?|medications?|meds|tablets|pills|drugs))?"
    # A list of what else was tried ("gabapentin, ibuprofen, heat etc"); the question that
    # follows a comma ("besides ibuprofen, what else can I do?") is no item of it.
    r"(?:(?:,|,? and|,? or|,? &) (?:the |a )?(?!{asking}\b)[a-z]+){{0,4}}(?: etc)?\b"
)


# The words a question opens with after a list of medicines ("besides ibuprofen, what else ...").
_ASKING = (
    "(?:what|whats|which|how|is|are|can|could|do|does|should|would|will|any|anything|something|"
    "i|we|you|he|she|they|it)"
)


# Another medicine asked for in its place ("what can I take instead of ibuprofen?", "what
# painkiller could I use other than naproxen?"): the medicine stays the subject.
_IN_ITS_PLACE = re.compile(
    r"\b(?:take|taking|use|using|swap|switch|substitute|replace|ask for|prescribe)\b"
    r"(?: [\w-]+){0,3}\W*$"
)


def past_medicine(medicines: Iterable[str]) -> re.Pattern[str]:
    """The pattern of something asked past the `medicines` (a theme's key words) told."""
    names = sorted({" ".join(words(m)) for m in medicines}, key=len, reverse=True)
    alternatives = "|".join(re.escape(name) for name in names if name) or "(?!)"
    return re.compile(PAST_MEDICINE.format(medicines=alternatives, asking=_ASKING))


def asked_past(pattern: re.Pattern[str], folded: str) -> str:
    """`folded` with what it asks past (a `past_medicine` pattern) read as "else", unless
    another medicine is asked for in its place."""

    def read(match: re.Match[str]) -> str:
        before = folded[max(0, match.start() - 40) : match.start()]
        return match.group(0) if _IN_ITS_PLACE.search(before) else " else "

    return pattern.sub(read, folded)


# The pain to be kept away, told as a question's purpose ("which chair is best to avoid back
# pain?"): what the question asks about is the thing it names, when it names one.
PURPOSE = re.compile(
    r"\bto (?:avoid|prevent|stop|keep away) (?:\w+ ){0,2}(?:back pain|pain|sciatica|flare ups?|"
    r"a flare(?: up)?|back problems?)\b"
)
# A short follow-up asking when or whether to go ("When should he go?", "Should I?").
WHEN_TO_GO = re.compile(
    r"^(?:(?:so|and|but) )?(?:when|should|must|how soon)\b(?: \w+){0,4} "
    r"(?:go|see|visit|book|call|i|he|she|we|they)$"
)
# A doctor not (yet) seen: "won't go", "refuses", "haven't seen one yet", "keeps putting it off".
NOT_SEEN = re.compile(
    r"\b(?:wont|wouldnt|refuses?|refused|refusing|havent|hasnt|hadnt|not|never|hates?|"
    r"putting off|puts off|put off|avoids?|avoiding|yet|reluctant|scared|afraid)\b"
)
# Whether it passes alone weighed against being seen, either way round ("will it go away on
# its own or should he see a specialist?", "should I see a physio or will it settle?"): whom to
# see is what is decided, not how long it lasts.
_PASSES = (
    r"(?:go|goes|going) away|clear|clears|clear up|clears up|heal|heals|heal up|settle|settles|"
    r"settle down|get better|gets better|resolve|resolves|pass|passes|improve|improves|"
    r"sort itself out|fix itself|wait(?: it out)?|ride it out"
)
_SEEN = (
    r"(?:see|go to|go and see|go see|visit|book in with|take (?:him|her|them) to|be seen|"
    r"get (?:it|this|him|her|them) (?:checked|looked at|seen))"
)
OR_BE_SEEN = re.compile(
    rf"\b(?:{_PASSES})\b(?: \w+){{0,4}}? or (?:if |whether )?(?:\w+ )?(?:should|do|must|"
    rf"shall|would|need to|have to) (?:i|we|he|she|they|you)(?: \w+){{0,2}}? {_SEEN}\b"
    rf"|\b(?:should|do|must|shall) (?:i|we|he|she|they)(?: \w+){{0,2}}? {_SEEN}\b"
    rf"(?: \w+){{0,6}}? or (?:(?:just|should|do|will|would|does|can|could|is) )?"
    rf"(?:(?:i|we|he|she|they|it|this|the \w+|my \w+) )?(?:just )?(?:{_PASSES})\b"
)
HOW_LONG = "how-long"
# The warning signs: when to get urgent help.
WARNING_SIGNS = "red-flags"
# What to avoid in general: a sport's or an operation's own section tells its own.
WHAT_TO_AVOID = "what-to-avoid"
# Sport in general ("which sports should I stay away from?") names no one sport's section.
SPORT_IN_GENERAL = re.compile(r"\b(?:sports?|sporting)\b")
# Working with sciatica, and how to exercise safely (which answers a pastime the guide has no
# section on).
WORK, EXERCISE_SAFELY, GYM = "work", "exercise-safely", "gym-yoga"
WHY = "why-sciatica"
# The activities the guide has a section of their own on: one named is what "is it safe?" asks.
SPORTS = frozenset({"running", "cycling", "swimming", GYM, "walking"})
# Asking whether something is sciatica: the answer that tells how to know.
DESCRIBED_PAIN = "is-it-sciatica"
# Where a symptom is felt, told as a clause ("my calf cramps when I walk, ..."): what is done
# there is when the symptom comes, not what is asked about.
TOLD_WHEN = re.compile(
    r"\b(?:when|whenever|while|whilst|after|once|if) (?:i|im|i am|he|she|we|they)"
    r"(?: (?!is\b|are\b|could\b|can\b|might\b|would\b)\w+){1,4}"
)
# The routine's rhythm (content/qa.yaml's daily-habit shapes): a time or place told of it ("do my
# stretches at night", "in bed", "at work", "after my walk") says when it is done, not what is
# asked about, so it names no sleeping, bed rest, work or walking.
ROUTINE = "daily-habit"
ROUTINE_TIMES = re.compile(
    r"\b(?:at night|tonight|(?:before|after) (?:going to )?(?:bed|sleep)|"
    r"(?:lying |laying )?in bed|at work|after work|at my desk|"
    r"(?:before|after)(?: or (?:before|after))? (?:a |my |the )?"
    r"(?:morning |evening |daily )?(?:walk|walks|run|runs)|when i (?:wake|get) up)\b"
)
# The verb "work" said of a treatment ("how long until the stretches work?", "is it working?",
# "nothing has worked"): what the routine does, not a job, when the question asks whether or
# when the treatment helps (content/qa.yaml's long-term-treatment shapes).
TREATMENT = "long-term-treatment"
TREATMENT_WORKS = re.compile(
    r"\b((?:stretch\w*|exercis\w*|routines?|workouts?|programm?e?|moves|it|they|them|this|these|"
    r"nothing|anything|what|is|are|isnt|arent)"
    r"(?: (?:actually|really|even|ever|truly|finally|already|still|not|has|have|had|ever|start|"
    r"starts|started|starting|begin|begins|began|to|will|do|does|going to|gonna|take|takes|"
    r"for (?:the |my |these )?(?:stretch\w*|exercis\w*|routines?)))"
    r"{0,3}) (?:work|works|working|worked)\b"
    r"(?! (?:from|at|in|on|as|shifts?|hours?|full|part|late|nights?|again|out)\b)"
)


# Pain told during or after the physio's sessions or exercises (content/qa.yaml's
# exercise-safely shapes: "why does my back hurt more during physical therapy sessions?"): the
# physio says when the pain comes, not what is asked about.
DURING_PHYSIO = re.compile(
    r"\b(?:during|while doing|when doing|after|from) (?:my |the |his |her |their |these |those |"
    r"each |every |all (?:the |my )?|doing (?:the |my |his |her )?)?"
    r"(?:physio|pt|physical therapy|physiotherapy|rehab|therapy)"
    r"(?: (?:exercises|stretches|sessions?|workouts?|routine|programme|program))?\b"
)


def without_when(told: str, shaped: Set[str]) -> str:
    """`told` without what only says when: where a symptom comes, when the question asks whether
    it is sciatica; when or where the routine is done, when it asks about the routine's rhythm;
    the verb "work" said of a treatment, when it asks whether or when the treatment helps; the
    physio's sessions a pain comes in, when it asks how far an exercise may hurt."""
    if DESCRIBED_PAIN in shaped:
        told = TOLD_WHEN.sub(" ", told)
    if ROUTINE in shaped:
        told = ROUTINE_TIMES.sub(" ", told)
    if TREATMENT in shaped:
        told = TREATMENT_WORKS.sub(r"\1", told)
    if EXERCISE_SAFELY in shaped:
        told = DURING_PHYSIO.sub(" ", told)
    return told


# The verb "work" said of a treatment, or of what a pronoun stands for, taking effect ("how long
# does it take for painkillers to work?", "when will it start working?", "did the injection
# work for you?"): no job. A person's subject ("I work nights", "can I keep working?") and a job
# told after the verb ("they work in a warehouse", "is it work related?") stay the job's.
_EFFECT_SUBJECT = (
    r"(?:it|its|they|theyre|them|these|those|nothing|(?:pain ?)?killers?|painkillers?|pills?|"
    r"tablets?|meds|medications?|medicines?|drugs?|injections?|shots?|jabs?|epidurals?|"
    r"steroids?|stretch|stretches|stretching|exercises?|routines?|treatments?|therapy|therapies|"
    r"physio|massages?|acupuncture|ibuprofen|naproxen|paracetamol|codeine|gabapentin|"
    r"pregabalin|amitriptyline|tramadol|relaxants?|creams?|gels?|patch|patches)"
)
# What may come between that subject and the verb ("... will finally start to work").
_EFFECT_ON_THE_WAY = (
    r"(?: (?:actually|really|even|ever|finally|already|still|not|just|has|have|had|will|wont|"
    r"would|might|may|do|does|did|dont|doesnt|didnt|is|isnt|are|arent|was|were|going to|gonna|"
    r"to|start|starts|started|starting|begin|begins|began|beginning|seem to|seems to|"
    r"seemed to|supposed to|meant to|need to|needs to|take|takes|long|be)){0,4}"
)
# What a job's "work" goes on with ("from home", "nights", "related", "in a warehouse").
_JOB_AFTER = (
    r"(?! (?:from|at (?!all\b)|in|on (?!(?:it|my|the|sciatica|nerve|back|pain)\b)|as|"
    r"shifts?|hours?|full|part|late|nights?|days|out|hard|long|related|place|life|load|stress|"
    r"overtime|weekends?|there|here|today|tomorrow|for (?:a|an|the company|money|a living))\b)"
)
TAKES_EFFECT = re.compile(
    rf"\b({_EFFECT_SUBJECT}{_EFFECT_ON_THE_WAY}) (?:work|works|worked|working)\b{_JOB_AFTER}"
    rf"|\b((?:this|that|what|which|anything|something){_EFFECT_ON_THE_WAY}) (?:works|worked)\b"
    rf"{_JOB_AFTER}"
)


def without_effect(told: str) -> str:
    """`told` without the verb "work" said of a treatment taking effect: it names no job."""
    return TAKES_EFFECT.sub(lambda m: m.group(1) or m.group(2), told)


# An operation told as not needed, not reached or ruled out ("not at the stage of needing
# surgery", "I don't need an operation", "surgery was ruled out"): what the message is about is
# what is offered instead. Wishing it away ("can I avoid surgery?") still asks about it.
_NOT_NEEDED_FILLER = r"(?:at|go|gone|get|got|to|the|of|yet|a|an|for|point|any|be|been|being)"
_NOT_NEEDED_KEY = (
    r"(?:need|needs|needing|needed|require|requires|requiring|required|stage|candidate|ready|"
    r"recommend|recommended|recommending|offered|necessary)"
)
NOT_NEEDED = re.compile(
    rf"\b(?:not|no|dont|doesnt|didnt|wont|isnt|arent|never)(?: {_NOT_NEEDED_FILLER}){{0,3}} "
    rf"{_NOT_NEEDED_KEY}(?: (?:{_NOT_NEEDED_FILLER}|{_NOT_NEEDED_KEY})){{0,3}} "
    r"(?:surgery|operation|op|operating)\b"
    r"|\b(?:ruled out|rule out|rules out) (?:surgery|operation|op)\b"
    r"|\b(?:surgery|operation|op) (?:was |is |has been |had been )?(?:ruled out|off the table)\b"
    r"|\bno (?:surgery|operation|op) (?:for now|yet|needed|required|necessary)\b"
)


def named_in(told: str) -> str:
    """`told` without what names no theme: the verb "work" said of a treatment taking effect
    (no job), and an operation told as not needed."""
    return NOT_NEEDED.sub(" ", without_effect(told))


def past_messengers(
    themes_of: Callable[[str], set[str]], messengers: re.Pattern[str], told: str
) -> set[str]:
    """The themes `told` names, less those named only as who told the teller something ("my
    osteopath says I should give up tennis" asks about tennis), unless they are all it names
    ("my physio says to rest, is that right?")."""
    return themes_of(messengers.sub(" ", told)) or themes_of(told)


def asked_themes(
    themes: set[str],
    shaped: frozenset[str],
    told: str,
    *,
    themes_of: Callable[[str], set[str]],
    activities: frozenset[str],
) -> set[str]:
    """The themes named that the question asks about (`themes_of` names a text's themes;
    `activities` are the sports and operations a story is framed by)."""
    # What to avoid in a sport or an operation named ("back to the gym, and what should I avoid
    # lifting?") is told in that one's section; sport in general ("which sports should I
    # avoid?") names none: what to avoid is what it asks.
    if WHAT_TO_AVOID in themes:
        themes = themes & themes_of(SPORT_IN_GENERAL.sub(" ", told)) | {WHAT_TO_AVOID}
    if themes & activities:
        themes = themes - {WHAT_TO_AVOID}
    # A pastime in the teller's trade ("I am a ski instructor") is their work, not a hobby;
    # one done at the gym ("10 minutes of rowing at the gym") is the gym's.
    if WORK in shaped or GYM in themes:
        themes = themes - {EXERCISE_SAFELY}
    # A pastime asked of as the cause ("can playing golf cause sciatica?") is why it happens,
    # not how to exercise safely.
    if WHY in shaped:
        themes = themes - {EXERCISE_SAFELY}
    return themes


# A request for help that names nothing ("any advice on where to start?", "anyone got tips on what
# I should be doing differently?"): like a short question, it asks about its story's one theme.
HELP_ASKED = re.compile(
    r"\b(?:(?:any|some|got|give|need|want|seek|seeking) (?:\w+ )?(?:advice|tips|ideas|"
    r"suggestions|pointers|recommendations)|where (?:to|do i|should i|would i|can i) "
    r"(?:\w+ )?(?:start|begin)|what (?:should|can|could) i (?:\w+ )?(?:do|be doing|change|try))\b"
)
# A request for help of more words than this is a question of its own.
HELP_WORDS = 16
