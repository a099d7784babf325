"""Routing (route37 of issue 15, session 18). A story of a pain that ends by asking whether to
go and have it checked ("should he go and have it looked at?", "at what point do I go and get it
checked?", "is it worth getting it looked at?", "wondering whether to get it seen to") is
answered with when to see a doctor, not with the activity the story says the pain comes in
(walking the dog, sleeping on one side, the car). A check told as done, or a professional named
for it, keeps the question's own answer.
"Bump" said as a knock ("I bump my knees on the drawer", "bumping into the trolley") or of a
road ("every bump jars my back", "over the speed bumps") is no pregnancy bump: the question keeps
its own section; a bump of one's own ("my bump is getting heavy") stays the pregnancy's.
Wordings written for this brief."""

from __future__ import annotations

from tests.qa.answer_checks import routed_cases

DOCTOR = "see-a-doctor"

test_whether_to_go_and_have_it_checked_is_when_to_see_a_doctor = routed_cases(
    [
        (
            "My wife has had a sore lower back for about a fortnight, it's worst when she walks "
            "up the hill to the station. She says it's nothing. Should she go and have it "
            "looked at?",
            DOCTOR,
        ),
        (
            "been getting an ache in my hip every night when i lie on my left side, about 3 "
            "weeks now. when do i go and get it checked",
            DOCTOR,
        ),
        (
            "Twinge in my buttock whenever I drive more than an hour, on and off since spring. "
            "Is it worth getting it checked out or am I overreacting?",
            DOCTOR,
        ),
        (
            "my back went stiff after gardening on saturday and still aches walking round the "
            "shops. not sure whether to get it seen to",
            DOCTOR,
        ),
    ]
)

test_a_check_told_or_a_professional_named_keeps_its_answer = routed_cases(
    [
        (
            "Got it checked out by the GP who said keep moving. How far should I walk a day "
            "with sciatica?",
            "walking",
        ),
        ("should I get my back looked at by a physio or a chiropractor?", "physiotherapy"),
        (
            "my doctor sent me for an MRI to get it checked out, what will the scan show?",
            "scans",
        ),
        ("is it safe to go swimming with sciatica or should I wait?", "swimming"),
    ]
)

test_a_bump_that_is_a_knock_or_a_roads_is_no_pregnancy = routed_cases(
    [
        (
            "my table at work is low and I bump my knees on the frame, so I slouch. how should "
            "I sit with sciatica?",
            "sitting",
        ),
        (
            "On the towpath every bump goes straight up my spine and my calf throbs later. "
            "Is cycling making my sciatica worse?",
            "cycling",
        ),
    ]
)

test_a_bump_of_ones_own_stays_the_pregnancys = routed_cases(
    [
        ("my bump is getting heavy and sciatica wakes me at night, what can I do?", "pregnancy"),
        (
            "the bump is pressing right on the nerve when I sit at my desk, how should I sit?",
            "pregnancy",
        ),
    ]
)
