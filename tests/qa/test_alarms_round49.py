"""Alarms on round 33's dev lines (and two wordings known from round 47's helper) that describe
no red-flag symptom, by class: wordings written by the team (not copied from any labelled set),
each class with ones that must stay quiet and true red flags of the same shape that must still
alarm. Scored before the fix: urine 0/9 quiet, reading 1/8, numbing 1/8, legs eased 0/8, a
medicine's tiredness 1/8; every must-alarm wording written before the fix alarmed before and
after (the last two of the tiredness class were written after it)."""

from __future__ import annotations

from tests.qa.answer_checks import alarm_cases, alarm_naming, quiet_cases

# Urine tested, screened or sent off, nothing of passing, holding or feeling it told: a sample
# taken, no bladder function (NICE NG59's flag is retention, incontinence or lost sensation).
test_urine_tested_or_screened_stays_quiet = quiet_cases(
    ["They tested my urine at the GP and my back still hurts.",
     "I had a urine screen for the pain clinic; my sciatica is the same.",
     "My back hurts and they did a urine drug screen before giving me tramadol.",
     "The pain clinic wants a urine screen every month for my oxycodone. My back is bad.",
     "They dipped my urine in A&E and sent me home with naproxen for my back.",
     "My GP sent my urine off for testing, my lower back still aches.",
     "I had a urinalysis done and my back pain is still there.",
     "The nurse checked my urine and took bloods, and my sciatica is no better.",
     "My back is killing me and the hospital is running a urine culture."],
)  # fmt: skip

test_urine_tested_beside_a_bladder_told_still_alarms = alarm_naming(
    "bladder_bowel",
    ["They tested my urine because I can't pee properly and my back hurts.",
     "I had a urine screen, and since yesterday I've been leaking urine.",
     "They checked my urine in A&E; I can't feel when I'm peeing and my back is agony.",
     "My back hurts, I had a urine test, and I've lost control of my bladder.",
     "The urine screen was fine but now I can't pass urine at all.",
     "They tested my urine because I keep wetting myself."],
)  # fmt: skip

# A story read or watched about other people is theirs to its clause's end, however long.
test_stories_read_about_other_people_stay_quiet = quiet_cases(
    ["My back hurts. I'm reading stories online about people losing their limbs after "
     "complications of the flu.",
     "My back aches. I've read articles about people who went to the gym for years and then lost"
     " control of their bladder.",
     "My back is sore, I was reading posts about people who after a long time of back pain ended"
     " up with a fever.",
     "Leg pain for a month. I watched videos about people whose sciatica got so bad over the "
     "years that both legs went numb.",
     "My lower back hurts and I've been reading about people who had spinal surgery years ago "
     "and then got cancer.",
     "My back hurts. I read stories online about people who slipped at work on a wet floor and "
     "broke their backs.",
     "My sciatica flares. I've been reading about other people with this condition whose feet "
     "started dragging after a few months.",
     "Back pain here. I came across a thread about people who slowly over a few weeks got "
     "numbness around their bottom."],
)  # fmt: skip

test_the_writer_back_in_after_the_story_still_alarms = alarm_cases(
    ["I've been reading stories about people losing bladder control, and now I can't control my "
     "bladder either.",
     "I read about people with saddle numbness and my bum is numb too.",
     "After reading stories about people with foot drop, I noticed my foot is dragging.",
     "I'm reading about people with cauda equina because I've lost control of my bowels.",
     "I read stories about people who fell, and I fell down the stairs yesterday and hurt my "
     "back.",
     "I read posts about people whose legs went weak; my own legs are getting weaker every day."],
)  # fmt: skip

# A numbing agent, cream, spray or injection is a local anaesthetic given, not a numbness felt.
test_numbing_agents_stay_quiet = quiet_cases(
    ["The doctor is going to put a numbing agent at the nerves of both hips to see if it helps "
     "my back.",
     "They used a numbing cream on both legs before the nerve test.",
     "The pain doctor will inject a numbing medicine into the nerves of both knees.",
     "I'm having a numbing shot in both hips next week for my back pain.",
     "The physio put a numbing spray on both legs before the dry needling.",
     "Is a numbing injection in both hips safe for sciatica?",
     "They injected a numbing agent into both sides of my lower back and the leg pain eased.",
     "My back hurts and the doctor suggested numbing injections in both hips."],
)  # fmt: skip

test_numbing_felt_in_both_legs_still_alarms = alarm_naming(
    "both_legs",
    ["Both my hips feel numb and my back hurts.",
     "The numbing in both legs started yesterday.",
     "I have a numbing feeling in both feet and my back hurts.",
     "The numbing agent wore off but both legs are still numb.",
     "I feel a numbing sensation down both legs.",
     "After the numbing injection both my legs went numb and haven't come back."],
)  # fmt: skip

# A pain, numbness or tingling in both legs told better or gone since a treatment named in the
# clause: on the mend (NICE NG59's flag is a new or progressing deficit).
test_legs_eased_since_a_treatment_stay_quiet = quiet_cases(
    ["The nerve pain in my legs is much better since the fusion.",
     "The tingling in both legs has gone since the operation, my back still aches.",
     "The sciatica in both legs is much improved after the injections.",
     "Since the discectomy the shooting pain in my legs is a lot better.",
     "The numbness in both feet has eased a lot since my surgery.",
     "The burning in both my legs is much better since the injection, what exercises can I do?",
     "The pins and needles in my legs have settled since I started the gabapentin.",
     "The nerve pain down both legs has almost gone after the physio."],
)  # fmt: skip

test_legs_worse_or_not_better_still_alarm = alarm_naming(
    "both_legs",
    ["The nerve pain in my legs is much worse since the fusion.",
     "The nerve pain in my legs is better but now both legs are numb.",
     "My back pain is better but the pain in both legs is getting worse.",
     "The nerve pain in my legs isn't any better since the fusion.",
     "The tingling in both legs was better last week but it's back and worse.",
     "The nerve pain in my legs got better, then both legs went weak."],
)  # fmt: skip

# Exhaustion told as a named medicine's effect or side effect: a question for the prescriber,
# not a body systemically unwell (NICE NG59); a drug told failing is no cause told.
test_a_medicines_tiredness_stays_quiet = quiet_cases(
    ["The gabapentin makes me exhausted all day, and my discs are deteriorating.",
     "Pregabalin leaves me completely drained; the scan showed disc deterioration.",
     "Side effects of exhaustion and dizziness on amitriptyline. My back is getting worse slowly.",
     "I asked about gabapentin and extreme tiredness, as I've been sleeping 12 hours. My discs "
     "are deteriorating.",
     "Since starting Lyrica the side effects are fatigue and weight gain, and my back got worse "
     "last month.",
     "My sciatica meds make me so lethargic. The pain is getting worse.",
     "Tramadol and exhaustion: does it wear off? My back keeps getting worse.",
     "Amitriptyline gives me fatigue every morning, and my leg pain is getting worse."],
)  # fmt: skip

test_exhaustion_not_the_medicines_still_alarms = alarm_naming(
    "systemic_fatigue",
    ["I'm on pregabalin, but I'm exhausted all the time and my back pain is getting worse and "
     "worse.",
     "The gabapentin isn't working and I feel completely drained, with back pain getting worse.",
     "Exhausted, and my back pain keeps getting worse, even on tramadol.",
     "I take naproxen. I'm exhausted and my back is getting worse every week.",
     "My meds don't touch it and I'm utterly exhausted, my back is going downhill.",
     "The meds and the exhaustion are too much, my back is going downhill.",
     "I stopped the gabapentin and I'm exhausted, my back is getting worse."],
)  # fmt: skip

# Look-alikes written after the fix, whose answers must not change (checked the same at main).
test_lookalikes_still_alarm = alarm_cases(
    ["I had a urine test and now I can't hold my wee.",
     "They checked my urine and my bladder feels full all the time.",
     "I read stories about people with cauda equina. My bladder is leaking.",
     "My legs keep numbing up, both of them.",
     "Gabapentin and rest haven't helped, I'm exhausted and my back pain is getting worse.",
     "The pain in both legs is better since the injection but I can't feel my feet.",
     "The tingling in both legs is better since the op, both feet are numb now."],
)  # fmt: skip

test_lookalikes_stay_quiet = quiet_cases(
    ["The urine test came back clear and my back still hurts.",
     "The numbing cream on my back helped a bit."],
)  # fmt: skip
