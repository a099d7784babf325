"""Red flags and alarms of round 17's real dev set, by class (issue 15): lay wordings from a
red-team written for this session (forum style, typos, relatives' stories; not copied from any
labelled set), beside the look-alikes that guard them.

Quiet (NICE NG59 / NHS / CKS name none of these): a disc said to have slipped (no fall); the
weather's or the water's temperature (no fever); a deadlift (no dead leg); a collapse only
feared from the pain; an injury at a child's age, a disc got from an accident months back, or an
injury told as what operations were for (NICE NG59's trauma is a recent, significant one); HIV
or an immune drug with aching legs or feet only (CKS: a spinal infection is suspected with back
pain or a fever); a foot drop there for years in a brace (a deficit neither new nor
progressing); the bladder lost before an operation years ago that put it right. Each class
sits beside the look-alikes that must still alarm.
Alarm: pain through the back and down both legs (NHS: sciatica on both sides); hurt jumping or
coming off a skateboard, a trampoline or a truck, with pain since (trauma)."""

from __future__ import annotations

from tests.qa.answer_checks import alarm_cases, alarm_naming, quiet_cases

# "Slipped" said of a disc, however it is put.
test_a_disc_slipped_stays_quiet = quiet_cases(
    [("is it a slipped or bulging disc?? my GP said the disc has slipped a bit and gave me "
      "naproxen"),
     ("Physio reckons my disc hasnt slipped, its just inflamed. How long do I keep doing the "
      "stretches?"),
     "they said slipped/prolapsed disc at L5 on the scan, is swimming ok for me",
     ("My husbands disc slipped again last month and the pain down his leg is bad, can he "
      "drive?")],
)  # fmt: skip


# A slip of the person, then a symptom.
test_a_person_slipping_alarms = alarm_cases(
    ["I slipped on the wet kitchen floor and landed hard on my back, now my leg is numb",
     "Slipped on black ice on tuesday and hit my back, since then pain shoots down my leg"],
)  # fmt: skip


# The weather's or the water's temperature.
test_the_weathers_temperature_stays_quiet = quiet_cases(
    [("swam in the lake this morning, water temp was about 14 degrees, and now my lower back is "
      "killing me. is cold water bad for sciatica?"),
     ("It's been freezing here, temps below zero all week and my back and leg ache more. Does "
      "weather affect sciatica?"),
     ("Went for a run, the temp was -5c and my sciatica flared after. should I run on the "
      "treadmill instead?")],
)  # fmt: skip


# A temperature of the body.
test_a_bodys_temperature_alarms = alarm_naming(
    "fever",
    ["I've had temps on and off for 3 days and my back pain is way worse",
     "Back pain down my leg and my temp was 38.9 last night"],
)  # fmt: skip


# A deadlift named, however spelled.
test_a_deadlift_stays_quiet = quiet_cases(
    ["Can I still do romanian dead lifts with sciatica or should I stick to the leg press?",
     ("my PT has me doing stiff leg deadlifts and single leg dead lifts, the pain down my leg is "
      "a bit worse after"),
     "Are dead lifts safe for a bad back if I keep my legs bent?"],
)  # fmt: skip


# A leg gone dead.
test_a_dead_leg_alarms = alarm_naming(
    "leg_weakness",
    ["After deadlifts yesterday my left leg went dead and I cant lift my foot",
     "my leg feels dead and heavy since the gym on monday"],
)  # fmt: skip


# A collapse only feared, from the pain.
test_a_collapse_only_feared_stays_quiet = quiet_cases(
    ["some days I think I could collapse with the pain down my leg, which painkillers work best?",
     ("the pain in my hip is that bad I feel I could collapse when I stand up at work. Should I "
      "stay home?"),
     "Honestly feel I could collapse from the burning in my calf by the end of a shift"],
)  # fmt: skip


# A leg that collapses.
test_a_leg_collapsing_alarms = alarm_naming(
    "leg_weakness",
    ["My leg collapsed under me twice this week", "My leg keeps collapsing when I walk"],
)


# An old injury: at a child's age, a disc got from it months back, or what operations were for.
test_an_old_injury_stays_quiet = quiet_cases(
    [("I fell off a trampoline at age 9 and hurt my tailbone, 30 years later I still get pain "
      "down my leg, any stretches?"),
     "After a rugby injury at age 16 my lower back has never been right. Is pilates any good?",
     ("My herniated disc is from a car crash 8 months ago. The sciatica came back after I moved "
      "house. Best exercises?"),
     ("I got a bulging disc from being rear ended 7 months back, the leg pain flares when I sit. "
      "can I drive long distance?"),
     ("Slipped disc caused by a fall at work 9 months ago, physio has me on stretches, how long "
      "till I can run?"),
     "this is my second op from a rugby injury, will I ever be able to play again?",
     "My son has had 2 surgeries from a football injury, what exercises are safe for him now?",
     "after 3 surgeries from the injury im scared to go back to the gym. any advice?"],
)  # fmt: skip


# A recent injury, and a symptom since.
test_a_recent_injury_alarms = alarm_cases(
    ["Im 17 and had a bad car accident last week, now both my legs are tingling",
     "My son is 14 and fell off his bike yesterday, now his back hurts and his leg feels weak",
     "Got rear-ended 2 weeks ago and now my legs are numb",
     "I fell down the stairs 3 days ago and the pain in my back is worse every day",
     "Had an injury at football on saturday and now my leg is weak",
     ("I fell off a ladder yesterday, I had surgery on my back 2 years ago, now my leg is "
      "numb")],
)  # fmt: skip


# HIV or an immune drug, and aching legs or feet only.
test_an_infection_risk_with_aching_legs_stays_quiet = quiet_cases(
    ["living with hiv, my feet and legs burn and ache most days. what helps?",
     "On humira for crohns, my calves ache after walks. stretches?"],
)  # fmt: skip


# The same risk with the back, or a pain getting worse (CKS: spinal infection).
test_an_infection_risk_with_back_pain_alarms = alarm_naming(
    "infection",
    ["I have HIV and my lower back pain is getting worse every week",
     "On methotrexate and my back is killing me, could it be an infection?"],
)  # fmt: skip


# A foot drop there for years, in a brace or a splint.
test_a_lasting_foot_drop_stays_quiet = quiet_cases(
    [("Has anyone done the couch to 5k with a drop foot? I've had it for 6 years since my disc "
      "op and wear a splint"),
     ("my mum has had a dropped foot for years after her back surgery, she wears a brace. Which "
      "stretches are safe for her knees?"),
     "I've had foot drop for about ten years, wear an AFO every day. Is cycling ok for sciatica?"],
)  # fmt: skip


# A foot drop new, or worse, or the other foot taken.
test_a_new_or_worse_foot_drop_alarms = alarm_naming(
    "leg_weakness",
    ["I've had drop foot for 3 days now, whats happening?",
     ("I've had drop foot for years but it's getting worse and now my other foot is dragging "
      "too")],
)  # fmt: skip


# The bladder lost before an operation years ago that put it right.
test_a_bladder_put_right_years_ago_stays_quiet = quiet_cases(
    [("my op in 2015 was a success, before it I couldn't pee. Now I just get a bit of sciatica, "
      "any exercises?"),
     ("Had a discectomy 8 years ago which worked great considering I couldnt control my bladder "
      "before it. Is yoga ok now?"),
     ("I had my back operation in 2010, it was successful considering I could not walk or even "
      "pee beforehand. can I start running?")],
)  # fmt: skip


# The bladder going now, after an operation that went well.
test_a_bladder_going_after_an_old_operation_alarms = alarm_naming(
    "bladder_bowel",
    ["I had surgery in 2012 and it went well but since monday I can't pee properly",
     "My operation in 2019 was a success but this week I can't control my bladder"],
)  # fmt: skip


# Pain through the back and down both legs (NHS: sciatica on both sides).
test_pain_through_the_back_and_down_both_legs_alarms = alarm_naming(
    "both_legs",
    ["excruciating pain through my lower back and down my legs since saturday, cant get comfy",
     "Dad has aching across his lower back and into his legs, its worse this week",
     "agony through my back and down both legs when i stand up, what do i do"],
)  # fmt: skip


# Down one leg, or a stretch felt down them.
test_one_leg_or_a_stretch_stays_quiet = quiet_cases(
    ["pain through my lower back and down my left leg, which stretch is best?",
     ("I feel the stretch through my back and down my legs when I do the knee hug, is that "
      "right?"),
     "pain in my back and down my right leg when I sit for long"],
)  # fmt: skip


# Hurt jumping or coming off a board, a trampoline or a truck (trauma).
test_hurt_coming_off_a_board_alarms = alarm_naming(
    "trauma",
    [("my daughter hurt herself coming off the trampoline on sunday, now her lower back hurts "
      "when she bends"),
     ("I hurt myself jumping off the back of the truck at work last week and the back pain gets "
      "worse every day"),
     "hurt my back when I came off my skateboard two weeks ago, now pain down my leg",
     ("My son (16) came off his scooter on Friday and landed on his bum, now his back hurts "
      "more each day")],
)  # fmt: skip


# Jumping off the sofa, a trampoline for fun, or a strain from lifting.
test_a_jump_for_fun_or_a_lifting_strain_stays_quiet = quiet_cases(
    ["I jumped off the sofa to answer the door and my sciatica twinged, what stretch helps?",
     "my son loves jumping off the trampoline, is it ok for me to join in with sciatica?",
     "I hurt myself lifting a box at work, is it sciatica?"],
)  # fmt: skip
