"""Alarms on rounds 31-32's dev lines that describe no red-flag symptom, by class: wordings
written by the team (not copied from any labelled set), each class with ones that must stay
quiet and true red flags of the same shape that must still alarm."""

from __future__ import annotations

from tests.qa.answer_checks import alarm_naming, quiet_cases

# A body part "fallen asleep" is numb, not a fall, and "wiped out" after a linking word is
# tiredness, not a crash (NICE NG59's trauma is a fall or a blow).
test_fallen_asleep_and_wiped_out_idioms_stay_quiet = quiet_cases(
    ["My lower back aches. My cheek feels like it has fallen asleep.",
     "Back pain for a week, and my hand has fallen asleep twice today.",
     "My sciatica flares in the evening and my arm has fallen asleep a few times.",
     "My back hurts and I feel wiped out all the time.",
     "Since the sciatica started I'm completely wiped out by lunchtime.",
     "Lower back pain and I've been feeling wiped out for a week, is that normal?",
     "The gabapentin leaves me so wiped out, does the tiredness pass?",
     "I was wiped out after the physio session, my leg pain is the same."],
)  # fmt: skip

test_falls_and_crashes_told_beside_those_idioms_still_alarm = alarm_naming(
    "trauma",
    ["I have fallen down the stairs and my back hurts badly.",
     "I had fallen off a ladder on Sunday and now my lower back is agony.",
     "I wiped out on my bike yesterday and my back is killing me.",
     "I wiped out skiing last week and my back still hurts.",
     "My leg has fallen asleep since I fell on the ice and hit my back.",
     "I feel wiped out since the car accident on Monday and my back hurts.",
     "I felt wiped out. I was wiped out by a car on my bike."],
)  # fmt: skip

# A buttock "fallen asleep" is the saddle area numb (NICE NG59): still an alarm, by its own rule.
test_a_buttock_fallen_asleep_still_alarms = alarm_naming(
    "saddle",
    ["My sciatica flares in the evening and my bum cheek has fallen asleep a few times."],
)  # fmt: skip

# Constipation told as an antidepressant's or a named medication's effect (duloxetine,
# Pristiq, Effexor, nortriptyline), with nothing of control, a leak or a feeling lost: the
# drug's doing, as it already is for painkillers and gabapentin.
test_constipation_from_an_antidepressant_stays_quiet = quiet_cases(
    ["I take Pristiq for nerve pain in my back and it gives me dry mouth and constipation.",
     "Duloxetine helps my sciatica but I'm constipated on it.",
     "Reasons I want to stop Cymbalta: sweating and constipation. My back pain is better.",
     "Since starting nortriptyline for my leg pain I've been constipated.",
     "Effexor for my back pain has made me constipated, is that normal?",
     "My back is sore and this new medication leaves me constipated."],
)  # fmt: skip

test_a_bowel_or_bladder_lost_beside_an_antidepressant_still_alarms = alarm_naming(
    "bladder_bowel",
    ["I'm on Cymbalta for my sciatica and now I can't control my bowels.",
     "Since starting Pristiq I've been constipated and I can't feel when I need to go.",
     "On duloxetine for back pain, constipated and I've wet myself twice this week.",
     "My back hurts, I take Effexor, and I can't pee properly since yesterday."],
)  # fmt: skip

# Look-alikes written after the fix, which must not change: sleep told as sleep, a crash or a
# wave that wiped someone out, constipation with no medicine named or with a numb bottom.
test_round47_lookalikes_stay_quiet = quiet_cases(
    ["My back hurts. I fell asleep on the sofa and woke up stiff.",
     "I had fallen asleep on the floor and now my back aches."],
)  # fmt: skip

test_round47_lookalikes_still_alarm = alarm_naming(
    "trauma",
    ["I fell asleep at the wheel and crashed the car, now my back hurts.",
     "The accident wiped out my savings and my back still hurts.",
     "I got wiped out by a wave surfing and my back hurts."],
)  # fmt: skip

test_round47_bowel_lookalikes_still_alarm = alarm_naming(
    "bladder_bowel",
    ["My back hurts and I've been constipated for a week.",
     "I take Cymbalta, I'm constipated and my bottom feels numb."],
)  # fmt: skip
