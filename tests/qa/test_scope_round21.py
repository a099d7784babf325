"""Out of scope in both directions (round 21): classes of misses seen in round 19's dev set (a
heart patient, a faith's practice, a trapped nerve of the neck, a defect of the vertebra's arch,
a medicine and a job, a scan in pregnancy), checked on wordings written by the team (not copied
from any labelled set), each beside look-alikes that must keep their answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import ANSWERER, in_guide, in_guide_cases, outside_cases

test_a_heart_patients_question_is_outside = outside_cases(
    [
        # A heart operation or device told with a bad back and no sciatica: what is safe for
        # that heart is the cardiologist's question.
        "I had a triple bypass in 2019 and my lower back has been playing up. Is it safe for "
        "me to use a massage gun on it?",
        "My husband has a pacemaker fitted and his back went last week, can he have a TENS "
        "machine?",
        "Mum had a heart valve replaced two years ago and now her disc has slipped, what do "
        "we do?",
        "After my heart surgery in March my back aches when I lift anything. Is that normal?",
    ],
)


test_sciatica_beside_an_operation_stays_in_the_guide = in_guide_cases(
    [
        # Look-alikes: sciatica told beside the heart, or a gastric bypass, stays the guide's.
        "I had a heart bypass last year and now I have sciatica down my left leg. Which "
        "stretches are safe?",
        "I had a gastric bypass two years ago and now my back pain is bad. Should I stay in bed "
        "or keep moving?",
    ],
)


test_a_faiths_practice_is_outside = outside_cases(
    [
        # Whether a faith's practice may be done differently, or missed, for a bad back: a
        # question for the faith's teachers, not the guide.
        "My back is so bad I can't bow down during salah. Is it allowed to pray sitting on a "
        "chair instead?",
        "Is it disrespectful to stay seated during the service when everyone kneels? My lower "
        "back won't let me get up again.",
        "With my back pain I missed church three Sundays in a row. Is that a sin?",
    ],
)


test_sitting_or_kneeling_at_worship_stays_in_the_guide = in_guide_cases(
    [
        # Look-alikes: sitting through a service, or kneeling to pray, as a matter of the back.
        "Sitting through a two hour church service makes my sciatica flare. Any tips for sitting?",
        "Kneeling to pray hurts my back, what stretches can I do before?",
    ],
)


test_a_trapped_nerve_in_the_neck_is_outside = outside_cases(
    [
        # A trapped nerve of the neck, with no back or leg told: another part of the spine.
        "I've got a trapped nerve in my neck and can't sleep more than three hours a night. "
        "Any advice?",
        "Pinched nerve in the neck since Monday, physio says rest. How long does it usually last?",
    ],
)


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Look-alike: the nerve trapped low down.
        ("I've got a trapped nerve in my lower back and can't sleep more than three hours. "
         "Any advice?", "sleeping"),
    ],
)  # fmt: skip
def test_a_trapped_nerve_low_down_stays_in_the_guide(text: str, expect: str) -> None:
    assert in_guide(text), (text, ANSWERER.answer(text))
    assert ANSWERER.answer(text).answer_id == expect


test_a_pars_defect_is_outside = outside_cases(
    [
        # A defect of the vertebra's arch (spondylolysis, a pars fracture), with no sciatica or
        # leg told: another condition of the spine.
        "My teenage son has been diagnosed with spondylolysis from playing cricket. Can he "
        "still bowl?",
        "The scan showed a pars defect at L5. Will it ever heal on its own?",
    ],
)


test_a_pars_defect_with_sciatica_or_a_disc_stays_in_the_guide = in_guide_cases(
    [
        # Look-alikes: the same defect told with sciatica down the leg, or beside a disc on the
        # nerve, asks about the sciatica or the disc.
        "I have spondylolysis and now sciatica down my right leg, is walking OK?",
        "My MRI says pars defect at L5 with a bulging disc pressing on the nerve. Will I need "
        "an operation?",
    ],
)


test_a_medicine_and_a_job_is_outside = outside_cases(
    [
        # Whether a prescribed medicine costs a job (a drug test, being hired): employment
        # law, whatever back the message tells.
        "I take tramadol for my back on prescription. Will it show up on the drug test for my "
        "new job?",
        "Could an employer refuse to hire me because I'm prescribed codeine for back pain?",
    ],
)


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Look-alike: a new job told with sciatica is about coping at work.
        ("I've just been hired as a delivery driver and have sciatica, how do I cope with "
         "long shifts?", "work"),
    ],
)  # fmt: skip
def test_starting_a_job_with_sciatica_stays_in_the_guide(text: str, expect: str) -> None:
    assert ANSWERER.answer(text).answer_id == expect, (text, ANSWERER.answer(text))


test_a_scan_in_pregnancy_is_outside = outside_cases(
    [
        # Whether a scan taken while pregnant harms the baby: a radiologist's question.
        "I had an x-ray of my lower back and then found out I was pregnant. Could the x-ray "
        "have harmed the baby?",
        "Found out I'm 8 weeks pregnant, I had a CT scan of my spine a month ago. Will the "
        "radiation affect my baby?",
    ],
)


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Look-alike: sciatica in pregnancy, and whether it harms the baby, is the guide's.
        ("I'm 20 weeks pregnant with sciatica, can it affect my baby?", "pregnancy"),
    ],
)  # fmt: skip
def test_sciatica_in_pregnancy_stays_in_the_guide(text: str, expect: str) -> None:
    assert ANSWERER.answer(text).answer_id == expect, (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # A strength that only names the pill prescribed, or the pill whose use for sciatica is
        # asked: no request for a dose, so the guide answers what is asked.
        ("Will the naproxen 500mg actually help with sciatica or is it just for swelling?",
         "painkillers"),
        ("My GP prescribed amitriptyline 10mg for the nerve pain at night?? Has anyone found a "
         "way to get back to sleep when sciatica wakes them at 3am?", "sleeping"),
    ],
)  # fmt: skip
def test_a_strength_that_names_the_pill_is_no_request_for_a_dose(text: str, expect: str) -> None:
    assert ANSWERER.answer(text).answer_id == expect, (text, ANSWERER.answer(text))


test_asking_for_a_strength_is_still_personal_advice = outside_cases(
    [
        # Look-alikes: asking what strength to take is still personal advice.
        "Should I go up to 600mg of gabapentin?",
        "I was prescribed 300 mg pregabalin. Can I take 150 mg more at night?",
        "Is 50mg of tramadol too much for me?",
    ],
)


test_a_travel_service_is_outside = outside_cases(
    [
        # A travel service asked for (a tour company, a tour by car, a wheelchair to hire at the
        # place visited): the travel trade's question, whatever back the message tells.
        "We land in Rome on Friday and my wife has a bad back and cannot manage hills. Can "
        "anyone recommend tour companies that use minibuses rather than walking tours?",
        "My father has sciatica and we are visiting Paris next month. Where can we hire a "
        "wheelchair for the day near the Louvre?",
        "Planning a trip to Edinburgh with my mum, who has a bad back. Are there any guided "
        "tours by car so she does not have to walk up the Royal Mile?",
    ],
)


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Look-alikes: coping with a coach trip or a city break's walking stays the guide's.
        ("We are going on a coach tour of Scotland next week and my sciatica hates sitting. "
         "How do I cope with the long drives?", "driving-travel"),
        ("Going on a city break with sciatica, how much walking is OK each day?", "walking"),
    ],
)  # fmt: skip
def test_coping_on_a_trip_stays_in_the_guide(text: str, expect: str) -> None:
    assert ANSWERER.answer(text).answer_id == expect, (text, ANSWERER.answer(text))


test_tiredness_with_aches_all_over_is_outside = outside_cases(
    [
        # Tiredness with aches all over the body and no sciatica told: a general malaise for
        # the GP, whatever back or legs ache with the rest.
        "For weeks I have had no energy at all, I ache all over my body including my back and "
        "legs, and I nod off at my desk. What could it be?",
        "Feeling lethargic and achy everywhere lately, even my lower back hurts. Why am I so "
        "tired all the time?",
    ],
)


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Look-alikes: tiredness beside sciatica, or after the exercises, stays the guide's.
        ("My sciatica keeps me up at night and I have no energy the next day. How can I sleep "
         "better?", "sleeping"),
        ("I feel tired after doing my back exercises, is that normal?", "exercise-safely"),
        ("I have sciatica and feel so fatigued, is walking still a good idea?", "walking"),
    ],
)  # fmt: skip
def test_tiredness_beside_sciatica_stays_in_the_guide(text: str, expect: str) -> None:
    assert ANSWERER.answer(text).answer_id == expect, (text, ANSWERER.answer(text))
