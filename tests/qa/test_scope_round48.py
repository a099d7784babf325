"""Out of scope, session 22 (brief oos48, round 33's out-of-scope lines that get a section): a
named medicine's own matter (which strength or brand is stronger, what it compares to, the best
time of day to take it), another illness's medicine (for diabetes, fibromyalgia, ADHD, depression,
arthritis of the joints) with a pain or a side effect felt on it or taken beside a painkiller, and
another illness named (osteoporosis and its T score, a DVT, a neuropathy, knees worn bone on bone),
a named medicine's reaction, fillers or generic, its refill or a switch to another, and another
joint's operation told beside "back to" work or sport are the prescriber's, the pharmacist's or
that illness's doctor's questions, not the guide's; a medicine for sciatica, sciatica in pregnancy
and which painkiller helps keep their sections. Wordings written by the team before the fix, not
copied from any labelled set."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import in_guide_cases, outside_cases, routed_to

test_a_named_medicines_strength_dose_or_timing_is_outside = outside_cases(
    [
        "Is oxycodone 10mg stronger than hydrocodone 10mg?",
        "Is norco 7.5/325 weaker than percocet 5/325?",
        "What does tramadol compare to in strength?",
        "Is vicodin the same drug as norco?",
        "What's the best time of day to take amitriptyline, morning or night?",
        "What time should I take my nortriptyline so I'm not groggy at work?",
        "Is 50mg of tramadol stronger than 30mg of codeine?",
        "Is Dilaudid stronger than morphine? My back is killing me.",
        "Best time to take naproxen, with breakfast or at night?",
        "How does oxycontin compare to methadone for chronic back pain?",
    ]
)

test_another_illnesss_medicine_with_a_pain_or_beside_a_painkiller_is_outside = outside_cases(
    [
        "Does anyone get leg cramps on Victoza?",
        "My husband has bad side effects from Humira, aching legs mostly. What can he do?",
        "I've been on Remeron for a year and now I get a sore back, anyone else?",
        "Ozempic side effects: back ache and nausea, do these get better?",
        "Has anyone had muscle pain on metformin?",
        "Is it safe to take tramadol and Paxil at the same time?",
        "Can I take ibuprofen together with my lisinopril?",
        "I take sertraline, is it okay to take codeine with it at the same time?",
        "Savella for fibromyalgia, how long did it take to work for you?",
        "My son is on clonidine for ADHD and now his calves hurt, is it the medicine?",
    ]
)

test_another_illness_named_is_outside = outside_cases(
    [
        "My T score is -3.1 in my hip, which drug builds bone density best?",
        "I was just diagnosed with osteoporosis, should I take Prolia or Fosamax?",
        "Diagnosed with a DVT in my calf, should I rest or keep moving?",
        "I have a blood clot in my leg, is it okay to fly?",
        pytest.param(
            "I have peripheral neuropathy in both feet from diabetes, how do I stop the burning?",
            marks=pytest.mark.xfail(reason="both feet alarm as both legs before scope is read"),
        ),
        "My knees are bone on bone with osteoarthritis, what can I do besides a knee replacement?",
        "I have osteopenia at 52, will weight training help my bones?",
        "Diagnosed with diabetic neuropathy, my feet burn at night, any tips?",
        "I have narcolepsy and my legs ache all the time, anyone else have both?",
    ]
)

test_a_named_medicines_reaction_filler_or_generic_is_outside = outside_cases(
    [
        "Any tips for nausea from tramadol?",
        "What can I do about the constipation from codeine?",
        "I get hives from oxycodone, is it the filler in the generic?",
        "Is anyone allergic to the fillers in generic percocet?",
        "Anything for the itching from morphine?",
        "Does a different manufacturer of gabapentin have different side effects?",
        "How can I stop the dizziness from pregabalin?",
        "My generic naproxen from a new manufacturer seems weaker, is that possible?",
    ]
)
test_a_named_medicines_refill_or_switch_is_outside = outside_cases(
    [
        "My doctor won't refill my tramadol early, what can I do?",
        "The pharmacy refused to fill my oxycodone prescription, is that legal?",
        "How do I get my gabapentin refilled when my doctor is away?",
        "Can I go to the ER to get my hydrocodone refilled?",
        "My doctor is refusing to refill my norco until I see a specialist, any advice?",
        "My pain doctor switched me from hydrocodone to buprenorphine, does anyone know about it?",
        "My doctor took me off oxycodone and put me on methadone, is that normal?",
        "Can I get an early refill of my percocet if I'm going on holiday?",
    ]
)
test_another_joints_operation_told_with_back_to_is_outside = outside_cases(
    [
        "How long after knee arthroscopy until I'm back to running?",
        "Had my meniscus trimmed by keyhole surgery, when can I get back to tennis?",
        "I had shoulder surgery 6 weeks ago, when can I go back to work?",
        "After my ACL reconstruction how long till I'm back to full activity?",
        "Had both knees scoped a month ago, when will I be back to normal?",
        "I broke my wrist in May, when can I get back to the gym?",
        "My ankle was operated on, how long before I'm back to driving?",
        "Two weeks after surgery on my elbow, when can I go back to golf?",
    ]
)

# Look-alikes written after the fix: near wordings that must not change.
test_a_medicine_for_sciatica_keeps_the_painkillers_section = routed_to(
    "painkillers",
    [
        "Is tramadol stronger than codeine for sciatica?",
        "What's the best time to take gabapentin for my sciatica?",
        "Which painkiller helps sciatica the most?",
        "I've tried co-codamol but need something stronger, what else is there?",
        "Can I take ibuprofen and paracetamol together for sciatica?",
    ],
)

test_sciatica_in_pregnancy_keeps_the_pregnancy_section = routed_to(
    "pregnancy",
    [
        "I'm 20 weeks pregnant with sciatica, is paracetamol stronger than ibuprofen?",
        "Sciatica in pregnancy, what's the best time of day to take paracetamol?",
    ],
)

test_sciatica_told_beside_another_illness_stays_in_the_guide = in_guide_cases(
    [
        "I have osteoporosis and sciatica, which exercises are safe for me?",
        "I'm on metformin and my sciatica flares when I sit, what helps?",
        "Since my lumbar fusion I have neuropathy in my foot, is that from the surgery?",
        "I had a bone density scan for osteoporosis, can I do the bridge?",
        "On humira for crohns, my calves ache after walks. stretches?",
    ]
)

test_a_medicines_side_effects_or_prescription_for_sciatica_keep_painkillers = routed_to(
    "painkillers",
    [
        "Does tramadol have side effects?",
        "What are the side effects of naproxen for sciatica?",
        "Is generic pregabalin as good as Lyrica for sciatica?",
        "My GP won't prescribe gabapentin for my sciatica, what else can I try?",
        "My doctor switched me from gabapentin to pregabalin for sciatica, is it better?",
    ],
)
test_back_to_work_after_back_surgery_keeps_the_surgery_section = routed_to(
    "surgery",
    [
        "When can I get back to work after a microdiscectomy?",
        "How long after back surgery until I'm back to running?",
    ],
)
test_back_to_an_activity_with_sciatica_stays_in_the_guide = in_guide_cases(
    [
        "How long after knee surgery before I can do my sciatica stretches again?",
        "I'm back to running after sciatica, should I keep stretching?",
        "After my knee operation I'm back to walking, but sciatica flares, why?",
    ],
)
