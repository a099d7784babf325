"""Out of scope in both directions (session 18, brief oos35): a named medicine's own handling
(tapering off it, an old or expired supply, taking it beside an injection), a treatment of the
spine's joints the guide does not cover (radiofrequency ablation, a medial branch block, a
spacer, a stimulator by its maker's name), whether one counts as disabled, and the thoracic
spine alone, on wordings written by the team (not copied from any labelled set), each beside
look-alikes that must keep their guide answer."""

from __future__ import annotations

from tests.qa.answer_checks import guide_answer_cases, outside_cases

test_a_named_medicines_own_handling_is_outside = outside_cases(
    [
        # How to taper or wean off a medicine: the prescriber's plan, not the guide's.
        "my doc gave me oxycodone after my op last year and i want to taper off them now, how "
        "fast should i cut down?",
        "How do I wean myself off tramadol? I've been on it for 8 months for my back",
        "Been on norco for my back for 2 years and want to get off it. What's the best way to "
        "taper down without withdrawals?",
        # An old or expired supply, and whether it still works: the pharmacist's question.
        "found some old vicodin in the cupboard from 2016, my back is killing me. are they still "
        "safe to take or have they gone off?",
        "Is expired gabapentin still potent? I have a bottle from three years ago",
        # Taking it beside an injection: the clinic's or the pharmacist's question.
        "can you take naproxen with a steroid injection in your back or do i need to stop it "
        "first",
    ],
)


test_whether_a_medicine_helps_stays_in_the_guide = guide_answer_cases(
    [
        # Look-alikes: whether a medicine helps, how long to stay on it, a steroid course told as
        # a "taper", and a runner's taper stay the guide's.
        ("My GP gave me a prednisone taper for the sciatica. Will it help the leg pain?",
         "painkillers"),
        ("How long should I stay on gabapentin for sciatica?", "painkillers"),
        ("My sciatica flares every time I sit. Is it safe to take naproxen every day?",
         "painkillers"),
        ("Im tapering down my running for a marathon and my sciatica flared, should I keep "
         "running?", "running"),
        ("I had an epidural injection last week and still take my painkillers. How long until "
         "the injection works?", "injections"),
    ],
)  # fmt: skip


test_a_treatment_of_the_spines_joints_the_guide_does_not_cover_is_outside = outside_cases(
    [
        "Has anyone had radiofrequency ablation for facet joint pain? Did it work and how long "
        "did it last?",
        "my pain doc wants to do a medial branch block next month, what should i expect?",
        "Anybody tried a rhizotomy on their lower back? worth it?",
        "I've been offered an interspinous spacer for my stenosis. Has anyone had one fitted?",
        "Thinking about the Nevro HF10 stimulator for my back and leg pain, any experiences?",
    ],
)


test_such_a_treatment_told_as_tried_or_within_an_operation_stays_in_the_guide = (
    guide_answer_cases(
        [
            # Look-alikes: told as one of the things tried, or placed during an operation.
            ("I tried radiofrequency ablation and a nerve block and nothing worked. What else "
             "helps sciatica?", None),
            ("I had a spacer put in during my fusion last year, can I do the exercises?", None),
        ],
    )
)  # fmt: skip


test_whether_one_counts_as_disabled_is_outside = outside_cases(
    [
        "I've had sciatica for 4 years and can barely stand at work. Would I be considered "
        "disabled?",
        "does sciatica count as a disability in the UK?",
        "my back is wrecked after two fusions, am I classed as disabled now?",
        "Can I be declared disabled because of my herniated discs?",
    ],
)


test_coping_with_a_disabling_sciatica_stays_in_the_guide = guide_answer_cases(
    [
        # Look-alikes: a disabling pain, or whether one can keep working, stays the guide's.
        ("My sciatica is disabling some days. What can I do to manage it long term?", None),
        ("Does sciatica stop you working? I cant stand for long at my job", "work"),
    ],
)


test_the_thoracic_spine_alone_is_outside = outside_cases(
    [
        "ive got thoracic right side pain for months, burning, tried physio. what is it?",
        "Sharp pain around my bra strap line in my back when I breathe in deeply. Any ideas?",
        "My T7 area is so stiff every morning, what can I do for it?",
        "pain in the thoracic region when I twist, worse at the end of the day, any advice?",
    ],
)


test_a_thoracic_level_told_beside_the_leg_stays_in_the_guide = guide_answer_cases(
    [
        # Look-alike: a level of the thoracic spine named beside a pain down the leg.
        ("The MRI shows a bulge at L5 S1 and a small one at T11 level. Pain goes down my leg. "
         "Is surgery needed?", "surgery"),
    ],
)  # fmt: skip


test_whether_an_old_supply_still_works_asked_by_a_pronoun_is_outside = outside_cases(
    [
        # The medicine named before the question, the question asking by a pronoun.
        "I still have some tramadol left from when my back went in 2019. Are they still any good "
        "or do they lose their potency?",
        "my nan has a bottle of codeine from years back, is it past its use by date? would it "
        "still work on my sciatica",
    ],
)


test_which_positions_for_sex_spare_the_back_is_outside = outside_cases(
    [
        "what sex positions are best when you have a bulging disc? my husband is scared of "
        "hurting me",
        "Any tips on sexual positions that dont aggravate sciatica??",
        "me and my girlfriend want to know which positions during sex are safest for my lower "
        "back",
    ],
)


test_another_illness_asked_as_what_the_pain_is_is_outside = outside_cases(
    [
        "my lower back and both hips ache all the time and my fingers are stiff in the morning, "
        "could it be RA?",
        "back pain and tingling in my arms and my eyesight went blurry last month. Is this to do "
        "with MS?",
        "Lower back has been sore for weeks and i'm always exhausted, could it possibly be lupus?",
    ],
)


test_sciatica_and_sex_or_sleep_positions_keep_their_answer = guide_answer_cases(
    [
        # Look-alikes: sciatica's effect on one's sex life (a warning sign's question), positions
        # to sleep in, sciatica asked as the diagnosis, a medicine's effect over time.
        ("Can sciatica affect your sex life?", "red-flags"),
        ("What sleeping positions are best for sciatica?", "sleeping"),
        ("Could it be sciatica or is it just a pulled muscle?", "is-it-sciatica"),
        ("Does gabapentin lose its effect over time for sciatica?", "painkillers"),
    ],
)


test_a_medicine_in_a_drug_test_or_a_dose_missed_is_outside = outside_cases(
    [
        # A medicine by its name in a drug test or one's system, a dose missed or doubled, how
        # long one dose lasts, and whether it is safe while breastfeeding: the pharmacist's.
        "will tramadol show up on a drug test at work? i take it for my sciatica",
        "How long does gabapentin stay in your system after you stop?",
        "Does oxycodone show on a urine test? I have a job screening friday and a prescription "
        "for my back",
        "my percocet only lasts about 3 hours then the leg pain is back. is that normal or should "
        "it last longer?",
        "I forgot to take my pregabalin last night, should I take two this morning?",
        "accidentally took a double dose of naproxen for my back, what should I do?",
        "Is it ok to take codeine while breastfeeding? My sciatica is terrible since the birth",
    ],
)


test_how_long_a_medicine_takes_to_help_keeps_its_answer = guide_answer_cases(
    [
        # Look-alikes: how long a medicine takes to help, painkillers wearing off, taking them
        # before the exercises, sciatica after a birth.
        ("How long does it take for gabapentin to work on sciatica?", "painkillers"),
        ("Do painkillers help sciatica at all?", "painkillers"),
        ("Is it normal for sciatica pain to come back when the painkillers wear off?", None),
        ("Is sciatica normal after giving birth?", "pregnancy"),
        # "Last" telling when the medicine was started or taken is no dose that lasts.
        ("I started pregabalin last week. Does it actually help sciatica?", "painkillers"),
    ],
)  # fmt: skip


test_a_golfers_or_tennis_players_technique_is_outside = outside_cases(
    [
        # The technique asked of a coach, wherever in the message, with no sciatica told.
        "Been playing off 12 for years but since changing my grip my lower back aches after "
        "every round. Is it my swing? what am i doing wrong",
        "my tennis serve has started to hurt my lower back, how should i change my technique so "
        "it stops?",
        "I'm trying to flatten my golf swing like the videos say but I get a sore back on the "
        "right side after the driving range. Any tips on what I'm doing wrong?",
        "How do I fix my backswing so it doesnt strain my back? 58, bad back, love my golf",
    ],
)


test_playing_a_sport_with_sciatica_keeps_its_answer = guide_answer_cases(
    [
        # Look-alikes: whether one can play, a runner's form, arms swinging on a walk, and
        # "what am I doing wrong" about the stretches stay the guide's.
        ("Can I still play golf with sciatica?", None),
        ("Does tennis make sciatica worse?", None),
        ("I do my stretches every day but the sciatica is still bad. What am I doing wrong?",
         None),
        ("Is my running form causing my sciatica?", "running"),
        ("When I walk I let my arms swing but my leg still hurts after a mile. Is walking making "
         "it worse?", "walking"),
    ],
)  # fmt: skip


test_another_named_condition_of_the_spine_or_nerves_is_outside = outside_cases(
    [
        # A Tarlov cyst, CRPS, arachnoiditis, a vertebra's haemangioma, Scheuermann's: that
        # condition's specialist's question, with no sciatica, disc or leg pain told.
        "Just been told I have a tarlov cyst at S2 after years of lower back ache. What happens "
        "now, do they grow?",
        "My daughter has been diagnosed with CRPS in her foot after a sprain. Does it ever go "
        "away?",
        "anyone else with arachnoiditis after back surgery? the burning never stops and no one "
        "listens",
        "MRI found a hemangioma in my L3 vertebra. is that dangerous? my back aches a bit",
        "does scheuermanns disease get worse with age? my back is very rounded and stiff",
    ],
)


test_such_a_condition_told_beside_a_disc_or_sciatica_keeps_its_answer = guide_answer_cases(
    [
        # Look-alikes: a cyst found beside the disc that causes the leg pain, and the burning
        # down the leg after an operation, stay the guide's.
        ("My MRI showed a small tarlov cyst but the surgeon says the disc at L5 is what causes "
         "the pain down my leg. Will physio help my sciatica?", None),
        ("After back surgery the burning down my leg is still there. Is that normal?", None),
    ],
)  # fmt: skip
