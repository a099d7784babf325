"""Round 30's alarms (issue 15, session 21): chest pain told occasional or mild in a list of
vague long-standing symptoms, and something or someone falling onto the foot or toes (an injury
to the foot itself), stay quiet; back and chest pain told severe or sudden, and a fall of the
person, still alarm. Each class was red-teamed with fresh wordings of our own, scored once before
the fix (NICE NG59 / NHS / CKS decide).
"""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import alarm_cases, alarm_naming, quiet_cases

# Chest pain told occasional, now and then or mild beside the back (NHS: chest pain that comes
# and goes is for a GP; 999 is for a sudden, severe, crushing or spreading one).
Q_OCCASIONAL_CHEST = [
    "Tiredness, poor concentration, lower back ache and occasional chest pain, what could it be?",
    "I get headaches, back pain and the odd chest pain, could it all be stress?",
    "Brain fog, low back pain, dizziness, occasional chest pains. Any ideas?",
    "My back aches and I get mild chest pain now and then, is it anxiety?",
    "Back pain for years, plus intermittent chest pain and fatigue, where do I start?",
    "lower back pain, headaches, slight chest pain from time to time and poor sleep",
    "I have chronic back pain and occasionally a little chest pain when I'm anxious",
    "Fatigue, joint aches, back pain and some occasional chest tightness, could it be thyroid?",
]
A_SEVERE_CHEST = [
    "Sudden severe chest pain going through to my back",
    "Occasional back ache but tonight crushing chest pain and my back is agony",
    "I have pain in my back and chest, it is unbearable",
    "My chest and back hurt so much I can hardly breathe",
    "sharp chest pain spreading to my upper back since an hour ago",
]

# Something or someone falling onto the foot or toes: an injury to the foot itself, not NICE
# NG59's trauma to the spine (a fall of the person, or a blow to the back).
Q_FOOT_STRUCK = [
    "About 3 weeks ago a heavy box fell on my right foot, the x-ray showed no break?",
    "My toddler fell on my foot and now my big toe is bruised",
    "A tin of paint fell on my toes last week and they still hurt",
    "The TV fell on my foot, x-ray normal, how long will the bruising last?",
    "A log fell onto my left foot at work, nothing broken, still swollen",
    "my 60 lb dog fell on my foot and my toe is purple",
    "A shelf fell on my foot two weeks ago and it still hurts to walk",
    "Something heavy fell on my toe yesterday, should I get it x-rayed?",
]
A_PERSON_FELL = [
    "I fell on my back on the ice and now my leg is numb",
    "I fell down the stairs and landed on my foot, now my back is agony",
    "My son fell on me and I landed on my back, now I can't feel my leg",
    "I tripped over my dog's foot and fell, my lower back hurts",
    "Fell off a ladder onto my feet, my back has been bad since",
]

CHEST_KEPT = pytest.mark.xfail(reason="withdrawn: a crushing pain in the next clause went quiet")
test_occasional_chest_stays_quiet = quiet_cases(
    [pytest.param(text, marks=CHEST_KEPT) for text in Q_OCCASIONAL_CHEST]
)
test_severe_chest_alarms = alarm_naming("chest_pain", A_SEVERE_CHEST)
test_foot_struck_stays_quiet = quiet_cases(Q_FOOT_STRUCK)
test_person_fell_alarms = alarm_naming("trauma", A_PERSON_FELL)

# A limb's bone told broken in a fall or an accident, set in a cast or plaster, no back told in
# the message: the injury found and in a doctor's care, as an operation done for it is (the
# trauma entry's `operated`). Red-teamed here (0 of 8 quiet) and left; round 48 then gave the
# trauma entry `set_fracture` (a limb bone set in a cast or fixed with metal, the fall's clause
# naming no back and nothing recent, no back told anywhere), which quiets five of the eight.
# Three still alarm, and a fall hard enough to break a bone, with a back told anywhere, must keep
# alarming: when in doubt the alarm stays.
LIMB_CAST_KEPT = pytest.mark.xfail(reason="a limb's fracture in a cast still raises trauma")
Q_LIMB_CAST = [
    "I fell off my bike and broke my wrist, it's been in a cast for 4 weeks, when can I drive?",
    "Broke my ankle in a fall in January, the plaster cast came off last week, it's still stiff",
    "After the car accident my broken leg was put in a cast, will the itching stop?",
    "I slipped on ice and broke my wrist, now in plaster, which painkiller is best?",
    "Fractured my fibula falling off a horse, cast applied, can I fly next week?",
]
Q_LIMB_CAST_STILL_ALARMING = [
    "My son fractured his arm falling off the trampoline, he's in a cast, can he swim?",
    "I had an accident at work and fractured my tibia, they put a cast on, how long to heal?",
    "Fell down the stairs and broke my foot, in a plaster cast now, is swelling normal?",
]
A_CAST_WITH_BACK = [
    "I fell off a ladder and broke my wrist, it's in a cast, but my lower back is agony",
    "Broke my arm in a car accident, in plaster now, and my back has hurt since",
    "Fell down the stairs, my ankle is in a cast and my back pain is getting worse",
    "I fell off my horse, broke my leg and it's in a cast, and my spine really hurts",
]
test_limb_cast_stays_quiet = quiet_cases(
    [
        *Q_LIMB_CAST,
        *(pytest.param(text, marks=LIMB_CAST_KEPT) for text in Q_LIMB_CAST_STILL_ALARMING),
    ]
)
test_cast_with_back_alarms = alarm_naming("trauma", A_CAST_WITH_BACK)

# Look-alikes written after the fix: must not change (they alarmed before it).
A_AFTER_LOOKALIKES = [
    "I get chest pain now and then with my back pain, but tonight it is crushing",
    "Occasional chest pain that goes through to my back, should I worry?",
    "The ladder fell on my back and now my legs are numb",
    "A box fell on my head at work and now my neck and back hurt",
    "My son fell on my foot and then I fell down the stairs, my back is agony",
]
test_after_lookalikes_alarm = alarm_cases(A_AFTER_LOOKALIKES)
