"""Routing classes of round 45 (route45), written by the team before the fix (no labelled line
copied): wanting, being refused or weighing a scan is the scans section's; when a pain will
heal or whether it is for life is the outlook's; being taken off work or a job that keeps one
standing or lifting is the work section's; not being able to sit for long is the sitting
section's. A red flag still alarms, an injection's own time stays the injections', and a car
seat stays driving's."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import said_cases

_OOS = (
    "the scope filter reads money or an employer as off the guide's subject first; left to oos48"
)
_STORY = "the ask is told in a sentence before a bare plea, which alone ranks; left alone"


def _xfail(text: str, expect: str, reason: str) -> object:
    return pytest.param(text, expect, marks=pytest.mark.xfail(reason=reason, strict=True))


# Wanting, being refused or weighing a scan (before the fix: see the commit).
test_wanting_a_scan_is_scans = said_cases(
    [
        (
            "My GP refuses to send me for an MRI even though the pain has lasted months. Is that "
            "right?",
            "scans",
        ),
        (
            "I really want an MRI to see what is going on in my back. Should I push for one?",
            "scans",
        ),
        ("The doctor won't refer me for a scan. Is this normal?", "scans"),
        ("Do I need an x-ray of my lower back?", "scans"),
        ("Would an MRI show a slipped disc if it has gone back in?", "scans"),
        ("I asked for imaging but the physio said I don't need it. Should I insist?", "scans"),
        ("Is an MRI necessary for sciatica?", "scans"),
        _xfail("Should I pay for a private MRI scan?", "scans", _OOS),
        ("My back has hurt for weeks, would a scan help find the cause?", "scans"),
        ("Why won't my doctor order an MRI for my back?", "scans"),
    ]
)

# When a pain will heal, or whether it is for life.
test_when_it_heals_is_how_long = said_cases(
    [
        ("When will my back injury heal?", "how-long"),
        ("Am I going to have this pain for the rest of my life?", "how-long"),
        ("Will I be stuck with sciatica for life?", "how-long"),
        ("I hurt my back lifting boxes four months ago. When will it finally heal?", "how-long"),
        ("How long until the nerve heals?", "how-long"),
        ("Is it possible to make a full recovery from a herniated disc?", "how-long"),
        ("How long does a slipped disc take to heal?", "how-long"),
        ("My doctor said it could take a year. Will it ever get better?", "how-long"),
        ("Will my leg pain be with me forever?", "how-long"),
    ]
)

# Taken off work, or a job that keeps one standing or lifting.
test_a_job_that_hurts_is_work = said_cases(
    [
        (
            "My doctor signed me off work for two weeks with sciatica. Should I go back early?",
            "work",
        ),
        ("I hurt my back on the job. Can I keep working?", "work"),
        ("My job involves standing all day and my back is killing me. Any tips?", "work"),
        ("I'm on light duty because of my back. How do I manage my shifts?", "work"),
        ("Should I take time off work for my sciatica?", "work"),
        (
            "My new job requires a lot of lifting and my sciatica is flaring. What can I do?",
            "work",
        ),
        ("I stand for 10 hour shifts at work and my back aches. How do I cope?", "work"),
        _xfail("Do I need to tell my employer about my sciatica?", "work", _OOS),
    ]
)

# Not able to sit for long.
test_cannot_sit_long_is_sitting = said_cases(
    [
        (
            "I can't sit for more than twenty minutes without my leg burning. What can I do?",
            "sitting",
        ),
        (
            "I sit at a desk all day and my back is sore by the evening. How can I stop it?",
            "sitting",
        ),
        ("My hip hurts whenever I sit for a long time. Any advice?", "sitting"),
        ("Sitting through a film is agony with my sciatica. Any tips?", "sitting"),
        ("After an hour of sitting my lower back aches. What helps?", "sitting"),
        (
            "I practise the cello for hours sitting down and my back hurts. How can I ease it?",
            "sitting",
        ),
        ("My sciatica is worse when I sit. Why?", "sitting"),
        ("Sitting for long periods is unbearable. What should I do?", "sitting"),
    ]
)

# The same asks told at the end of a story, as people write them (before the fix: see the
# commit).
test_story_then_scan = said_cases(
    [
        (
            "I've had back pain on and off for years and it's got worse. I would like an MRI to "
            "find out what is going on but my doctor says I don't need one. Should I change "
            "doctors?",
            "scans",
        ),
        (
            "I play a lot of football and my lower back has ached for two months. I'm not sure "
            "whether an x-ray is needed or whether I should just wait.",
            "scans",
        ),
        (
            "My hip hurts at night and I don't know if it is my back or my hip. Would an MRI "
            "tell the difference?",
            "scans",
        ),
        _xfail(
            "I got my report back and it says I have degeneration of the lumbar spine. Not sure "
            "what this means. Anyone know?",
            "scans",
            _STORY,
        ),
    ]
)

test_story_then_heal = said_cases(
    [
        (
            "I pulled something in my lower back carrying shopping about three months ago and it "
            "still hurts. When will my back heal and what can I do to speed it up?",
            "how-long",
        ),
        (
            "I'm 24 and I hurt my back at the gym last year. Am I going to have back pain for "
            "life?",
            "how-long",
        ),
        (
            "I was told it could take up to a year to heal, but three months in there is no "
            "improvement at all. Is that normal?",
            "how-long",
        ),
        (
            "I had a disc bulge from cycling and took a month off the bike. Do people make a full "
            "recovery from this kind of injury?",
            "how-long",
        ),
    ]
)

test_story_then_job = said_cases(
    [
        (
            "I work in a shop and the job involves standing for hours. My lower back hurts by "
            "lunchtime. Should I avoid this kind of work?",
            "work",
        ),
        (
            "I've had to stop working as a hairdresser because of my back. I'm not trained for "
            "anything else. What can I do?",
            "work",
        ),
        (
            "My doctor took me off work for a week with sciatica but I feel I could work from "
            "home. Is that a bad idea?",
            "work",
        ),
        _xfail(
            "I'm starting a new job next week that needs a lot of standing and walking and I'm "
            "nervous about my back. Any tips?",
            "work",
            _STORY,
        ),
    ]
)

test_story_then_sitting = said_cases(
    [
        (
            "I avoid the cinema because I can't sit that long, and at its worst I can barely get "
            "through dinner before I have to stand up.",
            "sitting",
        ),
        _xfail(
            "For two weeks I've had low back pain when I sit for an hour and I want to lie "
            "down. Is it serious?",
            "sitting",
            _STORY,
        ),
        (
            "My new desk job has me sitting for long hours and my back is paying the price. "
            "What can I do?",
            "sitting",
        ),
        (
            "I practise the organ six hours a day and my lower back hurts from sitting on the "
            "bench. How can I relieve it?",
            "sitting",
        ),
    ]
)


# Look-alikes that must not change: a red flag still alarms, an injection's own time stays the
# injections', a car seat stays driving's, an operation's recovery stays surgery's, and the
# night stays sleeping's.
test_lookalikes_keep_their_answer = said_cases(
    [
        (
            "I can't sit for long and I have numbness around my bottom and can't pee properly. "
            "Should I get an MRI?",
            "red_flag",
        ),
        (
            "I want an MRI because I've lost control of my bladder and my legs are weak.",
            "red_flag",
        ),
        ("How long does the steroid injection last?", "injections"),
        (
            "I can't sit in the car for more than an hour without my leg burning. Any tips for "
            "long drives?",
            "driving-travel",
        ),
        ("When will I be able to go back to work after my microdiscectomy?", "surgery"),
        ("When will the pain from my fusion heal?", "surgery"),
        (
            "If I lie on my side for a long time at night my hip aches. How should I sleep?",
            "sleeping",
        ),
        ("Will sciatica go away on its own or should I see a doctor?", "see-a-doctor"),
    ]
)
