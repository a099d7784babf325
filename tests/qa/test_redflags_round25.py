"""Red flags missed and false alarms of round 20's dev set, by class (issue 15, round 25).

Each class was red-teamed with fresh wordings before its fix and scored once (figures beside
each class); the look-alikes must keep their answer. NICE NG59 / NHS decide what alarms.
"""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import flags, quiet

# Feeling sick, ill or rough in oneself beside a back pain (NICE NG59: systemically unwell, an
# infection or a cancer suspected). Not a drug's side effect, not being fed up with the pain.
# Before the fix 1 of 4 alarmed (for the wrong reason) and 2 of 2 look-alikes stayed quiet;
# after it, 3 of 4 and 2 of 2 (nausea told with no "feel" is left: a pain's own nausea is common).
UNWELL = [
    "Lower back has been really sore for a week and I feel sick and wiped out all the time, what "
    "could it be?",
    "Bad back pain plus I'm feeling rough and exhausted, no idea why.",
    "My back is killing me and I've been feeling really ill and tired for days.",
]
NOT_UNWELL = [
    "The tramadol makes me feel sick but it helps my back pain.",
    "I'm sick of this back pain and tired of waiting for the physio.",
    "I feel like I'll never get rid of this back pain.",
    "My back hurts and I feel sick with worry about my job.",
    # A moment's reaction, not an illness (written with the fix, from every dev set's check).
    "When the sciatica flared again last week I felt sick at the thought of another month off.",
]


@pytest.mark.parametrize("text", UNWELL)
def test_feeling_unwell_with_back_pain_gets_urgent_care_advice(text: str) -> None:
    assert "infection" in flags(text)


@pytest.mark.parametrize("text", NOT_UNWELL)
def test_a_drugs_nausea_or_being_fed_up_stays_quiet(text: str) -> None:
    quiet(text)


# Nearly fainting or blacking out with a back hurt (both labellers' red flag: a faint with back
# pain may be bleeding, the aorta or a fracture's shock). Fainting at a needle, in the heat or
# from drink is not the back's doing. Before the fix 0 of 3 alarmed and the look-alike stayed
# quiet; after it, 3 of 3 and 1 of 1 (the other look-alikes were written with the fix).
NEAR_FAINT = [
    "Hurt my lower back lifting a wardrobe and almost fainted afterwards, is that normal?",
    "Twisted my back at work and nearly blacked out, what's going on?",
    "Pulled something in my back yesterday and went dizzy and nearly fainted.",
]
FAINT_ELSEWHERE = [
    "Had blood taken and almost fainted, then the physio worked on my back.",
    "I nearly passed out in the heat at the festival, my back was fine.",
    "Almost fainted when they put the needle in for my back injection, is that common?",
    # Standing up too fast is no back's doing.
    "Stood up too quickly from the sofa and almost passed out, my back is the same as ever.",
]


@pytest.mark.parametrize("text", NEAR_FAINT)
def test_a_near_faint_with_a_back_hurt_gets_urgent_care_advice(text: str) -> None:
    assert "trauma" in flags(text)


@pytest.mark.parametrize("text", FAINT_ELSEWHERE)
def test_a_faint_at_a_needle_or_in_the_heat_stays_quiet(text: str) -> None:
    quiet(text)


# Urine told by its look or smell (dark, cloudy, smelly), nothing of its flow, control or
# feeling: a urine or kidney infection's sign for a GP, not a bladder disturbance (NICE NG59).
# A pain brought on by passing a stool, nothing of control or feeling told: the bowel is the
# pain's occasion. Before the fixes 0 of 3 urine and 0 of 3 stool look-alikes stayed quiet and
# the 4 red flags alarmed; after them, 3 of 3, 1 of 3 (hard stools and straining still alarmed
# then; hard stools are quiet since round 26, straining still alarms) and 4 of 4.
LOOK_OR_OCCASION = [
    "My pee looks dark and smells strong in the morning, and my lower back aches on the left.",
    "Urine has been cloudy and a bit smelly, plus a dull ache in my lower back.",
    "My wee is really dark yellow and my back hurts, maybe I'm dehydrated?",
    "Every time I open my bowels I get a sharp pain down the back of my thigh.",
    "Going for a poo sends a jolt of pain down my leg.",
    "I get a shooting pain in my buttock whenever I have a bowel movement.",
    # Quiet since round 26: hard stools, nothing of control or feeling told, are constipation
    # (NHS and NICE NG59 name loss of bowel control or feeling).
    "Going for a poo sends a jolt of pain down my leg, my stools are hard.",
]
STILL_A_CHANGE = [
    "My urine is dark and I can't get it out properly, my back has been bad.",
    "Wee dribbles out without me knowing and my back is agony.",
    "I can't feel myself going for a poo and my back is bad.",
    "I've had a poo accident and my leg pain is worse.",
    "There's blood in my pee and my back hurts.",
    "I'm 30 weeks pregnant, my urine has no colour and my back aches.",
    "Every time I have a bowel movement I can't tell if it's finished, and my back aches.",
]


@pytest.mark.parametrize("text", LOOK_OR_OCCASION)
def test_urine_told_by_its_look_or_a_pain_at_the_toilet_stays_quiet(text: str) -> None:
    quiet(text)


@pytest.mark.parametrize("text", STILL_A_CHANGE)
def test_a_change_of_bladder_or_bowel_still_gets_urgent_care_advice(text: str) -> None:
    assert "bladder_bowel" in flags(text)


# Pain told down "my legs", a place or two between ('shooting pain round my hips and down my
# legs'), and a symptom told in each leg in its own sentence: sciatica in both legs (NHS, 999).
# A leg told clear, or the other leg's pain told as before, is one leg at a time. Before the
# fixes 2 of 6 alarmed and 5 of 5 look-alikes stayed quiet; after them, 6 of 6 and 5 of 5.
BOTH_LEGS = [
    "When I walk, pain shoots down my legs and into my feet.",
    "Getting burning down my legs whenever I stand up for long.",
    "The ache goes from my lower back down into my legs.",
    "The pain runs down my right leg to the ankle. In my left leg it goes to the back of the "
    "knee.",
    "My right leg tingles down to the foot. The left leg aches down the hamstring.",
    "Sciatica goes down my left leg to the calf. The pain in my right leg stops at the thigh.",
]
ONE_LEG = [
    "I stretch my legs out when the pain gets bad.",
    "Pain down my leg, only the right one.",
    "My right leg hurts down to the foot. My left leg is completely fine.",
    "The pain used to be in my left leg. Now it's in my right leg and the left is clear.",
    "I had sciatica before in my left leg. This month the pain is in my right calf.",
]


@pytest.mark.parametrize("text", BOTH_LEGS)
def test_pain_told_down_both_legs_gets_urgent_care_advice(text: str) -> None:
    assert "both_legs" in flags(text)


@pytest.mark.parametrize("text", ONE_LEG)
def test_one_leg_at_a_time_stays_quiet(text: str) -> None:
    quiet(text)


# A numbness the trouble has turned into, or now reaching further down the leg (NICE NG59 /
# CKS: a progressing neurological deficit). A pain reaching further is sciatica's path; a
# numbness shrinking is not worse. Before the fix 1 of 3 alarmed and 1 of 1 look-alike stayed
# quiet; after it, 2 of 3 (a numbness told moving in one clause and named in another is left)
# and 1 of 1 (the last two look-alikes were written with the fix).
NUMBNESS_SPREADING = [
    "It began as buttock pain and has now spread into numbness from my thigh to my toes.",
    "First it was just the calf that was numb, now the numbness goes right down to my toes.",
    "What started as a sore back has turned into numbness from my hip to my ankle.",
]
NOT_SPREADING = [
    "The numbness used to go down to my toes but now it's only in my heel.",
    "Now the pain goes all the way down to my foot.",
    "The tingling turned into a dull ache, much better now.",
]


@pytest.mark.parametrize("text", NUMBNESS_SPREADING)
def test_a_numbness_spreading_gets_urgent_care_advice(text: str) -> None:
    assert "leg_weakness" in flags(text)


@pytest.mark.parametrize("text", NOT_SPREADING)
def test_a_pain_spreading_or_a_numbness_shrinking_stays_quiet(text: str) -> None:
    quiet(text)


# "Slipped" as a disc's word, in a list of them or as "a slipped" ending its clause, is no
# fall; a bone scan told negative or clear is no cancer sign. A slip on the stairs or the ice
# and a bone scan that found something still alarm. Before the fixes 3 of 5 look-alikes stayed
# quiet and 3 of 3 red flags alarmed; after them, 5 of 5 and 3 of 3.
DISC_WORD_OR_CLEAR_SCAN = [
    "My MRI says herniated/slipped disc at L5, what exercises help?",
    "Could it be a slipped, bulging or herniated disk causing my leg pain?",
    "Does an x-ray show a herniated slipped bulging or other disk problem?",
    "I had a bone scan for my back pain and it came back clear, what next?",
]
A_SLIP_OR_A_FINDING = [
    ("I slipped on the stairs yesterday and my back is agony.", "trauma"),
    ("Slipped on black ice this morning, landed on my back, now my leg is numb.", "trauma"),
    ("My bone scan showed a lesion in my spine and my back aches at night.", "cancer_weight"),
    ("I had a bone scan and it was not clear, my back pain is getting worse.", "cancer_weight"),
]


@pytest.mark.parametrize("text", DISC_WORD_OR_CLEAR_SCAN)
def test_a_slipped_disc_or_a_clear_bone_scan_stays_quiet(text: str) -> None:
    quiet(text)


@pytest.mark.parametrize(("text", "concept"), A_SLIP_OR_A_FINDING)
def test_a_slip_or_a_bone_scan_finding_gets_urgent_care_advice(text: str, concept: str) -> None:
    assert concept in flags(text)
