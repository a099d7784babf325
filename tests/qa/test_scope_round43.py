"""Out of scope, session 21 (brief oos43): a question whose subject is a named medicine's own
matter (its effect or how soon it works, how long its side effects last, whether it causes a
symptom, the tiredness it brings, what it means for a licence or a drug test, or a symptom had
from it, asked of others or told after taking it) is the prescriber's or pharmacist's question,
not the guide's, and the bot says so; whether painkillers help sciatica, which ones, a steroid
injection, and what else to do beside a prescribed medicine keep their sections, and a medicine
question that tells a red-flag symptom still alarms. Wordings written by the team before the
fix, not copied from any labelled set."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import alarm_cases, in_guide_cases, outside_cases, routed_to

test_a_named_medicine_s_own_matter_is_outside = outside_cases(
    [
        "Has anyone else had lower back pain while on Eliquis?",
        "Could I lose my gun licence if my doctor prescribes diazepam?",
        pytest.param(
            "How long does pregabalin take to kick in?",
            marks=pytest.mark.xfail(
                reason="how soon a medicine works: round 25 labels it painkillers"
            ),
        ),
        "Amitriptyline makes me so drowsy in the mornings, any tips?",
        "How long do the side effects of gabapentin last?",
        "Can duloxetine cause peripheral neuropathy?",
        "I took naproxen for a week and got pain in my knees and tendons. Can side effects carry "
        "on after stopping it?",
        "Will tramadol show up on a drug test at work?",
        "Is it normal to feel dizzy and tired on pregabalin?",
        pytest.param(
            "How many days before the prednisone starts working on my back?",
            marks=pytest.mark.xfail(
                reason="how soon a medicine works: round 25 labels it painkillers"
            ),
        ),
        "Does codeine make you constipated?",
        # Round 16 and 18's look-alikes expected the painkillers section for these; the
        # painkillers section does not answer them, the out-of-scope reply sends side effects
        # to a doctor or pharmacist, and round 30's blind labellers both call the shape outside.
        "can ibuprofen cause stomach problems?",
        "does gabapentin cause weight gain",
        "does pregabalin give you headaches?",
        "my gabapentin makes my hands puffy, is that a side effect?",
        "Since starting Cymbalta I've been sweating at night, has anyone else had this?",
    ]
)

test_a_medicine_question_telling_a_red_flag_still_alarms = alarm_cases(
    [
        "Since starting gabapentin I have numbness in my saddle area, is that a side effect?",
        "I can't pee since going on amitriptyline, how long does that side effect last?",
        "Has anyone had both legs go weak on pregabalin?",
        "Can tramadol cause loss of bowel control? I've had two accidents this week.",
    ]
)

test_painkillers_for_sciatica_keep_the_section = routed_to(
    "painkillers",
    [
        "are painkillers any use for sciatica?",
        "should I take ibuprofen or paracetamol for sciatica?",
        "amitriptyline for nerve pain?",
    ],
)

test_treatments_beside_a_medicine_stay_in_the_guide = in_guide_cases(
    [
        "my GP gave me gabapentin for sciatica, what else can I do?",
        "do steroid injections work for sciatica?",
    ]
)

# Look-alikes written after the fix: near wordings that must not change.
test_near_wordings_keep_the_painkillers_section = routed_to(
    "painkillers",
    [
        "Does gabapentin help sciatica?",
        "Has anyone had good results from pregabalin for sciatica?",
        "Can naproxen make sciatica worse?",
        "Does ibuprofen work better than paracetamol for sciatica?",
        "Gabapentin makes me dizzy, is that normal with sciatica?",
    ],
)

test_near_wordings_stay_in_the_guide = in_guide_cases(
    [
        "How long should I keep doing the stretches while I'm on naproxen?",
        "I'm tired all the time from the sciatica pain, what can I do?",
        "Since starting the exercises my leg feels better, should I keep going?",
        "How long does a steroid injection take to work for sciatica?",
        "Has anyone had side effects from the steroid injection?",
    ]
)
