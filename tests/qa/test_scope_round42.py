"""Out of scope, session 20 (brief oos42): the foot's own pain (a plantar heel, a falling arch, a
bunion, a foot red and purple on crutches), neuropathy in the feet from diabetes or chemotherapy,
and another joint's procedure (an injection into the hips' inflamed fluid sacs, key-hole surgery
on a knee) are not the guide's, and the bot says so; the same foot told with sciatica or a pain
from the back, and the back's own injection or key-hole operation, keep the guide's answer; a
low back, sacrum or leg pain asked "what is it" reaches is-it-sciatica. Wordings written by the
team before the fix, not copied from any labelled set."""

from __future__ import annotations

from tests.qa.answer_checks import in_guide_cases, outside_cases, routed_cases

test_the_foot_s_own_pain_is_outside = outside_cases(
    [
        "The bottom of my foot hurts after leg press at the gym, especially when I point my "
        "toes. What have I done?",
        "I have plantar fasciitis, my heel is agony first thing in the morning. What helps?",
        "Diabetic neuropathy in my feet, the burning keeps me awake. Any suggestions?",
        "Peripheral neuropathy in my feet from diabetes, what shoes are best for walking?",
        "My feet ache so much after a 12 hour shift, any tips?",
        "Pain in the ball of my foot when I walk, like standing on a pebble. Is it Morton's "
        "neuroma?",
        "Since I've been on crutches for my broken ankle my foot goes red and purple and throbs?",
        "A bunion on my left foot is making walking painful, what can I do?",
        "My heels hurt when I stand up after sitting, nobody can tell me why?",
        "My feet hurt so much when I get back up from the sofa, why?",
    ]
)

test_a_foot_with_sciatica_stays_in_the_guide = in_guide_cases(
    [
        "My sciatica goes all the way down to my foot and the sole burns when I walk. What can "
        "I do?",
        "Numb foot from a slipped disc in my lower back, can I still go to the gym?",
        "Sciatica makes the bottom of my foot tingle when I sit at work, any tips?",
        "Is foot pain part of sciatica?",
        "Pain from my buttock down to my foot when I walk, is it sciatica?",
    ]
)

test_another_joint_s_procedure_is_outside = outside_cases(
    [
        "I've been offered steroid injections in both hips for inflamed fluid sacs, are they "
        "painful?",
        "Is a cortisone shot into the hip bursa painful?",
        "My knee is being scoped next week, how long is recovery from an arthroscopy?",
        "Pain in my knee and hip. Do I need keyhole surgery?",
        "Will keyhole surgery on my knee fix the pain?",
        "Has anyone had a cortisone injection in the shoulder, did it hurt?",
        "Hip arthroscopy for a labral tear, is the recovery long?",
        "Getting a steroid injection in my knee for arthritis, how long does it last?",
        "Injection in my heel for plantar fasciitis next week, does it hurt?",
        "The surgeon wants to do a knee arthroscopy to clean out the joint, is it worth it?",
    ]
)

test_the_back_s_own_procedure_stays_in_the_guide = in_guide_cases(
    [
        "Has anyone had a steroid injection for sciatica, is it painful?",
        "Epidural injection in my lower back next week, what should I expect?",
        "Keyhole surgery for a slipped disc, how long is the recovery?",
        "I had injections in my hips and back for sciatica and they didn't help, what's next?",
        "Is a microdiscectomy keyhole surgery?",
    ]
)

test_a_low_back_or_leg_pain_asked_what_it_is = routed_cases(
    [
        ("Burning, stabbing pain in my lower back and sacrum?", "is-it-sciatica"),
        ("Gnawing pain in the low back and sacrum area, what is it?", "is-it-sciatica"),
        ("Aching pain I've had in my right leg for weeks?", "is-it-sciatica"),
        ("What is this dull ache in my left leg?", "is-it-sciatica"),
        ("Deep burning pain in my sacrum and lower back, what could it be?", "is-it-sciatica"),
        ("Throbbing pain in my left leg, what is causing it?", "is-it-sciatica"),
    ]
)

# Near wordings written after the fix that must keep what they were answered with before it.
test_near_wordings_keep_their_answer = routed_cases(
    [
        (
            "My legs feel tired and heavy when I walk and my lower back aches, what can I do?",
            "walking",
        ),
        ("Pain in my lower back when I sit, any tips?", "sitting"),
        ("My feet hurt and my back aches after standing all day at work, any tips?", "work"),
        ("Burning in the sole of my foot since my disc slipped, will it go?", "is-it-sciatica"),
        ("Tired aching legs and sciatica after work, what helps?", "work"),
        (
            "My heel hurts when I walk and the pain shoots up to my buttock, is it sciatica?",
            "is-it-sciatica",
        ),
        ("Aching pain in my left leg when I walk, should I keep walking?", "walking"),
        ("Pain in my leg and lower back when driving, what helps?", "driving-travel"),
    ]
)

test_a_knee_injection_beside_sciatica_stays_in_the_guide = in_guide_cases(
    [
        "I have sciatica and plantar fasciitis, which stretches help both?",
        "Steroid injection in my knee last week and now sciatica down the same leg, could they "
        "be linked?",
    ]
)
