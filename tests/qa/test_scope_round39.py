"""Out of scope in both directions (session 19, brief oos39): a nerve damage (a peripheral
neuropathy) told as what may have followed the writer's own lumbar operation is the surgery
section's question, never "the guide doesn't cover that"; a diabetic or chemotherapy neuropathy,
or one after a neck fusion, stays outside. Wordings written by the team, not copied from any
labelled set."""

from __future__ import annotations

from tests.qa.answer_checks import guide_answer_cases, in_guide_cases, outside_cases

test_a_neuropathy_after_a_lumbar_operation_is_surgery = guide_answer_cases(
    [
        (
            "Can a lumbar fusion cause peripheral neuropathy? My feet started burning a year "
            "after the operation and I'm scared it's permanent.",
            "surgery",
        ),
        (
            "had a laminectomy at L4 last spring and now my neurologist says i have peripheral "
            "neuropathy in both feet, could the surgery have done this??",
            "surgery",
        ),
    ],
)


test_a_neuropathy_after_back_surgery_is_in_the_guide = in_guide_cases(
    [
        "Is it possible to get peripheral neuropathy from a discectomy? Numb patches on my shin "
        "since the op 8 months ago",
        "After my spinal fusion I developed what the doctors now call peripheral neuropathy. Will "
        "it ever go away?",
        "my microdiscectomy was in june and since then ive had small fibre neuropathy, anyone "
        "else get this after back surgery",
    ],
)


test_a_neuropathy_from_another_cause_stays_outside = outside_cases(
    [
        "I have diabetic neuropathy in both feet, what cream helps?",
        "Can chemotherapy cause peripheral neuropathy in the hands?",
        "my mum has peripheral neuropathy from her diabetes and her feet burn at night, any tips?",
        "Does vitamin B12 help peripheral neuropathy? I have had it for years.",
        "I had a neck fusion at C5-C6 and now have neuropathy in my hands, is that from the "
        "surgery?",
    ],
)
