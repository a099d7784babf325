"""Routing classes of round 48 (route48), written by the team before the fix (no labelled line
copied): the sentence a post asks is found, but it ranked the wrong section.

- A sport, a technique or a habit the guide has no section on, asked of as the cause ("can
  playing golf cause sciatica?", "does bad technique cause back pain among squash players?"):
  why sciatica happens, not how to exercise safely (the pastime named was what outvoted it).
  Before the fix 1/10 were answered so; after it 9/10 (the surf ski left: ranking).
- Dealing with one's doctor ("how do I get my doctor to take me seriously?"): when to see a
  doctor, not the painkiller or the physio the story names. Before 5/10; after 6/10. Two left
  are what to ask a doctor, which an earlier team rule keeps out of scope (content/qa.yaml
  off_topic); two others ask for another doctor or a second opinion, which dev lines and
  route45's tests ask of what the story weighs (a scan refused, a numb leg, an operation):
  left so.

An activity with its own section asked of as the cause keeps it, what sciatica causes stays the
warning signs, a flight asked of stays travel, a second opinion on an operation stays surgery,
a doctor told brushing it off is the story's, and a red flag still alarms."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import said_cases

_ASKED = "what to ask a doctor is out of scope by an earlier rule (off_topic); left as it was"
_OPINION = "another doctor is asked of what the story weighs (a scan, a numb leg): left so"
_RANKING = "the surf ski and its choppy water rank as exercising safely: left alone"


def _kept(text: str, expect: str, reason: str) -> object:
    """A red-team wording the fix leaves as it was, with the answer it keeps."""
    return pytest.param(text, expect, id=reason[:30])


def _xfail(text: str, expect: str, reason: str) -> object:
    return pytest.param(text, expect, marks=pytest.mark.xfail(reason=reason, strict=True))


test_cause_asked_of_a_pastime = said_cases(
    [
        (
            "I play squash three times a week and bend my back a lot for low balls. Does bad "
            "technique cause lower back pain among squash players?",
            "why-sciatica",
        ),
        _xfail(
            "Can paddling a surf ski in choppy water cause a compressed disc?",
            "why-sciatica",
            _RANKING,
        ),
        (
            "I've been rowing for 10 years and now I have a bulging disc and sciatica. Could "
            "rowing have caused my herniated disc?",
            "why-sciatica",
        ),
        ("Can playing golf cause sciatica?", "why-sciatica"),
        ("Does tennis cause back problems like a slipped disc?", "why-sciatica"),
        (
            "My husband plays rugby every weekend and now has pain down his leg. Could the "
            "tackling have caused his sciatica?",
            "why-sciatica",
        ),
        ("can bad posture cause sciatica?", "why-sciatica"),
        (
            "I do a lot of gardening and digging in the spring. Can digging cause a herniated "
            "disc?",
            "why-sciatica",
        ),
        (
            "Took up tennis again at 50, six weeks later sciatica in my right leg and I've "
            "been on naproxen since. Can a bad serve cause sciatica?",
            "why-sciatica",
        ),
        ("could stress cause my sciatica?", "why-sciatica"),
    ]
)

test_dealing_with_the_doctor = said_cases(
    [
        _kept(
            "I am going to see a neurologist in a few days for my sciatica pain. I have had "
            "this pain for 3 years and bulging discs. No one can figure out why. What "
            "questions should I ask?",
            "out_of_scope",
            _ASKED,
        ),
        _kept("What questions should I ask my doctor about my sciatica?", "out_of_scope", _ASKED),
        (
            "I've been on gabapentin and naproxen for months for my leg pain and the GP keeps "
            "saying give it time. How do I get my doctor to take me seriously?",
            "see-a-doctor",
        ),
        _xfail(
            "My doctor just keeps telling me to take ibuprofen for the sciatica and won't "
            "listen. Should I change doctors?",
            "see-a-doctor",
            _OPINION,
        ),
        _xfail(
            "Had sciatica down my left leg since March, physio twice, nothing helps, GP "
            "shrugs. Would it be worth getting a second opinion?",
            "see-a-doctor",
            _OPINION,
        ),
        ("what should i tell my gp when i see him about the pain in my leg?", "see-a-doctor"),
        (
            "I have an appointment with a spine specialist next week after six months of "
            "sciatica. How should I prepare for the appointment?",
            "see-a-doctor",
        ),
        (
            "Hi all, long time lurker. I take metformin for my diabetes and lisinopril, and "
            "now this sciatica has been going for 8 weeks. My doctor dismisses me every time. "
            "How can I get my doctor to listen to me?",
            "see-a-doctor",
        ),
        (
            "Is there anything I should ask the specialist when I see him on Monday about my "
            "sciatica?",
            "see-a-doctor",
        ),
        (
            "my back and leg have been bad for months, is it worth seeing a different doctor?",
            "see-a-doctor",
        ),
    ]
)

# Look-alikes that must not change.
test_lookalikes_unchanged = said_cases(
    [
        ("Should I get a second opinion before having the microdiscectomy?", "surgery"),
        (
            "My doctor won't take me seriously and now I can't feel my bum and I can't control "
            "my bladder. What do I do?",
            "red_flag",
        ),
        ("What questions should I ask my surgeon?", "out_of_scope"),
        (
            "I've been looking for a new doctor for my sciatica, any recommendations?",
            "out_of_scope",
        ),
        ("Can cycling cause sciatica?", "cycling"),
        ("Can a bed cause sciatica or just make it worse?", "sleeping"),
        ("Can sciatica cause paralysis?", "red-flags"),
        ("Can running cause sciatica?", "running"),
        ("Can sitting all day cause sciatica?", "sitting"),
        (
            "I play squash three times a week and my back is sore after. Can I keep playing "
            "squash with sciatica?",
            "exercise-safely",
        ),
        (
            "My back hurts whenever I sit at my desk for an hour and the doctors just brush it "
            "off.",
            "sitting",
        ),
        ("Why do long flights cause sciatica pain?", "driving-travel"),
        (
            "My left foot goes numb after ten minutes of standing, do I need a second opinion?",
            "is-it-sciatica",
        ),
    ]
)
