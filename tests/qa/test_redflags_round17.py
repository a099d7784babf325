"""Red flags and alarms of round 15's real dev set, by class (issue 15): lay wordings from two
red-teams written for this session (forum style, typos, relatives' and pets' stories; not copied
from any labelled set) that failed before the fixes, beside the look-alikes that guard them.
NICE NG59 / NHS / CKS: a deficit new or progressing, a lump on the back, sciatica on both sides
getting worse, trauma, pain waking someone every night alarm; a general question, an old
operation's residual deficit, a word in another sense, an animal's illness, a one-sided or
passing numbness, an injury already operated on do not."""

from __future__ import annotations

from tests.qa.answer_checks import alarm_cases, alarm_naming, quiet, quiet_cases

# Weakness in lay words: a leg or foot hard to lift, a side weak below the waist or hip, pushing
# off a struggle, stairs harder and harder (NICE NG59: a progressing motor deficit).
test_weakness_in_lay_words_alarms = alarm_naming(
    "leg_weakness",
    [("hi all. my left side below the hip has gone weak over the past week, struggling to push "
      "off when I walk. physio appointment isnt till next month. should i wait?"),
     ("Since last week my whole right side below the waist feels weak and heavy. Im 44. Should "
      "I go to a walk in centre?"),
     ("My doctor said theres no reflex at the ankle now, and climbing stairs has got harder and "
      "harder this month. Im waiting 10 weeks for the MRI."),
     ("The pain is a bit less but its got really hard to lift my right leg up onto the bed, I "
      "use my hands to help it."),
     "Over time this has made lifting my left foot difficult, I have to swing the leg out."],
)  # fmt: skip


# A leg hard to lift because it hurts or pulls, or an exercise's lift: no weakness told.
test_a_lift_hard_from_pain_stays_quiet = quiet_cases(
    ["Lifting my leg to put socks on is hard because it pulls on the nerve. Which stretch helps?",
     ("Raising my leg for the straight leg raise is hard because it pulls so much behind the "
      "knee. Should I keep doing it?"),
     "Going upstairs is tiring since I've put on weight. No numbness, just puffed out."],
)  # fmt: skip


# A lump or swelling told on the back, new (NHS back pain: a lump or swelling in the back).
test_a_lump_on_the_back_alarms = alarm_naming(
    "cancer_weight",
    [("Noticed a hard lump on my lower back near my spine about a week ago, it wasnt there "
      "before. My sciatica has been bad for a month."),
     ("My husband found a swelling on my lower back last night, about the size of an egg. I've "
      "had bad sciatica for 6 weeks. Should I worry?")],
)  # fmt: skip


# A muscle knot, or a cyst known for years, is no lump of concern.
test_a_muscle_knot_or_old_cyst_stays_quiet = quiet_cases(
    [("The physio found a knot in the muscle on my lower back and massaged it out. How often "
      "should I stretch?"),
     "I have a small lump on my back from an old cyst, can I lie on it?"],
)  # fmt: skip


# Sciatica named on both sides, getting worse, however long it has lasted (NHS: both sides).
test_bilateral_sciatica_told_worse_alarms = alarm_naming(
    "both_legs",
    [("ive had bilateral sciatica since june 2019 and this month there has been an increase in "
      "my pain in both buttocks. What else can I take?"),
     ("Diagnosed with bilateral sciatica in 2021, its getting worse and I can barely do the "
      "school run now.")],
)  # fmt: skip


# Asked about in general, or a procedure done on both sides.
test_bilateral_asked_or_a_procedure_stays_quiet = quiet_cases(
    ["Is bilateral sciatica more serious than one sided? I'm a physio student.",
     "I'm having bilateral facet injections next tuesday. Should I keep up the exercises?"],
)  # fmt: skip


# Trauma in other words: named, concussed, thrown or barged, kicked by a horse.
test_trauma_in_other_words_alarms = alarm_naming(
    "trauma",
    [("I was concussed and bed-ridden for a week after the incident, the bruises are fading but "
      "there is still pain in my back and pelvis."),
     ("The trauma to my lower back was worse than I thought, a fortnight on my leg still goes "
      "into spasms."),
     ("While I was grooming my horse he barged me into the stable wall. Since then my back is "
      "killing me."),
     "I got thrown off my horse on Sunday and now my back hurts when I cough."],
)  # fmt: skip


# A crash of another kind; an injury already operated on or booked for an operation.
test_another_crash_or_an_injury_operated_stays_quiet = quiet_cases(
    ["Watched a documentary on crash test dummies and now I think about my posture driving.",
     "I work in a crash repair garage and bend over cars all day, my sciatica is worse at night.",
     ("Fell skiing in February and herniated a disc, had a microdiscectomy in April and I'm "
      "recovering well. When can I ski again?"),
     ("I fell bouldering this spring and wrecked a disc, I'm having a microdiscectomy in two "
      "weeks. Which rucksack is kindest to a back?")],
)  # fmt: skip


# Pain that wakes someone every night, the writer's or someone cared for (CKS night pain).
test_pain_waking_someone_every_night_alarms = alarm_naming(
    "night_pain",
    ["My son is 13 and every night he wakes up crying with back pain. Should we go back?",
     ("Every night my husband wakes around 3am with his back pain and cant get comfy. Its been "
      "a month and getting worse."),
     ("My 14 year old keeps waking up in the night crying with pain in her lower back. "
      "Painkillers dont touch it.")],
)  # fmt: skip


# A baby's waking, or waking to pee, is no night pain.
test_a_babys_waking_or_a_night_pee_stays_quiet = quiet_cases(
    ["Our baby wakes up every night around 3am, and lifting her out of the cot hurts my back.",
     "I wake up a couple of times at night to pee, always have. My sciatica is a daytime thing."],
)  # fmt: skip


# A question of the generic "you" or someone, and bare fragments asked after it.
test_a_general_question_and_its_fragments_stay_quiet = quiet_cases(
    [("How quickly do you need to get to hospital if your legs go numb and you cant pee? My "
      "sciatica is one sided."),
     ("If someone has cauda equina how long do they have to get surgery? Numbness in the "
      "saddle? Bladder? Just trying to understand."),
     "When is the deadline for the op? 24 hours from when your legs go numb? Bowels and bladder?",
     "Wat does 'no cauda equina compression' mean on my MRI report please"],
)  # fmt: skip


# The same question with one's own symptom, or a fragment told (not asked), alarms.
test_a_question_with_ones_own_symptom_alarms = alarm_cases(
    [("How fast does cauda equina need surgery? I ask because since last night I cant feel when "
      "I need to pee and my bum feels numb."),
     "Is this serious? Numb groin."],
)  # fmt: skip


# A deficit left by an operation years ago, never changed since (NICE NG59: new or progressing).
test_an_old_operations_residual_deficit_stays_quiet = quiet_cases(
    [("I had CES surgery back in 2014 and was left with some numbness in my saddle area, which "
      "has never changed since. Any advice on running?"),
     ("Diagnosed with CES in 2015. After the op I was left with reduced feeling in my saddle area "
      "which still stands today. I'm now pregnant, how will my back cope?")],
)  # fmt: skip


# The residual deficit told changing, or one new since a recent operation, alarms.
test_a_residual_deficit_changing_alarms = alarm_cases(
    [("I had surgery for cauda equina in 2016 and was left with a bit of numbness, but this week "
      "the numbness around my bum has spread and I've leaked twice."),
     "Two weeks after my discectomy I still cant feel my bum or my privates properly."],
)  # fmt: skip


# A word in another sense: anger, a bladder test, pain running to the groin.
test_a_word_in_another_sense_stays_quiet = quiet_cases(
    ["Honestly so pissed off with this sciatica. Whats the best stretch for the back of the leg?",
     "I had a bladder and kidney ultrasound for something else, all clear. Is heat better?",
     "The pain shoots down my leg and slightly towards my crotch. Which stretches help?"],
)  # fmt: skip


# A cancer history as the background to an activity, nothing of a back or pain told (CKS flags
# it with back pain); with a pain told, or on its own, it alarms.
def test_a_cancer_survivor_asking_about_an_activity_stays_quiet() -> None:
    quiet("I'm a prostate cancer survivor. Thinking of joining a yoga class. Is yoga ok for me?")


test_a_cancer_history_with_back_pain_or_alone_alarms = alarm_naming(
    "cancer_weight",
    ["I had breast cancer five years ago and now a new back pain, is swimming ok?",
     "I'm a cancer survivor"],
)  # fmt: skip


# An animal's illness: a breed or a horse named, "she" or "he" with no other person.
test_an_animals_illness_stays_quiet = quiet_cases(
    [("Our old labrador has gone off his back legs and cant control his bladder, the vet thinks "
      "its a disc. Anyone been through this?"),
     ("I have a lovely mare who was in work until last month. On Friday she couldnt poo and now "
      "she has paralysis of her tail and bladder. Any advice?")],
)  # fmt: skip


# The writer hurt by the animal, or a person in the story, still alarms.
test_a_person_in_an_animals_story_alarms = alarm_cases(
    ["My cat jumped on my back and something went. Since then I cant hold my wee properly.",
     "We have a pony. My daughter fell off her on Saturday and now she cant feel her legs."],
)  # fmt: skip


# One side, passing, or a bare query: a path from one knee, seconds, "comes and goes", a
# search for tingling in legs, dragging one's feet over a task.
test_one_side_or_passing_or_a_query_stays_quiet = quiet_cases(
    ["I have numbness from my knee to my feet on the right side. What should I ask the nurse?",
     "Sometimes I lose feeling down my left leg for a few seconds when I stand, then its fine.",
     "I get numbness from my knee down to my toes on the right side, it comes and goes.",
     "tingling in legs",
     "I've been dragging my feet about starting the exercises. Which one first?"],
)  # fmt: skip


# Both legs told numb or weak, or tingling told of the writer, alarms.
test_both_legs_told_alarm = alarm_cases(
    ["numb legs both sides getting worse",
     "over the last few days I've developed tingling in legs and feet",
     "both my feet have gone numb since the weekend and I keep stumbling"],
)  # fmt: skip
