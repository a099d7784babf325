"""Routing (route38 of issue 15, session 19). A person who sits or bends for hours at a bench,
a potter's wheel, an instrument, a sewing machine, a gaming chair, a cockpit or a dental stool,
and asks how to sit, in what position, or on what chair or stool, is answered with the sitting
section: not the warning signs (a stool sat on is no bowel movement), not a flare-up's plea
("bent over the bench ... any tips on posture?" is no single movement that set a pain off), not
the job ("a better seating position for this kind of work"). Going back to work or staying off,
a long drive, lifting at work and how to lie in bed keep their own sections; a seated position
told ("from a seated position to standing") asks nothing about sitting. Wordings written for
this brief."""

from __future__ import annotations

from tests.qa.answer_checks import routed_cases

SITTING = "sitting"

test_how_to_sit_at_a_bench_an_instrument_or_a_machine_is_sitting = routed_cases(
    [
        (
            "I'm a potter and spend hours hunched over the wheel, by the evening my lower back "
            "and left buttock are burning. Is there a better way to sit at the wheel, or a "
            "stool that helps?",
            SITTING,
        ),
        (
            "playing cello 4 hrs a day for orchestra rehearsals and my sciatica flares after "
            "every session. what position should i sit in when i play",
            SITTING,
        ),
        (
            "I sew quilts all weekend at my machine and get a dull ache down the back of my "
            "thigh by Sunday night. Would a different chair help or is it how I'm sat?",
            SITTING,
        ),
        (
            "Jeweller here, bent over the bench from 8 till 5, pain in low back and down one leg "
            "by lunch. any tips on posture at the bench??",
            SITTING,
        ),
        (
            "My son games for hours slumped in his gaming chair and now has pain shooting down "
            "his leg. What sort of chair or posture should he be using?",
            SITTING,
        ),
        (
            "I fly long haul and ten hours in the cockpit seat leaves my back and right leg "
            "aching. How should I sit, would a lumbar cushion help?",
            SITTING,
        ),
        (
            "I'm a dental hygienist, leaning over patients all day on a saddle stool and my "
            "lower back is killing me. is there a better seating position for this kind of work?",
            SITTING,
        ),
        (
            "i have a bar stool at the kitchen counter, is it bad for my sciatica to sit on it?",
            SITTING,
        ),
    ]
)

test_work_a_drive_lifting_or_bed_keep_their_sections = routed_cases(
    [
        (
            "I sit at a desk all day and my sciatica is bad this week. Should I go back to work "
            "tomorrow or stay off for a few more days?",
            "work",
        ),
        (
            "I have to drive 300 miles to my mum's on Saturday and my sciatica is playing up, "
            "any tips for the long drive?",
            "driving-travel",
        ),
        (
            "how should I sit in the car on a long drive to Scotland with sciatica?",
            "driving-travel",
        ),
        (
            "My job in the warehouse is lifting boxes all day. Can I keep working with sciatica "
            "or should I take time off?",
            "work",
        ),
        (
            "after a day at the piano my back aches and I can't get comfy in bed, what's the "
            "best position to sleep in?",
            "sleeping",
        ),
        (
            "Going from a seated position to standing is agony and my leg shoots with pain. Is "
            "this sciatica?",
            "is-it-sciatica",
        ),
    ]
)
