"""Out of scope in both directions (session 16, brief oos28): how to get signed off or paid
while off, an employee's light duties asked by the employer, and a work aid refused or taken
away by the employer, on wordings written by the team (not copied from any labelled set), each
beside look-alikes that must keep their guide answer."""

from __future__ import annotations

from tests.qa.answer_checks import in_guide_cases, outside_cases, routed_cases

test_the_paperwork_and_pay_of_going_off_sick_is_outside = outside_cases(
    [
        # How to get signed off, whether one is still paid: work's and the payroll's question,
        # even beside a question about going off sick that names working.
        "never had a day off in 10 years, now my sciatica means i cant do my shifts. how do i "
        "actually go about getting signed off? do i ring my manager first or the doctor? do i "
        "still get paid?",
        "First time ever off work, my back has gone. How do I go off sick? How does sick pay "
        "work when you've only been there a year?",
        "How do you get a fit note for sciatica, do I just phone the surgery?",
    ],
)


test_an_employees_light_duties_asked_by_the_employer_is_outside = outside_cases(
    [
        # The employer asks whether the employee may keep working or stay on light duties,
        # whatever back injury the question names.
        "My employee has sciatica and keeps asking for breaks. Should we put him on reduced "
        "hours or let him go? We want to do this by the book.",
        "One of our warehouse staff hurt his back lifting boxes. How long should we keep him on "
        "light duty? If it was a back injury, should he be allowed to go back to forklift work?",
    ],
)


test_a_work_aid_refused_by_the_employer_is_outside = outside_cases(
    [
        # A chair, a desk or a cushion refused or taken away at work: the employer's matter.
        "My manager says I can't use my kneeling chair in the new open plan office because it "
        "looks untidy. I have a letter from my physio saying I need it for my sciatica. Any "
        "advice?",
        "HR told me I'm not allowed to bring in my own standing desk even with a doctors letter "
        "from my back specialist. what can I do?",
        "They took my ergonomic chair away at work when we moved floors and say I can't have it "
        "back for months. My back is killing me in the standard chairs. Advice please",
    ],
)


test_working_going_off_or_a_chair_for_sciatica_stays_in_the_guide = routed_cases(
    [
        # Look-alikes: whether to stay off, lighter duties asked for, which chair, being signed
        # off told beside a question the guide answers.
        ("Can I go back to work with sciatica or should I stay off another week?", "work"),
        ("Should I ask my manager for lighter duties while my sciatica settles?", "work"),
        ("My boss has agreed to get me a better chair, what should I look for in a chair for "
         "sciatica?", "sitting"),
        ("My doctor signed me off for two weeks with sciatica. Should I be resting in bed the "
         "whole time?", "bed-rest"),
    ],
)  # fmt: skip


test_exercising_while_off_sick_stays_in_the_guide = in_guide_cases(
    [
        "I'm off sick with sciatica, what exercises can I do at home?",
        "I can't use the chair at my desk for long, it makes my sciatica worse. What can I do?",
    ],
)


test_cold_legs_cramped_or_sore_feet_are_outside = outside_cases(
    [
        # Legs or feet that are cold, cramps in the feet or calves, or feet sore from standing,
        # with no sciatica, back or nerve told: the circulation's or the feet's question.
        "my feet are always freezing at night even with thick socks on, what can i do",
        "Getting really bad cramps in my calves and toes at night, they wake me up. what helps "
        "cramps?",
        "My feet ache so much after a 12 hour shift standing on concrete. Any tips for sore feet?",
        "Legs always ice cold - can't get warm in bed",
    ],
)


test_a_cold_leg_or_a_hip_with_sciatica_stays_in_the_guide = in_guide_cases(
    [
        # Look-alikes: sciatica or the back told beside the cold leg, the foot or the hip, or
        # cramps after a run (the sport's section).
        "Sciatica down my left leg and my foot goes numb, is that normal?",
        "My sciatica makes my leg feel cold, is that part of it?",
        "Pain from my lower back into my hip and down the leg, is this sciatica?",
        "How should I sleep with sciatica? my hip hurts when I lie on my side",
        "I get cramp in my calf the night after every long run, is that from the running?",
    ],
)


test_whether_a_stomach_upset_is_a_medicines_side_effect_is_the_medicines_section = routed_cases(
    [
        # Whether a belly upset is a painkiller's side effect: the medicines' section, whose
        # text says side effects are the pharmacist's to weigh.
        ("ibuprofen gives me a stomach ache, is that a side effect?", "painkillers"),
        ("naproxen for my sciatica gives me heartburn, is that normal for that medicine?",
         "painkillers"),
    ],
)  # fmt: skip


test_an_addiction_told_as_a_fact_is_outside = outside_cases(
    [
        # An addiction to a painkiller told as a fact, of oneself or of someone close (labels:
        # another illness, an addiction service's question), whatever sciatica the story tells.
        "My wife has been on tramadol for her sciatica for a year and I think she's hooked on "
        "it, what should I do?",
        "My partner had two back operations and now he is addicted to his pain pills. I don't "
        "know what to do",
        "i've been on pregabalin for my sciatica 2 years and honestly im hooked, how do i come "
        "off it",
        "Mum is completely hooked on her co-codamol since the disc op. How do we get her help?",
    ],
)


test_a_dependence_growing_or_feared_is_the_medicines_section = routed_cases(
    [
        # Look-alikes: getting or becoming dependent, or a fear of it.
        ("Worried my husband is getting hooked on his tramadol for his sciatica, what can we "
         "do?", "painkillers"),
        ("I'm scared of becoming addicted to my pain pills for sciatica, should I stop them?",
         "painkillers"),
    ],
)  # fmt: skip
