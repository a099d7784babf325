"""Routing (route35 of issue 15, session 18). A symptom story that ends by asking what it is
inside a plea ("does anyone know what this is?", "can someone tell me what this is", "any idea
what it is?", "what is this pain?") or by two guessed sources alone ("Hip or back? thanks") is
answered with how to tell whether it is sciatica, not with a word the story happens to hold
("travel", "the car", "exercise"). The same plea after an operation, a scan report or an
injection told, or about an exercise, a mattress or a recovery time, keeps that answer.
A story of a pain in the leg or the hip in which walking, sitting, driving, standing at work or
lying in bed only says when it comes ("walking to the shops makes it burn", "whenever I drive
more than half an hour"), asking nothing else, is answered the same way; a short message whose
activity is all it tells, or a question about the activity itself, keeps the activity's section.
A rider's position or a kind of bike ("low on the aero bars", "a tri bike", "an ebike") is
cycling; a sleeping or sitting position and a ride in the car keep theirs. Wordings written for
this brief."""

from __future__ import annotations

from tests.qa.answer_checks import routed_cases

IS_IT = "is-it-sciatica"

test_what_it_is_asked_in_a_plea_after_symptoms_is_how_to_tell = routed_cases(
    [
        (
            "for about a month ive had this weird ache in the back of my knee that comes and "
            "goes, sometimes my calf feels tight too. anyone know what this is?",
            IS_IT,
        ),
        (
            "Pain starts in my left buttock and sort of wraps round to the front of my thigh, "
            "worse in the evening. Can someone tell me what this is??",
            IS_IT,
        ),
        (
            "I've got a burning patch on the outside of my thigh for 3 weeks, no injury that I "
            "know of. Any idea what it is?",
            IS_IT,
        ),
        (
            "Hello, 44M, sharp twinges in my glute that travel down to the back of my knee after "
            "long days on my feet. What is this pain?",
            IS_IT,
        ),
    ]
)

test_two_guessed_sources_alone_after_symptoms_is_how_to_tell = routed_cases(
    [
        (
            "It hurts deep in my hip when I get out of the car and sometimes shoots into my "
            "groin. Hip or back? thanks",
            IS_IT,
        ),
        (
            "my lower back has been stiff for weeks and now theres a dull throb round the side of "
            "my right hip when i climb stairs or turn over in bed. hip or spine?",
            IS_IT,
        ),
    ]
)

test_the_plea_after_a_treatment_or_about_a_theme_keeps_its_answer = routed_cases(
    [
        (
            "I'm 3 weeks after a microdiscectomy and my leg still tingles. Does anyone know what "
            "this is?",
            "surgery",
        ),
        (
            "My MRI report says L5-S1 foraminal narrowing. Does anyone know what this is?",
            "scans",
        ),
        (
            "I had an epidural steroid injection yesterday and my back is sore. any idea what it "
            "is?",
            "injections",
        ),
        ("My physio gave me bird dogs to do. Anyone know what this exercise is for?", "bird-dog"),
        ("Does anyone know what the best mattress for sciatica is?", "sleeping"),
        ("Can someone tell me what a normal recovery time is for sciatica?", "how-long"),
    ]
)


test_an_activity_only_saying_when_the_pain_comes_is_how_to_tell = routed_cases(
    [
        (
            "Im 34 and for six weeks my right leg aches from the buttock to the calf, walking to "
            "the shops makes it burn and I have to stop. My GP says its nothing. any thoughts "
            "appreciated",
            IS_IT,
        ),
        (
            "pain in my bum cheek that shoots into my hamstring whenever i drive more than half "
            "an hour, comes and goes for weeks now, no injury i can think of. help",
            IS_IT,
        ),
        (
            "After standing at work all day I get a deep ache in my buttock that runs into the "
            "back of my knee, and lying in bed doesn't always ease it. I'm 52 and fit otherwise. "
            "Any input welcome.",
            IS_IT,
        ),
    ]
)

test_the_activity_asked_about_or_told_alone_keeps_its_section = routed_cases(
    [
        ("my leg hurts down to the calf whenever I sit for long. any tips?", "sitting"),
        ("Pain shoots down my leg every time I drive to work. Any advice?", "driving-travel"),
        (
            "tingling down my thigh every time I sit at my desk. what chair or cushion should I "
            "use?",
            "sitting",
        ),
        (
            "sharp pain into my hamstring when I drive, how can I make long drives easier?",
            "driving-travel",
        ),
        (
            "Since the fusion in March my thigh burns whenever I walk more than a mile and "
            "sitting makes my calf ache too. How long does recovery from spinal fusion usually "
            "take?",
            "surgery",
        ),
    ]
)

test_a_riders_position_or_a_kind_of_bike_is_cycling = routed_cases(
    [
        (
            "I have a bulging disc at L4. Is it ok to stay low on the aero bars for a 40k time "
            "trial or should I sit more upright?",
            "cycling",
        ),
        ("does riding an ebike count as exercise for sciatica or is it too easy?", "cycling"),
        (
            "Triathlete here with sciatica: tri bike position vs road position, which puts less "
            "strain on the lower back?",
            "cycling",
        ),
    ]
)

test_other_positions_and_rides_keep_their_answers = routed_cases(
    [
        ("what position should I sleep in with sciatica?", "sleeping"),
        ("which sitting position is best at my desk with sciatica?", "sitting"),
        ("can I ride in the car for 4 hours with sciatica?", "driving-travel"),
        ("are drop sets at the gym ok with sciatica?", "gym-yoga"),
    ]
)
