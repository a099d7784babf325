"""Routing (round 26 of issue 15, classes that recur across rounds of real messages): a sport
played on a court, a pitch or a mat, which the guide has no section on, is how to exercise
safely, and who told the teller to give it up is not what is asked; whether to worry, asked
last of a pain told lasting weeks or months, whom to be seeing, a doctor named short ("my dr")
or someone who will not go, is when to see a doctor; what helps, asked as a heading ("Sciatica
- what should I do?", "exercises for back pain") or as a routine, is what treats it; a story
of such a sport ending in how to carry on with it is how to exercise safely, whatever physios,
pills or heat it told; pain during the exercises or the sessions a physio gave is how far an
exercise may hurt; a baby carried, held or lifted is a child born, not a pregnancy. Wordings
written by the team, beside look-alikes that must keep their answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import routed


@pytest.mark.parametrize(
    "text",
    [
        "My husband is a keen cricketer, a fast bowler, and his sciatica flares after every "
        "match. Any advice on how he can keep playing?",
        "I do karate three times a week and the kicks are starting to send pain down my leg. "
        "Any tips so I don't make it worse?",
        "Can I still play football on Sunday with a herniated disc? I'm the goalkeeper.",
        "Squash league starts next month and my sciatica has been acting up. How do I get back "
        "on court without hurting my back?",
        "Is boxing training ok for someone with a slipped disc?",
        "basketball with sciatica",
        "My son plays rugby for his school and has been getting pain down the back of his thigh "
        "after games. Is it safe for him to carry on playing this season?",
        "I've been doing martial arts for ten years. After sparring my lower back locks up and "
        "my buttock aches for days. How do other fighters manage this?",
        "Training for my first triathlon and my left glute burns after long sessions. Should I "
        "keep going?",
        # Who said to give it up is not what is asked.
        "My physio says I should stop playing netball until it settles. Is she right?",
    ],
)  # fmt: skip
def test_a_sport_the_guide_has_no_section_on_is_how_to_exercise_safely(text: str) -> None:
    assert routed(text) == "exercise-safely"


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # The sports the guide has a section on keep it.
        ("Can I go running with sciatica?", "running"),
        ("Is cycling OK with sciatica?", "cycling"),
        ("Can I go swimming with sciatica?", "swimming"),
        ("Is yoga good for sciatica?", "gym-yoga"),
        # A sport told, something else asked.
        ("I hurt my back playing football last week. How long will it last?", "how-long"),
        ("Watching the football on the sofa all weekend made my back stiff. Is sitting bad for "
         "sciatica?", "sitting"),
        # Who told it, when that is all the question names.
        ("My physio says I need ten sessions, is that normal?", "physiotherapy"),
        ("My chiropractor told me to come three times a week, is that too much?",
         "other-treatments"),
        ("My physio says I shouldn't run for a month. Is that right?", "running"),
    ],
)  # fmt: skip
def test_sport_look_alikes_keep_their_answer(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    "text",
    [
        "I've had a numb patch on my thigh for two months and a dull ache in my back. Should I "
        "see my dr about it?",
        "My mum's back has been bad for three weeks and the pills do nothing. Who should she be "
        "seeing about it?",
        "I've had back pain and a sore hip for two months now. Should I be worried?",
        "My back has been stiff and achy every morning for a couple of months, it isn't getting "
        "any easier. Is this something to worry about?",
        "My dad keeps saying his back is fine but he's walking less and less and rubbing his "
        "leg. He won't go to the doctor. What should we do?",
        # A pain told as starting that long ago.
        "My back started hurting a year ago after I moved house and it's never really gone "
        "away. Should I be worried?",
    ],
)  # fmt: skip
def test_whether_or_whom_to_see_after_a_long_pain_is_seeing_a_doctor(text: str) -> None:
    assert routed(text) == "see-a-doctor"


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("Should I see a physio for sciatica?", "physiotherapy"),
        ("Should I see a chiropractor for my sciatica?", "other-treatments"),
        ("Should I see a surgeon about having an operation for my disc?", "surgery"),
        # Worry asked of a symptom, with no time told, is the warning signs' or how to tell.
        ("When should I be worried about numbness?", "red-flags"),
        ("Can sciatica be a sign of something more serious?", "red-flags"),
        ("I hurt my back two weeks ago. How long will it take to heal?", "how-long"),
        ("I have a pain in my lower back that stretches down one leg, should I be worried?",
         "is-it-sciatica"),
        ("I haven't seen a doctor yet. Can I just go straight to a physio?", "physiotherapy"),
    ],
)  # fmt: skip
def test_seeing_a_doctor_look_alikes_keep_their_answer(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    "text",
    [
        "Sciatica - what should I do?",
        "exercises for sciatica",
        "Please could you suggest an exercise routine to help my sciatica? I used to go to "
        "yoga but stopped a while back.",
        "Any tips for getting rid of sciatica? I'm a mum of two and carrying the little one "
        "around all day makes it worse.",
    ],
)  # fmt: skip
def test_what_helps_asked_as_a_heading_or_a_routine_is_what_treats_it(text: str) -> None:
    assert routed(text) == "long-term-treatment"


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("Can't sleep with sciatica, what should I do?", "sleeping"),
        ("my sciatica is acting up again today, what do i do", "flare-ups"),
        ("exercises for sciatica in pregnancy", "pregnancy"),
        ("exercises to avoid with sciatica", "what-to-avoid"),
        ("Which yoga poses help sciatica?", "gym-yoga"),
        ("Should I stretch or do strengthening exercises?", "stretches-vs-exercises"),
    ],
)  # fmt: skip
def test_what_helps_look_alikes_keep_their_answer(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    "text",
    [
        "I'm 44 and play tennis three times a week. Last month my physio said my L5 disc is "
        "irritated and gave me some stretches and I've been taking ibuprofen before matches. The "
        "serve is the worst, my back twinges every time I arch. Any tips on how I can keep "
        "playing without making it worse?",
        "My daughter is 14 and bowls for the county cricket team. Since the start of the season "
        "she gets a pain in her lower back that goes into her buttock after long spells. The GP "
        "said it was muscular and to rest for a week. She's desperate to play in the final. Any "
        "advice on exercises she could do to protect her back?",
        "I've done kickboxing for eight years. Three weeks ago I felt something go in my back "
        "during a high kick and since then I've had a burning pain down the back of my thigh. "
        "Heat helps a bit. I really don't want to quit. Should I keep training or take a break?",
        "Been racing triathlons for a decade. This year I've had a tight glute and pins and "
        "needles in my foot after long bike and run sessions, and my chiropractor thinks it's "
        "the piriformis. My next race is in six weeks. How do I keep training without wrecking "
        "myself?",
        "I ride horses and compete in dressage. My back has been sore for two months and "
        "sometimes the pain shoots into my leg after a long session in the saddle. My vet bills "
        "are high enough without a doctor's too! Any suggestions for riders with sciatica?",
    ],
)  # fmt: skip
def test_a_story_of_a_sport_ending_in_how_to_carry_on_is_how_to_exercise_safely(
    text: str,
) -> None:
    assert routed(text) == "exercise-safely"


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("I play football every Sunday and for two months my back has ached and my foot tingles "
         "after games. Should I see my doctor about it?", "see-a-doctor"),
        ("I hurt my back playing squash last week and the pain is going down my leg. How long "
         "does this usually last?", "how-long"),
        ("I play hockey and my sciatica flares after matches. Is it ok to take ibuprofen before "
         "a game?", "painkillers"),
    ],
)  # fmt: skip
def test_a_story_of_a_sport_asking_something_else_keeps_its_answer(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    "text",
    [
        "My physio gave me exercises but they hurt like mad while I'm doing them. Is that "
        "normal?",
        "Why does my leg hurt more during my physical therapy sessions?",
        "The stretches the physio showed me make my back ache for hours afterwards, is "
        "something wrong?",
    ],
)  # fmt: skip
def test_pain_during_the_exercises_a_physio_gave_is_how_to_exercise_safely(text: str) -> None:
    assert routed(text) == "exercise-safely"


@pytest.mark.parametrize(
    "text",
    [
        "Does physiotherapy help sciatica?",
        "How many physio sessions will I need?",
        "My GP wants to refer me to a physio. What will they do?",
    ],
)  # fmt: skip
def test_physiotherapy_itself_asked_keeps_its_answer(text: str) -> None:
    assert routed(text) == "physiotherapy"


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("Carrying my 10 month old baby on my hip has given me pain down my leg. How long does "
         "sciatica usually last?", "how-long"),
        ("I'm a dad and I carry our baby for hours to get her to sleep, now my leg is killing "
         "me. Is walking good for sciatica?", "walking"),
        ("Do you have any tips for easing sciatica? Holding my baby on one side all day has set "
         "it off.", "long-term-treatment"),
        # A pregnancy now keeps its section.
        ("I'm expecting a baby in June and have sciatica, what exercises are safe?", "pregnancy"),
        ("The baby is pressing on my sciatic nerve, what can I do?", "pregnancy"),
        ("Is sciatica common when you're having a baby?", "pregnancy"),
    ],
)  # fmt: skip
def test_a_baby_carried_or_held_is_a_child_born_not_a_pregnancy(text: str, expect: str) -> None:
    assert routed(text) == expect
