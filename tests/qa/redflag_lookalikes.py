"""The look-alike grid: messages that use a red flag's words but describe no red flag, crossed
from the same families as tests/qa/redflag_grid.py, none of which may raise the alarm.

- Negations, scoped to their clause: "no bladder or bowel problems, just pain", "I can still
  pee fine", "not numb down there".
- Hypotheticals, warnings and what to watch for: "what if I lose control of my bladder?", "my
  physio said if I get numb down there go to A&E".
- General questions about sciatica, which get the guide's warning-signs answer, not an alarm:
  "can sciatica affect your bladder?".
- Someone else's story, read online.
- Old stories with their outcome told, by the detector's documented rule: years ago, in the
  past tense, resolved, with no word of now: no weakness, trauma or night pain then counts as a
  red flag now (bladder, bowel, saddle and cancer always count, so they are no look-alike).
  Surgery for cauda equina years ago, fully recovered, is no red flag now either.
- Mechanical pain ("worse after sitting"), tiredness with its cause told, and legs tired (no
  weakness named) after a long walk; sleep questions (pain at night, nothing else told).
- A change with its cause told: more wees from tea, pregnancy or water tablets; arthritis in
  both knees; tripping over the dog; a fear of cancer asked about; a symptom that used to be.
"""

from __future__ import annotations

from tests.qa.grid_text import Case, Person, crossed, framed, with_parts
from tests.qa.redflag_grid import FUNCTION, PERSONS, SADDLE_PLACES, VOIDING
from tests.qa.redflag_grid_negation import negation_cases

YOU = Person("you", "your", "your", "you", "yourself", "you", third=False)
# What a stranger could not do ("a man who couldn't pee"): no possessive to agree.
BARE_VOIDING = tuple(verb for verb in VOIDING if "{poss}" not in verb)
# Plain frames: a look-alike is told as it is, in text-speak, and after a story.
PLAIN = (
    "{c}",
    "txt:{c}",
    "{subj} {have} had sciatica for two weeks after lifting a heavy box at work. {C2}",
)
DENIED_FUNCTIONS = ("bladder", "bowel", "bladder or bowel", "waterworks", "toilet")
DENIALS = (
    "no {f} problems, just pain",
    "{subj} {have} no {f} issues at all, only the leg pain",
    "{subj} {have} had no {f} trouble whatsoever",
)
STILL_FINE = (
    "{subj} can still {v} fine",
    "{subj} can {v} normally, it's only the pain in {poss} leg",
    "no trouble when {pron} {v}, just the pain",
)
NOT_NUMB = (
    "{subj} {be} not numb {place}",
    "no numbness {place}, just the leg pain",
    "nothing feels different {place}",
    "{subj} can feel everything {place}",
)
FUNCTION_FINE = (
    "{part} {pbe} fine, it's just the pain",
    "{part} {pbe} working normally",
    "{subj} was worried about {part} but it turned out fine",
    "{subj} {havent} noticed any change in {part}",
    "{subj} {have} never had any trouble with {part}",
)
FEELING_FINE = (
    "{subj} can feel the toilet paper fine when {pron} wipe{s}",
    "{subj} {have} full feeling between {poss} legs",
    "{subj} {dont} think {pron} {have} lost any feeling in {poss} groin",
    "{subj} {be} not incontinent",
    "{subj} {have} never wet {refl}",
    "{subj} {dont} have any weakness in {poss} legs",
    "no foot drop, no tripping",
)
HYPOTHETICAL = (
    "what if {subj} lose{s} control of {part}?",
    "{subj} {be} scared of losing control of {part}",
    "the GP told {obj} to go to A&E if {pron} ever can't control {part}",
    "what happens if {part} stop{ps} working?",
)
# Fears, what a form lists, checking oneself, what to do if.
FEARS = (
    "{subj} {be} terrified of becoming incontinent",
    "{poss} biggest fear is losing control of {poss} bladder",
    "the consent form mentioned bladder problems as a risk",
    "{subj} keep{s} checking if {pron} can feel the toilet paper, is that paranoid?",
    "what should {subj} do if {poss} leg gives way?",
)
CHECKED = (
    "{subj} check{s} every day that {pron} can still feel {place}",
    "the doctor tested sensation {place} and it was normal",
)
WARNED = (
    "{poss} physio said if {pron} get{s} numb {place} go to A&E",
    "the doctor said to watch out for numbness {place}",
    "{subj} was told to call 999 if {pron} ever went numb {place}",
)
GENERAL_FUNCTIONS = ("bladder", "bowels", "waterworks", "bladder and bowels")
GENERAL = (
    "can sciatica affect your {f}?",
    "does sciatica ever affect the {f}?",
    "can a slipped disc mess with your {f}?",
)
GENERAL_SADDLE = (
    "is numbness {place} a sign of cauda equina?",
    "can sciatica make you numb {place}?",
)
# Guidance to anyone, as a leaflet or a page puts it.
GUIDANCE = ("if you have numbness {place}, go to A&E", "if you notice tingling {place}, call 999")
GUIDANCE_VOIDING = ("you should go to A&E if you can't {v}",)
GENERAL_OTHER = (
    "can sciatica cause foot drop?",
    "can sciatica spread to both legs?",
    "is back pain at night a sign of something serious?",
    "what are the red flags for sciatica?",
    "is sciatica dangerous?",
)
# What to do if it ever happens, known already ("I know if I get numb down there I should go
# to A&E").
KNOWN_PLAN = ("{subj} know{s} if {pron} get{s} numb {place} {pron} should go to A&E",)
KNOWN_PLAN_VOIDING = ("{subj} know{s} that if {pron} can't {v} {pron} must call 999",)
READ_ONLINE = (
    "{subj} read a story online about a man who couldn't {v}",
    "{subj} saw a post on a forum about someone who couldn't {v} after a disc prolapse",
)
OLD_STORIES = (
    "Ten years ago {subj} had CES surgery and recovered fully",
    "In 2009 {subj} fell off a ladder and hurt {poss} back. The surgery fixed it.",
    "Years ago {poss} leg gave way for a few weeks. It recovered completely.",
    "Fifteen years ago {subj} had a bad fall at work. Physio sorted it out.",
)
MECHANICAL = (
    "{poss} back pain is worse after sitting",
    "{poss} leg hurts more when {pron} stand{s} for a long time",
    "the pain is worse when {pron} bend{s} over",
    "{poss} back aches after a day in the garden",
    "{poss} sciatica flares up when {pron} drive{s} for long",
)
TIRED = (
    "{subj} {be} exhausted because the pain keeps {obj} up at night",
    "{subj} {be} tired all the time from the painkillers",
    "{poss} legs are tired after a long walk",
    "{subj} {be} worn out from the stretches",
)


# A change with its cause told, or over: more wees from tea or pregnancy, arthritis in both
# knees, a fear of cancer asked about, tripping over a thing, a symptom that used to be.
EXPLAINED = (
    "{subj} need{s} to pee a lot because {pron} drink{s} so much tea",
    "{subj} {be} pregnant and peeing all the time, is that the sciatica?",
    "{subj} {be} weeing more often since {pron} started water tablets",
    "{subj} {have} arthritis in both knees and sciatica in {poss} left leg",
    "could {poss} back pain be cancer?",
    "{poss} dad had prostate cancer years ago, could {poss} sciatica be cancer?",
    "{subj} keep{s} tripping over the dog, ha",
    "{subj} had cauda equina surgery years ago and made a full recovery",
    "is it bad if {poss} legs feel weak after the exercises?",
    "can {subj} take ibuprofen if {pron} {have} a fever?",
    "{subj} {have} had an overactive bladder for years, will the exercises help {poss} back?",
    "{poss} legs feel heavy at the end of the day",
    "{subj} had a bladder scan and it was fine, they said it's just sciatica",
)
# Words of a red flag that tell none (round 11): a fall caught, a condition that "hits", one
# side's leg and foot, a stretch felt down the legs, muscle one hopes to keep, weight loss as a
# help or a goal, a figurative accident.
NEAR_MISSES = (
    "{subj} grabbed the rail to stop {refl} falling on the stairs",
    "{subj} nearly fell over getting out of the car because {poss} bum hurts",
    "when you get hit by something like sciatica it knocks your confidence",
    "{poss} right leg and right foot hurt when {pron} sit{s}",
    "{subj} feel{s} the stretch going down {poss} legs",
    "how can {subj} avoid losing muscle in {poss} legs while resting?",
    "things that helped {poss} back: walking, weight loss, physio",
    "{subj} {be} having back pain, would weight loss help?",
    "{subj} had an accident with {poss} routine and skipped a day",
    "{subj} {have} cramps in both legs after running, no numbness or tingling",
    "{subj} woke in the wee hours and {poss} back felt weird",
    "the pain just drags on, it seems to drag on for weeks",
    "{subj} {have} to go to work all the time",
    "{subj} need{s} to go to physio twice a week",
    "accidents happen, {subj} forgot {poss} stretches yesterday",
    "there's no pain in {poss} foot but it feels fine now",
)
# Someone else's cancer, and the writer's own back.
OTHERS_CANCER = (
    "{poss} mum has cancer and {pron} hurt {poss} back lifting her",
    "{subj} look{s} after {poss} dad who has cancer and lifting him flared up {poss} sciatica",
    "{poss} friend who had breast cancer recommended yoga for {poss} sciatica",
    "{poss} dog has cancer and {pron} {have} been carrying him up the stairs",
    "{poss} aunt has cancer and I have sciatica",
)
USED_TO = ("numbness down there", "bladder problems", "trouble peeing", "leaks")
USED_TO_HAVE = ("{subj} used to have {sym} but it went after surgery 5 years ago",)
# Sleep questions: pain at night with nothing else told (see EXPECTED_GAPS in redflag_grid.py).
SLEEP = (
    "{poss} sciatica wakes {obj} up at night, what's the best position to sleep in?",
    "the pain keeps {obj} awake at night, should {pron} put a pillow between {poss} knees?",
    "{subj} can't get comfortable in bed with {poss} sciatica, any tips?",
)
# The other red flags, denied in the clause that names them.
DENIED_FLAGS = (
    "no numbness or weakness in {poss} legs, just pain",
    "{poss} legs are fine, no weakness",
    "no fever, no weight loss, just back pain",
    "{subj} {have} never had cancer",
    "{subj} didn't fall or hurt {poss} back, it just started",
    "no pins and needles in both legs",
)


def lookalike_cases() -> list[Case]:
    """Every generated look-alike, once each."""
    cells = [
        ("negation", "denied function", crossed(DENIALS, "f", DENIED_FUNCTIONS)),
        ("negation", "function still fine", crossed(STILL_FINE, "v", VOIDING)),
        ("negation", "function said fine", with_parts(FUNCTION_FINE, FUNCTION)),
        ("negation", "not numb there", crossed(NOT_NUMB, "place", SADDLE_PLACES)),
        ("negation", "feeling and control told fine", FEELING_FINE),
        ("hypothetical", "what if", with_parts(HYPOTHETICAL, FUNCTION)),
        ("hypothetical", "warned of", crossed(WARNED, "place", SADDLE_PLACES)),
        ("hypothetical", "fears and checks", FEARS),
        ("hypothetical", "fears and checks", crossed(CHECKED, "place", SADDLE_PLACES)),
        ("hypothetical", "plan known", crossed(KNOWN_PLAN, "place", SADDLE_PLACES)),
        ("hypothetical", "plan known", crossed(KNOWN_PLAN_VOIDING, "v", BARE_VOIDING)),
        ("general", "general function", crossed(GENERAL, "f", GENERAL_FUNCTIONS)),
        ("general", "general saddle", crossed(GENERAL_SADDLE, "place", SADDLE_PLACES)),
        ("general", "general other", GENERAL_OTHER),
        ("general", "guidance", crossed(GUIDANCE, "place", SADDLE_PLACES)),
        ("general", "guidance", crossed(GUIDANCE_VOIDING, "v", BARE_VOIDING)),
        ("someone else", "read online", crossed(READ_ONLINE, "v", BARE_VOIDING)),
        ("old story", "resolved years ago", OLD_STORIES),
        ("negation", "other flags denied", DENIED_FLAGS),
        ("mechanical", "mechanical pain", MECHANICAL),
        ("mechanical", "sleep question", SLEEP),
        ("tiredness", "tiredness with a cause", TIRED),
        ("explained", "a cause told", EXPLAINED),
        ("explained", "red-flag words telling none", NEAR_MISSES),
        ("someone else", "someone else's cancer", OTHERS_CANCER),
        ("old story", "used to have", crossed(USED_TO_HAVE, "sym", USED_TO)),
    ]
    seen: dict[str, Case] = {}
    for concept, cell, clauses in cells:
        # A general question is about anyone ("numb between your legs"), not a person.
        persons = (YOU,) if concept == "general" else PERSONS
        for case in framed(concept, cell, clauses, persons, PLAIN, alarm=False):
            seen.setdefault(case.text, case)
    # Real denials from the negation traps' block (tests/qa/redflag_grid_negation.py).
    for case in negation_cases():
        if not case.alarm:
            seen.setdefault(case.text, case)
    return list(seen.values())
