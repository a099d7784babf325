"""Routing classes of round 42, written by the team before the fix (no labelled line copied):
a told pain's cause asked inside a plea, or a nerve guessed as its source, is how to tell what
it is (is-it-sciatica); which kind of doctor to see, and whether a told pain is serious or time
to have seen, is when to see a doctor (see-a-doctor)."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import said_cases

# Red-team wordings the fix did not reach (kept to show the class's figure honestly).
_RUNS = 'a pain that "runs" down the leg names the running theme; left alone'
_ALARM = "a whole leg gone numb raises the urgent-care advice first; never weakened"
_SURGEON = "an orthopaedic surgeon named is the surgery theme; left alone"

# What a told pain is, asked inside a plea and not last of it (before the fix: 4/10).
test_cause_asked_in_a_plea_is_how_to_tell = said_cases(
    [
        pytest.param(
            "For two weeks I've had a burning ache in my right buttock that runs to the back of "
            "my knee. I hope someone can help me understand what is going on.",
            "is-it-sciatica", marks=pytest.mark.xfail(reason=_RUNS, strict=True),
        ),
        ("My lower back twinges and my left calf tingles when I stand at the sink. Any input on "
         "what this might be would be really appreciated.",
         "is-it-sciatica"),
        pytest.param(
            "Last night my whole left leg went numb for a few minutes while I was lying on the "
            "sofa. Can someone tell me what caused that? I have had a stiff back for years.",
            "is-it-sciatica", marks=pytest.mark.xfail(reason=_ALARM, strict=True),
        ),
        ("I get a deep throb behind my thigh every afternoon and it eases when I lie flat. What "
         "is my deal?",
         "is-it-sciatica"),
        ("Sharp pain in my hip when I climb stairs, and an ache down the outside of my leg. What"
         " does this sound like?",
         "is-it-sciatica"),
        ("My husband has a dull pain in his lower back that spreads into his right thigh. I "
         "would love some thoughts on what this could be before he sees the GP.",
         "is-it-sciatica"),
        ("The back of my leg feels tight and zingy whenever I bend to tie my shoes. Would be "
         "grateful for any ideas about what it might be.",
         "is-it-sciatica"),
        ("My bum aches on one side and my foot sometimes tingles. Trying to work out what is "
         "going on here, it has been three weeks.",
         "is-it-sciatica"),
        ("Pain shoots from my lower back to my ankle when I sneeze. Can anyone explain what is "
         "happening to me? I'm 38 and fit.",
         "is-it-sciatica"),
        ("My mum has a gnawing pain in her hip and thigh that's worse in the morning. Does "
         "anyone have a clue what this could be? She is 60.",
         "is-it-sciatica"),
    ],
)  # fmt: skip

# A nerve guessed as the source of a told pain (before the fix: 3/8).
test_nerve_guessed_as_source_is_how_to_tell = said_cases(
    [
        ("My hamstring has ached for a month even though I stopped running. Could it be "
         "something to do with a nerve?",
         "is-it-sciatica"),
        ("The pain in my calf comes and goes and feels electric. Is it a muscle thing or "
         "something to do with the nerves?",
         "is-it-sciatica"),
        ("I've got an ache in my buttock that goes into my thigh. Is this just a strain or maybe"
         " something more?",
         "is-it-sciatica"),
        ('My left thigh burns when I stand for long. Could this be nerve related?',
         "is-it-sciatica"),
        ("My leg has felt weird and tingly since I started a new desk job. Could this be coming "
         "from a nerve in my back?",
         "is-it-sciatica"),
        ("Lower back ache with a pulling feeling in the back of my knee. Is it just tight "
         "muscles or could it be a nerve problem?",
         "is-it-sciatica"),
        ('My outer shin stings after long walks. Might this be nerve pain?',
         "is-it-sciatica"),
        ('My groin and inner thigh hurt when I cough. Is this a nerve issue?',
         "is-it-sciatica"),
    ],
)  # fmt: skip

# Which kind of doctor or specialist to see (before the fix: 7/10).
test_which_doctor_is_seeing_a_doctor = said_cases(
    [
        ("My lower back has ached for two months and it goes into my hip. What kind of doctor "
         "should I see?",
         "see-a-doctor"),
        ('Pain down my right leg when I sit for long. Which specialist should I go to for this?',
         "see-a-doctor"),
        ("I have a sharp pain in my buttock every morning. Who should I see about it, a GP or a "
         "specialist?",
         "see-a-doctor"),
        ('Should I see an orthopedist or a neurologist for pain that runs down my leg?',
         "see-a-doctor"),
        ('My back and thigh have been sore for six weeks. Where should I go to get this checked?',
         "see-a-doctor"),
        ('Which doctor do I go to for back pain that goes down my leg?',
         "see-a-doctor"),
        ('What type of doctor treats pain that starts in the lower back and goes into the foot?',
         "see-a-doctor"),
        ("My dad's hip and leg hurt when he walks. What sort of specialist should he see?",
         "see-a-doctor"),
        pytest.param(
            "Not sure whether to book a rheumatologist or an orthopaedic surgeon for my back and"
            " leg pain. Which one?",
            "see-a-doctor", marks=pytest.mark.xfail(reason=_SURGEON, strict=True),
        ),
        ('Who is the right person to see for a pain in my lower back that spreads to my knee?',
         "see-a-doctor"),
    ],
)  # fmt: skip

# Whether a told pain is serious, or time to have it seen (before the fix: 8/10).
test_serious_or_time_to_be_seen_is_seeing_a_doctor = said_cases(
    [
        ("My leg has ached on and off since spring and the GP thought it was a pinched nerve. I "
         "just want to know if it's serious or not.",
         "see-a-doctor"),
        ("My wife's back pain was worse this morning and she can hardly get out of bed. Is it "
         "time to take her to the doctor?",
         "see-a-doctor"),
        ("I feel a pull in my lower back when I bend backwards. Wondering if I should have it "
         "looked at or if it will settle by itself.",
         "see-a-doctor"),
        ("Pain in my buttock for three weeks now and the muscle relaxants haven't helped. Should"
         " I get it checked out?",
         "see-a-doctor"),
        ('My back still hurts a month after I moved house. Is this worth seeing a doctor about?',
         "see-a-doctor"),
        ("The ache down the back of my thigh never went away, in fact it's worse now. Is it time"
         " to get it seen to?",
         "see-a-doctor"),
        ('How do I know if my back pain is serious enough to see a doctor?',
         "see-a-doctor"),
        ('My sciatica has been bad for six weeks. At what point should I go to the GP?',
         "see-a-doctor"),
        ("I've had pain in my lower back and hip for a while. Do you think I should go to the "
         "doctor with this?",
         "see-a-doctor"),
        ("My leg pain hasn't improved with rest this week. Should I be seeing someone about it?",
         "see-a-doctor"),
    ],
)  # fmt: skip

# Look-alikes that must not change: a scan report, a red flag, a diagnosis's cause, nerve
# damage or a nerve exercise asked of, another illness's doctor, a physio weighed, sciatica's
# danger asked in general, a sport's return.
test_round42_look_alikes = said_cases(
    [
        ('I had an MRI last week. Can someone help me understand what is going on in the report?',
         "scans"),
        ("My back pain started after a fall down the stairs and now I can't feel my saddle area."
         " Can anyone tell me what is going on?",
         "red_flag"),
        ('I was diagnosed with sciatica last month. Can anyone tell me what caused it?',
         "why-sciatica"),
        ("My foot is numb and keeps slapping the floor when I walk, worse each day. Could this "
         "be nerve damage?",
         "red-flags"),
        ('Can nerve damage from sciatica be permanent?',
         "red-flags"),
        ('Is nerve flossing safe to do every day?',
         "sciatic-nerve-glide"),
        ('My doctor says it is nerve pain. Will gabapentin help?',
         "painkillers"),
        ('Which exercise should I do first?',
         "daily-habit"),
        ('Which doctor should I see for my migraines?',
         "out_of_scope"),
        ('Should I see a physio or a chiropractor for my sciatica?',
         "physiotherapy"),
        ('Which specialist should I see for physiotherapy on my back?',
         "physiotherapy"),
        ('Which specialist should I see about my MRI results?',
         "scans"),
        ('Is sciatica serious?',
         "red-flags"),
        ("I can't control my bladder since my back went. Is it time to go to A&E?",
         "red_flag"),
        ('Is it time to start running again after sciatica?',
         "running"),
        ("I want to know if it's safe to do yoga with sciatica.",
         "gym-yoga"),
    ],
)  # fmt: skip
