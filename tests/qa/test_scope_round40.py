"""Out of scope, session 20 (brief oos40): the hip joint's own matter (a new hip, a bursitis on
the side of the hip, a torn labrum, an impingement), how to pray (sujood, ruku, salah on a
chair) and a foot, ankle or calf's own injury (a fracture in a boot, a sprain, a torn calf) are
not the guide's, and the bot says so; the same parts told beside sciatica or a pain shooting
down the leg keep the guide's answer. Wordings written by the team before the fix, not copied
from any labelled set."""

from __future__ import annotations

from tests.qa.answer_checks import alarm_cases, in_guide_cases, outside_cases

test_the_hip_joint_itself_is_outside = outside_cases(
    [
        "Six weeks after my hip replacement the outside of my hip still aches when I climb "
        "stairs. Is that normal?",
        "How long before I can drive after a total hip replacement?",
        "I've been told I have trochanteric bursitis. What helps it settle?",
        "My GP thinks it's greater trochanteric pain syndrome, the side of my hip is sore lying "
        "on it at night. Any tips?",
        "Hip bursitis flaring again, can I still go to my pilates class?",
        "Had an MRI which showed a labral tear in my right hip. Do these heal without surgery?",
        "What exercises are good for hip impingement (FAI)?",
        "Got diagnosed with hip dysplasia at 30, my groin aches after walking. Will I need an "
        "operation?",
        "My lower back has ached since my hip resurfacing in March, my walking is lopsided. "
        "Anyone else had this after a new hip?",
        "my mum had her hip replaced and now her back aches, how long till she walks normally?",
    ]
)

test_a_hip_beside_sciatica_stays_in_the_guide = in_guide_cases(
    [
        "I have trochanteric bursitis and sciatica, how can I tell which one is hurting?",
        "Since my hip replacement I get shooting pain down the back of my leg to my foot, could "
        "it be sciatica?",
        "My hip hurts and the pain goes down my leg into my calf, is this sciatica?",
        "Sciatica in my hip and buttock when I sit, what stretches help?",
        "I had a hip replacement two years ago and now I have sciatica down my left leg, which "
        "stretches are safe?",
    ]
)

test_how_to_pray_is_outside = outside_cases(
    [
        "How can I do sujood in salah when bending down hurts my lower back?",
        "I can't do ruku properly because of my back. Can I pray sitting on a chair?",
        "Is it ok to pray namaz sitting down with a slipped disc?",
        "My back makes prostrating in prayer agony, how do other Muslims with sciatica manage "
        "salat?",
        "What is the ruling on praying on a chair for someone with back pain?",
        "How do I perform sajdah with a herniated disc?",
        "Tips for getting through taraweeh prayers with lower back pain?",
        "my father cannot do sajda because of his sciatica, how should he pray",
        "Doing the rakats makes my leg pain flare, any advice for salah?",
        "Can I kneel at Mass with sciatica or should I stay in the pew seated?",
    ]
)

test_prayer_beside_the_guide_s_own_question_stays_in_the_guide = in_guide_cases(
    [
        "I kneel to pray every night and my knees are fine, but sciatica keeps me awake. How "
        "should I sleep?",
        "Is child's pose good for sciatica? It looks like praying",
        "I pray this sciatica goes away soon, how long does it usually last?",
        "I pray salah five times a day and my sciatica is getting worse, which stretches should "
        "I do?",
    ]
)

test_a_foot_ankle_or_calf_injury_is_outside = outside_cases(
    [
        "I broke a bone in my foot and I'm in a walking boot for six weeks, now my back and "
        "hips ache from limping. What can I do?",
        "Sprained my ankle playing netball, how long until I can run again?",
        "Pulled my calf muscle sprinting for the bus, should I ice it or heat it?",
        "Is it a calf strain or a torn muscle? Felt a pop in my calf during tennis.",
        "Ruptured my achilles last month, when can I start walking without crutches?",
        "I fractured my ankle and the cast comes off next week, what exercises help?",
        "twisted my ankle on the stairs, it's swollen and bruised, do I need an xray",
        "Got a hairline fracture in my foot from hiking, the boot is making my knee sore",
        "Tore my calf playing football, how long does a grade 2 calf tear take to heal?",
    ]
)

# Red flags come first: a leg told weak alarms before any scope rule is asked (the tenth
# red-team wording of the class, which the alarm answers, not "the guide doesn't cover that").
test_a_weak_leg_after_a_sprain_still_alarms_first = alarm_cases(
    ["Sprained ankle 3 weeks ago and it's still weak. Any exercises?"]
)

test_a_leg_injury_beside_sciatica_stays_in_the_guide = in_guide_cases(
    [
        "Since I sprained my ankle I've had sciatica down the same leg, is it connected?",
        "My calf goes numb when I sit for long, is that sciatica?",
        "I pulled something in my back lifting and now pain shoots into my calf. How long will "
        "it last?",
        "Can sciatica feel like a calf strain?",
        "My sciatica started after I rolled my ankle and limped for weeks, what exercises help?",
    ]
)

test_a_poem_a_song_or_a_joke_asked_for_is_outside = outside_cases(
    [
        "Write me a poem about my sciatica",
        "can you compose a haiku about back pain",
        "Tell me a joke to cheer me up, my sciatica is awful today",
        "Make up a limerick about a slipped disc please",
        "Could you write a song about living with sciatica for my support group?",
        "I've had sciatica for a year. Craft me a sonnet about my suffering nerve.",
        "Tell me a bedtime story, I can't get comfy because of this leg pain",
        "Generate a rap about lower back pain",
        "write a funny poem for my husband who has sciatica",
        "can u make up a story for my kids about why daddy's back hurts",
    ]
)

test_a_poem_or_a_story_told_beside_a_question_stays_in_the_guide = in_guide_cases(
    [
        "I read a poem about chronic pain that made me cry. How long does sciatica usually last?",
        "My physio told me a story about a runner who recovered fully. Can I run with sciatica?",
        "Can you tell me a good stretch for sciatica?",
    ]
)
