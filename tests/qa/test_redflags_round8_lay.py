"""More lay wordings for the red-flag concepts, and look-alikes that describe no symptom now,
written for round 8 (invented by the team, not copied from any labelled set) while probing the
classes round 7's test split showed: each by concept family, with what must stay quiet."""

from __future__ import annotations

from tests.qa.answer_checks import alarm_naming, flag_cases, flags, quiet, quiet_cases

# Nothing passed for days, told with a negation, is the symptom (NICE NG59: retention).
test_nothing_passed_for_days = alarm_naming(
    "bladder_bowel",
    ["I've had no bowel movement in 5 days and my back is killing me",
     "I haven't had a wee since yesterday",
     "I don't get the urge to pee anymore"],
)  # fmt: skip


# A foot gone numb from a long sit on the toilet; a rule read on a page, not a symptom.
test_a_long_sit_or_a_rule_read_staysquiet = quiet_cases(
    ["my foot goes numb when I sit for a long time on the toilet",
     "I read that you should go to A&E if you can't pee",
     "no urge to change my routine, can I skip days?"],
)  # fmt: skip


def test_a_symptom_after_a_rule_read_still_alarms() -> None:
    text = "I read that if you can't pee you should go to A&E, and I can't pee since this morning"
    assert "bladder_bowel" in flags(text)


# Not knowing whether the bladder emptied; sciatica joined by the other side; sweats at night.
test_more_lay_words_for_the_same_concepts = flag_cases(
    [("I could go to the toilet but I had no idea whether I'd finished", "bladder_bowel"),
     ("I started getting sciatica in my left leg a month ago, now it's in the right as well",
      "both_legs"),
     ("I've been sweating buckets at night and my back is agony", "fever"),
     ("he woke up unable to feel his legs and was rushed to hospital", "both_legs"),
     ("I've been going to the toilet and not knowing if I've finished", "bladder_bowel")],
)  # fmt: skip


test_their_look_alikes_stayquiet = quiet_cases(
    ["I do the stretch on my left leg and then on the right as well, is that ok?",
     "I have no idea if I've finished my stretches correctly",
     "I sweat a lot at the gym, is that ok with sciatica?",
     "I'm unable to feel the stretch in my hamstring, am I doing it right?"],
)  # fmt: skip


# Common misspellings of the saddle and bladder words; an object that fell is no fall.
test_misspelt_words_and_a_knee_giving_way_now = flag_cases(
    [("very slight numbing around the buttox and grion", "saddle"),
     ("my blader is not working properly", "bladder_bowel"),
     ("my bits are numb", "saddle"),
     ("my knee gave way yesterday and I nearly fell", "leg_weakness")],
)  # fmt: skip


test_an_object_falling_or_an_old_knee_staysquiet = quiet_cases(
    ["I bent down to pick up something that fell on the floor and my back went, how long "
     "will it last?",
     "my knee gave way on the football pitch years ago, now sciatica"],
)  # fmt: skip


# No symptom now: trauma behind years of sciatica, a weak ankle since the teens, numbness that
# wore off, "I said no" to the nurse's questions, pain that "hit" or "knocked me off my feet",
# fear of losing control, ending up incontinent.
test_no_symptom_now_staysquiet = quiet_cases(
    ["Ever since my car accident I've had sciatica on and off, what stretches help?",
     "I've had sciatica for years since a fall off a horse, is yoga ok?",
     "My sciatica started after a skiing accident a long time ago and flares every winter.",
     "I've had a weak left ankle since I was a teenager, can I run?",
     "After my epidural the numbness in my legs wore off in a few hours, is that normal?",
     "The nurse asked if I had any numbness or trouble peeing and I said no. Can I stretch?",
     "I was hit by a wave of pain when I stood up, is that normal?",
     "I got hit with sciatica out of nowhere last week",
     "The pain knocked me off my feet for a day",
     "I'm terrified of losing bladder control, how common is that?",
     "Will I end up incontinent if I don't have surgery?"],
)  # fmt: skip


test_a_symptom_now_beside_those_words_still_alarms = flag_cases(
    [("ever since the accident last week my leg has been numb", "trauma"),
     ("my left leg has been weak ever since I found out about it", "leg_weakness"),
     ("the painkillers wore off and now my legs are numb", "both_legs"),
     ("she asked if I was ok and I said no, I can't feel my bum", "saddle"),
     ("I'm scared because I'm losing control of my bladder", "bladder_bowel"),
     ("I was hit by a car on Monday and my back is agony", "trauma"),
     ("for years I've had back pain but now I can't feel my groin", "saddle"),
     ("my legs have been numb for years and it's getting worse", "both_legs"),
     ("not sure if it's the cancer pressing on my spinal cord but my back is agony",
      "cancer_weight"),
     ("the cancer has spread to my bones", "cancer_weight")],
)  # fmt: skip


# A frame reaches down a list; "...: when to worry" closes a page title, not a plea.
test_a_framed_list_or_a_title_staysquiet = quiet_cases(
    ["I was told to watch for any change in bladder or bowel habits. Is swimming ok?",
     "Numbness in both legs: when to worry"],
)  # fmt: skip


test_their_own_symptom_still_alarms = flag_cases(
    [("numbness in both my legs: when should I worry?", "both_legs"),
     ("my GP asked about my bladder or my bowels and I told her I keep leaking",
      "bladder_bowel")],
)  # fmt: skip


# Feeling unwell with back pain; osteoporosis with a sudden pain, a fall or a lift.
test_unwell_or_fragile_bones = flag_cases(
    [("I feel really unwell and my back is agony", "infection"),
     ("I'm 70 with osteoporosis and sudden severe back pain after lifting a bag", "trauma")],
)  # fmt: skip


test_unwell_from_tablets_or_osteoporosis_alone_staysquiet = quiet_cases(
    ["I feel unwell from the painkillers, can I stop them?",
     "I have osteoporosis, can I do the bridge for my sciatica?",
     "I feel poorly today and can't face my exercises, is it ok to skip?"],
)  # fmt: skip


# The NHS list in first-person words: a new swelling, a back changed in shape, night pain that
# rest does not improve, weight lost with pain worse at night.
test_the_nhs_list_in_first_person_words = flag_cases(
    [("there's a swelling on my back that wasn't there before", "cancer_weight"),
     ("I've found a new lump near my spine", "cancer_weight"),
     ("the shape of my back has changed", "cancer_weight"),
     ("the pain doesn't improve after rest and is worse at night", "night_pain"),
     ("my back pain is worse at night and I've lost weight", "cancer_weight")],
)  # fmt: skip


test_rest_or_weight_without_the_night_pain_stays_quiet = quiet_cases(
    ["the pain doesn't improve with rest, should I walk more?",
     "I've lost weight and I sleep better at night now, can I run?",
     "the numbness wasn't there before I started the exercises, is that normal?"],
)  # fmt: skip


# A clinician's words for the same concepts (case questions on Q&A pages).
test_a_clinician_s_words = flag_cases(
    [("patient with perianal numbness and reduced anal tone", "saddle"),
     ("he reports erectile dysfunction since the back pain started", "saddle"),
     ("a patient with progressive neurological deficit in the left leg", "leg_weakness")],
)  # fmt: skip


# A symptom said to be an emergency, of no one in particular; their own, asked about, alarms.
def test_a_symptom_said_to_be_an_emergency_stays_quiet() -> None:
    quiet("The physio explained that numbness in the saddle area is an emergency. Can I cycle?")
    quiet("Loss of bladder control is a red flag, right?")


test_their_own_symptom_asked_about_alarms = alarm_naming(
    "saddle",
    ["my groin is numb, is that an emergency?", "numb groin, is this an emergency?"],
)


# Told across a comma or as a region: wiping then an alien feeling, both feet unfelt, numb from
# the waist down.
test_told_across_a_comma_or_as_a_region = flag_cases(
    [("On Tuesday I noticed that when I wiped, it felt like someone else's skin.", "saddle"),
     ("The next morning I couldn't feel my feet at all.", "both_legs"),
     ("Yesterday I went numb from the waist down for about an hour.", "both_legs")],
)  # fmt: skip


test_a_wiped_mat_or_an_unfelt_stretch_stays_quiet = quiet_cases(
    ["I wiped down my mat after yoga and my leg felt fine, can I do more?",
     "I can't feel the stretch in my feet, am I doing it wrong?"],
)  # fmt: skip


# Asking whether to take an opioid at night, a decline feared, pain from the waist down one
# leg, a new lump away from the back: no symptom of the concept.
test_a_question_or_a_fear_of_the_concept_stays_quiet = quiet_cases(
    ["After my knee replacement I was given oxycodone and now I have sciatica, can I still take "
     "it at night?",
     "I'm worried my mobility will decline if I rest too much, how much should I walk?",
     "the pain goes from the waist down into my left leg, is that sciatica?",
     "I have a fatty lump on my shoulder that wasn't there before; can I do the cat cow?"],
)  # fmt: skip


def test_a_weak_leg_in_a_question_about_exercise_still_alarms() -> None:
    assert "leg_weakness" in flags("Can I try the exercises if my leg is weak?")
