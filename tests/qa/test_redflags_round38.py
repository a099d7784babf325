"""Red flags of round 28's last three missed lines (issue 15, round 38), by class.

Each class was red-teamed with fresh wordings of our own, scored once before its fix (the
figures beside each class); the look-alikes must keep their answer. NICE NG59 / NHS / CKS decide
what alarms.
"""

from __future__ import annotations

from tests.qa.answer_checks import alarm_cases, alarm_naming, quiet_cases

# A medicine asked about as the cause of a weakness ("Can gabapentin cause leg weakness?"), then
# told taken by someone one cares for ("my mum is 78, takes it") or asked as the cause of what
# they have ("is lyrica causing these"): the question was of that person, so the weakness is
# theirs. Before the fix 3 of 4 of our wordings alarmed, 4 of 4 after; a side effect that is no
# warning sign (drowsiness, weight, heartburn) stays quiet (3 of 3 before and after).
A_CARERS_MEDICINE_QUESTION = [
    "Can gabapentin cause leg weakness and poor balance? my mum is 78, takes it for sciatica and "
    "now she cant walk without holding on to the furniture",
    "does pregabalin cause weak legs? my husband's legs keep giving way and his balance is "
    "terrible since he started it, he nearly fell twice this week",
    "Could naproxen be causing my dad's leg weakness? he can barely stand up now and wobbles "
    "when he walks. He has had back pain for years",
    "is amitriptyline known to cause unsteadiness and weak legs, this person I look after has "
    "gone downhill, legs too weak to walk to the toilet",
]
A_SIDE_EFFECT_ASKED = [
    "Can lyrica cause dizziness and drowsiness? my wife takes it for her sciatica and feels "
    "sleepy all morning",
    "does gabapentin cause weight gain? my son has put on a stone since he started it for his "
    "back",
    "can naproxen cause stomach pain? my dad takes it for his back and complains of heartburn",
    # Checked after the fix: the person told well after all.
    "Can pregabalin cause incontinence? my dad takes it and he is fine, just curious",
]

test_a_carers_medicine_question_of_a_weakness_alarms = alarm_cases(A_CARERS_MEDICINE_QUESTION)
test_a_side_effect_asked_for_someone_is_quiet = quiet_cases(A_SIDE_EFFECT_ASKED)

# Back pain worse at night or waking one, in someone under 20 (NICE CKS: night pain in the
# young). Before the fix 1 of 4 of our wordings alarmed, 4 of 4 after; a teenager's back sore
# after sport, from a school bag in the evening, or stiff with exam stress stays quiet (3 of 3).
A_YOUNG_BACK_WORSE_AT_NIGHT = [
    "I'm 15 and my lower back hurts way more at night, it wakes me up most nights and painkillers "
    "dont help. Is this normal for my age?",
    "my daughter is 13, plays netball, and her back pain is worst at night - she wakes up crying "
    "with it. GP said growing pains, should we push?",
    "im 16 and have had mid back pain for 2 months, much worse when I lie down at night and it "
    "keeps waking me up. any advice",
    "As a young teenager with back ache that gets a lot worse at night and wakes me, what could "
    "this be?",
]
A_YOUNG_BACK_OF_THE_DAY = [
    "I'm 15 and my back hurts after football training, it's fine by the next morning. What "
    "stretches should I do?",
    "my 14 year old son has back ache from carrying his school bag, worse in the evening after "
    "school. Any tips?",
    "I'm 17 and I can't sleep because of exam stress, my back is a bit stiff from sitting. How "
    "should I sit?",
    # Checked after the fix: woken by rolling over, a pain moving brings on.
    "I'm 19, my sciatica wakes me up at night sometimes when I roll over. How should I sleep?",
]

test_a_young_back_worse_at_night_alarms = alarm_naming("night_pain", A_YOUNG_BACK_WORSE_AT_NIGHT)
test_a_young_back_of_the_day_is_quiet = quiet_cases(A_YOUNG_BACK_OF_THE_DAY)

# Pins and needles or tingling all over the body, the groin or the bottom among the places
# named (NICE NG59: saddle paraesthesia). Before the fix 1 of 3 of our wordings alarmed, 3 of 3
# after; a whole body aching after the gym stays quiet.
TINGLING_EVERYWHERE_WITH_THE_GROIN = [
    "I've had pins and needles all over my body for weeks - arms, legs, groin and face. Is this "
    "a trapped nerve?",
    "tingling everywhere lately, my feet, hands, between my legs and around my back passage, "
    "could it be my disc?",
    "Strange buzzing sensations throughout my body. They show up in my legs, my groin, my hands "
    "and my face. What could be causing this?",
]
A_BODY_ACHING_ALL_OVER = [
    "my whole body aches after the gym, legs, arms, back, even my groin from the squats. how "
    "long to recover?",
    "I've got tingling in my foot and the back of my thigh, worse when I sit. How long does "
    "sciatica last?",
]

test_tingling_everywhere_with_the_groin_alarms = alarm_naming(
    "saddle", TINGLING_EVERYWHERE_WITH_THE_GROIN
)
test_a_body_aching_all_over_is_quiet = quiet_cases(A_BODY_ACHING_ALL_OVER)
