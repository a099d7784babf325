"""Out of scope in both directions (session 15, brief oos26): classes of messages a health forum
holds that the guide does not cover, on wordings written by the team (not copied from any
labelled set), each beside look-alikes that must keep their guide answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import ANSWERER, in_guide, outside, said


@pytest.mark.parametrize(
    "text",
    [
        # Another organ's or the body's illness asked about as the back pain's cause or link.
        "been getting a dull ache low in my back for a week and my pee is cloudy. can a kidney "
        "infection cause back pain like this?",
        "Is it possible my lower back pain is from gallstones? it gets worse after fatty food",
        "I was just diagnosed with endometriosis and my lower back aches every month around my "
        "period. Is the back pain from the endometriosis?",
        "My husband got shingles on his side last month and now he has back pain, is that "
        "related to the shingles?",
        "Is there a link between fibromyalgia and back pain? my rheumatologist thinks i might "
        "have fibro",
        "could my thyroid be causing my back pain?? tired all the time too",
        "Mum had a course of steroid injections in her spine and her sugars went sky high. Can "
        "the injections have given her diabetes for good?",
    ],
)
def test_another_illness_asked_as_the_cause_is_outside(text: str) -> None:
    assert outside(text), (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Look-alikes: a disc, a nerve or sitting asked as the cause; another illness told
        # beside a question the guide answers.
        ("Can a herniated disc cause pain down the back of my leg?", None),
        ("I have diabetes and sciatica. Is it safe for me to exercise?", "exercise-safely"),
        ("Could sitting at a desk all day be causing my back pain?", "sitting"),
        ("Is my leg pain from a slipped disc or from my piriformis?", None),
        ("I had a kidney stone last year but this is different, the pain runs from my buttock "
         "to my foot. How long does sciatica last?", "how-long"),
    ],
)  # fmt: skip
def test_a_cause_the_guide_knows_keeps_its_answer(text: str, expected: str | None) -> None:
    assert in_guide(text), (text, ANSWERER.answer(text))
    if expected is not None:
        assert said(text) == expected, (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    "text",
    [
        # A knee, a heel, a shin or a foot's own spot hurt by running or riding, and asked about.
        "Started getting a sharp pain on the outside of my knee about 4 miles into every run. is "
        "this IT band? what should i do",
        "my shins ache after running on the road for a couple of weeks, is it shin splints or "
        "something worse?",
        "Pain under my heel first thing in the morning ever since I upped my mileage for the "
        "marathon. Is it ok to keep running on it?",
        "After about an hour on the bike my achilles gets really tight and sore the next day. "
        "could my cleats be set up wrong?",
        "Ive been doing couch to 5k and now the top of my foot hurts when i run, could it be a "
        "stress fracture?",
    ],
)
def test_a_sports_injury_of_another_part_is_outside(text: str) -> None:
    assert outside(text), (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Look-alikes: the leg's pain from the buttock, sciatica named, the back told, a cramp,
        # an exercise of the routine, a runner's story that asks nothing.
        ("pain shoots from my buttock down the back of my leg when I run, should I stop running "
         "for now?", "running"),
        ("Can I keep cycling with sciatica? my leg gets tingly after 20 minutes in the saddle",
         "cycling"),
        ("My lower back aches after long runs and the ache goes into my hamstring. should I "
         "stretch before or after?", None),
        ("the bird dog hurts my knee, I cycle to work, is there an easier one?", "bird-dog"),
        ("my pain goes down to my knee when I run, should I stop?", "running"),
        ("Training for my first half marathon, 12 miles done on Sunday. Felt a twinge in my "
         "knee near the end but kept running and finished strong.", None),
    ],
)  # fmt: skip
def test_a_runners_sciatica_keeps_its_answer(text: str, expected: str | None) -> None:
    assert in_guide(text), (text, ANSWERER.answer(text))
    if expected is not None:
        assert said(text) == expected, (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    "text",
    [
        # A procedure or a device the guide does not cover, asked about or told just before.
        "My pain consultant wants to trial a spinal cord stimulator for my failed back surgery. "
        "Has anyone had one and did it work?",
        "having a lumbar puncture next week to rule out MS, does it hurt much?",
        "they're talking about putting in a morphine pump for my back pain. how long does the "
        "battery last?",
        "Anyone had an intrathecal pump fitted for chronic back pain? what was recovery like",
        "My neurosurgeon thinks a pain pump is the next step for my back. I would be grateful to "
        "hear from anyone who has lived with one.",
    ],
)
def test_a_procedure_the_guide_does_not_cover_is_outside(text: str) -> None:
    assert outside(text), (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Look-alikes: the guide's injections and operations, a procedure told as tried or in
        # the past of a story asking about the routine.
        ("Does a nerve root block hurt? booked in for one next week for my sciatica",
         "injections"),
        ("Does the epidural injection hurt?", "injections"),
        ("how long is recovery after a microdiscectomy for sciatica?", "surgery"),
        ("I have had sciatica for 3 years. I have tried injections, physio and a spinal cord "
         "stimulator trial and nothing works. What else can I do?", None),
        ("I had a lumbar puncture when I was a kid. Now I have sciatica down my left leg. Is "
         "walking ok?", "walking"),
    ],
)  # fmt: skip
def test_the_guides_procedures_keep_their_answer(text: str, expected: str | None) -> None:
    assert in_guide(text), (text, ANSWERER.answer(text))
    if expected is not None:
        assert said(text) == expected, (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    "text",
    [
        # A wheelchair, a scooter or an ECV to rent or hire for a trip: the travel trade's.
        "We're off to the Florida parks next month and my back can't do a full day on my feet. "
        "Is it better to rent an ECV or a wheelchair?",
        "Sciatica is flaring before our cruise. Has anyone rented a scooter on board, and was it "
        "worth it?",
        "my disc is bulging and walking far is hard. thinking of renting a wheelchair vs a "
        "mobility scooter for the zoo trip, pros and cons?",
    ],
)
def test_a_mobility_aid_to_rent_is_outside(text: str) -> None:
    assert outside(text), (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Look-alikes: walking or driving on the trip, a walking stick already used.
        ("Is walking around a theme park all day ok with sciatica? we go next week", "walking"),
        ("We're driving 8 hours to the coast with my sciatica, how often should I stop?",
         "driving-travel"),
        ("I use a walking stick because of the sciatica in my left leg. Should I still try to "
         "walk every day?", "walking"),
    ],
)  # fmt: skip
def test_walking_or_driving_on_a_trip_keeps_its_answer(text: str, expected: str) -> None:
    assert said(text) == expected, (text, ANSWERER.answer(text))
