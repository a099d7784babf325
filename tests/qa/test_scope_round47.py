"""Out of scope, session 22 (brief oos47, every dev set's out-of-scope misses that get a
section): an operation or a broken bone of another part of the body (surgery to a knee's ACL,
a broken metatarsal, a wrist operated on) is that part's own question, and a medicine for
another illness, or "these tablets", blamed for a pain or an ache is the prescriber's, and
whether a scan is safe with metal or a device in the body (or its dye, its radiation) is the
radiographer's; surgery, painkillers and scans for sciatica keep their sections. Wordings
written by the team before the fix, not copied from any labelled set."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import in_guide_cases, outside_cases, routed_to

test_an_operation_or_a_broken_bone_elsewhere_is_outside = outside_cases(
    [
        "It's been 4 weeks since my surgery on my left knee, it still clicks, is that normal?",
        pytest.param(
            "I had surgery to my ACL in March and my leg still gives way, should I worry?",
            marks=pytest.mark.xfail(
                reason="a leg that gives way alarms as weakness before scope is read"
            ),
        ),
        "My wrist was operated on last year and it still aches in the cold, why?",
        pytest.param(
            "I broke my collarbone falling off my bike, will it need an operation?",
            marks=pytest.mark.xfail(reason="a fall off a bike alarms as trauma first"),
        ),
        "I have a fractured toe, do I need surgery?",
        "Had an operation on my shoulder 3 months ago, when can I lift again?",
        "I fractured my elbow two months ago and it still won't straighten, is that normal?",
        "I had my ankle operated on after a break, how long until I can drive?",
        "My daughter broke her femur, how long will it take to heal?",
        "Is it normal for a broken wrist to still hurt a year later?",
    ]
)

test_a_medicine_blamed_for_a_pain_is_outside = outside_cases(
    [
        "Could my blood pressure tablets be causing my leg pains?",
        "My joints have ached since I started omeprazole, could it be the tablets?",
        "Has anyone had back pain with Xarelto?",
        "Could these new meds be causing my muscle aches?",
        "I've had aching legs since starting amlodopine, is that a side effect?",
        "Can my thyroid medication cause joint pain?",
        "Is back pain a known side effect of warfarin?",
        "My doctor started me on a water tablet and now my calves cramp, could that be why?",
        pytest.param(
            "Could my new heart medication be giving me pain in my arms and legs?",
            marks=pytest.mark.xfail(reason="pain in both legs alarms before scope is read"),
        ),
        pytest.param(
            "Since I started the hormone injections my hips ache, is it the drug?",
            marks=pytest.mark.xfail(
                reason="injections are the guide's own treatment word: kept out of the class"
            ),
        ),
    ]
)

test_whether_a_scan_is_safe_with_metal_or_a_device_is_outside = outside_cases(
    [
        "I have a titanium plate in my ankle, can I still have an MRI?",
        "Is it safe to have an MRI with a pacemaker?",
        "Can you have an MRI scan if you have metal screws in your back?",
        "I have a metal hip replacement, will that stop me having an MRI?",
        "Are MRI scans safe with a cochlear implant?",
        pytest.param(
            "I'm claustrophobic, can I be sedated for my MRI?",
            marks=pytest.mark.xfail(
                reason="a fear of the scanner is labelled scans by both labellers (round 9): "
                "kept out of the class"
            ),
        ),
        "Will the contrast dye for my CT scan affect my kidneys?",
        "Can I have an MRI if I have a tattoo?",
        "How much radiation is there in a CT scan of the spine?",
        "I have shrapnel in my leg from the army, is an MRI safe for me?",
    ]
)

# Look-alikes written after the fix: near wordings that must not change.
test_surgery_for_sciatica_keeps_its_section = routed_to(
    "surgery",
    [
        "Do I need surgery for sciatica?",
        "How long is recovery after a microdiscectomy for sciatica?",
        "Is surgery on my back the only way to fix my sciatica?",
    ],
)

test_painkillers_for_sciatica_keep_the_section = routed_to(
    "painkillers",
    [
        "Which painkillers are best for sciatica?",
        "Can painkillers make sciatica worse?",
        "Is it safe to take naproxen for sciatica?",
    ],
)

test_a_scan_for_sciatica_keeps_its_section = routed_to(
    "scans",
    [
        "Do I need an MRI for my sciatica?",
        "What does my MRI of the lumbar spine mean for my sciatica?",
        "Will an X-ray show a slipped disc?",
        "My MRI showed a bulging disc at L5, what does that mean?",
        "I have sciatica and a metal plate in my ankle, can I have an MRI?",
    ],
)

test_sciatica_told_beside_an_operation_or_a_break_stays_in_the_guide = in_guide_cases(
    [
        "Since my knee operation I have sciatica down the same leg, what should I do?",
        "I broke my wrist and now can't do my sciatica exercises, what can I do instead?",
        "Could my new tablets be making my sciatica worse?",
        "Has anyone had leg pain after walking with sciatica?",
    ]
)
