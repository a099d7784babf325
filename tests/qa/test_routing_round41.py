"""Routing classes of round 41, written by the team before the fix (no labelled line copied):
a teenager's back pain told, then only a plea, is one for a doctor to see; whether it needs a
doctor at all, or is only one's age, asked in words the older shapes missed."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import said_cases

# Red-team wordings the fix did not reach (kept to show the class's figure honestly).
_YOUNG = (
    "a child of twelve or under is a children's doctor's question (off_topic_conditions in "
    "qa.yaml, the team's earlier rule), left alone"
)
_BACK_AT = "a plea pointing back after the doctor's doubt told is ranked on the whole story"
_AGE = "'getting older' names the age theme (why-sciatica); the chair told wins the story"

# A teenager's (or a child's) back pain told, by a parent or by the young person, then only a
# plea: back pain that young is one for a doctor to see (before the fix: 0/10).
test_young_back_pain_is_seeing_a_doctor = said_cases(
    [
        pytest.param(
            "My 12 year old daughter says her lower back hurts after netball practice. She "
            "doesn't usually complain. What do you suggest we do?", "see-a-doctor",
            marks=pytest.mark.xfail(reason=_YOUNG, strict=True),
        ),
        ("Our son is 14 and has complained of back pain for a few weeks. He plays rugby twice "
         "a week. What should we do?", "see-a-doctor"),
        pytest.param(
            "My 9-year-old keeps saying his back hurts when he wakes up. Any advice?",
            "see-a-doctor", marks=pytest.mark.xfail(reason=_YOUNG, strict=True),
        ),
        ("I'm 16 and my lower back has been killing me since football season started. What "
         "can I do?", "see-a-doctor"),
        ("My teenage daughter has pain going down her leg from her lower back. She is a "
         "dancer. Is this something to worry about?", "see-a-doctor"),
        ("My son is 15 and gets back ache every evening after school. We bought him a new "
         "mattress but it hasn't helped. What next?", "see-a-doctor"),
        ("I am 13 and my back hurts when I carry my school bag. What should I do?",
         "see-a-doctor"),
        ("My little boy is 7 and he has started limping and says his back is sore. What could "
         "we try?", "see-a-doctor"),
        ("Our 17 year old gymnast has lower back pain when she arches. How should we handle "
         "this?", "see-a-doctor"),
        ("My kid is 11 and complains that her back and legs ache at night. Is that normal?",
         "see-a-doctor"),
    ],
)  # fmt: skip

# Look-alikes that must not change: an adult's own back, a parent's back hurt lifting a child,
# a young person's red flag, a teenager's specific question, a young child's own legs.
test_young_back_pain_look_alikes = said_cases(
    [
        ("I'm 45 and my lower back hurts after gardening. What can I do?", "bed-rest"),
        ("Since having my son two years ago my back aches when I lift him. Any advice?",
         "long-term-treatment"),
        ("I carry my 3 year old around all day and my lower back is killing me. What "
         "stretches help?", "long-term-treatment"),
        ("My 14 year old son fell off his bike and now can't feel his legs and can't pee.",
         "red_flag"),
        ("My 7 year old wakes up at night with pains in his legs. What could it be?",
         "out_of_scope"),
        ("I'm 16 and was diagnosed with sciatica last month. What is causing it?",
         "why-sciatica"),
    ],
)  # fmt: skip

# Whether it needs a doctor at all, or is only one's age, in words the older shapes missed
# (before the fix: 3/10).
test_whether_it_needs_a_doctor = said_cases(
    [
        pytest.param(
            "I'm 58 and when I get up after sitting at my desk my back and legs are stiff and "
            "achy. Is this just getting older or should I be worried?", "see-a-doctor",
            marks=pytest.mark.xfail(reason=_AGE, strict=True),
        ),
        pytest.param(
            "Walking the dog has become hard because my back and left leg ache. I'm not sure "
            "whether this needs a doctor. What would you do?", "see-a-doctor",
            marks=pytest.mark.xfail(reason=_BACK_AT, strict=True),
        ),
        ("My mum is 80 and has had pain down her leg since she fell asleep in her chair. "
         "Should we get her seen?", "see-a-doctor"),
        ("My lower back twinges when I sit on the sofa in the evenings. Is it normal at my age "
         "or is it worth worrying about?", "see-a-doctor"),
        ("My hip and thigh ache after I sleep on my side. Does this need a doctor or will it "
         "pass?", "see-a-doctor"),
        ("My leg has ached on and off while I drive to work. Does that warrant a trip to the "
         "GP?", "see-a-doctor"),
        ("After gardening all weekend my back is sore and my buttock aches. Is it serious "
         "enough to see someone?", "see-a-doctor"),
        ("I get a dull ache in my back when I stand at work. Should my GP see this?",
         "see-a-doctor"),
        ("I sit at a desk all day and lately my left leg goes achy. Is this something a doctor "
         "needs to look at?", "see-a-doctor"),
        ("My dad's back has been aching since he started walking more. Does he need to get "
         "seen by someone?", "see-a-doctor"),
    ],
)  # fmt: skip

# Look-alikes written after the fix that must not change: a treatment's need, a physio or a
# chiropractor named, a red flag's urgency, a scan asked about, a teenager's own specific question.
test_needs_a_doctor_look_alikes = said_cases(
    [
        ("Does sciatica need surgery?", "surgery"),
        ("Will I need to see a physio for my sciatica?", "physiotherapy"),
        ("My foot went numb and I can't lift it. Is it serious enough to go to A&E?",
         "red_flag"),
        ("Should I get my back seen by a chiropractor?", "other-treatments"),
        ("Do I need an MRI scan or will it settle?", "scans"),
        ("I'm 16 and play football. Is it safe to run with sciatica?", "running"),
        ("My 15 year old has back pain. Which stretches are best?", "long-term-treatment"),
        ("My teenage son has back pain after gaming all day. How should he sit?", "sitting"),
    ],
)  # fmt: skip
