"""Out of scope in both directions (session 14): classes of misses that recur across the real
dev rounds (a sore tailbone told in lay words, legs aching at night with no sciatica), checked
on wordings written by the team (not copied from any labelled set), each beside look-alikes
that must keep their answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import ANSWERER, in_guide, outside_cases, said, said_cases

test_a_sore_tailbone_in_lay_words_is_outside = outside_cases(
    [
        # The tailbone in two words, or as the end of the spine by the anus or the cleft of the
        # buttocks, with no sciatica, leg or lower back told: a sore tailbone.
        "My tail bone has ached for three weeks since I sat on a hard bench at the match. What "
        "helps it heal?",
        "The very bottom of my spine, just above my bum crack, hurts whenever I sit down. What "
        "could it be?",
        "Sore tail bone after a long bike ride, is that normal?",
        "Pain right at the end of my spine near my anus when I sit on the toilet, been 2 months. "
        "What should I do?",
    ],
)


test_the_tailbone_with_a_leg_stays_in_the_guide = said_cases(
    [
        # Look-alikes: a pain from the tailbone down the leg, or sciatica told beside it, and
        # the base of the spine with a leg, stay the guide's.
        ("Pain from my tail bone shoots down the back of my left leg to my foot. Is it sciatica?",
         "is-it-sciatica"),
        ("The base of my spine hurts and the pain runs down my right leg into my calf, what is "
         "it?", "is-it-sciatica"),
    ],
)  # fmt: skip


def test_sciatica_beside_a_sore_tailbone_stays_in_the_guide() -> None:
    text = (
        "I have sciatica and my tail bone aches when I sit in the car for long, how should I sit?"
    )
    assert in_guide(text), (text, ANSWERER.answer(text))


test_legs_aching_at_night_with_no_sciatica_are_outside = outside_cases(
    [
        # Legs that ache, throb or will not keep still at night, with no sciatica, back or
        # nerve told and no sport as their cause: cramps or restless legs.
        "Why do my legs throb at night when I'm lying in bed?",
        "My mum's legs ache and twitch at night so she cannot settle, what helps?",
        "What causes aching legs at night?",
        "Every evening when I lie down my legs feel achy and restless, I have to keep moving "
        "them. Any ideas?",
    ],
)


test_a_sciatica_leg_or_a_runners_calves_at_night_stay_in_the_guide = said_cases(
    [
        # Look-alikes: a sciatica leg, or a pain from the lower back, aching at night is
        # sleeping; calves aching after long runs are running.
        ("My sciatica leg aches at night, what's the best position to sleep in?", "sleeping"),
        ("My leg aches at night from my lower back down to my calf, how should I lie in bed?",
         "sleeping"),
        ("After my long runs my calves ache at night, should I cut my mileage?", "running"),
    ],
)  # fmt: skip


test_a_job_held_open_or_a_capability_meeting_is_outside = outside_cases(
    [
        # A job held open, a capability meeting, or an employer letting one go: employment
        # law, whatever back the message tells and wherever it asks ("the impression they
        # think I'm faking" is no scan report's heading).
        "I've been off work with sciatica for six weeks and HR wants a meeting about my "
        "capability. They hinted they might let me go. I always got the impression they think "
        "I'm faking it. Any advice on how to handle them?",
        "My employer says they can't hold my job open past March while I recover from the "
        "discectomy. How long do they have to keep it for me?",
    ],
)


test_money_in_the_way_of_care_is_outside = outside_cases(
    [
        # Money told as what stands in the way of care, and only what can be done asked.
        "I can't afford the physio anymore since my hours were cut and my insurance ran out. "
        "The pain clinic wants $300 a month. I just don't know where to turn any more.",
        "My GP halved my tramadol because the insurance only covers 60 tablets a month. My back "
        "is worse than ever. What can I do?",
    ],
)


test_work_or_money_beside_a_guide_question_stays_in_the_guide = said_cases(
    [
        # Look-alikes: the impression one gets at work, or money beside a question of the
        # guide's own, stay the guide's.
        ("I'm back at work after sciatica and got the impression lifting boxes is making it "
         "worse. Should I ask for lighter duties?", "work"),
        ("I can't afford a physio, which exercises can I do at home for sciatica?",
         "physiotherapy"),
    ],
)  # fmt: skip


test_a_vehicle_to_buy_or_sell_is_outside = outside_cases(
    [
        # A vehicle shopped for, or kept or sold, because of a bad back: buying, not the guide.
        "I'm in the market for a new car because my back is awful on long drives. Volvo or Skoda?",
        "Searching for a used SUV with really good lumbar support, my sciatica hates our old "
        "hatchback. Any recommendations?",
        "My back can't take hauling the kayak onto the roof rack any more. Keep or sell?",
        "Shopping around for a camper van that is kind to a bad back. Which ones have the best "
        "seats?",
    ],
)


test_sitting_in_the_car_or_keeping_on_cycling_stays_in_the_guide = said_cases(
    [
        # Look-alikes: how to sit in the car, or whether to keep cycling, stay the guide's.
        ("I'm looking for a way to sit in my car without my sciatica flaring on long drives",
         "driving-travel"),
        ("Should I keep cycling with sciatica or sell the bike and take up swimming?", "cycling"),
    ],
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # Sciatica told, and nothing in the guide ranks for what is asked: still the guide's
        # subject, answered with what helps it most in the long run.
        "Sciatica has been my constant companion for three years now. Honestly, is there any "
        "light at the end of the tunnel?",
        "My sciatica and I are not on speaking terms today lol. Somebody cheer me up with "
        "something that actually worked for you",
        "Had sciatica since the spring and I'm fed up of it ruling my life.",
    ],
)
def test_sciatica_told_is_never_outside_the_guide(text: str) -> None:
    assert said(text) == "long-term-treatment", (text, ANSWERER.answer(text))


test_an_animal_a_dose_or_another_subject_beside_sciatica_stays_outside = outside_cases(
    [
        # Look-alikes: an animal's sciatica, a dose asked, or another subject asked beside a
        # sciatica told in passing stay outside.
        "My dog has sciatica, what can the vet do for him?",
        "Is it ok if I double my tramadol for sciatica to 100mg?",
        "I've had sciatica for years but today my question is about my cat's kidneys, she "
        "won't eat.",
    ],
)


test_a_place_told_and_a_recommendation_asked_is_outside = outside_cases(
    [
        # Where one lives told, and only a recommendation asked: a practitioner in that place,
        # whom the guide does not know.
        "My husband's sciatica is no better after two injections and we are both at the end of "
        "our rope. We live near Bristol. Any recommendations?",
        "We live in southern Ohio and are looking into disc replacement instead of fusion for my "
        "wife. Do you have any insights or recommendations?",
        "I'm based in north Leeds. Slipped disc and leg pain for weeks. Who would you recommend?",
    ],
)


test_where_one_lives_beside_a_guide_question_stays_in_the_guide = said_cases(
    [
        # Look-alikes: living in a climate asks about the guide's own theme.
        ("I live in a cold climate, does the cold make my sciatica worse?", "heat-ice"),
        ("I live in Spain and it's so hot here, is ice or heat better for my sciatica?",
         "heat-ice"),
    ],
)  # fmt: skip


test_a_medicine_beside_a_flight_or_an_operation_is_outside = outside_cases(
    [
        # A medicine beside a flight or an operation: the surgeon's, the anaesthetist's or the
        # pharmacist's question.
        "I'm on pregabalin for sciatica. If I stopped it for a few days, would I be able to fly "
        "to Spain?",
        "Will the naproxen I'm taking affect my anaesthetic for the discectomy next week?",
        "How many days after my last tramadol can I get on a plane?",
        "I've been on gabapentin since March for the nerve pain, could it interfere with my "
        "spinal injection on Friday?",
    ],
)


test_flying_with_sciatica_or_painkillers_instead_of_surgery_stay_in_the_guide = said_cases(
    [
        # Look-alikes: flying with sciatica, or whether painkillers spare an operation.
        ("I'm flying to Spain next week with sciatica, how do I cope with the flight?",
         "driving-travel"),
        ("Can painkillers stop me needing surgery for sciatica?", "surgery"),
    ],
)  # fmt: skip
