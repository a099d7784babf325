"""Lay wordings for the red-flag classes round 13's test split (scored once, dev in round 14)
showed missed or raised for nothing, written by the team (not copied from any labelled set):
each class with paraphrases that must alarm and look-alikes that must stay quiet."""

from __future__ import annotations

from tests.qa.answer_checks import alarm_cases, alarm_naming, flags, quiet_cases

# Blood cancers are cancers; a cancer told beside a back pain is a cancer history (NICE NG59:
# a past or current cancer with back pain, think of spinal metastases).
test_blood_cancers_with_back_pain_alarm = alarm_naming(
    "cancer_weight",
    ["leukaemia with back pain",
     "lymphoma and sciatica",
     "I have CLL and my lower back is killing me",
     "my dad has myeloma and now his back hurts",
     "I was treated for leukemia two years ago and now have leg pain",
     "AML with back pain"],
)  # fmt: skip


test_blood_cancers_asked_about_or_feared_stay_quiet = quiet_cases(
    ["can leukaemia cause back pain?",
     "is lymphoma a cause of sciatica?",
     "could my back pain be leukaemia?",
     "my friend's uncle died of leukaemia years ago, anyway how do I sit at my desk?"],
)  # fmt: skip


# A leg that no longer holds the person up, legs "short circuiting" (NHS: a leg getting
# weaker; NICE NG59: a progressive motor deficit).
test_a_leg_that_no_longer_holds_one_up_alarms = alarm_naming(
    "leg_weakness",
    ["my leg can't hold me up anymore",
     "her right leg won't support her weight when she walks",
     "sometimes my back short circuits my legs and I go down",
     "my left leg couldn't hold my weight on the stairs",
     "there is a limpness in his leg below the knee",
     "my legs won't hold me up anymore"],
)  # fmt: skip


test_holding_up_and_short_circuits_of_other_things_stay_quiet = quiet_cases(
    ["my leg can hold my weight fine, it just aches",
     "I can't hold a plank for long because of my back",
     "a walking stick helps support my weight",
     "the short circuit in my kitchen blew a fuse while I was stretching"],
)  # fmt: skip


# Pain so bad in the small hours that it sends one to hospital for strong opioids (NICE NG59:
# night pain, unrelenting pain; a clock time is the night).
test_small_hours_pain_needing_strong_opioids_alarms = alarm_naming(
    "night_pain",
    ["the pain wakes me at 3am and the ER gave me morphine",
     "I kept going to the E.R. at 2 a.m. where they put me on a morphine drip",
     "at 4 am I was in A&E on oxycodone because the pain was unbearable",
     "every night at 3am I end up in the ER needing morphine for my back"],
)  # fmt: skip


test_clock_times_and_opioids_alone_stay_quiet = quiet_cases(
    ["I get up at 5am for work, is sitting all day bad for sciatica?",
     "I had morphine after my operation and slept well",
     "should I do my stretches at 7am or later?",
     "I went to the E.R. last year for a sprained ankle, now my back is stiff after gardening"],
)  # fmt: skip


# Asking how to fix incontinence: one seeks the cure of what one has (NHS: loss of bladder or
# bowel control).
test_asking_how_to_fix_incontinence_alarms = alarm_naming(
    "bladder_bowel",
    ["How do you fix bladder incontinence?",
     "how can I stop leaking urine",
     "how to treat faecal incontinence",
     "how do I deal with bowel incontinence",
     "how do I manage leaking when I walk"],
)  # fmt: skip


test_incontinence_asked_of_anyone_or_leaks_of_things_stay_quiet = quiet_cases(
    ["can sciatica cause bowel incontinence?",
     "is incontinence a sign of cauda equina?",
     "how do you fix sciatica?",
     "how do I fix a leaking tap while my back hurts?"],
)  # fmt: skip


# The norm asked of no one, the anatomy, the condition's name with a place: no symptom.
test_norms_anatomy_and_searches_stay_quiet = quiet_cases(
    ["How much unintentional weight loss is normal?",
     "how much weight loss is considered worrying",
     "where does the spinal cord become cauda equina",
     "at what level does the spinal cord end and the cauda equina begin",
     "cauda equina vanderbilt",
     "cauda equina leeds"],
)  # fmt: skip


test_own_weight_loss_normal_asked_of_oneself_and_pleas_alarm = alarm_cases(
    ["I have lost a lot of weight without trying, how much weight loss is normal?",
     "is it normal that I can't feel when I need to pee?",
     "cauda equina help",
     "I think I have cauda equina"],
)  # fmt: skip


# A loss foretold, not had; a habit with its trigger is had.
test_a_loss_foretold_stays_quiet = quiet_cases(
    ["I'll know it has got worse because I'll lose bladder control",
     "the surgeon says if I wait I will eventually lose bowel function",
     "one day I'll probably lose feeling in my groin, that is what scares me"],
)  # fmt: skip


test_a_loss_with_its_trigger_is_had_and_alarms = alarm_naming(
    "bladder_bowel",
    ["I'll lose control of my bladder when I cough",
     "sometimes I'll lose bladder control every time I stand up",
     "I will lose control of my bowels whenever I bend"],
)  # fmt: skip


# A foot drop given as the reason for an operation done, someone else's.
test_a_deficit_given_as_an_operations_reason_stays_quiet = quiet_cases(
    ["I met a man who had spinal fusion; he said it was because of a drop foot. "
     "Can I avoid surgery?",
     "my neighbour had a discectomy, it was due to foot drop. Should I have one?"],
)  # fmt: skip


test_a_deficit_before_or_since_the_operation_alarms = alarm_naming(
    "leg_weakness",
    ["I need surgery because of a drop foot",
     "I had a discectomy last month and now I have foot drop"],
)  # fmt: skip


# A fall long ago, told with its known result; a story opening "in the past".
test_old_falls_and_past_episodes_stay_quiet = quiet_cases(
    ["After a fall last March she was diagnosed with a pinched nerve; "
     "is a mobility scooter a good idea?",
     "In the past, I've had tingling in my legs and was told it was sciatica. "
     "How do I prevent it?",
     "Previously, I had numb legs from a slipped disc, it settled. What stretches help?"],
)  # fmt: skip


test_recent_falls_and_past_leads_brought_to_now_alarm = alarm_cases(
    ["In the past few weeks I've had tingling in both legs",
     "In the past, I had tingling in my legs, and now both legs are numb",
     "I fell down the stairs yesterday and now my leg is numb"],
)  # fmt: skip


# A sentence ending only at a capital after dotted initials.
def test_dotted_initials_do_not_end_a_sentence() -> None:
    assert "night_pain" in flags("the pain drove me to the E.R. at 3 a.m. for morphine")
