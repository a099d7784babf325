"""Red flags told in ways no dev round showed, and the alarms left on dev, by class (issue 15,
round 26).

Each class was red-teamed with fresh wordings of our own before its fix and scored once (figures
beside each class); the look-alikes must keep their answer. NICE NG59 / NHS decide what alarms.
"""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import flags, quiet

# Being sick told without "feel" beside a back pain: vomiting, throwing up, "I've been sick
# twice" (NICE NG59: systemically unwell). Before the fix 1 of 4 alarmed (with a fever named);
# after it, 4 of 4. Not a drug's doing, not off sick from work, not a child's tummy bug.
BEING_SICK = [
    "Back has been agony for three days and I've been sick twice this morning, can't keep "
    "anything down",
    "My back pain came on suddenly and I keep vomiting, is this a disc?",
    "Really bad pain in my back going round to my side and I threw up, what is it",
    "My husband has been vomiting all night and his back is killing him",
]
SICK_ELSEWHERE = [
    "The codeine made me vomit so I stopped it, my back pain is still there. What else?",
    "I've been off sick for two weeks with my back, when can I go back to work?",
    "Been sick of this back pain for months, what exercises help?",
    "Every time the pain shoots down my leg I feel like throwing up, is that normal?",
    "I was throwing up from the tramadol so I stopped it, my back is still sore",
    "I've been on sick leave with my back since March, what stretches?",
    "My son has been sick with a tummy bug so I've been lifting him a lot and my back hurts.",
]


@pytest.mark.parametrize("text", BEING_SICK)
def test_being_sick_beside_a_back_pain_gets_urgent_care_advice(text: str) -> None:
    assert "infection" in flags(text)


@pytest.mark.parametrize("text", SICK_ELSEWHERE)
def test_a_drugs_vomiting_or_sick_leave_stays_quiet(text: str) -> None:
    quiet(text)


# Sex lost or changed with the back pain (NICE NG59: sexual dysfunction): an erection, a climax
# or the feeling lost, touched and not felt. Before the fix 5 of 6 alarmed ("when my partner
# touches me there" was missed); after it, 6 of 6. Sex told impossible because of the pain, or
# spoiled by a partner's medicines, names no nerve's loss: before the fix 1 of 3 of our own such
# wordings alarmed; after it, none (two more were written with the fix).
SEX_LOST = [
    "Sorry if TMI but since the sciatica started I can't get an erection at all, and I could "
    "before",
    "My husband says he has no feeling down there during sex since his back went, is this the "
    "nerve?",
    "i cant climax anymore and things feel numb down below since my back pain began",
    "Bit awkward to ask but ever since my back flared up I can't feel anything when my partner "
    "touches me there",
    # Look-alikes of the quiet ones below that must still alarm.
    "I can't have sex because I can't feel anything down there since my back went",
    "Problems with sex since my back injury, my wife is worried",
]
SEX_IN_THE_WAY = [
    "We haven't been able to have sex since my sciatica started, it just hurts too much to move "
    "like that.",
    "Sex is impossible at the moment because the pain in my back is too bad, how long until it "
    "eases?",
    "My husband's blood pressure tablets mean he can't perform, and my sciatica makes sex "
    "painful anyway. Any positions?",
    "I can't have sex, I can't walk far, I can't sit long. Is surgery the answer?",
    "There is a problem in the sex department. His meds make it impossible. What should I do "
    "about my back?",
]


@pytest.mark.parametrize("text", SEX_LOST)
def test_sexual_function_lost_with_the_back_pain_gets_urgent_care_advice(text: str) -> None:
    assert "saddle" in flags(text)


@pytest.mark.parametrize("text", SEX_IN_THE_WAY)
def test_sex_kept_off_by_the_pain_or_by_medicines_stays_quiet(text: str) -> None:
    quiet(text)


# Legs told too weak beside breathlessness, being unfit or a heart operation's recovery, in the
# same clause: a body out of condition, not a nerve's deficit (NICE NG59's flag is a new or
# progressing motor deficit). Before the fix 0 of 2 of our own such wordings stayed quiet;
# after it, 2 of 2 (two more were written with the fix). One leg, a drag, a giving way, a
# numbness or a weakness told worse still alarms.
UNFIT_LEGS = [
    "Since my heart bypass in March my legs are too weak to walk far, and now sciatica on top. "
    "Gentle exercises?",
    "After the open heart surgery my legs were weak for weeks and I'm slowly building up; my "
    "back aches too.",
    "I'm very unfit and my legs are too weak to climb the stairs without stopping, back aches "
    "when I stand. Should I do less?",
    "I get out of breath on the hill and my legs feel weak, my back is stiff, is walking still "
    "good for sciatica?",
]
WEAKNESS_BESIDE_THE_HEART = [
    "I had a heart bypass years ago. Now my left leg is getting weaker every week and my foot "
    "drags.",
    "I'm unfit, but since last week my right leg has gone weak and keeps giving way.",
    "Since the heart op both my legs are numb and weak and it's getting worse.",
    "My legs are getting weaker and I'm breathless too, sciatica for a month",
]


@pytest.mark.parametrize("text", UNFIT_LEGS)
def test_legs_weak_from_being_out_of_condition_stay_quiet(text: str) -> None:
    quiet(text)


@pytest.mark.parametrize("text", WEAKNESS_BESIDE_THE_HEART)
def test_a_weakness_worsening_or_one_sided_beside_the_heart_still_alarms(text: str) -> None:
    assert {"leg_weakness", "both_legs"} & set(flags(text))


# Red flags told in words no dev round showed, found by our red-team of 61 fresh lay wordings
# over the ten NICE NG59 / NHS concepts (57 of 61 alarmed before; with being sick and the
# partner's touch above, 61 of 61 after): the strength in a named limb going, a support gone
# from under one, no position easing it at night, the passing of a stool not felt.
TOLD_ANEW = {
    "The strength in my right leg is going, I can barely lift it into the car now, compared to "
    "last week it is much worse": "leg_weakness",
    "Came down hard on my back when the ladder went from under me this morning, can barely "
    "move": "trauma",
    "The pain is worst at night, I cant get comfortable in any position and I'm up pacing till "
    "4am every night": "night_pain",
    "I can only pass tiny hard pellets now and I can't feel myself going, my back is really "
    "bad": "bladder_bowel",
}
# Look-alikes, written with the fixes.
NOT_TOLD_ANEW = [
    "The strength in my leg is coming back after the physio, still sore though",
    "I came down hard on the idea of surgery, my back pain is still there. Is physio better?",
    "It's hard to get comfortable in bed with sciatica, what pillow helps?",
    "At night I can't get comfortable in any position for a while, but once I find one I sleep "
    "fine. Any tips?",
]


@pytest.mark.parametrize("text", TOLD_ANEW)
def test_red_flags_told_in_new_words_get_urgent_care_advice(text: str) -> None:
    assert TOLD_ANEW[text] in flags(text)


@pytest.mark.parametrize("text", NOT_TOLD_ANEW)
def test_their_look_alikes_stay_quiet(text: str) -> None:
    quiet(text)


# A fall or an accident dated only in the next sentence ("I fell off a ladder. That was in
# 2018."): told long ago, as if the date opened its sentence (NICE NG59's trauma is a recent
# one). Before the fix 1 of 3 of our own such wordings stayed quiet; after it, 3 of 3. Dated
# recently, or a new fall told after, it still alarms.
DATED_AFTER = [
    "I fell off a ladder while painting. That was in 2018. My back has ached on and off ever "
    "since, what helps?",
    "Years ago I had a bad fall at work. I was off for a month. Now in my 50s the sciatica comes "
    "and goes.",
    "I slipped on some ice and hurt my back. This was about 6 years ago now. Lately it's flared "
    "again when I sit.",
]
DATED_RECENT = [
    "I fell off a ladder while painting. That was on Saturday. My back is agony since.",
    "I slipped on the ice and hurt my back. This was yesterday. My leg is numb now.",
    "I fell down the stairs in 2018. I fell again this morning and my back is agony.",
    "I fell off my bike. That was two days ago and now my leg is numb.",
]


@pytest.mark.parametrize("text", DATED_AFTER)
def test_a_fall_dated_long_ago_in_the_next_sentence_stays_quiet(text: str) -> None:
    quiet(text)


@pytest.mark.parametrize("text", DATED_RECENT)
def test_a_fall_dated_recently_or_a_new_fall_still_alarms(text: str) -> None:
    assert "trauma" in flags(text)


# Stools told hard, dry or in pellets, or hurting to pass: constipation (NICE NG59 names loss of
# bowel control or feeling). Before the fix 2 of 3 of our own such wordings stayed quiet; after
# it, 3 of 3 (one more was written with the fix). A stool not passed at all, not felt, or not
# controlled still alarms; "I can't pass anything" was missed before and alarms now.
HARD_STOOLS = [
    "Since the naproxen my poo is hard and it hurts to go, is that the tablets? Back pain "
    "unchanged.",
    "The codeine has bunged me up, I'm only passing little hard pellets every few days, my "
    "sciatica is a bit better though. What else can I take?",
    "constipated from the painkillers, stools like rabbit droppings, any tips while my back "
    "heals?",
    "My stools have been coming out like little pellets for a fortnight, and I get a twinge down "
    "my thigh when I go. Sciatica?",
]
STOOLS_LOST = [
    "My poo is hard and I can't push it out at all, and my bum is numb, back agony",
    "I can't pass anything, not even pellets, since my back went three days ago",
    "Hard stools and I can't control when they come, back pain terrible",
]


@pytest.mark.parametrize("text", HARD_STOOLS)
def test_hard_stools_or_pellets_stay_quiet(text: str) -> None:
    quiet(text)


@pytest.mark.parametrize("text", STOOLS_LOST)
def test_a_stool_not_passed_felt_or_controlled_still_alarms(text: str) -> None:
    assert "bladder_bowel" in flags(text)


# Going more often told as what follows from drinking more ("I'm needing to drink more water,
# so I'm peeing a lot more"): the drink's doing. Before the fix 0 of 2 of our own such wordings
# stayed quiet (and round 24's known gap alarmed); after it, 2 of 2 and the gap is quiet. A
# leak, a lost feeling or nothing passed told beside it still alarms, and so does a pain's "so".
DRINK_EXPLAINED = [
    "I've been drinking more water because of the pills, so I'm peeing more. Is walking good "
    "for sciatica?",
    "Drinking loads of water lately so I'm up to the toilet more often, back is stiff in the "
    "mornings.",
    "Amitriptyline has given me a dry mouth and I'm needing to drink more water, so I'm peeing "
    "a lot more.",
    "I cut down on coffee, so I go to the loo less now. My back is still sore, what stretches?",
]
NOT_THE_DRINK = [
    "My back hurts, so I'm peeing a lot more.",
    "I drink the same as always, so I can't explain why I can't hold my pee any more since my "
    "back went.",
    "I've been drinking loads of water, so I'm peeing more, but now I can't feel when I'm going "
    "and my back is agony.",
]


@pytest.mark.parametrize("text", DRINK_EXPLAINED)
def test_peeing_more_from_drinking_more_stays_quiet(text: str) -> None:
    quiet(text)


@pytest.mark.parametrize("text", NOT_THE_DRINK)
def test_a_bladder_change_beside_a_drink_still_alarms(text: str) -> None:
    assert "bladder_bowel" in flags(text)


# A fall or an accident told as what started a pain had for a year or more ("my sciatica is the
# result of a car accident, the pain has been there for two years"): NICE NG59's trauma is a
# recent one. Written before the fix and scored once: 1 of 5 stayed quiet and 3 of 3 recent
# ones alarmed; after it, 3 of 5 and 3 of 3 (a fall with its start told only by "since then" or
# "when" is left). Told new, now, again or recently, it still alarms.
FALL_AS_ORIGIN = [
    "My sciatica is the result of a car accident, the pain has been there for two years.",
    "I believe it's from falling on a step onto my hip, that's when the pain began, and I've had "
    "it for nearly 2 years.",
    "It started with a fall from my horse and I've had sciatica on and off for 18 months since.",
]
FALL_NEW_OR_RECENT = [
    "I fell down the stairs on Monday and I've had the pain since then, it's getting worse.",
    "It started with a fall from a ladder two weeks ago and I've had the pain since.",
    "I've had sciatica for 5 years. This pain is from a fall on the ice.",
    "My sciatica is the result of a car accident, the pain has been there for two years, but "
    "since I fell again on Friday my leg is numb.",
    "Back pain for years. It started after a fall from the loft ladder and now it's agony.",
]


@pytest.mark.parametrize("text", FALL_AS_ORIGIN)
def test_a_fall_told_as_the_start_of_a_long_pain_stays_quiet(text: str) -> None:
    quiet(text)


@pytest.mark.parametrize("text", FALL_NEW_OR_RECENT)
def test_a_fall_told_new_or_recent_beside_a_long_pain_still_alarms(text: str) -> None:
    assert "trauma" in flags(text)


# A flu or a fever told over, the back named with it ("I had the flu last month and my back was
# sore then"): "back" kept the fever from being read as past (it stood for a return). Our one
# such look-alike alarmed before the fix and is quiet after it; a fever told back or still
# there alarms.
FEVER_OVER = [
    "I had the flu last month and my back was sore then but it's fine now, just want exercises",
    "Had a fever a few weeks ago and my back ached with it, all gone now. Which stretches for "
    "sciatica?",
]
FEVER_NOW = [
    "I had a fever last week and it's back again, and my back is agony",
    "Had the flu last month and my back has been agony since, still feverish",
]


@pytest.mark.parametrize("text", FEVER_OVER)
def test_a_fever_told_over_with_the_back_named_stays_quiet(text: str) -> None:
    quiet(text)


@pytest.mark.parametrize("text", FEVER_NOW)
def test_a_fever_told_back_or_still_there_alarms(text: str) -> None:
    assert "fever" in flags(text)
