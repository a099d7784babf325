"""The red-flag concept grid: messages generated from the clinical red flags, not from examples.

Written from NICE NG59, NICE CKS "Sciatica (lumbar radiculopathy)" and "Back pain - low", and
the NHS sciatica and cauda equina pages, in the words lay people use; no labelled question set
was read to write it. Each concept is a few small families (a body part or function, a change
in it, who has it) crossed with `itertools.product`, then put in a few person and time frames
("since yesterday", "my husband has had sciatica for two weeks and now he...", text-speak).
Every message must alarm. The look-alikes that must stay quiet are in redflag_lookalikes.py.

How a template is filled (who, agreement, frames) is in tests/qa/grid_text.py.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.content.loader import default_content_dir
from bot.qa.models import load_qa
from bot.qa.redflags import RedFlagDetector
from tests.qa.grid_text import (
    FRAMES,
    ME,
    PERSONS,
    Case,
    Cell,
    Part,
    Person,
    crossed,
    framed,
    with_parts,
)
from tests.qa.redflag_grid_negation import negation_cases
from tests.qa.redflag_grid_pathology import pathology_cells

# --- Cauda equina: bladder and bowel (retention, incontinence, lost sensation or control). ---
# What a person does on the toilet, as a verb, in lay words.
VOIDING = ("pee", "wee", "pass urine", "pass water", "empty {poss} bladder", "poo",
           "open {poss} bowels", "go for a number two")  # fmt: skip
VOIDING_CHANGE = (
    "{subj} can't {v}",
    "{subj} {be} struggling to {v}",
    "{subj} {have} trouble trying to {v}",
    "{subj} find{s} it hard to {v}",
    "{subj} {dont} know when {pron} need{s} to {v} anymore",
    "{subj} {have} no urge to {v}",
    "{subj} {have} to strain to {v}",
    "{subj} can't tell when {pron} {have} to {v}",
)
# The function as a noun, with its agreement.
FUNCTION = (Part("{poss} bladder"), Part("{poss} bowels", plural=True),
            Part("{poss} waterworks", plural=True))  # fmt: skip
FUNCTION_CHANGE = (
    "{subj} can't control {part}",
    "{subj} {have} lost control of {part}",
    "{subj} can't feel {part} anymore",
    "{part} {pbe} leaking",
    "{part} feel{ps} different",
    "{part} {pbe} not working properly",
    "{part} feel{ps} dead",
)
# Incontinence and retention told as what happened.
CONTINENCE_EVENTS = (
    "{subj} wet {refl} without noticing",
    "{subj} {have} had a few accidents",
    "{subj} {be} leaking urine",
    "{subj} keep{s} dribbling wee",
    "{subj} {have} to wear pads",
    "{subj} pooed {refl} and didn't feel it",
    "{subj} didn't make it to the toilet in time",
    "{subj} think{s} {pron} peed {refl}",
    "the wee just won't come when {pron} go{es}",
    "nothing comes out when {pron} go{es} to the loo",
    "{subj} {dont} know if {poss} bladder is full",
    "{subj} {be} peeing {refl} and can't stop it",
    "{subj} {havent} been for a wee all day and {dont} feel the need",
    "{subj} wet{s} {refl} if {pron} cough{s}",
    "{subj} {have} to sit on the toilet for ages before anything happens",
    "{subj} {be} not sure {pron} {be} emptying {poss} bladder fully",
    "there's no way {pron} can hold it in",
    "nothing {pron} {do} makes the wee come out",
    "{subj} {have} never had trouble peeing until this week",
    "it's like {poss} body forgot how to pee",
    "{subj} {have} lost control of {poss} farts",
    "{subj} can't go number 2 without pushing really hard",
    "{subj} need{s} to go loads more and can't hold it",
    "{subj} know{s} that when {pron} stand{s} up {pron} leak{s}",
    "{subj} {have} to go all the time now and can't hold it",
    "{subj} need{s} the toilet constantly",
    "{subj} keep{s} needing the loo every half hour",
    "{subj} {have} accidents now",
)
# Typed in a hurry: misspelt function and place words, in text-speak.
TYPO_FUNCTION = (Part("{poss} bladdr"), Part("{poss} blader"), Part("{poss} bowles", plural=True))
TYPO_CHANGE = ("{part} feel{ps} weird", "{part} {pbe} leaking", "{subj} cant control {part}")
TYPO_SADDLE = ("numbness down their", "no feeling down their", "tingling down ther",
               "{subj} {be} numb down their", "{subj} cant feel anything down thier")  # fmt: skip
# --- Cauda equina: saddle, perineal and genital sensation; new sexual dysfunction. ---
SADDLE_PLACES = ("down there", "between {poss} legs", "in {poss} private parts",
                 "around {poss} bum", "around {poss} back passage",
                 "in {poss} groin", "where you sit on a bike saddle",
                 "around {poss} genitals")  # fmt: skip
SADDLE_CHANGE = (
    "{subj} {be} numb {place}",
    "{subj} {have} no feeling {place}",
    "{subj} {have} pins and needles {place}",
    "{subj} can't feel anything {place}",
    "it feels dead {place}",
    "everything feels different {place}",
    "it feels weird {place}",
    "{subj} {have} lost sensation {place}",
)
# Little or no feeling there, told with a negation that is the symptom.
SADDLE_NEGATED = (
    "{subj} can't feel nothing {place}",
    "there's not much feeling left {place}",
    "{subj} {have} hardly any sensation {place}",
    "{subj} {have} zero feeling {place}",
    "{subj} {dont} think {pron} can feel anything {place}",
)
SADDLE_PARTS = (Part("{poss} bum"), Part("{poss} private parts", plural=True),
                Part("{poss} back passage"), Part("{poss} groin"),
                Part("{poss} genitals", plural=True), Part("{poss} inner thighs", plural=True),
                Part("{poss} bottom"), Part("{poss} sit bones", plural=True))  # fmt: skip
# Slang for the genitals, each of the person who would have them.
SLANG = ("{subj} {have} no feeling in {poss} willy", "{poss} fanny feels numb",
         "{poss} vag feels weird", "{subj} can't feel {poss} bits",
         "{poss} front bottom feels numb", "it's numb in {poss} front bottom")  # fmt: skip
PART_CHANGE = (
    "{part} feel{ps} numb",
    "{part} feel{ps} like rubber",
    "{part} {pbe} tingling",
    "{part} {pbe} completely numb",
    "{part} {phave} gone dead",
    "{part} feel{ps} like someone else's",
    "it feels like {part} {phave} had an injection at the dentist",
)
WIPING = (
    "{subj} can't feel the toilet paper when {pron} wipe{s}",
    "when {subj} wipe{s} {pron} can't feel it",
    "wiping feels different",
    "{subj} {have} no feeling when {pron} wipe{s}",
    "it feels numb when {subj} wipe{s}",
    "{subj} can hardly feel the toilet paper",
    "{subj} can feel the toilet paper fine on the left but not the right",
    "{subj} checked if {pron} could feel the toilet paper and {pron} can't",
)
SEX = (
    "{subj} can't get an erection anymore",
    "sex feels completely different",
    "{subj} {have} no feeling during sex",
    "{subj} can't climax anymore",
    "{subj} {have} lost sensation during sex",
    "sex doesn't feel the same anymore",
)
PARTNERS = (ME, Person("my partner", "my partner's", "his", "him", "himself", "he", third=True))
# --- New or progressive motor deficit: foot drop, a leg giving way, weakness getting worse. ---
# NICE: a new or progressive weakness is a red flag, whatever brought it to notice; a leg that
# "feels weak after a long walk" is new focal weakness as far as the message tells, so it alarms
# (tired legs after a walk, with no weakness named, are a look-alike).
FEET = (Part("{poss} foot"), Part("{poss} left foot"), Part("{poss} right foot"),
        Part("{poss} toes", plural=True))  # fmt: skip
FOOT_CHANGE = (
    "{part} slap{ps} on the floor when {pron} walk{s}",
    "{part} drag{ps} when {pron} walk{s}",
    "{part} flop{ps} down with every step",
    "{part} won't lift properly",
    "{part} {phave} gone weak",
    "{part} {pbe} getting weaker by the day",
    "{part} feel{ps} clumsy",
    "{part} {phave} stopped working properly",
    "{part} keep{ps} catching on the carpet",
    "{part} hang{ps} down when {pron} walk{s}",
    "{part} {pdont} clear the floor anymore",
)
LEGS = (Part("{poss} leg"), Part("{poss} left leg"), Part("{poss} right leg"),
        Part("{poss} knee"))  # fmt: skip
LEG_CHANGE = (
    "{part} keep{ps} giving way",
    "{part} keep{ps} buckling",
    "{part} {pbe} getting weaker by the day",
    "{part} feel{ps} like rubber",
    "{part} {phave} gone weak",
    "{part} gave way on the stairs",
    "{part} {pbe} weaker than last week",
    "{part} feel{ps} weak after a long walk",
    "{part} feel{ps} weak and wobbly",
)
MOTOR_ACTS = (
    "there's no pain in {poss} foot but it keeps dragging",
    "there's no numbness in {poss} leg but it gives way",
    "{subj} keep{s} tripping over {poss} own foot",
    "{subj} keep{s} catching {poss} toe on the floor",
    "{subj} can't lift {poss} foot up",
    "{subj} can't stand on {poss} tiptoes anymore",
    "{subj} can't walk on {poss} heels",
    "{subj} can't do a heel walk anymore",
    "{subj} can't pick {poss} foot up when {pron} walk{s}",
    "{subj} can't go up on {poss} toes",
    "{subj} {be} dragging {poss} leg",
    "{subj} {have} become clumsy on {poss} feet",
    "{subj} {have} to lift {poss} knee high so {poss} foot doesn't catch",
    "the numbness in {poss} leg is spreading",
    "the numbness has crept up from {poss} foot to {poss} thigh",
    "{poss} legs feel weak after the exercises and {pron} keep{s} tripping",
    "{subj} couldn't get out of bed because {poss} legs wouldn't work",
    "{poss} calf muscle has gone thin",
    "{poss} leg is getting more numb every day",
    "{poss} foot is numb and getting worse by the day",
    "{subj} {be} losing muscle in {poss} calf",
    "there is muscle loss in {poss} right leg",
    "it keeps wanting to drag when {pron} walk{s}",
    "{subj} can't pick it up to take a step",
)
# --- Both legs (bilateral neurological symptoms). ---
BILATERAL_SYMPTOMS = ("numbness", "pins and needles", "tingling", "weakness", "sciatica",
                      "shooting pains")  # fmt: skip
BILATERAL_PLACES = (
    "{subj} {have} {sym} in both legs",
    "{subj} {have} {sym} going down both legs",
    "{subj} {have} {sym} in both {poss} feet",
    "{subj} {have} {sym} in {poss} other leg too",
    "{subj} {have} {sym} spreading into {poss} other leg",
    "{subj} {be} getting {sym} in both {poss} legs",
)
# A pain travelling down the legs, or in the back and the legs.
TRAVEL_DOWN_LEGS = (
    "it travels from {poss} lower back down {poss} legs",
    "the pain shoots from {poss} buttocks down {poss} legs",
    "{subj} {be} in bad pain in {poss} lower back and legs",
    "it is spreading into {poss} legs",
)
# A list of symptoms placed at its end ("numbness, burning, cramps in both legs").
LISTED_IN_BOTH = ("{sym}, burning, cramps in both legs", "{sym} and cramping in both {poss} feet")
# The other side joining in, told without the words "both legs".
OTHER_SIDE = (
    "{poss} other leg has started tingling too",
    "it was {poss} left leg but now it's both",
    "{poss} symptoms have moved to the other side as well",
)
BOTH_LEGS_FEEL = ("numb", "weak", "tingly", "heavy", "wobbly", "like jelly", "dead")
BOTH_LEGS = (
    "both {poss} legs feel {adj}",
    "{poss} legs are both {adj}",
    "{poss} left leg and {poss} right leg are {adj}",
    "both {poss} legs have gone {adj}",
)
# Messages the detector cannot yet tell from a look-alike without false alarms, by a phrase
# they contain, each with the reason. The grid test expects them to fail (strict xfail), so
# fixing one is noticed.
EXPECTED_GAPS: dict[str, str] = {
    "back pain wakes": (
        "Pain that wakes someone at night, with nothing else told (not constant, severe, "
        "unrelenting or new), is common in sciatica and is how most sleep questions begin "
        "('sciatica wakes me up at night, what position?'); the detector wants night pain "
        "with one of those. NHS lists back pain worse at night for an urgent GP visit."
    ),
}


def gap(text: str) -> str | None:
    """Why `text` is an expected gap, or None."""
    return next((why for part, why in EXPECTED_GAPS.items() if part in text), None)


def alarm_cases() -> list[Case]:
    """Every generated message that describes a red flag, once each."""
    typed = (FRAMES[-1], "txt:{c} since yesterday")  # a typo comes with text-speak
    cells: list[Cell] = [
        ("bladder_bowel", "voiding verb x change", crossed(VOIDING_CHANGE, "v", VOIDING),
         PERSONS, FRAMES),
        ("bladder_bowel", "function x change", with_parts(FUNCTION_CHANGE, FUNCTION),
         PERSONS, FRAMES),
        ("bladder_bowel", "incontinence or retention", list(CONTINENCE_EVENTS), PERSONS, FRAMES),
        ("saddle", "place x sensation", crossed(SADDLE_CHANGE, "place", SADDLE_PLACES),
         PERSONS, FRAMES),
        ("saddle", "place x negated feeling", crossed(SADDLE_NEGATED, "place", SADDLE_PLACES),
         PERSONS, FRAMES[:2]),
        ("saddle", "part x sensation", with_parts(PART_CHANGE, SADDLE_PARTS), PERSONS, FRAMES),
        ("bladder_bowel", "typos", with_parts(TYPO_CHANGE, TYPO_FUNCTION), PERSONS, typed),
        ("saddle", "typos", list(TYPO_SADDLE), PERSONS, typed),
        ("saddle", "slang", list(SLANG), (ME,), FRAMES),
        ("saddle", "wiping", list(WIPING), PERSONS, FRAMES),
        ("saddle", "sexual function", list(SEX), PARTNERS, FRAMES),
        ("leg_weakness", "foot x motor change", with_parts(FOOT_CHANGE, FEET), PERSONS, FRAMES),
        ("leg_weakness", "leg x motor change", with_parts(LEG_CHANGE, LEGS), PERSONS, FRAMES),
        ("leg_weakness", "motor deficit told as acts", list(MOTOR_ACTS), PERSONS, FRAMES),
        ("both_legs", "symptom x both legs",
         crossed(BILATERAL_PLACES, "sym", BILATERAL_SYMPTOMS), PERSONS, FRAMES),
        ("both_legs", "the other side too", list(OTHER_SIDE), PERSONS, FRAMES),
        ("both_legs", "pain travelling down the legs", list(TRAVEL_DOWN_LEGS), PERSONS, FRAMES),
        ("both_legs", "a symptom list placed in both legs",
         crossed(LISTED_IN_BOTH, "sym", BILATERAL_SYMPTOMS[:4]), PERSONS, FRAMES),
        ("both_legs", "both legs feel", crossed(BOTH_LEGS, "adj", BOTH_LEGS_FEEL),
         PERSONS, FRAMES),
        *pathology_cells(),
    ]  # fmt: skip
    generated = [
        case
        for concept, cell, clauses, persons, frames in cells
        for case in framed(concept, cell, clauses, persons, frames)
    ]
    # The negation traps' block (tests/qa/redflag_grid_negation.py): those that must alarm.
    return _unique(generated + [case for case in negation_cases() if case.alarm])


def _unique(cases: Iterable[Case]) -> list[Case]:
    """Each message once (a clause with no person in it reads the same for everyone)."""
    seen: dict[str, Case] = {}
    for case in cases:
        seen.setdefault(case.text, case)
    return list(seen.values())


def detector() -> RedFlagDetector:
    """The detector as the bot builds it, from content/qa.yaml."""
    return RedFlagDetector(load_qa(default_content_dir() / "qa.yaml"))
