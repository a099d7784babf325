"""Routing: the words people use for a theme (round 10), checked on paraphrases written for
round 10 (invented by the team, not copied from any labelled set), each beside look-alikes that
must keep their answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import ANSWERER, routed_cases

test_a_treatment_that_works_is_no_job = routed_cases(
    [
        # "Work" said of a treatment ("nothing worked", "I doubt it will work") is no job, and
        # a drug by any name is a painkiller question.
        ("This drug knocks me out at night and I still feel foggy at lunchtime. I'm not sure "
         "how it will work on disc pain.", "painkillers"),
        ("My doctor gave me a prescription for a muscle relaxer, it worked wonders for two days.",
         "painkillers"),
        ("I'm not sure the drug is doing anything for the leg pain and it makes me sleepy all "
         "day.", "painkillers"),
        # Look-alikes: a job stays a job.
        ("Can I go back to work with sciatica?", "work"),
        ("I work nights in a warehouse. Will lifting at work make it worse?", "work"),
    ],
)  # fmt: skip


test_the_night_is_a_sleeping_question = routed_cases(
    [
        # The night, lying awake, rolling over: a sleeping question.
        ("Every time I roll onto my side at night I get a jolt like a red hot wire down my calf, "
         "and then I lie awake for hours. What can I do?", "sleeping"),
        ("The pain is fine in the day but it wakes me two or three times a night when I turn "
         "over. Any advice?", "sleeping"),
        # Look-alikes: a night shift is work, and what to avoid stays what to avoid.
        ("Can I still do my night shifts with sciatica?", "work"),
        ("Which movements should I avoid at night?", "what-to-avoid"),
    ],
)  # fmt: skip


test_a_trade_named_is_a_job = routed_cases(
    [
        # A trade named is a job: the work section.
        ("I'm a nurse doing twelve hours on my feet. How do I cope with sciatica?", "work"),
        ("I'm an electrician and I'm up and down ladders all day. Should I take time off?",
         "work"),
        # Look-alikes: a yoga teacher is no job of one's own, and driving stays driving.
        ("My yoga teacher says child's pose helps. Is that right?", "childs-pose"),
        ("Is it ok to drive two hours to see my family with sciatica?", "driving-travel"),
    ],
)  # fmt: skip


test_a_sport_in_its_people_s_words = routed_cases(
    [
        # A sport in the words its people use: a cyclist pedals, a gym-goer has kettlebells.
        ("I'm a keen cyclist and after a long day in the saddle my buttock and calf ache. "
         "Should I stop?", "cycling"),
        ("Pedalling uphill sends a jolt down my leg. Is that ok?", "cycling"),
        ("I do kettlebells three times a week. Can I carry on with sciatica?", "gym-yoga"),
        ("Does my personal trainer need to change my programme?", "gym-yoga"),
    ],
)  # fmt: skip


@pytest.mark.parametrize(
    "text", ["who scored in the football on Saturday", "what's the tennis score"]
)
def test_a_match_result_is_still_not_covered(text: str) -> None:
    assert ANSWERER.answer(text).kind == "out_of_scope"


test_lay_words_for_a_theme = routed_cases(
    [
        # Lay words for the sofa, the surgeon, heat wraps and the radiologist's report.
        ("Evenings on the sofa make my leg throb. Should I get a firmer cushion?", "sitting"),
        ("The neurosurgeon wants to operate. Is it worth it?", "surgery"),
        ("Would a heat wrap or an electric blanket help at night?", "heat-ice"),
        ("What did the radiologist mean by nerve root contact?", "scans"),
    ],
)  # fmt: skip


test_lay_words_for_flare_ups_and_travel = routed_cases(
    [
        # Lay words for a flare-up, a motorbike and an airport.
        ("Another bout has started, the third this year. How do I get through it?",
         "flare-ups"),
        ("Here we go again. Two good years and now my buttock is throbbing and my calf aches. "
         "Help for sciatica?", "flare-ups"),
        ("Is it safe to ride my motorbike to work?", "driving-travel"),
        ("We have a ten hour layover on the way to Spain. Tips for the airport?",
         "driving-travel"),
    ],
)  # fmt: skip


test_habit_cause_and_prevention_shapes = routed_cases(
    [
        # Keeping up the routine (skipping, forgetting, sticking with it): the daily habit.
        ("I keep skipping my stretches when work gets busy. How do I stick with it?",
         "daily-habit"),
        # How one came to have it at all: why it happens.
        ("What made me get sciatica in the first place?", "why-sciatica"),
        ("How did I end up with sciatica? I'm only 30.", "why-sciatica"),
        # Keeping it away once it has gone: prevention.
        ("Once it has cleared, how do I keep it at bay?", "prevention"),
        # Look-alike: a flare-up set off at work stays a flare-up.
        ("How do I keep my sciatica from flaring at work?", "flare-ups"),
    ],
)  # fmt: skip
