"""Out of scope in both directions (round 19): classes of misses seen over every real dev set,
checked on wordings written by the team (not copied from any labelled set), each beside
look-alikes that must keep their answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import ANSWERER, outside_cases, routed_cases

test_swollen_feet_ankles_or_legs_are_outside = outside_cases(
    [
        # Swollen feet, ankles or legs, or fluid kept in them, with no sciatica, back or nerve
        # told: the heart's, the veins' or the kidneys' question.
        "My ankles swell up every evening, what can I do about it?",
        "why are my feet so puffy and swollen at the end of the day",
        "Both my lower legs have gone swollen and tight, is that normal?",
        "Does fluid retention in the legs go away on its own?",
        "my left calf is swollen and warm after the flight",
    ],
)


test_swelling_beside_the_back_or_sciatica_stays_in_the_guide = routed_cases(
    [
        # Look-alikes: a leg that feels swollen with sciatica, and a swollen lower back.
        ("My sciatica makes my leg feel swollen but it looks normal. Is that the nerve?",
         "is-it-sciatica"),
        ("Should I put ice on my lower back if it's swollen?", "heat-ice"),
    ],
)  # fmt: skip


test_benefits_courts_and_job_protection_are_outside = outside_cases(
    [
        # Benefits for being out of work, a court, an employer's rule told unlawful, one's job
        # protected: law and money.
        "I hurt my back lifting at work and I'm on workers comp now. Can they stop the payments?",
        "My back went at the factory. If they sack me can I get unemployment benefit?",
        "The warehouse made me lift 30 kilo sacks and now my disc is gone. Can I take them to "
        "court?",
        "My manager says I can't sit down on my shift even with my sciatica, my GP says that's "
        "illegal. What can I do?",
        "I have been off with sciatica for six weeks and my boss hinted he wants to let me go. "
        "How do I protect my job?",
    ],
)


test_work_beside_sciatica_stays_in_the_guide = routed_cases(
    [
        # Look-alikes: protecting one's back at work, and a job told beside sciatica.
        ("I'm back at work after sciatica, how can I protect my back when lifting boxes?",
         "prevention"),
        ("My job is standing all day at a till, what can I do to stop my sciatica flaring?",
         "flare-ups"),
    ],
)  # fmt: skip


test_money_told_beside_the_question_is_only_the_story = routed_cases(
    [
        # Money told beside another question is only the story: the question is answered.
        ("My back has been sore for a fortnight and the physio was pricey. Is it safe to keep "
         "walking every day", "walking"),
        ("I'm waiting for my insurer to approve the scan. Meanwhile my leg still hurts when I "
         "sit. Should I keep stretching?", "exercise-safely"),
        ("Leg pain down to the ankle since Tuesday, sitting is the worst. I can't afford the "
         "chiropractor any more.", "other-treatments"),
    ],
)  # fmt: skip


test_money_asked_stays_outside = outside_cases(
    [
        # Look-alikes: money asked stays outside, whatever sciatica the message tells.
        "I have sciatica. How much does a private MRI cost?",
        "My leg hurts a lot with sciatica. Will my insurance cover physio?",
        "I have had sciatica for years and tried physio, a chiropractor and acupuncture. Can "
        "anyone tell me whether insurance pays for an MRI.",
    ],
)


test_a_pelvic_organs_pain_is_outside = outside_cases(
    [
        # A pelvic organ (the womb, an ovary, fibroids, endometriosis) told with no sciatica,
        # leg or disc: that organ's pain.
        "Since my hysterectomy in May my lower back aches most evenings. Is that normal?",
        "My gynaecologist thinks the fibroids are pressing and giving me backache. Will it go "
        "once they're removed?",
        "Could an ovarian cyst cause low back pain?",
        "I have endometriosis and my lower back is sore every month, what helps?",
    ],
)


test_sciatica_beside_a_pelvic_organ_stays_in_the_guide = routed_cases(
    [
        # Look-alikes: sciatica or a disc told beside the organ.
        ("I had a hysterectomy two years ago and now have sciatica down my left leg. Which "
         "stretches are safe?", "exercise-safely"),
        ("My MRI shows a bulging disc at L5 and a small cyst on my ovary. Should I worry about "
         "the disc?", "scans"),
    ],
)  # fmt: skip


test_dependence_on_a_medicine_is_outside = outside_cases(
    [
        # Dependence on a medicine told of oneself, or its withdrawal.
        "I think I'm hooked on the codeine I was given for my back. How do I stop?",
        "how long do tramadol withdrawal symptoms last",
        "My back still hurts but I've become dependent on oxycodone, is there a way out?",
        "I run out of my pain pills early every month and get them from friends. How do I beat "
        "the addiction?",
    ],
)


test_painkillers_asked_about_stay_in_the_guide = routed_cases(
    [
        # Look-alikes: painkillers asked about, or a worry about getting addicted.
        ("Should I take painkillers for sciatica or just keep moving?", "painkillers"),
        ("Do painkillers fix sciatica or just mask it?", "painkillers"),
        ("I'm worried about getting addicted to painkillers, what else can I do for sciatica?",
         "painkillers"),
    ],
)  # fmt: skip


test_what_to_buy_or_sell_is_outside = outside_cases(
    [
        # Which car, rucksack or boat to buy, or whether to sell one: shopping.
        "Which SUV has the most supportive seats for someone with a bad back?",
        "I'm shopping for a new car, what models are good for lower back pain?",
        "which hiking backpack should I buy now that my disc is dodgy?",
        "My back can't take my old kayak any more. Should I sell it or keep it?",
    ],
)


test_cars_and_bags_beside_sciatica_stay_in_the_guide = routed_cases(
    [
        # Look-alikes: sitting in a car, a seat's position, carrying a bag.
        ("How should I sit in the car on a long drive with sciatica?", "driving-travel"),
        ("What car seat position is best for sciatica?", "driving-travel"),
        ("Is carrying a heavy backpack bad for sciatica?", "what-to-avoid"),
    ],
)  # fmt: skip


test_anatomy_for_its_own_sake_is_outside = outside_cases(
    [
        # Anatomy asked for its own sake.
        "Is the gluteus medius part of the core muscles?",
        "at which vertebra does the spinal cord end?",
    ],
)


test_the_nerve_and_the_routine_stay_in_the_guide = routed_cases(
    [
        # Look-alikes: what the sciatic nerve is, and whether a stretch works the core.
        ("what is the sciatic nerve and why does it hurt?", "why-sciatica"),
        ("Is the piriformis stretch good for the core?", "piriformis-stretch"),
        ("Is the pelvic tilt part of the routine every day?", "pelvic-tilt"),
    ],
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # Riding told anywhere makes the horse the rider's sport, not a pet: the guide answers
        # (which section is the routing's business), even beside a sore neck.
        "I ride most days and with my sciatica the trot jars my back. Any tips for sitting "
        "softer on the horse?",
        "Since my disc went I find it hard to stay balanced on the horse when we canter. What "
        "exercises would help?",
        "I've ridden for years, but now my neck and lower back ache after a long hack. Any tips "
        "to move better with the horse?",
    ],
)
def test_a_horse_ridden_is_the_riders_sport(text: str) -> None:
    assert ANSWERER.answer(text).kind == "answer", (text, ANSWERER.answer(text))


test_an_animals_own_back_stays_outside = outside_cases(
    [
        # Look-alikes: a horse's or a pony's own back or limp stays outside.
        "My horse has a sore back and the saddle fitter is coming, what should I ask?",
        "my pony keeps limping on her hind leg, what could it be?",
    ],
)
