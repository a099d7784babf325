"""Out of scope in both directions (session 19, brief oos38): a narrowing of the spinal canal
(spinal or lumbar stenosis, stenosis of the spine) named where nothing else in the guide ranks
is the guide's subject, never "the guide doesn't cover that", and the name alone or a request
for what it is gets the section on what sciatica is; a narrowing of the neck, a heart valve or
a baby's stomach stays outside. Wordings written by the team, not copied from any labelled
set."""

from __future__ import annotations

from tests.qa.answer_checks import guide_answer_cases, in_guide_cases, outside_cases

test_spinal_stenosis_named_is_in_the_guide = in_guide_cases(
    [
        "My mum (78) was told she has spinal stenosis and she is struggling with it. What do "
        "you suggest?",
        "dad has lumbar stenosis and gets fed up quickly, any tips for him",
        "Foraminal stenosis diagnosed last week. Not sure what to do now.",
    ],
)


test_spinal_stenosis_asked_what_it_is_is_why_sciatica = guide_answer_cases(
    [
        ("lumbar stenosis", "why-sciatica"),
        ("Spinal stenosis?", "why-sciatica"),
        ("my doctor says ive got spinal stenosis at L4. tell me about it?", "why-sciatica"),
        ("What can you say about stenosis of the spine?", "why-sciatica"),
    ],
)


test_a_narrowing_elsewhere_stays_outside = outside_cases(
    [
        "I have aortic stenosis, is it dangerous?",
        "cervical stenosis in my neck, what does it mean?",
        "How much does a spinal stenosis operation cost privately?",
    ],
)


# A pain told in the buttock, the hip or the leg and asked what it is, where nothing else in
# the guide ranks: how to tell what the pain is, never "the guide doesn't cover that"; a rash,
# a bruise, a child's legs or a pet's hip, and a pain in the groin after another operation,
# stay outside.
test_a_buttock_or_hip_pain_asked_what_it_is_is_is_it_sciatica = guide_answer_cases(
    [
        ("what is this weird ache deep in my left buttock??", "is-it-sciatica"),
        ("what is this nagging ache in my right butt cheek", "is-it-sciatica"),
        (
            "Aching in my buttocks for a couple of months now, on and off. Whats this?",
            "is-it-sciatica",
        ),
    ],
)


test_other_things_in_the_leg_asked_what_they_are_stay_outside = outside_cases(
    [
        "what is this rash on my thigh?",
        "what is this bruise on my thigh, it aches a bit",
        "My 7 year old keeps waking with a pain in his legs at night. What could it be?",
        "My dog has a pain in his hip, what could it be?",
        "pain in my groin after a hernia op, what is it?",
    ],
)


# Being let go or refused help at work, put as the law's question ("is this grounds for
# dismissal?", "a reasonable accommodation refused", "what they did is illegal", "can my
# employer fire me"): the employer's, the union's or a lawyer's question, outside the guide;
# working, sitting on a ball at work and resting after being sent home stay the guide's.
test_dismissal_or_a_refused_accommodation_put_as_the_law_is_outside = outside_cases(
    [
        "I've worked at the warehouse for 9 years. After my disc surgery the doctor gave me a "
        "note for no lifting over 20 lbs for 3 months. Now my supervisor says there is no light "
        "work and hinted they will let me go. Is this grounds for dismissal? I dont know where "
        "to turn.",
        "asked my manager for a reasonable accommodation (a standing desk and shorter shifts) "
        "after my L5 surgery and they said no. what are my options now",
        "My employer forced me out after my back operation. I am fairly sure what they did "
        "is unlawful and want to know what to do next.",
        "Off 6 weeks with sciatica and my boss is talking about my attendance. Can my boss fire "
        "me for this?",
    ],
)


test_work_told_beside_the_guides_question_stays_in_the_guide = guide_answer_cases(
    [
        (
            "Sitting on a stability ball at work instead of a chair, is that good for sciatica?",
            "sitting",
        ),
        ("I've been off work 3 weeks with sciatica, when should I go back?", "work"),
        (
            "I got fired last month and since then I just sit around all day and my sciatica is "
            "worse. Should I be walking more?",
            "walking",
        ),
    ],
)


# A device or procedure the guide does not cover told as the writer's own (a spinal cord
# stimulator fitted, weeks after an ablation, a choice between stimulators' makers): its
# specialist's question, outside the guide, wherever the message tells it; a question naming
# another theme, or an operation beside the procedure, keeps the guide's answer.
test_the_writers_own_stimulator_or_ablation_is_outside = outside_cases(
    [
        "I had a spinal cord stimulator fitted in March. The battery site is still sore and the "
        "buzzing keeps me awake. Is this normal?",
        "two weeks out from radiofrequency ablation on my L4-L5 facets and the pain is worse "
        "than before. Has anyone had this? what next, more injections or a discectomy?",
        "Trying to decide between the Nevro and a Medtronic stimulator after two failed back "
        "surgeries. Which one did you go with?",
        "My stimulator was implanted 6 weeks ago. How do I get the settings right?",
    ],
)


test_a_procedure_beside_the_guides_question_stays_in_the_guide = guide_answer_cases(
    [
        (
            "How long should I wait after getting an RFA done before I can have a laminectomy "
            "for my sciatica?",
            "surgery",
        ),
        (
            "I had an epidural injection last week and the leg pain is better. How long will it "
            "last?",
            "injections",
        ),
    ],
)


# A disc's bulge told by its lumbar level ("a bulge at L4-L5", "herniation at L5-S1") beside a
# plea for what to do is the guide's subject; a bulge at a neck's level stays outside.
test_a_bulge_told_by_its_lumbar_level_is_in_the_guide = in_guide_cases(
    [
        "I have a bulge at L4-L5 pressing on the nerve, what can I do?",
        "herniation at L5-S1, not sure what to do",
        "Dear doctor, a protrusion at L5 S1 was found last month. What would you advise?",
    ],
)


test_a_bulge_at_the_necks_level_stays_outside = outside_cases(
    ["bulge at C5-C6 in my neck, what can I do?", "a protrusion at C6 C7, any advice?"],
)


# A lump or a bump the writer feels or finds, or one on the hip bone or above the bum crack,
# told with no sciatica, nerve or leg: the GP's question, outside the guide; a pregnancy bump,
# a bump in the road and a knock on the table keep the guide's answer.
test_a_lump_or_bump_felt_is_outside = outside_cases(
    [
        "I'm 15 and play rugby, my hip has hurt after matches and now I can feel a small bump "
        "on the bone. please help",
        "Found a soft squishy lump just above my bum crack, it's sore to sit on. Should I be "
        "worried?",
        "my son (13) does gymnastics and has noticed two hard bumps on his hip bone. they ache "
        "after training. what could they be?",
    ],
)


test_a_bump_that_is_no_lump_keeps_the_guides_answer = guide_answer_cases(
    [
        ("My pregnancy bump is making my sciatica worse, any tips?", "pregnancy"),
        (
            "Sciatica flared up after I bumped into the table. What helps in a flare-up?",
            "flare-ups",
        ),
        (
            "I hit a bump in the road driving and felt a twinge down my leg. Is driving bad for "
            "sciatica?",
            "driving-travel",
        ),
    ],
)
