"""The red-flag grid's serious spinal pathology (NICE NG59 / CKS: fracture, malignancy,
infection, and the pain that points to them): trauma then new symptoms, cancer history or
unexplained weight loss, fever or an infection risk with back pain, constant or night pain,
thoracic pain that keeps getting worse, and fragile bones then a sudden pain. Each is a story
crossed from its parts, so it carries its own time and needs fewer frames than
tests/qa/redflag_grid.py's cauda equina and leg families."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import product

from tests.qa.grid_text import FRAMES, PERSONS, Cell

# --- Trauma, then new symptoms. ---
INJURIES = (
    "{subj} fell down the stairs",
    "{subj} {have} had a bad fall",
    "{subj} slipped on the ice",
    "{subj} came off {poss} bike",
    "{subj} was in a car accident",
    "{subj} got rear-ended",
    "{subj} fell off a ladder",
    "{subj} got whacked by a car door",
    "{subj} had accident on the motorway",
    "{subj} {have} had a nasty accident",
)
WHEN = ("yesterday", "last week", "on Saturday")
SINCE_INJURY = (
    "and now {poss} back really hurts",
    "and now {pron} {have} shooting pain down {poss} leg",
    "and since then {poss} leg has been numb",
    "and now {pron} can barely walk",
)
# --- Cancer history or unexplained weight loss, with back pain. ---
CANCER = (
    "{subj} had breast cancer five years ago",
    "{subj} {have} prostate cancer",
    "{subj} {be} in remission from bowel cancer",
    "{subj} finished chemo last year",
    "{subj} {have} had lung cancer",
    "{subj} had a mastectomy for breast cancer",
    "{subj} {have} lost a stone without trying",
    "{subj} {be} losing weight and {dont} know why",
    "{subj} {have} dropped two dress sizes for no reason",
    "{poss} clothes are hanging off {obj} lately",
    "{subj} {have} been losing weight without even trying",
    "{poss} appetite has gone and {pron} {have} lost weight",
    "{subj} {be} fighting stage 3 bowel cancer",
    "{subj} {have} radiation neuritis in {poss} sciatic nerve",
)
# Weight loss told as an item of a list of complaints, the back among them.
LISTED_WEIGHT_LOSS = (
    "{subj} {be} having back stiffness, weight loss, tiredness",
    "{poss} symptoms are lower back ache, weight loss, poor sleep",
)
# A relative's cancer with their own back told: the relative may be the one in pain.
RELATIVE_CANCER = (
    "{poss} mum has breast cancer and her back pain is new",
    "{poss} dad has prostate cancer and it has spread to his spine",
)
BACK_PAIN = (
    "and now {poss} back hurts all the time",
    "and {poss} back has started to ache",
    "and now {pron} {have} sciatica",
)
# --- Fever, or a risk of spinal infection, with back pain. ---
INFECTION = (
    "{subj} {have} a fever",
    "{subj} {have} a high temperature",
    "{subj} {be} getting chills and night sweats",
    "{subj} {be} hot and shivery",
    "{subj} inject{s} drugs",
    "{subj} {be} on immunosuppressants",
    "{subj} {be} on methotrexate",
    "{subj} {have} HIV",
    "{subj} had a kidney infection last week",
    "{subj} just had a UTI",
    "{subj} {have} been on steroids for years",
)
WITH_BACK = (
    "and {poss} back is killing {obj}",
    "and {poss} sciatica has got much worse",
    "and now {poss} lower back hurts badly",
)
# --- Constant, progressive, non-mechanical pain; pain at night; thoracic pain. ---
NIGHT_PAIN = (
    "the pain in {poss} back is constant and worse at night",
    "{poss} back pain wakes {obj} every night",
    "{poss} back hurts all night no matter how {pron} lie{s}",
    "the pain never eases, even lying still",
    "{poss} back pain is there day and night",
    "{poss} back pain keeps {obj} awake every night and nothing helps",
    "{poss} back pain is constant and keeps getting worse whatever {pron} do{es}",
)
THORACIC = ("the pain between {poss} shoulder blades", "the pain in {poss} upper back",
            "the ache in the middle of {poss} back")  # fmt: skip
THORACIC_CHANGE = (
    "keeps getting worse",
    "never eases no matter what {pron} do{es}",
    "is there even when {pron} {be} lying still",
    "is getting worse every week and nothing helps",
)
# --- Fracture risk: osteoporosis or long-term steroids, then a sudden pain or a minor fall. ---
FRAGILE = (
    "{subj} {have} osteoporosis",
    "{subj} {have} been on steroids for years",
    "{subj} {have} brittle bones",
    "{subj} {have} been on prednisolone for years",
)
SUDDEN = (
    "and {pron} got a sudden sharp pain in {poss} back after a cough",
    "and {poss} back went after a minor fall",
    "and {pron} felt something crack in {poss} back lifting a bag",
)


def sentences(*parts: Iterable[str]) -> list[str]:
    """Every sentence made of one of each part, in order."""
    return [" ".join(words) for words in product(*parts)]


def pathology_cells() -> list[Cell]:
    """The cells of these concepts: (concept, cell, clauses, persons, frames)."""
    story = (FRAMES[0], FRAMES[-1])  # a story that tells its own time
    return [
        ("trauma", "injury x when x new symptom", sentences(INJURIES, WHEN, SINCE_INJURY),
         PERSONS, FRAMES[:1]),
        ("cancer_weight", "cancer or weight loss x back pain", sentences(CANCER, BACK_PAIN),
         PERSONS, story),
        ("cancer_weight", "a relative's cancer and their back", list(RELATIVE_CANCER), PERSONS,
         story),
        ("cancer_weight", "weight loss in a list of complaints", list(LISTED_WEIGHT_LOSS),
         PERSONS, story),
        ("fever_infection", "fever or infection risk x back pain",
         sentences(INFECTION, WITH_BACK), PERSONS, story),
        ("night_constant", "night or constant pain", list(NIGHT_PAIN), PERSONS, FRAMES),
        ("thoracic", "thoracic pain x progression", sentences(THORACIC, THORACIC_CHANGE),
         PERSONS, FRAMES),
        ("fracture_risk", "fragile bones x sudden pain", sentences(FRAGILE, SUDDEN),
         PERSONS, story),
    ]  # fmt: skip
