"""Out of scope, session 20 (brief oos41): a question about a named medicine's own side
effects, its interactions or a combination of medicines taken at once, taking one while in
recovery from an addiction, or using one in place of another medicine for another purpose is
the pharmacist's or prescriber's question, not the guide's, and the bot says so; whether
painkillers help sciatica, which ones, or ibuprofen against paracetamol for sciatica keep the
painkillers section, and a medicine question that tells a red-flag symptom still alarms.
Wordings written by the team before the fix, not copied from any labelled set."""

from __future__ import annotations

from tests.qa.answer_checks import alarm_cases, in_guide_cases, outside_cases, routed_to

test_a_named_medicine_s_own_matter_is_outside = outside_cases(
    [
        "Has anyone had side effects from meloxicam? My stomach has been off since I started it.",
        "My doctor gave me etoricoxib tablets for my back. Can someone tell me the side effects?",
        "Can I take naproxen while I'm on omeprazole?",
        "Is it okay to be on gabapentin, diazepam and co-codamol all at the same time?",
        "I'm in recovery from heroin, is it safe for me to take pregabalin for my sciatica?",
        "Can I take codeine for my back if I'm a recovering alcoholic?",
        "Can ibuprofen be used instead of my daily baby aspirin?",
        "Has anyone experienced leg cramps from atorvastatin?",
        "Could the amlodipine I take for blood pressure be causing my leg pain?",
        "Is it safe to take Lyrica and Cymbalta together?",
        "My doctor put me on prednisone and tramadol at once, is that a bad combination?",
        "Can I use a fentanyl patch and still take my oxycodone?",
    ]
)

test_painkillers_for_sciatica_keep_the_section = routed_to(
    "painkillers",
    [
        "are painkillers any use for sciatica?",
        "what painkillers help sciatica?",
        "should I take ibuprofen or paracetamol for sciatica?",
        "Does gabapentin work for sciatica?",
        "Is it worth taking anti-inflammatories for sciatica?",
    ],
)

test_a_medicine_question_telling_a_red_flag_still_alarms = alarm_cases(
    [
        "Can I take ibuprofen with my tramadol? Since yesterday I can't feel my bottom when I "
        "wipe and I've wet myself.",
        "Has anyone had side effects from gabapentin? Both my legs are getting weaker and I "
        "can't control my bladder.",
        "Is it safe to take naproxen and co-codamol together? I have a fever and my back pain "
        "is worse every night since my cancer treatment.",
    ]
)

# Look-alikes written after the fix: near wordings that must not change.
test_near_wordings_keep_the_painkillers_section = routed_to(
    "painkillers",
    [
        "Can I take ibuprofen instead of paracetamol for my sciatica?",
        "Has anyone found gabapentin helped their sciatica?",
        "Do painkillers have side effects?",
        "Can I take naproxen and paracetamol together for my sciatica?",
        "Has anyone had good results from pregabalin for sciatica?",
    ],
)

test_near_wordings_stay_in_the_guide = in_guide_cases(
    [
        "Can I do my stretches while on gabapentin?",
        "I'm in recovery after my discectomy, can I take co-codamol for the leg pain?",
    ]
)
