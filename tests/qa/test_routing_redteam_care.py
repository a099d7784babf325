"""Routing red-team (round 14) for the course of the condition and its care: how long it lasts,
flare-ups, treatment, hands-on treatments, physiotherapy, scans and injections. Lay wordings
written fresh by the team (two red-teams, each scored once before its fixes), the ones that
missed before the fixes, each theme beside look-alikes that must keep their own answer
(pregnancy, diagnosis, causes, prevention, medicines, surgery, the warning signs and what the
guide does not cover: test_routing_redteam_diagnosis.py)."""

from __future__ import annotations

import pytest

from bot.qa.evaluate import OUT_OF_SCOPE
from tests.qa.answer_checks import said


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # How long, asked in other words: a recovery or healing time, when it stops, how many
        # weeks, how much longer, hanging around, getting over it, still there after months.
        ("sciatica 3 weeks and counting, when does it stop??", "how-long"),
        ("anyone know the typical recovery time for sciatica", "how-long"),
        ("what's the normal healing time for a trapped sciatic nerve", "how-long"),
        ("I'd love some idea of how long this is going to go on for.", "how-long"),
        ("My husband keeps asking me when his sciatica will be gone. Is there a usual "
         "timeframe?", "how-long"),
        ("how many weeks does sciatic nerve pain last", "how-long"),
        ("Is it possible to fully recover from sciatica?", "how-long"),
        ("I've been off work a fortnight and I'm going stir crazy. How long before sciatica "
         "normally eases off?", "how-long"),
        ("how long does a bad bout of sciatica take to go", "how-long"),
        ("when will my leg stop hurting, its been 4 weeks of sciatica", "how-long"),
        ("roughly how long is sciatica meant to hang around", "how-long"),
        ("My brother's had sciatica for three weeks and thinks it'll never end. Does it "
         "normally pass?", "how-long"),
        ("sciatica 10 weeks in, still sore. how much longer?", "how-long"),
        ("is the tingling going to stay forever", "how-long"),
        ("Do people actually get over sciatica?", "how-long"),
        ("how long before the sciatic pain settles", "how-long"),
        ("is it normal to still have sciatica after 3 months", "how-long"),
        ("when does sciatica normally start to get better", "how-long"),
        ("is 4 months of sciatica a long time", "how-long"),
        # Look-alikes: how long of something else keeps that thing's answer.
        ("how long does it take for ibuprofen to kick in for sciatica", "painkillers"),
        ("how long does a cortisone injection take to work", "injections"),
        ("how long is the recovery after a microdiscectomy", "surgery"),
        ("how long will the pain last after my fusion operation", "surgery"),
        ("how long can I sit at my desk before I need to get up", "sitting"),
        ("how long should I walk for each day with sciatica", "walking"),
    ],
)  # fmt: skip
def test_how_long(text: str, expect: str) -> None:
    assert said(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # A flare told in lay words: a bad day of it, when it strikes, back again, gone off
        # again, undone progress, coming and going, and how long flares last.
        ("having a really bad sciatica day, any advice", "flare-ups"),
        ("what to do when sciatica strikes", "flare-ups"),
        ("flare up lasted 4 days so far, how long do they last normally", "flare-ups"),
        ("had months of no pain and now it's come back. what should i be doing?", "flare-ups"),
        ("why does my sciatica come and go", "flare-ups"),
        ("my sciatica went haywire again after moving house", "flare-ups"),
        ("my mum's sciatica has gone off again after she picked up her grandson. How can she "
         "ease it?", "flare-ups"),
        ("I overdid it yesterday and now my sciatica is screaming. Have I undone all my "
         "progress?", "flare-ups"),
        # Look-alikes: stopping flares is prevention; a flare after a flight or an operation,
        # or of another illness, is not this section's.
        ("how do i stop flare ups happening in the first place", "prevention"),
        ("how do i stop my sciatica coming back for good", "prevention"),
        ("my sciatica came back after my discectomy", "surgery"),
        ("my sciatica flared after a long flight, how do I cope on the way home?",
         "driving-travel"),
        ("flare up of my eczema, any tips", OUT_OF_SCOPE),
        ("is heat or ice better during a flare up", "heat-ice"),
    ],
)  # fmt: skip
def test_flare_ups(text: str, expect: str) -> None:
    assert said(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # What actually treats it: the thing that fixes it, faster, exercise as the best
        # medicine, advice on treating it, what one would recommend, sorting it out.
        ("Had sciatica on and off for years. Tried everything. What is the thing that actually "
         "fixes it?", "long-term-treatment"),
        ("I'd love some advice on treating my sciatica.", "long-term-treatment"),
        ("is physical exercise the best medicine for sciatica", "long-term-treatment"),
        ("how do I treat a pinched sciatic nerve", "long-term-treatment"),
        ("how do I make sciatica go away faster", "long-term-treatment"),
        ("I'm tired of pills. What else can actually treat sciatica?", "long-term-treatment"),
        ("my sister wants to know what treats sciatica properly", "long-term-treatment"),
        ("What would you recommend for sciatica?", "long-term-treatment"),
        ("what's the quickest way to cure sciatica", "long-term-treatment"),
        ("how can I help my husband's sciatica", "long-term-treatment"),
        ("sciatica relief tips", "long-term-treatment"),
        ("Nothing the doctor gives me works. How do I sort this sciatica out?",
         "long-term-treatment"),
        # Look-alikes: a named treatment or activity keeps its own section.
        ("does gabapentin treat sciatica", "painkillers"),
        ("is acupuncture a good treatment for sciatica", "other-treatments"),
        ("is yoga a good treatment for sciatica", "gym-yoga"),
        ("will surgery cure my sciatica", "surgery"),
        ("how do i treat sciatica in pregnancy", "pregnancy"),
    ],
)  # fmt: skip
def test_long_term_treatment(text: str, expect: str) -> None:
    assert said(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Hands-on and gadget treatments in everyday words.
        ("are inversion tables good for sciatica", "other-treatments"),
        ("hanging upside down for sciatica any good?", "other-treatments"),
        ("sports massage with sciatica, yes or no?", "other-treatments"),
        ("is hot stone massage ok with sciatica", "other-treatments"),
        ("does a foam roller help sciatica", "other-treatments"),
        ("would dry needling help my sciatica", "other-treatments"),
        ("does getting my back adjusted help sciatica", "other-treatments"),
        ("My neighbour says I should get my spine manipulated. Good idea for sciatica?",
         "other-treatments"),
        ("do back belts help sciatica", "other-treatments"),
        ("does spinal decompression therapy with a machine help", "other-treatments"),
        # Look-alikes: physio, a heat pad, a practitioner's price or name.
        ("does physio help sciatica", "physiotherapy"),
        ("is a heat pad good for sciatica", "heat-ice"),
        ("how much does acupuncture cost", OUT_OF_SCOPE),
        ("can you recommend a massage therapist near me", OUT_OF_SCOPE),
        ("my chiropractor says I need an x-ray, do I?", "scans"),
    ],
)  # fmt: skip
def test_other_treatments(text: str, expect: str) -> None:
    assert said(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # A misspelt physio, and "does it work" that asks whether it helps (no job).
        ("does phisio work for sciatica", "physiotherapy"),
        ("Does physical therapy actually work for sciatica?", "physiotherapy"),
        # Look-alikes: a physio's price, or what the physio said about another theme.
        ("how much is a physio session", OUT_OF_SCOPE),
        ("how much does physio cost", OUT_OF_SCOPE),
        ("how much is physio", OUT_OF_SCOPE),
        ("does bupa cover physio", OUT_OF_SCOPE),
        ("my physio says I can't run for 6 weeks, when can I run again?", "running"),
        ("physio says it might be my hip, is it sciatica?", "is-it-sciatica"),
    ],
)  # fmt: skip
def test_physiotherapy(text: str, expect: str) -> None:
    assert said(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Wanting to know what is going on is why a scan is wanted, not a symptom described.
        ("I'd love to get a scan just to know what's going on, is that a good idea?", "scans"),
        ("will an MRI show a trapped sciatic nerve", "scans"),
        # Look-alikes: a waiting time, a price or a reading of one's own scan.
        ("what is the waiting time for an mri on the nhs", OUT_OF_SCOPE),
        ("how long is the wait for an MRI", OUT_OF_SCOPE),
        ("how much does an MRI cost", OUT_OF_SCOPE),
        ("can you read my mri for me", OUT_OF_SCOPE),
    ],
)  # fmt: skip
def test_scans(text: str, expect: str) -> None:
    assert said(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("My consultant has offered me a steroid injection. Is it worth having?", "injections"),
        # Look-alikes: what an injection costs; an epidural for the birth; steroid tablets.
        ("how much is a steroid injection privately", OUT_OF_SCOPE),
        ("how much is an epidural injection", OUT_OF_SCOPE),
        ("can i have an epidural when giving birth if i have sciatica", "pregnancy"),
        ("can I take steroid tablets for sciatica", "painkillers"),
    ],
)  # fmt: skip
def test_injections(text: str, expect: str) -> None:
    assert said(text) == expect
