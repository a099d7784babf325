"""Routing mechanisms (round 14): four found by the red team that qa.yaml alone could not change,
and a treatment's own danger. Each is checked on lay wordings written by the team before the
code changed (not copied from any labelled set), beside look-alikes that must keep their answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import routed


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # A pregnancy that is over is part of the story; the question asked is answered.
        ("since having my baby 2 years ago I've had sciatica, will it go away?", "how-long"),
        ("I gave birth last year and still get sciatica when I sit at my desk. Any tips for "
         "sitting?", "sitting"),
        ("Ever since my daughter was born 18 months ago my leg aches at night. What is the best "
         "sleeping position?", "sleeping"),
        ("My baby is 9 months now and I want to get back to running. Is running ok with "
         "sciatica?", "running"),
        ("After giving birth my sciatica never went away. How long does sciatica last?",
         "how-long"),
        ("I had a caesarean 6 months ago and now have sciatica. Should I use heat or ice?",
         "heat-ice"),
        ("Since the birth of my son I've had shooting pain in my leg. Can physio help?",
         "physiotherapy"),
        ("I had sciatica in my last pregnancy and it's back now, years later. Is walking good "
         "for it?", "walking"),
        # Look-alikes: a pregnancy now is the pregnancy section's, whatever is asked.
        ("I'm 30 weeks pregnant and have sciatica, what can I do?", "pregnancy"),
        ("Is it safe to do stretches for sciatica while pregnant?", "pregnancy"),
        ("I'm pregnant with my second baby and the sciatica is back, will it go away after "
         "birth?", "pregnancy"),
        ("Can sciatica hurt my baby during pregnancy?", "pregnancy"),
        # Look-alike: a pregnancy that is over asked about, told of no one, is the section's.
        ("How long does sciatica last after pregnancy?", "pregnancy"),
    ],
)  # fmt: skip
def test_a_pregnancy_that_is_over(text: str, expect: str) -> None:
    assert routed(text) == expect


def test_the_baby_a_past_pregnancy_left_is_no_pregnancy() -> None:
    # Lifting the baby after a caesarean: any answer but the pregnancy section.
    assert routed("after my c-section my back hurts when I lift the baby, what can I do?") not in {
        "pregnancy",
        None,
    }


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # An activity that only says when the symptom comes: the question asks what it is.
        ("my calf cramps when I walk, is that sciatica?", "is-it-sciatica"),
        ("my thigh burns when I sit, is it my sciatic nerve?", "is-it-sciatica"),
        ("My buttock aches when I drive, could it be sciatica?", "is-it-sciatica"),
        ("I get a tingling in my foot after I run. Is this sciatica?", "is-it-sciatica"),
        ("My hip hurts while I sleep on my side, is that sciatica or something else?",
         "is-it-sciatica"),
        ("The back of my leg gets tight when I cycle. Is it sciatica?", "is-it-sciatica"),
        ("My knee throbs when I swim, could this be sciatica?", "is-it-sciatica"),
        ("Pain shoots down my leg when I bend at the gym, is this my sciatic nerve?",
         "is-it-sciatica"),
        # Look-alikes: the activity is what is asked about, or what is weighed as the cause.
        ("is it sciatica or just from running?", "running"),
        ("can walking cause sciatica?", "walking"),
        ("Is walking good for sciatica?", "walking"),
        ("How should I sit at my desk with sciatica?", "sitting"),
        ("Is it ok to run with sciatica?", "running"),
    ],
)  # fmt: skip
def test_an_activity_inside_a_described_symptom(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # What the question asks to do without is not what it asks about.
        ("can sciatica be fixed without surgery or tablets?", "long-term-treatment"),
        ("How can I get rid of sciatica without surgery?", "long-term-treatment"),
        ("Is there a way to heal sciatica without painkillers?", "long-term-treatment"),
        ("Can sciatica go away without an injection?", "how-long"),
        ("How do I manage sciatica without taking pills?", "long-term-treatment"),
        ("Can I treat my sciatica at home without seeing a physio?", "long-term-treatment"),
        ("Will sciatica get better without any surgery?", "how-long"),
        ("What helps sciatica without drugs or an operation?", "long-term-treatment"),
        # Look-alikes: the treatment asked about, or an activity done without it.
        ("Can I go to work without taking painkillers?", "work"),
        ("Can I do yoga without hurting my back?", "gym-yoga"),
        ("Is surgery worth it for sciatica?", "surgery"),
        ("What painkillers can I take for sciatica?", "painkillers"),
        ("Do steroid injections work for sciatica?", "injections"),
        ("How long is recovery from sciatica surgery?", "surgery"),
    ],
)  # fmt: skip
def test_what_is_asked_to_do_without(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # A story of a doctor not seen, then a short "when should he go?": seeing a doctor.
        ("My husband won't go to the doctor. When should he go?", "see-a-doctor"),
        ("I haven't seen a doctor yet. Should I?", "see-a-doctor"),
        ("My mum keeps putting off seeing her GP about her sciatica. When should she go?",
         "see-a-doctor"),
        ("I hate going to doctors. When do I need to?", "see-a-doctor"),
        ("Should I see a doctor about my sciatica?", "see-a-doctor"),
        ("When should I go to the GP with sciatica?", "see-a-doctor"),
        ("Do I need to see my doctor for sciatica or will it pass?", "see-a-doctor"),
        ("My dad refuses to see a GP. Is that a problem?", "see-a-doctor"),
        # Look-alikes: a doctor in the story who advised something; the advice is asked about.
        ("My doctor prescribed gabapentin, does it work for sciatica?", "painkillers"),
        ("My GP said to keep moving. Is walking ok?", "walking"),
        ("The doctor sent me for an MRI, what will it show?", "scans"),
        ("My doctor suggested surgery. Is it worth it?", "surgery"),
        ("My GP told me to rest in bed for a week. Should I?", "bed-rest"),
    ],
)  # fmt: skip
def test_a_doctor_not_seen(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # A named treatment's own danger is told in that treatment's section.
        ("is sciatica surgery dangerous?", "surgery"),
        ("Are steroid injections for sciatica dangerous?", "injections"),
        ("Is it dangerous to take ibuprofen for sciatica every day?", "painkillers"),
        ("How risky is back surgery for sciatica?", "surgery"),
        ("Is a spinal injection dangerous?", "injections"),
        ("Are painkillers for sciatica dangerous long term?", "painkillers"),
        ("Is a discectomy a dangerous operation?", "surgery"),
        ("Is an epidural injection for sciatica dangerous?", "injections"),
        # Look-alikes: sciatica's own danger, or a warning topic, is the warning signs'.
        ("Is sciatica dangerous?", "red-flags"),
        ("Can sciatica be dangerous?", "red-flags"),
        ("When is sciatica dangerous?", "red-flags"),
        ("Is sciatica ever an emergency?", "red-flags"),
        ("Which sciatica symptoms are dangerous?", "red-flags"),
        ("Can sciatica surgery affect the bladder?", "red-flags"),
    ],
)  # fmt: skip
def test_a_treatments_own_danger(text: str, expect: str) -> None:
    assert routed(text) == expect
