"""Routing (round 19): classes of misses seen on round 17's split (dev since round 18), checked on
wordings written by the team (not copied from any labelled set), each beside look-alikes that must
keep their answer."""

from __future__ import annotations

from tests.qa.answer_checks import routed_cases, routed_to

test_sport_in_general_asked_what_to_avoid_is_what_to_avoid = routed_to(
    "what-to-avoid",
    [
        # Sport in general, asked what to avoid: no one sport's section answers it.
        "I've got two bulging discs. Which sports should I stay away from?",
        "My daughter was told she has a slipped disc, what kinds of activities should she "
        "avoid? She loves netball and climbing.",
        "With a herniated disc, are there any sports or activities I should avoid?",
        "What physical activities should be avoided with sciatica? I used to do a lot of hiking "
        "and some tennis.",
    ],
)  # fmt: skip


test_what_to_avoid_lookalikes_keep_their_answer = routed_cases(
    [
        # Look-alikes: a sport or place named keeps its section, and sport asked of without
        # avoiding stays the gym's.
        ("What should I avoid at the gym with sciatica?", "gym-yoga"),
        ("Should I avoid running while my sciatica is bad?", "running"),
        ("Which sports are good for sciatica?", "gym-yoga"),
    ],
)


test_pain_relief_asked_for_is_the_painkillers_section = routed_to(
    "painkillers",
    [
        # Pain relief asked for as something to take or be given, whatever the story says the
        # pain stops (sleep, walking).
        "I'm in agony and can barely sleep. What is the best pain relief for sciatica?",
        "The GP won't see me for three weeks and I can't walk or sleep. How do I get proper "
        "pain relief in the meantime?",
        "what pain relief can I take for sciatica while breastfeeding? my baby is 4 months",
        "Which pain reliever works best for nerve pain in the leg?",
    ],
)  # fmt: skip


test_pain_relief_lookalikes_keep_their_answer = routed_cases(
    [
        # Look-alikes: the relief a named treatment gives is that treatment's.
        ("Does heat or ice give better pain relief?", "heat-ice"),
        ("What's the best pain relief for sciatica, heat or ice?", "heat-ice"),
        ("Can physio give me some pain relief?", "physiotherapy"),
        ("Do steroid injections give long pain relief?", "injections"),
    ],
)


test_warmth_or_cold_felt_is_a_symptom_not_heat_or_ice = routed_cases(
    [
        # A warmth or a cold felt in the body is a symptom told, not heat or ice used.
        ("There's a cold feeling in my foot since my sciatica started, could it be the nerve?",
         "is-it-sciatica"),
        ("I get a hot feeling down the back of my leg at night when I lie down, is that "
         "sciatica?", "is-it-sciatica"),
        ("My feet feel cold and my leg aches, is that sciatica?", "is-it-sciatica"),
        ("I keep getting a warm sensation in my thigh that lasts a few seconds. Is it my nerve? "
         "Should I see a doctor?", "see-a-doctor"),
        ("odd warm patch on the side of my knee comes and goes, should I get it checked by my "
         "GP?", "see-a-doctor"),
        # Look-alikes: heat or cold put on the back.
        ("Should I use a warm bath or an ice pack on my back?", "heat-ice"),
        ("Is a hot water bottle ok for sciatica?", "heat-ice"),
        ("Does a cold pack help sciatica?", "heat-ice"),
    ],
)  # fmt: skip


test_what_one_has_asked_after_symptoms_is_how_to_tell = routed_to(
    "is-it-sciatica",
    [
        # What one has, asked after symptoms and what they stop (sleep, sitting): how to tell.
        "My leg has ached for weeks and now my hip clicks. I can't sleep and can't walk far. "
        "What could I possibly have?",
        "I have a burning calf and my back is stiff every morning, I cant sit for long. What is "
        "wrong with me?",
        "My foot tingles when I sit at my desk. what do I have?",
        "Pain in my bum and down to the knee, worse when I drive to work. What could this be?",
    ],
)  # fmt: skip


test_what_one_has_lookalikes_keep_their_answer = routed_cases(
    [
        # Look-alikes: what the story says the pain stops, asked about, keeps its section; "what
        # do I have to do" asks for no diagnosis.
        ("I can't sleep with this leg pain. What position should I sleep in?", "sleeping"),
        ("Sitting at work kills my leg. What could I change at my desk?", "sitting"),
        ("My leg hurts after an hour at my desk. What do I have to do to sit comfortably?",
         "sitting"),
    ],
)  # fmt: skip


test_a_common_words_plural_is_no_typo = routed_cases(
    [
        # The plural of a common word is a word of its own, not a typo of a guide word:
        # meditations are no medications.
        ("My meditations are ruined by back pain when I sit upright, I really need an answer.",
         "sitting"),
        ("Any tips for my evening meditations? Sitting cross-legged hurts my bum.", "sitting"),
        # Look-alikes: medications named, or misspelt, are still the painkillers section.
        ("Do medications help sciatica?", "painkillers"),
        ("Are there any medicatons I can take for the nerve pain?", "painkillers"),
    ],
)  # fmt: skip


test_weeks_of_pain_that_stops_everyday_things_is_see_a_doctor = routed_to(
    "see-a-doctor",
    [
        # A pain lasting weeks or months that stops everyday things, then only "what should I
        # do?": the reasons to book an appointment, not the section of what it stops.
        "My leg has been aching for six weeks now and it makes it hard to sit through a film, "
        "what should I do?",
        "It's been 3 months of this back and leg pain and it makes it hard to sleep. what do I "
        "do?",
        "The sciatica has lasted two months and it is difficult to walk to the shops, what "
        "should I do?",
        "i have had pain in my lower back and down my leg for almost 8 weeks, it makes walking "
        "hard, what should i do",
    ],
)  # fmt: skip


test_weeks_of_pain_lookalikes_keep_their_answer = routed_cases(
    [
        # Look-alikes: a question about the activity itself, or a flare told, keep their answer.
        ("I've had sciatica for 2 months, how should I sleep?", "sleeping"),
        ("It's been 6 weeks, is walking still ok?", "walking"),
        ("It flared up two weeks ago and I can't walk, what do I do?", "flare-ups"),
    ],
)


test_a_lifting_programme_is_the_gyms = routed_cases(
    [
        # Lifting as a sport and its programmes (a strength program, a training split) are the
        # gym's.
        ("My physio has cleared me to lift again but no heavy deadlifts yet. What would be a "
         "good strength program to get back in shape?", "gym-yoga"),
        ("I was thinking of a push pull legs split, 3 days a week. Is that ok with sciatica?",
         "gym-yoga"),
        ("Can I do olympic lifts with a herniated disc?", "gym-yoga"),
        # Look-alikes: strengthening exercises asked of in general are stretches and exercises.
        ("What exercises strengthen my back for sciatica?", "stretches-vs-exercises"),
        ("I was told to do strengthening exercises for sciatica, how many a day?",
         "stretches-vs-exercises"),
    ],
)  # fmt: skip
