"""The red-flag grid's negation traps, both ways: a negation word that carries or frames the
symptom ("not only X but now Y", "I didn't use to leak but now I do", "I can no longer control
my bladder", "nothing there when I wipe") must alarm; a real denial ("I haven't lost control of
my bladder", "my bladder is not a problem", "no fever, numbness or weakness") must stay quiet,
and a denial followed by a symptom after "but" ("no fever but my groin is numb") alarms.

Every message is also written with its contractions spelled out ("can't" as "cannot", "isn't"
as "is not"), and typed in text-speak (no apostrophes: "cant", "isnt"), since people write all
three. Judged cases: "I can't not go to the loo" (a double negative) is a compulsion to go, an
urgency, so it alarms; "not once have I had leaks" is a denial, so it stays quiet.

`python -m bench redflags` prints this block's figures per concept beside the whole grid's.
"""

from __future__ import annotations

import re

from tests.qa.grid_text import FRAMES, PERSONS, Case, framed

# Told plainly, in text-speak, and at the end of a story before the question asked.
NEGATION_FRAMES = ("{c}", "txt:{c}", FRAMES[3])

# --- (a) Negation words that carry or frame the symptom: every one must alarm. ---
BLADDER_BOWEL = (
    # A denial of the past, restored now.
    "{subj} didn't use to leak but now {pron} {do}",
    "{subj} never used to wet {refl} but lately {pron} {do}",
    "{subj} didn't used to wet the bed but these days {pron} {do}",
    "{subj} never had any trouble peeing until yesterday",
    # The loss told with "no longer", "not able", "never know".
    "{subj} no longer know{s} when {pron} need{s} to pee",
    "{subj} can no longer control {poss} bladder",
    "{subj} {be} no longer able to hold {poss} wee",
    "{subj} {be} not able to hold it in",
    "{subj} {be} not able to pee properly",
    "{subj} never know{s} when {pron} need{s} to go to the toilet",
    "{subj} {be} not sure whether {poss} bladder is empty",
    "{subj} {dont} feel the urge to pee anymore",
    "{subj} {havent} been able to poo for 2 days",
    "not been able to pee since yesterday",
    "{subj} {have} no control over {poss} bladder",
    "{subj} {have} no control over {poss} bowels",
    "{subj} {dont} have any control over {poss} bladder",
    "{poss} bladder isn't working properly",
    "{poss} bladder isn't normal anymore",
    # A frame before it, no denial of it.
    "not sure if it's related but {subj} {have} wet {refl}",
    "it's not the pain that worries {obj}, it's that {pron} {be} leaking",
    "not only {be} {subj} in agony but {pron} can't control {poss} bladder",
    # A double negative: cannot help going, all the time.
    "{subj} can't not go to the loo, {pron} {have} to go every half hour",
    # A denial, then the symptom after "but".
    "no fever but {subj} can't control {poss} bladder",
    "no pain in {poss} back but {subj} {have} wet {refl} twice",
)
SADDLE = (
    "not only is {poss} foot numb but now {poss} groin too",
    "not only {be} {subj} in pain but {pron} can't feel anything down there",
    "not just {poss} leg, {poss} groin is numb now",
    "{subj} never had any numbness down there until this week",
    "{subj} no longer feel{s} anything down there",
    "{subj} can no longer feel the toilet paper when {pron} wipe{s}",
    "{subj} {have} no sensation down there",
    "{subj} {dont} have any feeling down there",
    "there's nothing there when {pron} wipe{s}",
    "{subj} feel{s} nothing when {pron} wipe{s}",
    "it's not normal down there",
    "{subj} {be} not imagining it, {poss} groin is numb",
    "it's not the pain that worries {obj}, it's that {pron} can't feel {poss} bum",
    "no fever but {poss} groin is numb",
    "{subj} {have} no leaks but {pron} can't feel the toilet paper",
)
LEG_WEAKNESS = (
    "not only is {poss} back sore but now {poss} foot drags",
    "it's not the pain that worries {obj}, it's that {poss} foot drags",
    "{subj} can no longer lift {poss} foot",
    "{subj} {be} no longer able to walk on {poss} heels",
    "{subj} never used to trip over {poss} own feet but now {pron} {do} all the time",
    "{subj} didn't use to drag {poss} foot but lately {pron} {do}",
    "{subj} never had any weakness until this week, now {poss} leg keeps giving way",
    "no pain to speak of but {poss} foot keeps dragging",
    "{poss} leg isn't strong enough to hold {obj} up anymore",
)
BOTH_LEGS = (
    "not just {poss} left leg, both {poss} legs are numb now",
    "not only {poss} right leg but now both legs are tingling",
    "it's no longer just one leg, both {poss} legs feel weak",
    "{subj} never had pins and needles in both legs until this week",
)

# --- (b) Real denials: every one must stay quiet. ---
DENIALS = (
    "no bladder or bowel problems, just pain",
    "{subj} {be} not numb down there",
    "{subj} {havent} lost control of {poss} bladder",
    "{subj} {dont} feel numb down there",
    "{subj} never get{s} numb down there",
    "{subj} no longer {have} numbness in {poss} groin",
    "{subj} {have} never had any numbness in {poss} groin",
    "{subj} {be} no longer numb down there, the feeling came back",
    "{poss} bladder is not a problem",
    "{poss} bladder and bowels aren't an issue",
    "not once {have} {subj} had leaks",
    "{subj} {dont} have foot drop",
    "no weakness, only pain",
    "no fever, numbness or weakness",
    "{subj} {have} no trouble peeing and no numbness down there",
    "{poss} foot doesn't drag",
    "{subj} never lost control of {poss} bowels",
    "{subj} {have} not noticed any numbness in {poss} groin",
    "it's not {poss} bladder that worries {obj}, it's the pain",
    # A negation that restores or adds something that is no red flag.
    "{subj} didn't use to have sciatica but now {pron} {do}",
    "not only does {poss} back hurt but now {poss} leg too",
    "not just {poss} back, {poss} hip hurts now",
)

_CONTRACTED = re.compile(r"\b(\w+)n't\b")
_SPELLED = {"ca": "cannot", "wo": "will not"}


def spelled_out(text: str) -> str:
    """`text` with its contractions written in full ("can't" as "cannot", "isn't" as "is not")."""
    return _CONTRACTED.sub(lambda m: _SPELLED.get(m.group(1), f"{m.group(1)} not"), text)


def negation_cases() -> list[Case]:
    """Every generated negation trap, alarms and denials, once each."""
    cells = [
        ("bladder_bowel", "negation trap: bladder or bowel", BLADDER_BOWEL, True),
        ("saddle", "negation trap: saddle", SADDLE, True),
        ("leg_weakness", "negation trap: leg weakness", LEG_WEAKNESS, True),
        ("both_legs", "negation trap: both legs", BOTH_LEGS, True),
        ("negation trap", "real denial", DENIALS, False),
    ]
    seen: dict[str, Case] = {}
    for concept, cell, clauses, alarm in cells:
        for case in framed(concept, cell, clauses, PERSONS, NEGATION_FRAMES, alarm=alarm):
            seen.setdefault(case.text, case)
            spelled = spelled_out(case.text)
            seen.setdefault(spelled, Case(concept, cell, spelled, alarm))
    return list(seen.values())
