"""Red flags by class, from a red-team written for this session (issue 15): forum-style
messages full of red-flag words in other senses, other times or other people, beside the lay
wordings of real red flags that guard them (not copied from any labelled set).

Alarm (NICE NG59 / NHS): a fall or accident in the last few days after an operation years ago,
with pain since (trauma, then new symptoms; an old operation does not put a new fall in a
surgeon's care); a vehicle told hitting someone; a relative with cancer whose own back or legs
are told, the writer their carer.
Quiet: a numbness or dead leg told passing in the clause after it ("went away when I stood
up", "it came back after a minute"); pain from one hip down (one leg); a weakness told fully
recovered; continence as the patients someone nurses; bowels slowed by a painkiller or put down
to IBS; an animal's fall; the head bumped on a cupboard with nothing new; a relative's cancer
told with the writer's own back, the writer their carer. Each class sits beside the look-alikes
that must still alarm."""

from __future__ import annotations

from tests.qa.answer_checks import alarm_naming, quiet_cases

# A fall or accident in the last few days, an operation told years before it.
test_a_recent_fall_after_an_old_operation_alarms = alarm_naming(
    "trauma",
    [("Had the surgery last year, then fell down the stairs yesterday and now my back is agony "
      "and the pain shoots down my leg."),
     ("I had a discectomy in 2021. Was knocked off my bike on Monday, since then the sciatica is "
      "much worse."),
     ("Had a microdiscectomy last year. Fell off a ladder at the weekend and my back has been "
      "killing me since."),
     ("I had my op 3 years ago. Came off my horse yesterday and landed on my back, now it's "
      "really painful."),
     "had the surgery last year and was doing well, fell yesterday and now the leg is numb"],
)  # fmt: skip


# The injury the operation was for, or one booked for an operation.
test_an_injury_an_operation_was_for_stays_quiet = quiet_cases(
    ["My 3rd surgery from injury was in March, the pain is better now, can I swim?",
     "Had two ops for a rugby injury, back is stiff in the mornings, is yoga ok?",
     ("Came off my mountain bike in the spring and needed a fusion in the summer, healing well. "
      "When can I ride again?")],
)  # fmt: skip


# A vehicle told hitting someone.
test_a_vehicle_hitting_someone_alarms = alarm_naming(
    "trauma",
    ["A car hit me yesterday and now I can barely walk.",
     ("After my fusion two years ago I was fine, but a car hit me yesterday and now my back is "
      "killing me."),
     "a cyclist knocked me over on the pavement on friday, lower back has hurt since"],
)  # fmt: skip


# A vehicle hitting a thing, not a person.
test_a_vehicle_hitting_a_thing_stays_quiet = quiet_cases(
    ["My bike hit a pothole and the jolt hurt my back, is cycling bad for sciatica?",
     "The car hit a speed bump too fast and my sciatica twinged, should I use a cushion?"],
)  # fmt: skip


# A numbness or dead leg told passing in the clause after it.
test_a_numbness_told_passing_after_it_stays_quiet = quiet_cases(
    [("Numb bum from sitting on the bleachers watching my son's match for 3 hours lol, went away "
      "when I stood up. Are stadium seats bad?"),
     ("Fell asleep on the sofa and woke with a dead leg from the way I was lying, it came back "
      "after a minute. Is that related to sciatica?"),
     "my foot went numb on the long drive, it wore off after a few minutes of walking. normal?"],
)  # fmt: skip


# The numbness back, or not passing.
test_a_numbness_back_or_staying_alarms = alarm_naming(
    "saddle",
    ["Numb down there since yesterday, went away when I stood up but came back.",
     "Numb down there since yesterday, went away when I stood up, now it's back.",
     "My bum went numb on the toilet this morning, it hasn't gone away since."],
)  # fmt: skip


# From one hip down is one leg.
test_pain_from_one_hip_down_stays_quiet = quiet_cases(
    [("My legs are both fine, it's only the right one that hurts from the hip down. Is that "
      "sciatica?"),
     "burning from the hip down on my left side when I stand at work, what stretch helps?"],
)  # fmt: skip


# From the hips or the waist down.
test_numb_from_the_hips_or_waist_down_alarms = alarm_naming(
    "both_legs",
    ["I'm numb from the hips down since this morning.",
     "Numb from the waist down since this morning."],
)  # fmt: skip


# A weakness or numbness told fully recovered.
test_a_deficit_told_recovered_stays_quiet = quiet_cases(
    [("I had an MRI last month, bulge at L4/5. Physio said the weakness I had in my calf has "
      "fully recovered. How long do I keep doing the exercises?"),
     "the numbness in my toes has completely gone now, can I go back to running?"],
)  # fmt: skip


# Recovered in one place, a weakness told now in another.
test_a_weakness_told_after_a_recovery_alarms = alarm_naming(
    "leg_weakness",
    ["The weakness in my calf has fully recovered but now the other leg is weak.",
     "The numbness has fully gone from my foot but my leg keeps giving way."],
)  # fmt: skip


# Continence as the patients someone works with; bowels slowed by a painkiller or put down to a
# bowel disease named.
test_continence_at_work_or_explained_stays_quiet = quiet_cases(
    [("I'm a nurse and I deal with incontinence patients all day, lots of bending. My back and "
      "left leg ache after shifts, what stretches help?"),
     ("My bowels have been a bit sluggish from the codeine, GP said that's normal with opioids. "
      "When can I stop the codeine?"),
     ("In the past I had bowel issues from IBS, under control for years now. Sciatica started 2 "
      "weeks ago. Is it ok to take ibuprofen?")],
)  # fmt: skip


# The writer's own control lost, whatever else is told.
test_control_lost_beside_work_or_a_cause_alarms = alarm_naming(
    "bladder_bowel",
    ["I work on a urology ward and this week I've started leaking myself.",
     "I'm a nurse with incontinence patients and yesterday I wet myself at work.",
     "The codeine has bunged me up, but since yesterday I can't control my bowels at all.",
     "My bowels have been sluggish from the tramadol and now I can't feel when I need to go.",
     "I have IBS but this week I've had accidents and can't feel when I need to go.",
     "My bowel problems from IBS are worse and there's a new numbness down there."],
)  # fmt: skip


# An animal's fall; the head bumped at home with nothing new.
test_an_animals_fall_or_a_bump_with_nothing_new_stays_quiet = quiet_cases(
    [("The cat fell off the sofa and I lunged to catch her and tweaked my back. The pain down my "
      "leg is mild, should I rest?"),
     ("I hit my head on the cupboard door yesterday, ouch, no harm done. My sciatica is "
      "unchanged. Is it ok to do the bridge exercise?"),
     "Hit my head on the ceiling beam yesterday, nothing new with my back. Are bridges ok?"],
)  # fmt: skip


# The person knocked down by the animal, or a new symptom after the bump.
test_a_person_knocked_down_or_hurt_since_alarms = alarm_naming(
    "trauma",
    ["The dog fell down the stairs and knocked me over, now my back is agony.",
     "Our dog fell over on the walk and pulled me down with him, landed on my back.",
     "I hit my head on the cupboard door yesterday and now my leg is numb.",
     "Hit my head on the cupboard yesterday and since then my back pain is much worse."],
)  # fmt: skip


# A relative's cancer, the writer their carer with a back of their own.
test_a_relatives_cancer_with_the_carers_back_stays_quiet = quiet_cases(
    [("My mum is on chemo for breast cancer and I'm her carer, lifting her in and out of bed is "
      "doing my back in. Tips?"),
     ("My father-in-law has bowel cancer and the stress is making my sciatica worse. Does stress "
      "affect it?"),
     "My husband's mum has cancer and he hurt his back lifting her"],
)  # fmt: skip


# The relative's own back or legs told (CKS: a cancer history with back pain).
test_a_relatives_cancer_with_their_own_back_alarms = alarm_naming(
    "cancer_weight",
    [("My mum is on chemo for breast cancer and I'm her carer, she now has terrible back pain at "
      "night."),
     "My dad has prostate cancer and I'm his carer, and his back has been agony this week.",
     "My dad has prostate cancer and I'm looking after him, his back has been agony this week.",
     "My mum has breast cancer and it has spread to her spine, I have sciatica too."],
)  # fmt: skip
