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


# Etiquette around one's back (what to say to strangers or hosts, a polite way to turn them
# down, stopping people from asking or advising, their comments or stares, whether a thing is
# rude) is a manners column's question, whatever back pain is told beside it; a question about
# what helps the back, told beside what other people say, keeps its section.
test_how_to_answer_or_stop_other_people_is_outside = outside_cases(
    [
        "My back means I walk with a stick at 45. How should I answer strangers who ask what's "
        "wrong with me? I don't want to be rude but it's nobody's business.",
        "sciatica has me using a mobility scooter and the nosy neighbours keep asking. whats a "
        "polite way to shut down these questions?",
        "I have a bad back and carry a cushion everywhere. How can I politely stop people at "
        "work offering me treatment advice without offending them?",
        "Dear Abby, my slipped disc means I have to stand at dinner parties. What do I say to "
        "hosts who keep insisting I sit down?",
        "how do i get my in-laws to stop asking about my back surgery every time we visit??",
        "I use a disabled badge because of my spine and people glare at me in the car park. How "
        "do I deal with their comments?",
        "Is it rude to lie down on the sofa at someone else's party when my back is playing up? "
        "My sister thinks so.",
    ],
)


test_what_others_say_beside_a_question_about_the_back_keeps_its_section = guide_answer_cases(
    [
        (
            "People keep telling me to try pilates for my sciatica. What exercises actually help?",
            "long-term-treatment",
        ),
        (
            "My family keep telling me to stay in bed. Is bed rest actually good for sciatica?",
            "bed-rest",
        ),
        ("How do I stop my sciatica coming back once it settles?", "prevention"),
        (
            "What should I say to my doctor so he sends me for an MRI of my lower back?",
            "scans",
        ),
    ],
)


test_strangers_told_beside_a_question_about_sitting_keep_the_guide = in_guide_cases(
    [
        "strangers stare when I stand up at the cinema because sitting hurts my sciatica, how "
        "long is it ok to sit?",
        "how do I deal with the pain at night, my sciatica keeps me up",
    ],
)


# Buying or keeping a car (its reliability, the dealer, a test drive, trading one in) with no
# sciatica, leg or numbness told and nothing asked about the seat's set-up or posture is a car
# column's question; how to drive or sit with sciatica keeps the driving section.
test_a_car_purchase_beside_a_sore_back_is_outside = outside_cases(
    [
        "Dear Car Talk, my back aches after an hour in our old Corolla. We're looking at a Mazda "
        "CX-5 next. How is its reliability compared with a RAV4?",
        "Thinking of trading in my hatchback for a pickup because climbing into low seats hurts "
        "my back. Are the 2019 models any good or should I wait?",
        "The salesman wouldn't let me take a longer test drive even though I told him low seats "
        "wreck my back. Is that normal at dealerships?",
        "I'm 6 foot 4 and every car seat slumps me and hurts my back. Which SUV has the best "
        "reliability for the money?",
    ],
)


test_driving_with_a_sore_back_keeps_the_driving_section = guide_answer_cases(
    [
        ("What car seat position is best for sciatica on a long drive?", "driving-travel"),
        (
            "I drive a Honda Civic for work 3 hours a day and my sciatica is killing me, any tips "
            "for long drives?",
            "driving-travel",
        ),
        (
            "Just bought a new car after a test drive and my back now aches after the commute. "
            "How should I set up the seat?",
            "driving-travel",
        ),
        (
            "The dealer says the seats in this model have good lumbar support. What is the best "
            "posture for driving with a bad back?",
            "driving-travel",
        ),
    ],
)


# A result read out without naming the scan ("it showed disc degeneration at L4-L5") is the
# scans section's question, never "the guide doesn't cover that"; a blood test or an ovary's
# scan stays outside.
test_a_spine_result_read_out_without_the_scan_is_scans = guide_answer_cases(
    [
        (
            "Got my results back today, it showed mild disc degeneration at L4-L5 and a small "
            "protrusion. not really sure what this means?",
            "scans",
        ),
        (
            "Just found out I have scoliosis. The pictures of my whole spine showed wear in the "
            "lower discs as well. Anyone have similar results??",
            "scans",
        ),
        ("the results showed narrowing at L5-S1, is that serious or normal for 50?", "scans"),
    ],
)


test_other_results_stay_outside = outside_cases(
    [
        "My blood test showed high cholesterol, not really sure what this means?",
        "the ultrasound showed a cyst on my ovary, what does that mean?",
    ],
)
