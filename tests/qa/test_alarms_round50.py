"""Alarm helper alarms50 (session 23): round 34's alarms on lines that describe no red-flag
symptom, by class: wordings written by the team (not copied from any labelled set), each class
with ones that must stay quiet and true red flags of the same shape that must still alarm."""

from __future__ import annotations

from tests.qa.answer_checks import alarm_naming, quiet_cases

# A local foot condition named in both feet (plantar fasciitis, bunions, heel spurs, flat feet,
# Achilles tendinitis), nothing numb, tingling, weak or spreading told in the clause: a foot
# problem for a GP or podiatrist, not NHS's "numbness or weakness in both legs".
test_foot_condition_in_both_feet_stays_quiet = quiet_cases(
    ["I have plantar fasciitis in both feet and my back aches, should I wear insoles?",
     "I recently developed plantar fasciitis in both feet. Should I wear compression socks?",
     "My lower back hurts and I have bunions on both feet, can I still do the stretches?",
     "Heel spurs in both feet make walking painful; will ibuprofen help my sciatica too?",
     "I was told I have Achilles tendinitis in both feet. Is cycling ok for my back?",
     "Bilateral plantar fasciitis for a year, and now my lower back is sore.",
     "I take gabapentin for my back. I also have plantar fasciitis on both feet, any tips?",
     "Both feet have plantar fasciitis and my back is stiff in the morning."],
)  # fmt: skip

# Written as a must-stay-quiet wording before the fix, it still alarms by choice: sciatica named
# in the same clause as both feet may be sciatica in both legs (NHS), so the class leaves it.
test_sciatica_in_the_clause_of_both_feet_still_alarms = alarm_naming(
    "both_legs", ["I've got flat feet in both feet and my sciatica flares when I run."]
)

test_foot_condition_beside_numb_or_weak_feet_still_alarms = alarm_naming(
    "both_legs",
    ["I have plantar fasciitis, and now both feet are numb and my back hurts.",
     "Both my feet have gone numb since Monday; I thought it was plantar fasciitis.",
     "My back hurts and I have numbness in both feet, not just the heel spurs.",
     "I have bunions but now both my legs are weak and my back is agony.",
     "Tingling in both feet and my back hurts; the podiatrist said flat feet.",
     "Plantar fasciitis in both feet and since yesterday both feet are numb."],
)  # fmt: skip

# A drug or medicine found in urine, showing up on a drug test, how long it stays in the urine:
# a urine drug test asked about, nothing of passing, holding or feeling urine told (NICE NG59's
# flag is retention, incontinence or lost sensation). Round 49's class for a urine test named.
test_drug_found_in_urine_stays_quiet = quiet_cases(
    ["How long can methadone be found in urine during a drug test? My back is bad.",
     "Does tramadol show up in urine on a drug test? I take it for sciatica.",
     "How long does oxycodone stay in your urine? The pain clinic tests me.",
     "Will gabapentin be detected in my urine at work? I take it for my back.",
     "My back hurts. How long is codeine detectable in urine for a drug test?",
     "Can CBD oil show up in urine during a drug screen? I use it for my sciatica.",
     "I take hydrocodone for back pain; how many days does it stay in urine?",
     "Is tramadol found in urine during a workplace drug test? My sciatica needs it."],
)  # fmt: skip

test_drug_in_urine_beside_a_bladder_told_still_alarms = alarm_naming(
    "bladder_bowel",
    ["How long does tramadol stay in urine? I can't pee properly and my back hurts.",
     "They found opioids in my urine, and since yesterday I've been leaking urine.",
     "Does methadone show up in urine? I have lost control of my bladder.",
     "I had a drug test for my urine, but now I can't pass urine at all.",
     "My back hurts and I can't feel when I'm peeing; will oxycodone show up in urine?"],
)  # fmt: skip

# Going to the toilet a counted number of times a night or a day, its cause told a drink, tea,
# coffee or water tablets: frequency explained (as content/qa.yaml's frequency_told already
# reads 'I pee a lot because I drink'), no retention, leak or lost feeling told.
test_counted_toilet_trips_from_drinking_stay_quiet = quiet_cases(
    ["I get up to pee twice a night because I drink a lot of water, and my back aches.",
     "I go to the toilet three times at night as I drink so much tea; my sciatica is bad.",
     "My back hurts. I pee about five times a day because I drink lots of water.",
     "I'm up to the loo twice every night because of the coffee I drink, and my leg hurts when "
     "I stand.",
     "I urinate four times a night due to the diuretics, and my lower back is stiff.",
     "I go to the bathroom at least three times at night because I drink a lot, my back is sore.",
     "I have to get up twice a night to pee because I drink a lot before bed. My sciatica is in "
     "my left leg.",
     "My sciatica is bad and I wee six times a day since I drink two litres of water."],
)  # fmt: skip

test_toilet_trips_beside_a_bladder_told_still_alarm = alarm_naming(
    "bladder_bowel",
    ["I go to the toilet three times at night because I can't empty my bladder, and my back "
     "hurts.",
     "I pee five times a night and I can't feel when I'm going; my back is bad.",
     "I go to the toilet three times at night because I drink a lot, but now I'm leaking urine.",
     "I get up twice a night to pee because I drink a lot, and since yesterday I can't feel the "
     "toilet paper.",
     "I go to the toilet ten times a night because I can't hold it, my back is agony."],
)  # fmt: skip
