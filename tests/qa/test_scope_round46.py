"""Out of scope, session 21 (brief oos46, round 31's misses): a question about a named
medicine's own matter (how long a symptom from it lasts, when its side effect starts, whether
two medicines are safe together, coming off it, buying it online, a device's worth, a symptom
after a course of it) and an injury or lump elsewhere (a strained calf, a heel operation, a
fractured shin in a cast, a knee hurt, a lump under the foot, a child's knee cap) is the
prescriber's, pharmacist's or that part's own question, not the guide's; painkillers for
sciatica, injections and surgery for sciatica and leg pain from the back keep their sections,
and a red flag told beside them still alarms. Wordings written by the team before the fix, not
copied from any labelled set."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import alarm_cases, in_guide_cases, outside_cases, routed_to

test_a_named_medicine_s_own_matter_is_outside = outside_cases(
    [
        "My legs have ached badly since I started simvastatin, how long will this last?",
        "Is it safe to take co-codamol with a cough syrup?",
        "What happens if I stop sertraline cold turkey?",
        "Is it safe to buy codeine online without a prescription?",
        "When does the muscle ache from statins usually start?",
        "Are spinal cord stimulators worth having?",
        "I keep getting headaches while on oxycodone for my back, is that a side effect?",
        "Did anyone's acne flare up again after finishing Accutane?",
        "Why shouldn't you take glucosamine if you're overweight?",
        "My doctor put me on prednisone for a sore throat, can it make my joints ache?",
        pytest.param(
            "Has anyone taken Cymbalta and Lyrica together for nerve pain?",
            marks=pytest.mark.xfail(
                reason="two nerve-pain medicines together for nerve pain: the painkillers "
                "section names both, and two taken together for the pain stay its own"
            ),
        ),
        "I came off venlafaxine last week and feel awful, is this withdrawal?",
    ]
)

test_an_injury_or_lump_elsewhere_is_outside = outside_cases(
    [
        "I strained my calf muscle playing football two weeks ago and I'm still limping, "
        "is that normal?",
        "I had shockwave treatment on my heel last month, still sore?",
        "Broke my ankle six weeks ago and I'm still in a cast, when can I put weight on it?",
        "I hurt my knee skiing, do I need surgery or is there another option?",
        "I have a painful lump on the sole of my foot",
        "I dropped a dumbbell on my toe yesterday and it's purple and swollen",
        "My 2 year old's knee cap looks bigger than the other one",
        "I tore my Achilles tendon, will it need an operation?",
        "Got a stress fracture in my shin from running, how long before I can run again?",
        "I have a grade 1 hamstring strain, how long until I can play again?",
    ]
)

test_a_red_flag_told_beside_them_still_alarms = alarm_cases(
    [
        "Since starting tramadol I can't feel my bum when I wipe, is it a side effect?",
        "Is it safe to take codeine with my cough syrup? I've lost control of my bladder "
        "since yesterday.",
        "I broke my ankle in a car crash and now both my legs are numb",
        "Came off my pregabalin cold turkey and now I can't feel between my legs",
    ]
)

# Look-alikes written after the fix: near wordings that must not change.
test_painkillers_for_sciatica_keep_the_section = routed_to(
    "painkillers",
    [
        "Can I take ibuprofen and paracetamol together for sciatica?",
        "How long does pregabalin take to work for sciatica?",
        "Since coming off gabapentin my sciatica is worse, what can I do?",
        "Is codeine safe to take for sciatica?",
        "Naproxen gives me stomach ache, what else can I take for sciatica?",
    ],
)

test_surgery_for_sciatica_keeps_its_section = routed_to(
    "surgery", ["Do I need surgery for sciatica?"]
)

test_injections_for_sciatica_keep_their_section = routed_to(
    "injections", ["Do epidural injections help with sciatica?"]
)

test_leg_pain_from_the_back_is_still_asked_as_sciatica = routed_to(
    "is-it-sciatica",
    [
        "My leg pain comes from my back, is that sciatica?",
        "My calf strain healed but I still get pain from my buttock down the back of my leg",
    ],
)

# "back" in "go back", "get back to" and "the back of my heels" no longer keeps an injury
# elsewhere in the guide; these tell the back itself or sciatica, and stay.
test_a_back_or_sciatica_told_beside_an_injury_stays_in_the_guide = in_guide_cases(
    [
        "I twisted my back getting out of the car and the pain shoots down my leg",
        "I hurt my back lifting and now the pain goes down to my foot, what should I do?",
        "I broke my ankle years ago and now I have sciatica, could they be related?",
        "I hit my foot on the bed and the sciatica in that leg flared, what should I do?",
        "I'm going back to work next week with sciatica, any tips?",
        "Can I get back to running after sciatica?",
    ]
)
