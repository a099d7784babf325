"""Round 31's misses and alarms (issue 15, session 21, helper rf45). Each class was red-teamed
with fresh wordings of our own, written and scored once before the fix (NICE NG59 / NHS / CKS
decide).
"""

from __future__ import annotations

from tests.qa.answer_checks import alarm_cases, quiet_cases

# Chest pain told moving between the chest and the back, with arms numb, dizziness or a faint
# (NHS: chest pain spreading to the back or arms, call 999).
A_CHEST_TO_BACK = [
    "I keep getting chest pains and when its not in my chest its in my back, my arms go numb",
    "chest pain that moves to my back and I feel dizzy",
    "My chest pains come and go, sometimes they are in my back instead, and I nearly black out",
    "I get chest pains, then the pain is in my back, and my left arm goes numb",
    "when the chest pain stops it moves into my back and I feel faint",
    "I have had chest pains on and off today, now it is in my back and I feel sick and dizzy",
    "chest pains, back burning, arms tingling and I passed out earlier",
    "i keep having chest pain and back pain and my arms go numb",
]

# Someone told suddenly unable to walk since yesterday or today (NICE NG59: a new, progressing
# motor deficit; NHS: sudden weakness in the legs).
A_CANT_WALK_NOW = [
    "Since yesterday my husband can't walk, his legs just won't work",
    "From yesterday he has got problem with his legs, he cant walk",
    "My mum suddenly can't walk since this morning, she has had back trouble for years",
    "Since last night I cannot walk, my legs feel strange",
    # Not caught (today alone is no onset told): "Today my dad can't walk at all, he has an
    # old neck problem" (kept out: the alarm needs a sudden onset or a since).
    "my partner has been unable to walk since yesterday, what could it be",
    "she could walk fine on Monday and now since yesterday she cant walk",
    "Since this morning I can't walk properly, both legs are weak",
]

# Look-alikes written after the fix: walking made hard or short by pain, or long lost, and a
# chest pain explained or a back told without it, must not change (they were quiet before).
Q_AFTER_LOOKALIKES = [
    "Since yesterday I can't walk far because of the pain in my knee",
    "I can't walk without pain since I started running again, which stretch helps?",
    "I can't walk far these days, is cycling better for sciatica?",
    "when its not in my hip its in my knee, is that sciatica?",
    "my back aches when I sit for long, which chair is best?",
]
A_RED_TEAM = [*A_CHEST_TO_BACK, *A_CANT_WALK_NOW]
test_red_team_alarms = alarm_cases(A_RED_TEAM)
test_after_lookalikes_stay_quiet = quiet_cases(Q_AFTER_LOOKALIKES)

# A question whether a medicine constipates, no symptom told (a side effect asked of the
# medicine); the drug-constipation exemption named the opioids but not every painkiller.
Q_DRUG_CONSTIPATION = [
    "Does Tylenol make you constipated?",
    "Can ibuprofen cause constipation?",
    "Is constipation a side effect of paracetamol?",
    "does naproxen make you constipated",
    "Can acetaminophen cause constipation?",
    "Will Advil constipate me?",
    "Does diclofenac cause constipation?",
    "Can muscle relaxants like cyclobenzaprine make you constipated?",
]
# A bowel told lost with it, or constipation told new beside numbness, still alarms.
A_BOWEL_WITH_DRUG = [
    "I take Tylenol but I can't control my bowels since yesterday",
    "Since starting ibuprofen I've lost control of my bowels and my bum is numb",
    "constipated for a week, numb between my legs, I only take paracetamol",
    "Tylenol for my back, now I can't pee and my groin is numb",
]
# Look-alikes written after the fix (alarmed before it, must still alarm).
A_DRUG_AFTER_LOOKALIKES = [
    "Tylenol makes me constipated and now I can't hold my bowels",
    "ibuprofen constipates me and my bum has gone numb",
    "I'm constipated and can't feel when I need to go, I take naproxen",
]
test_drug_constipation_stays_quiet = quiet_cases(Q_DRUG_CONSTIPATION)
test_bowel_with_drug_alarms = alarm_cases([*A_BOWEL_WITH_DRUG, *A_DRUG_AFTER_LOOKALIKES])
