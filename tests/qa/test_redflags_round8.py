"""Red-flag classes missed or over-called on round 7's test split, checked on paraphrases written
for round 8 (invented by the team, not copied from any labelled set): each class by concept
family, with the look-alikes of each that must stay quiet."""

from __future__ import annotations

from tests.qa.answer_checks import alarm_naming, flag_cases, flags, quiet_cases

# Night pain bad enough for a strong opioid (NICE NG59: severe, non-mechanical night pain).
test_night_pain_that_needs_a_strong_opioid = alarm_naming(
    "night_pain",
    ["I wake up in the night with back pain and take morphine to get back to sleep",
     "most nights I need oxycodone before I can get to sleep because of my back",
     "the sciatica is so bad at night that I'm on morphine now",
     "I've started taking Oramorph in the night for my leg pain",
     "my oxycodone doesn't help at night anymore"],
)  # fmt: skip


test_an_opioid_by_day_or_no_longer_needed_staysquiet = quiet_cases(
    ["I take morphine for the pain during the day, can I still do the stretches?",
     "is morphine ok to take at night for sciatica?",
     "I no longer need oxycodone at night, can I start running again?",
     "my sciatica wakes me at night when I turn over, which mattress is best?"],
)  # fmt: skip


# Cancer told around the pain: found on a scan, someone else's told as theirs, a bone scan.
test_cancer_told_around_the_pain = alarm_naming(
    "cancer_weight",
    ["turns out the tumour has spread into my spine and my back aches",
     "the scan showed a tumour in my lower spine",
     "they found a tumour in my spine",
     "the cancer has spread to my bones",
     "her breast cancer came back and she has terrible back pain",
     "our mum's cancer has spread and her back hurts all the time",
     "I look after my dad; his prostate cancer is under control but his back is agony",
     "I went for a bone scan today because of my back pain",
     "she is scheduled for a bone scan next week, her back has been sore for months"],
)  # fmt: skip


test_no_cancer_or_a_scan_only_asked_about_staysquiet = quiet_cases(
    ["turns out it wasn't cancer, just a bulging disc; is walking ok?",
     "the MRI showed no tumour, just a disc bulge",
     "do I need a bone scan for my sciatica?",
     "I had a bone density scan for osteoporosis, can I do the bridge?",
     "I asked her about cancer, she said it's sciatica",
     "My aunt beat her breast cancer 10 years ago, and I now have sciatica. What stretches help?",
     "I read an article about people and their cancer risk, does sciatica raise it?",
     "my mum ran a marathon for her cancer charity, can I run with sciatica?",
     "I found an article on cancer and sciatica, is it true they are linked?",
     "the study showed that cancer is a rare cause of sciatica, is that right?"],
)  # fmt: skip


# Movement or mobility lost over weeks: a progressive deficit (NICE NG59).
test_movement_lost_over_weeks = alarm_naming(
    "leg_weakness",
    ["my mobility has deteriorated badly over the last month",
     "the quick decline in my movement these past weeks scares me",
     "my ability to walk is getting worse every week"],
)  # fmt: skip


test_movement_improving_or_denied_staysquiet = quiet_cases(
    ["my mobility is improving with the exercises",
     "I'm making progress with my movement, should I add more reps?",
     "no deterioration in my mobility, just pain; can I swim?",
     "bowel movements are normal but my back pain is getting worse, what helps?"],
)  # fmt: skip


# "Can't do X without Y" tells of Y: the "without" is no denial.
test_cannot_without_tells_of_the_symptom = flag_cases(
    [("I woke up and couldn't walk without shooting pains down both legs", "both_legs"),
     ("I can't stand up without numbness in my groin", "saddle"),
     ("I can't sit for long without my legs going numb", "both_legs"),
     ("I couldn't get out of bed without my legs collapsing under me", "both_legs")],
)  # fmt: skip


test_cannot_without_and_no_red_flag_staysquiet = quiet_cases(
    ["I can't walk without pain but I have no numbness, is walking ok?",
     "I can't walk without a stick at the moment, is that normal with sciatica?"],
)  # fmt: skip


# What a clinician said to come back for ("if your leg starts dragging... go to A&E") is a
# condition, not a symptom; a symptom told after it, or in its own sentence, still alarms.
test_a_clinician_s_condition_is_no_symptom = quiet_cases(
    ["the doctor said if my leg starts dragging or I start wetting myself I should go to A&E",
     "my GP said that if you ever can't feel your bum when you wipe, you must call 999",
     "they advised that until my legs go numb or I become incontinent I'm not eligible for "
     "surgery",
     "the physio warned me that unless I lose bladder control it can wait. Is walking ok?",
     "I hope she was joking about the peeing myself thing"],
)  # fmt: skip


test_a_symptom_beside_a_clinician_s_condition_still_alarms = flag_cases(
    [("the doctor said to come back if it got worse, and now both my legs are numb",
      "both_legs"),
     ("my GP said if it gets worse I should go to A&E. Today I can't feel my groin", "saddle"),
     ("the doctor said it's sciatica but I can't control my bladder", "bladder_bowel"),
     ("I said to the GP that if I walk far my leg drags", "leg_weakness"),
     ("I was told if my foot drags to go to A&E, my foot is dragging now", "leg_weakness"),
     ("the consultant said that if the numbness spreads I need surgery, and it has spread to "
      "my other leg", "both_legs"),
     ("my GP told me that if I can't pee I should go to A&E, and I haven't peed since "
      "yesterday", "bladder_bowel")],
)  # fmt: skip


# Trauma that caused a long-standing condition is no recent trauma; a new fall still alarms.
test_trauma_behind_a_chronic_condition_staysquiet = quiet_cases(
    ["I have chronic back pain resulting from a car accident, can I fly long haul?",
     "my chronic sciatica is the result of whiplash, is driving ok?"],
)  # fmt: skip


def test_a_new_fall_on_a_chronic_back_still_alarms() -> None:
    assert "trauma" in flags("my chronic back pain got much worse after a fall yesterday")


# Paralysed as a figure of pain ("momentarily paralysed") is no paralysis; a paralysed leg is.
test_paralysed_by_pain_staysquiet = quiet_cases(
    ["when I stand up I'm momentarily paralysed by the pain, should I keep walking?",
     "the pain leaves me paralysed for a few seconds when I sneeze",
     "I'm literally paralysed with pain in the mornings, what helps?"],
)  # fmt: skip


test_a_paralysed_leg_alarms = alarm_naming(
    "leg_weakness",
    ["my left leg is paralysed", "I'm paralysed from the waist down",
     "my leg is momentarily paralysed when I stand"],
)  # fmt: skip


# The bottom of a foot is its sole, not the saddle area; "ass" or "arse" is.
test_a_foot_s_bottom_or_an_idiom_staysquiet = quiet_cases(
    ["I have a numb foot bottom after long runs, should I rest?",
     "my foot's bottom feels numb on the left side, is that sciatica?",
     "this sciatica is a pain in the ass, how long does it last?"],
)  # fmt: skip


test_a_numb_bottom_or_ass_alarms = alarm_naming(
    "saddle",
    ["my bottom feels numb", "my foot is fine but my bottom is numb",
     "I can't feel my ass when I sit on the toilet", "my arse has gone numb"],
)  # fmt: skip
