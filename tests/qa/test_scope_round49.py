"""Out of scope, session 23 (brief oos49, rounds 33-34's out-of-scope lines that get a section):
weight gained or hair lost on a named medicine, another illness's medicine asked whether it causes
a symptom, the body coming off a named medicine, a kidney stone or restless legs syndrome told,
and whether one could be pregnant on birth control or whether a medicine caused a miscarriage are
the prescriber's, the pharmacist's, the GP's or that illness's doctor's questions, not the guide's;
a medicine for sciatica, sciatica in pregnancy, heat or ice and sleep with leg pain keep their
sections. Wordings written by the team before the fix, not copied from any labelled set."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import outside_cases, routed_cases

test_weight_gained_or_hair_lost_on_a_medicine_is_outside = outside_cases(
    [
        "Has anyone put on weight with Lyrica? I've gained 10 pounds in a month.",
        "Duloxetine weight gain - does it stop after a while? I am up a stone.",
        "On gabapentin for my nerve pain for 6 months and gained 20 lbs, how do I lose it?",
        "Could the amitriptyline be making me gain weight? Nothing else has changed.",
        "My hair is falling out since starting pregabalin, has anyone else had this?",
        "Is hair loss a side effect of tramadol? Mine is coming out in clumps.",
        "Cymbalta weight gain is driving me mad, will switching to Lyrica help?",
        "I take nortriptyline at night and have gained so much weight, any tips to stop it?",
        "Norco for 3 years for my back and I keep gaining weight, is it the meds?",
        "Seroquel and gabapentin together, I've gained 30 pounds. Which one is causing it?",
    ]
)

test_another_illnesss_medicine_asked_whether_it_causes_a_symptom_is_outside = outside_cases(
    [
        "Can lisinopril cause muscle aches in the legs?",
        "Does Benicar cause swollen ankles?",
        "Could my cholesterol tablets be causing this pain in my thighs?",
        "Can Wellbutrin cause back pain and insomnia?",
        "Will metformin cause cramps in my calves?",
        "Can levothyroxine cause joint pain? My knees and hips ache.",
        "Does amlodipine make your feet swell up?",
        pytest.param(
            "My mum is on atorvastatin, can it cause weakness in her legs?",
            marks=pytest.mark.xfail(reason="weakness in both legs alarms before scope is read"),
        ),
    ]
)

test_another_illnesss_medicine_blamed_or_asked_of_the_readers_is_outside = outside_cases(
    [
        "Can Benicar cause swelling and pain in my feet and lower legs?",
        "Could my Wellbutrin be causing this back pain and insomnia?",
        "Does Synthroid cause leg cramps at night?",
        "Can bupropion make your back ache?",
        "Celexa - has anyone experienced muscle aches and trouble sleeping?",
        "Wellbutrin, has anyone had aching legs and restless nights?",
        "Is phentermine causing my lower back pain? Started it 3 weeks ago.",
        "Could olmesartan be behind the pain in my calves?",
        "Lisinopril - has anyone else had leg pain on it?",
        "Can my blood pressure pills cause aching legs at night?",
    ]
)

test_a_kidney_stone_or_restless_legs_syndrome_is_outside = outside_cases(
    [
        "I'm passing a kidney stone, should I put a hot water bottle on my back?",
        "Trying to pass 2 kidney stones, can I use a heating pad on my lower back?",
        "Had kidney stones last month and my back still aches, will ice help?",
        "I've got a kidney stone and my back is killing me, what can I take?",
        "Kidney stones again, is a hot bath or an ice pack better for the ache in my back?",
        "I believe I have restless legs syndrome, it's so bad I can't sleep, please help",
        pytest.param(
            "My RLS keeps me up all night and my legs won't stop moving, any tips?",
            marks=pytest.mark.xfail(reason="both legs moving alarms before scope is read"),
        ),
        "Diagnosed with restless leg syndrome, does magnesium help before bed?",
        "Restless legs syndrome is ruining my sleep, my back is sore from no rest, what can I do?",
    ]
)

test_coming_off_a_named_medicine_is_outside = outside_cases(
    [
        "Is restless legs common when coming off tramadol?",
        "I'm weaning off gabapentin and my arms and legs won't keep still, is that normal?",
        "Getting off oxycodone, how long do the aches last?",
        "Tapering off Lyrica and I can't sleep at all, how long will this go on?",
        "Came off duloxetine two weeks ago and feel dizzy with brain zaps, help?",
        "What's the best way to get off norco after 5 years?",
        "Stopping pregabalin and my legs ache all over, is that from coming off it?",
        "Has anyone got off hydrocodone without going through hell?",
    ]
)

test_could_i_be_pregnant_or_a_medicine_and_a_miscarriage_is_outside = outside_cases(
    [
        "I missed a pill and now have back pain and spotting, could I be pregnant?",
        "On the birth control pill but my period is late and my lower back aches, am I pregnant?",
        "Took Plan B two days ago and now have cramps and back ache, is that normal?",
        "Could the naproxen I took before I knew I was pregnant have caused my miscarriage?",
        "Had a miscarriage last week, could the diazepam the ER gave me for my back be the cause?",
        "I'm on the Depo shot and have lower back pain, could I still be pregnant?",
        "Can back pain be an early sign of pregnancy? I did a test and it was negative.",
        "Is implantation bleeding with back pain a thing? My period isn't due till next week.",
    ]
)

test_look_alikes_keep_their_sections = routed_cases(
    [
        ("Which painkiller is best for sciatica, gabapentin or naproxen?", "painkillers"),
        ("Can I take ibuprofen with tramadol for my sciatica?", "painkillers"),
        ("Does amitriptyline help sciatica or just make you gain weight?", "painkillers"),
        (
            "Since my back went I've put on weight, can I take naproxen for the pain?",
            "painkillers",
        ),
        (
            "I stopped gabapentin because it didn't help my back, what else is there?",
            "painkillers",
        ),
        ("Is a depo medrol injection any good for back pain?", "injections"),
        ("I'm pregnant and my lower back aches, is that normal?", "pregnancy"),
        ("Lyrica - has anyone had relief for nerve pain in the leg?", "painkillers"),
        ("Could this be a kidney problem or sciatica?", "is-it-sciatica"),
        ("My leg aches at night and stops me sleeping, what can I do?", "sleeping"),
        ("Heat or ice for my lower back pain?", "heat-ice"),
        ("My legs are restless at night from sciatica, how can I sleep?", "sleeping"),
        ("Can amitriptyline help me sleep with back pain?", "painkillers"),
        # A medicine asked whether it helps sciatica: the medicines' section since route49
        # (is-it-sciatica before, which told how to know it is sciatica, not what was asked).
        ("Does sertraline help with sciatica nerve pain?", "painkillers"),
        ("Can duloxetine help my sciatica and my mood at the same time?", "painkillers"),
        (
            "I'm on blood pressure pills, is it safe to do the stretches for my back?",
            "painkillers",
        ),
        ("I'm 20 weeks pregnant with sciatica, what can I take for it?", "pregnancy"),
        ("Is it safe to use a heating pad on my back for sciatica?", "heat-ice"),
        ("My leg pain keeps me awake at night, how can I sleep better?", "sleeping"),
        ("I'm pregnant and my sciatica is awful, is it safe to take paracetamol?", "pregnancy"),
    ]
)
