"""Red flags of round 19's dev set, by class (issue 15, round 23). Each class's posts were
written before any fix and scored once (NICE NG59 / NHS): a leg or knee that will not lift when
tried, a person collapsing with back pain, a pain crossing from one leg to the other; and, to
stay quiet, a bladder or bowel checked with no trouble told, a reach stopped by the pain alone,
a sports injury from the gym, a weight lost in a stay in hospital, a pain alone at the tailbone,
a leg that will not move only while the pain is there, a back that gives out, legs weak with
breathlessness from being unfit (left as it was). Before the fixes 4 of the 12 alarms were caught
and 11 of the 26 quiet posts stayed quiet; after them, 10 of 12 and 21 of 26 (those left below,
each with its reason). The look-alikes that must alarm did before and do after (12 of 12).
"""

from __future__ import annotations

from tests.qa.answer_checks import alarm_cases, flags, quiet_cases

LEG_WONT_LIFT = [
    "At the physio today she asked me to lift my knee up while sitting and I just couldn't do "
    "it, the left one won't come up at all.",
    "Since Tuesday I cannot raise my right leg off the bed when I'm lying down, it just won't "
    "move no matter how hard I try.",
    "Sitting on the edge of the chair I try to pick my foot up off the floor and nothing "
    "happens, the muscle doesn't respond.",
    "My thigh won't lift anymore, I have to grab my trousers to get my leg into the car. Is this "
    "the disc?",
]
COLLAPSED = [
    "I collapsed in the kitchen this morning and now my lower back is in agony, what should I do?",
    "My husband collapsed at work yesterday and since then his back and hips are in terrible "
    "pain.",
    "Had a funny turn, collapsed in the street, and my back has been screaming since.",
    "I blacked out and went down hard on the bathroom floor, now my spine hurts all the way down.",
]
CROSSING = [
    "My mum gets a deep ache in her thighs that travels from one leg to the other when she "
    "stands up.",
    "The burning goes from one thigh across to the other one when I've been sitting a while.",
]
# Look-alikes of the quiet classes below that keep their alarm.
STILL_RED_FLAGS = [
    "I have had my bladder checked because I keep wetting myself since the back pain started.",
    "I can't lift my left foot at all now, it slaps when I walk, even without any pain.",
    "I lost a lot of weight without trying and my back hurts at night.",
    "I have no feeling around my anus and my bottom since yesterday.",
    "I fell down the stairs lifting weights and now my back and legs are numb.",
    "The numbness goes from one leg across to the other and both feel heavy.",
    "When the pain is there, my leg is weak and it drags even after the pain goes.",
    "I can't move my right leg at all since this morning, the pain is there all the time.",
    "My back and legs gave out on the stairs this morning and my left foot is numb.",
    "My back hurts and my right leg keeps giving way when I walk.",
    "My legs are getting weaker each week and I keep tripping, I'm unfit too.",
    "Both my legs went weak suddenly this morning and I'm short of breath.",
]


test_a_red_flag_in_these_words_gets_urgent_care_advice = alarm_cases(
    [*LEG_WONT_LIFT, *COLLAPSED, *CROSSING, *STILL_RED_FLAGS],
)


def test_a_leg_that_will_not_lift_is_a_weakness_and_a_collapse_a_fall() -> None:
    assert "leg_weakness" in flags(LEG_WONT_LIFT[1])
    assert "trauma" in flags(COLLAPSED[0])
    assert "both_legs" in flags(CROSSING[1])


QUIET = [
    # A bladder, bowel or kidneys checked, no trouble told.
    "I've had my kidneys and bladder scanned and it was all clear, but the back pain carries on "
    "down my leg.",
    "They tested my bladder at the hospital as routine before the injection. Is the injection "
    "worth it?",
    "Had bloods done and my prostate and bladder checked, my back still aches when I sit for "
    "long.",
    # A reach or a bend stopped by the pain alone.
    "I can't bend to tie my shoelaces without a sharp pain in my lower back, should I keep "
    "working?",
    "I'm unable to reach down to my feet without terrible pain, how long will this take to heal?",
    "I cannot lift my leg into the bath without agony shooting down it, is heat better than ice?",
    "Getting my socks on is impossible without screaming, my back is so stiff in the mornings.",
    # A sports injury from the gym, no accident.
    "I think I did it lifting weights at the gym, maybe a sports injury, and now I have "
    "sciatica. Heat or ice?",
    "My sciatica started after a sports injury playing five-a-side, should I still do the "
    "stretches?",
    "The physio called it a sports injury from deadlifts. How long before I can train again?",
    # A pain alone at the tailbone or the anus (the saddle sign is a numbness).
    "My tailbone near my bum hole hurts when I sit on hard chairs, is this sciatica?",
    "I have a sore pain right at the bottom of my spine near the anus when I sit for long drives.",
    "The bottom of my coccyx aches by my backside after cycling, what should I do?",
    # A leg that will not move only while the pain is there.
    "When the spasm hits, I can't move my left leg for a few minutes, then it eases off.",
    "While the pain is bad, I can't lift my leg into the car, is this normal for sciatica?",
    "My pelvis is so sore in this pregnancy; whenever the pain kicks in, i can't move my leg at "
    "all.",
    # The back, not a leg, giving out.
    "My lower back just gives out when I stand at the sink too long, what stretches help?",
    "Picking up the shopping my back gave out from under me and I've had sciatica since, heat "
    "or ice?",
    "Ever since the op my back feels like it wants to give way when I bend, how long is recovery?",
    # Legs weak with being unfit, told as the reason for the stairs.
    "I'm overweight and unfit, too weak and puffed out to manage the stairs, and my back aches "
    "when I stand.",
    # A weight lost told with the diet that took it.
    "I lost two stone on a diet this year and my sciatica has been better, should I keep walking?",
    # Legs weak beside breathlessness or unfitness (quiet since round 26, which accepted round
    # 19's such message going to the out-of-scope answer instead of an alarm).
    "I'm so unfit these days, my legs are weak and I'm out of breath after one flight of "
    "stairs. Is walking good for sciatica?",
    "Since the heart attack I get breathless and my legs feel weak on the hill, can I still do "
    "the stretches?",
]


test_no_red_flag_told_gets_no_urgent_care_advice = quiet_cases(QUIET)


# Posts of the red-team the fixes leave as they were, each with its reason. Strict: a fix that
# changes one must move it out of this list.
LEFT = {
    "The pain in my thigh moves across from one side to the other, some days left, then both.": (
        "alarm missed: 'from one side to the other' also tells a pain shifting within one "
        "thigh or across the back; 'then both' at the end is not read as both legs"
    ),
    "It starts in my right buttock and now it's spreading over to the left thigh as well.": (
        "alarm missed: the crossing is read with a pain or a symptom word in the sentence, and "
        "this one names none"
    ),
}
LEFT_ALARMED = {
    "The GP had my bowel checked last year because of family history, nothing found. Now my "
    "sciatica is back, any stretches?": (
        "a check told with a reason ('because') is not quieted: the reason may be a symptom"
    ),
    "My mother lost a lot of weight after her chest infection in hospital and her back aches "
    "now she's home.": (
        "a recent infection with back pain is NICE NG59's own flag for a spinal infection"
    ),
    "After the flu I lost weight and felt weak for weeks, now my lower back hurts when I sit.": (
        "the flu with back pain is read as a fever with back pain (round 22's class)"
    ),
}


test_what_is_left_still_misses = quiet_cases(LEFT)


test_what_is_left_still_alarms = alarm_cases(LEFT_ALARMED)
