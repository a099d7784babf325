"""Red flags of round 27's last missed line and the gaps left after round 35 (issue 15, round
36), by class.

Each class was red-teamed with fresh wordings of our own, scored once before its fix (the
figures beside each class); the look-alikes must keep their answer. NICE NG59 / NHS / CKS decide
what alarms.
"""

from __future__ import annotations

from tests.qa.answer_checks import alarm_cases, alarm_naming, quiet_cases

# A quantity that reports a loss of an ability of the body ("nearly no dexterity", "next to no
# feeling", "hardly any control over my bladder", "barely any grip"), read as the loss, not as a
# denial: the saddle, the bladder, both legs, or hands failing with the balance (NICE NG59, CKS
# cervical myelopathy). Before the fix 5 of 7 of our wordings alarmed, 7 of 7 after; the true
# denials and the quantities of no ability ("almost no pain now", "next to no patience") stay
# quiet (7 of 7 before and after).
A_LOSS_COUNTED = [
    "Since the weekend I have next to no feeling in my bum and between my legs when I wipe. Is "
    "this just the sciatica getting worse or should I be worried?",
    "hardly any control over my bladder since yesterday morning, and my back is agony. do i wait "
    "for monday?",
    "both feet have little to no feeling now, it started last week in my toes. should i just "
    "wait for my physio appt?",
    "I have barely any grip left in my hands, I drop cups all the time, and my balance is going, "
    "I need the wall to get down the stairs.",
    "My legs have almost no strength in them since Tuesday, both of them, I can barely get up "
    "off the sofa. Is this normal with a slipped disc?",
    "Hi, long story short, two discs herniated in 2019. Over the last month my hands have close "
    "to no dexterity, I can't do up buttons, and I walk like a drunk, keep losing my balance. "
    "Any ideas?",
    "hardly any strength in my left calf, I cant go up on tiptoe on that side",
]
A_DENIAL_OR_NO_ABILITY = [
    "No numbness, no problems with my bladder, just a deep ache in my buttock. How long does "
    "this usually last?",
    "I have no weakness in my legs and can feel everything fine, but the pain down my leg is "
    "awful at night.",
    "almost no pain now after 6 weeks of physio! can I start running again?",
    "There's hardly any numbness left in my foot now, it's nearly back to normal. Can I go back "
    "to the gym?",
    "I have next to no patience left with this sciatica lol, three months now and my left leg "
    "still aches",
    "barely any sleep last night because of the leg pain, any tips for getting comfy in bed?",
    "I have little to no flexibility in my hamstrings, could that be why my back hurts?",
    "I've got zero strength in my core, which exercises should I start with?",
    "the painkillers are not much use, what else can I try for my leg pain?",
]
test_a_loss_counted_alarms = alarm_cases(A_LOSS_COUNTED)
test_a_denial_or_a_count_of_no_ability_is_quiet = quiet_cases(A_DENIAL_OR_NO_ABILITY)
test_hands_with_almost_no_dexterity_and_a_failing_balance_are_the_cord = alarm_naming(
    "cord_compression",
    [
        "My hands have nearly no dexterity any more and I need a cane at all times for balance.",
        "I have barely any grip in my hands and I keep losing my balance on the stairs.",
    ],
)

# Hands, feet and legs in everyday words ("numb flippers", "my mitts", "both my pegs", "my
# trotters"): read as the limb. Before the fix 2 of 5 of our wordings alarmed, 5 of 5 after;
# swimming flippers, aching pegs, a dog's legs and hands numb on a bike stay quiet (4 of 4).
EVERYDAY_LIMBS = [
    "both my pegs have gone numb since yesterday and they feel like jelly when I stand",
    "my trotters are both numb and tingly and it's creeping up past my ankles, started two days "
    "ago",
    "my mitts are numb and useless, can't do up my buttons, and I'm all over the place walking, "
    "I need the wall for balance",
    "my flippers are numb and clumsy now, dropped two mugs this week, and my balance is shot, I "
    "keep stumbling. neck disc?",
    "Both my paws have gone numb over the last few months and I wobble about, I use a stick for "
    "balance now.",
]
EVERYDAY_WORDS_OTHERWISE = [
    "I wear flippers for swimming laps, will that help my sciatica or make it worse?",
    "my pegs ache after a long day on my feet at work, is that sciatica?",
    "my dog's back legs are weak after his op, can I still do my stretches while walking him?",
    "my mitts get numb when I'm out on the bike, and my lower back aches after. posture?",
]
test_limbs_in_everyday_words_alarm = alarm_cases(EVERYDAY_LIMBS)
test_everyday_words_with_no_sign_are_quiet = quiet_cases(EVERYDAY_WORDS_OTHERWISE)
test_numb_flippers_and_a_cane_for_balance_are_the_cord = alarm_naming(
    "cord_compression",
    ["My hands are basically numb flippers now. I need a cane at all times for balance."],
)

# A symptom the writer gives as the reason inside a doctor's reported words ("the doctor said I
# could end up paralysed because my legs are getting weaker every day") is the writer's own
# telling and alarms; a paralysis only named as a risk or a worst case does not. Before the fix
# 3 of 4 of our wordings alarmed and 3 of 4 look-alikes stayed quiet; 4 of 4 each after.
TOLD_AS_THE_REASON = [
    "my GP says I might need an operation because both my legs keep going numb and I've wet "
    "myself twice this week",
    "the surgeon told me I could lose the use of my legs since the weakness in them is getting "
    "worse each week. what should I be asking him?",
    "physio reckons I could end up in a wheelchair as my left foot is dragging more and more, "
    "and now the right one is catching too",
    "the doctor said I could end up paralysed because my legs are getting weaker every day",
]
A_RISK_ONLY_NAMED = [
    "the surgeon said any spinal surgery carries a small risk of paralysis, is it worth it for "
    "sciatica?",
    "My doctor said that if my legs ever get weak or I can't pee I should go to A&E straight "
    "away. So far it's just pain.",
    "the neurosurgeon said the worst case after the fusion is I could be left paralysed, but "
    "it's very rare. how do people decide?",
    "my GP told me to watch for numbness as my disc is big",
]
test_a_symptom_told_as_the_reason_alarms = alarm_cases(TOLD_AS_THE_REASON)
test_a_risk_only_named_is_quiet = quiet_cases(A_RISK_ONLY_NAMED)

# A foot numb after a ride or a way of sitting, told of that time with nothing lasting, and one
# of the feet or legs (not both), and another person's matching foot: no red flag. Before the
# fix 4 of 5 of our look-alikes stayed quiet and 3 of 4 must-alarm wordings alarmed ("both my
# feet ... not wearing off" read as worn off); 5 of 5 and 4 of 4 after.
A_POSITION_PASSING = [
    "after a 3 hour bike ride my whole foot goes numb, then it goes away after 10 min off the "
    "bike. saddle height?",
    "when I sit cross-legged on the floor my left foot goes numb, my husband gets the same. it "
    "wears off when I stand up",
    "on long rides my whole foot is numb by the end, it comes back once I walk around. bad shoes?",
    "after a long ride my whole foot is numb",
    "One of my feet went numb when I sat cross-legged on the floor last night, my wife says "
    "hers does the same",
    "one of my legs is numb",
]
A_NUMBNESS_THAT_STAYS = [
    "after a long ride last week my whole foot went numb and it still hasn't come back, 5 days "
    "now",
    "both my feet went numb when I sat cross-legged at the wedding and it's not wearing off, 2 "
    "days later",
    "after cycling my foot goes numb and now it's dragging when I walk, I keep catching my toes "
    "on the stairs",
    "My wife's legs go numb sometimes too, but now both of mine are numb all the time and "
    "getting weaker",
    "one of my legs is numb and now the other one is too",
]
test_a_foot_numb_from_a_position_and_passing_is_quiet = quiet_cases(A_POSITION_PASSING)
test_a_numbness_that_stays_or_both_feet_alarm = alarm_cases(A_NUMBNESS_THAT_STAYS)

# A fall or accident the next sentence dates years back by the years gone by since ("I fell
# off a ladder in my twenties. About ten years later the sciatica started."): NICE NG59's
# trauma is a recent one. Before the fix 2 of 5 of our wordings stayed quiet, 5 of 5 after; a
# fall days or weeks back, or told recent itself, still alarms (3 of 3 before and after).
YEARS_LATER = [
    "I fell off a ladder back in my twenties and landed on my back, nothing broken. About ten "
    "years later the sciatica started. Could the fall have caused it?",
    "Had a car crash once, walked away fine. Three years later my lower back started hurting "
    "and now it's down my leg. Any exercises?",
    "i had a bad fall skiing but that was fine. five years later my back started hurting when i "
    "sit. is sitting bad?",
]
DAYS_LATER = [
    "I fell down the stairs on Saturday and a few hours later my back was in agony, I can "
    "hardly move. Should I go to A&E?",
    "Slipped on the ice last week, landed on my back. Two days later the pain started shooting "
    "down my leg.",
    "I fell off my horse yesterday. Years later I will laugh but now my back is killing me and "
    "my leg is tingling",
]
test_a_fall_years_before_the_pain_is_quiet = quiet_cases(YEARS_LATER)
test_a_fall_days_before_the_pain_alarms = alarm_naming("trauma", DAYS_LATER)
