"""Routing (round 23, issue 15): the verb "work" said of a treatment taking effect names no job;
"what else can I do?" asks past what the story tried; the weight lifted is the gym's, a trek is
walking; a pain set off by one movement, then only a plea, is a flare-up; how or where to get it
seen to is seeing a doctor; an operation told as not needed leaves the story to what is offered
instead; "is this true?" after a claim or a fear of one theme asks about that theme; the cause
asked of a diagnosis told is why sciatica happens; "I would like to ask if ..." leads; and the
daily habit's answer says how often, when and for how long. Wordings written by the team, beside
look-alikes that must keep their answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import ANSWERER, routed_cases, routed_to

test_work_said_of_a_treatment_taking_effect_is_no_job = routed_cases(
    [
        # A drug or an injection taking effect: its own section, not the job's.
        ("how long does it take for painkillers to work", "painkillers"),
        ("My GP gave me naproxen three days ago. When will it start working?", "painkillers"),
        ("how soon does an epidural injection start working", "injections"),
        # "It" alone, no treatment named: the routine the teller was given.
        ("when will it start working", "long-term-treatment"),
        ("Been doing the stretches for a fortnight now. Is it working? How can I tell?",
         "long-term-treatment"),
    ],
)  # fmt: skip


test_a_person_working_stays_the_job = routed_to(
    "work",
    [
        # A person working, or a job told after the verb.
        "Can I keep working with sciatica?",
        "I work nights in a warehouse, will lifting make it worse?",
        "is it ok to work from home with sciatica",
        "what work can I do with sciatica",
        "When can I go back to work?",
    ],
)  # fmt: skip


test_something_else_asked_alone_is_what_treats_it = routed_to(
    "long-term-treatment",
    [
        "what else can I do",
        "What else can I try?",
        "I've tried heat, ice and rest. What else can I do?",
        "anything else I could do?",
    ],
)  # fmt: skip


test_what_else_it_could_be_or_a_theme_asked_first_keeps_its_answer = routed_cases(
    [
        # What else it could be asks whether it is sciatica; a theme asked first stays asked.
        ("what else could it be?", "is-it-sciatica"),
        ("Is swimming ok for sciatica? What else can I do?", "swimming"),
    ],
)  # fmt: skip


test_the_weight_lifted_is_the_gym_the_bodys_weight_is_not = routed_cases(
    [
        # The weight on the bar.
        ("can I keep training if I drop the weight", "gym-yoga"),
        ("is it ok to keep lifting if I lower the weight and do more reps", "gym-yoga"),
        # The body's weight.
        ("will losing weight help my sciatica", "prevention"),
        ("I need to drop some weight, will that help my back?", "prevention"),
    ],
)  # fmt: skip


test_a_trek_is_walking = routed_cases(
    [
        ("Been doing physio and pilates for my disc. Will I ever be able to go trekking in the "
         "mountains again?", "walking"),
        ("Can I go hillwalking with sciatica?", "walking"),
        ("My sciatica is easing. Is a multi-day trek too much?", "walking"),
        # Another activity asked about keeps its own.
        ("I go trekking every summer but now my yoga class hurts my back. Is yoga ok?",
         "gym-yoga"),
    ],
)  # fmt: skip


test_a_pain_set_off_by_one_movement_then_a_plea_is_a_flare_up = routed_to(
    "flare-ups",
    [
        "I bent down to pick up the washing basket and something went in my lower back. Now I "
        "can hardly stand up straight. What should I do?",
        "Twisted awkwardly getting out of the car yesterday and my back has locked up with "
        "spasms, any advice?",
        "I've had a bulging disc for years but this morning I sneezed and felt a twinge and now "
        "I'm in agony and can barely move. Please help",
        "Lifted a heavy box on Saturday and felt a pop. Ever since then the pain down my leg is "
        "terrible. what do I do",
    ],
)  # fmt: skip


test_without_a_movement_told_then_only_a_plea_the_answer_stands = routed_cases(
    [
        # Months of pain that stops everyday things: the doctor's.
        ("I have had leg pain for three months and it makes walking difficult. What should I "
         "do?", "see-a-doctor"),
        # A question of its own after the movement told.
        ("I bent over and felt a pop in my back. Should I use ice or heat?", "heat-ice"),
        ("I twisted my back last week and it still hurts. Is walking ok?", "walking"),
        # A pain that comes with a movement, no onset told.
        ("What can I do about low back pain and stiffness during and after bending over?",
         "what-to-avoid"),
    ],
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["how often should I do the exercises", "how long should each session take"],
)
def test_the_daily_habit_answer_says_how_often_and_how_long(text: str) -> None:
    found = ANSWERER.answer(text)
    assert found.answer_id == "daily-habit"
    assert found.text is not None
    assert "once every day" in found.text and "ten minutes" in found.text


test_how_or_where_to_get_it_seen_to_is_seeing_a_doctor = routed_cases(
    [
        # How or where to get care: seeing a doctor.
        ("How do I go about getting treatment for sciatica?", "see-a-doctor"),
        ("What are the steps to getting my back treated? I don't have insurance.",
         "see-a-doctor"),
        ("Where do I go to get my sciatica treated?", "see-a-doctor"),
        ("I've had leg pain down to my foot for 3 months, how do I get it looked at?",
         "see-a-doctor"),
        # What the treatment is, or how one gets sciatica at all.
        ("How is sciatica treated?", "long-term-treatment"),
        ("what is the best treatment for sciatica", "long-term-treatment"),
        ("How did I get it in the first place?", "why-sciatica"),
    ],
)  # fmt: skip


test_an_operation_told_as_not_needed_leaves_what_is_offered = routed_cases(
    [
        # The operation not needed, not reached or ruled out: what is offered instead.
        ("My consultant said I'm not at the stage of needing surgery yet and offered me an "
         "epidural. Does it help?", "injections"),
        ("The surgeon said I don't need an operation, he wants me to have a steroid injection. "
         "What are the risks?", "injections"),
        ("Doctor ruled out surgery and suggested physio instead. Will it help?", "physiotherapy"),
        # The operation itself asked, weighed or wished away.
        ("Doctor said I might need surgery. What is the recovery like?", "surgery"),
        ("They offered me an injection but I'd rather have the operation. How long is the "
         "recovery from surgery?", "surgery"),
        ("Can I live with a herniated disc and not have surgery?", "surgery"),
        ("Are you wondering whether or not to have surgery for a herniated disc?", "surgery"),
    ],
)  # fmt: skip


test_a_question_pointing_back_at_a_claim_asks_about_its_theme = routed_cases(
    [
        # A claim heard or read, or a fear, of one theme, then a question pointing back at it.
        ("I'm on pregabalin and doing my stretches at the gym. I read that sitting is worse than "
         "standing for discs. Is that true?", "sitting"),
        ("I am on physio and yoga now. I'm scared I won't be able to go hiking in the future. "
         "Is this true?", "walking"),
        ("I've been doing yoga and physio for months. My friend says I'll never be able to run "
         "again. Is this true?", "running"),
        # A symptom told, then "is that normal?": the story answers it, as before.
        ("I'm worried because my foot tingles when I sit. Is that normal?", "is-it-sciatica"),
        ("My GP told me my MRI shows a bulging disc pressing on the nerve. What does that mean?",
         "scans"),
    ],
)  # fmt: skip


test_the_cause_asked_of_a_diagnosis_told_is_why_sciatica_happens = routed_cases(
    [
        # The cause asked of a diagnosis told, beside an activity the story names.
        ("Diagnosed with a herniated disc at 25 and I play a lot of football. What could have "
         "caused this?", "why-sciatica"),
        ("I'm 19 and was told I have sciatica. Why would someone my age get it?", "why-sciatica"),
        ("I've been diagnosed with sciatica, but what is causing it?", "why-sciatica"),
        # A diagnosis told, then another question: that question's answer.
        ("I was diagnosed with sciatica last week. Is walking ok?", "walking"),
        ("My GP said it is a slipped disc. How long will it take to heal?", "how-long"),
    ],
)  # fmt: skip


test_a_question_declared_as_asked_if_leads = routed_cases(
    [
        # A yes-or-no question declared as one leads, whatever question follows it.
        ("I've had a bulging disc for a year and do physio twice a week. I would like to ask "
         "whether I can go back to swimming. Will the disc ever heal?", "swimming"),
        ("I'd like to ask if it's safe to cycle to work with sciatica. Also, is there any point "
         "in getting an MRI?", "cycling"),
        ("I wanted to ask whether running is ok with a herniated disc. Can physio help with it?",
         "running"),
        # Asking about a theme, not whether: the question that follows says what.
        ("I would like to ask about scans. Should I get an MRI?", "scans"),
    ],
)  # fmt: skip
