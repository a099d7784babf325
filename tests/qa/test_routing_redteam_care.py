"""Routing red-team (round 14) for the condition and its care: how long it lasts, flare-ups,
treatment, hands-on treatments, physiotherapy, scans, injections, pregnancy, telling it is
sciatica, why it happens, prevention, painkillers, surgery, seeing a doctor, the warning signs
asked with no symptom, and what the guide does not cover. Lay wordings written fresh by the team
(two red-teams, each scored once before its fixes), the ones that missed before the fixes,
each theme beside look-alikes that must keep their own answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import ANSWERER

RED_FLAG, OUT_OF_SCOPE = "red_flag", "out_of_scope"


def said(text: str) -> str | None:
    """What a user is answered with: a section or exercise id, red_flag or out_of_scope."""
    found = ANSWERER.answer(text)
    if found.kind == "answer":
        return found.answer_id
    return RED_FLAG if found.kind == "red_flag" else found.kind


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


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Labour is childbirth (manual labour stays the job); weeks counted with a first baby.
        ("can sciatica affect labour", "pregnancy"),
        ("is sciatica a sign of labour", "pregnancy"),
        ("I'm 16 weeks with my first and my bum is killing me down one leg. What can I do?",
         "pregnancy"),
        # Look-alikes: trying to conceive, a pet, who gets sciatica, a manual job.
        ("how do I get pregnant while on painkillers", OUT_OF_SCOPE),
        ("my pregnant dog is limping", OUT_OF_SCOPE),
        ("can men get sciatica", "why-sciatica"),
        ("I do manual labour all day, can I keep working with sciatica?", "work"),
    ],
)  # fmt: skip
def test_pregnancy(text: str, expect: str) -> None:
    assert said(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Sciatica or "just" something else; which side; set against another pain.
        ("how do i know if its sciatica or just back pain", "is-it-sciatica"),
        ("Is sciatica always on one side?", "is-it-sciatica"),
        ("does sciatica always go down the back of the leg", "is-it-sciatica"),
        ("what does sciatica feel like compared to a pulled muscle", "is-it-sciatica"),
        # Look-alikes: a dog's "sciatica", what treats it, the warning signs, a red flag.
        ("my dog has sciatica symptoms, help", OUT_OF_SCOPE),
        ("my dog keeps limping on his back leg, is it sciatica?", OUT_OF_SCOPE),
        ("how is sciatica treated", "long-term-treatment"),
        ("is sciatica dangerous", "red-flags"),
        ("numb in both legs and cant feel the toilet paper", RED_FLAG),
    ],
)  # fmt: skip
def test_is_it_sciatica(text: str, expect: str) -> None:
    assert said(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # What it is, what brings it on or leads to it, where it comes from, whether it runs
        # in families, smoking and age.
        ("what actually is sciatica", "why-sciatica"),
        ("explain what sciatica is in simple terms", "why-sciatica"),
        ("what brings sciatica on", "why-sciatica"),
        ("what leads to sciatica", "why-sciatica"),
        ("where does sciatica come from", "why-sciatica"),
        ("my mum has sciatica and now I do. is it hereditary?", "why-sciatica"),
        ("is sciatica genetic", "why-sciatica"),
        ("can smoking give you sciatica", "why-sciatica"),
        ("is sciatica an age thing", "why-sciatica"),
        # Look-alikes: the same question of a flare, or of a theme with its own section.
        ("what causes a sciatica flare up", "flare-ups"),
        ("why does sitting make my sciatica worse", "sitting"),
        ("can a bad mattress cause sciatica", "sleeping"),
        ("what causes headaches", OUT_OF_SCOPE),
    ],
)  # fmt: skip
def test_why_sciatica(text: str, expect: str) -> None:
    assert said(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Avoiding sciatica itself (not a movement), keeping it away or that way, stopping
        # flares or relapses before they start, the exercises after it has gone.
        ("tips to avoid sciatica in the future", "prevention"),
        ("how do i avoid sciatica", "prevention"),
        ("how to not get sciatica", "prevention"),
        ("I'd like to avoid ever going through sciatica again", "prevention"),
        ("My husband has had three bouts this year. How does he stop getting it?",
         "prevention"),
        ("I'd like to know how to keep it from returning", "prevention"),
        ("keeping sciatica away long term", "prevention"),
        ("My husband's sciatica has finally gone. How does he keep it that way?", "prevention"),
        ("how to protect my back so i don't get sciatica again", "prevention"),
        ("how to prevent sciatica flare ups", "prevention"),
        ("how to avoid a relapse of sciatica", "prevention"),
        ("Is there anything I can do to stop sciatica happening again?", "prevention"),
        ("how to stop sciatica from happening", "prevention"),
        ("how can I lower my risk of sciatica", "prevention"),
        ("should I carry on with the exercises after the sciatica has gone", "prevention"),
        # Look-alikes: a movement to avoid, a return told, a clot on a flight, headaches.
        ("what should I avoid doing with sciatica", "what-to-avoid"),
        ("my sciatica has come back, what do i do", "flare-ups"),
        ("my sciatica is back again after 2 years", "flare-ups"),
        ("how do I prevent a blood clot on a long flight", OUT_OF_SCOPE),
        ("how do I prevent headaches", OUT_OF_SCOPE),
        ("how do i prevent a hangover", OUT_OF_SCOPE),
    ],
)  # fmt: skip
def test_prevention(text: str, expect: str) -> None:
    assert said(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Taking something for it, or something stronger.
        ("should i be taking something for the pain", "painkillers"),
        ("can I take something stronger for sciatica", "painkillers"),
        # Look-alikes: a dose, even of a hyphenated drug, is a pharmacist's question.
        ("how many co-codamol can I take", OUT_OF_SCOPE),
        ("what dose of naproxen should I take", OUT_OF_SCOPE),
        ("can I take ibuprofen while pregnant", "pregnancy"),
        ("my painkillers make me drowsy, can I drive?", "driving-travel"),
    ],
)  # fmt: skip
def test_painkillers(text: str, expect: str) -> None:
    assert said(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # "is back surgery" is no flare ("is back"); sciatica back after the operation.
        ("is back surgery worth it for sciatica", "surgery"),
        ("my sciatica is back after my operation, what now", "surgery"),
        # Look-alikes: a surgeon by place, a price, another joint's operation, a return told.
        ("best surgeon for microdiscectomy in Birmingham", OUT_OF_SCOPE),
        ("how much does a microdiscectomy cost", OUT_OF_SCOPE),
        ("after hip replacement surgery, how long to recover", OUT_OF_SCOPE),
        ("my sciatica has come back, what do i do", "flare-ups"),
    ],
)  # fmt: skip
def test_surgery(text: str, expect: str) -> None:
    assert said(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # What a doctor can do, when it is time, who to see, worth going, not bothering the GP,
        # getting it checked told as a statement, medical help sought.
        ("when is it time to go to the doctor for back and leg pain", "see-a-doctor"),
        ("I'm not coping with the pain anymore, who do I see?", "see-a-doctor"),
        ("can a gp do anything for sciatica", "see-a-doctor"),
        ("what can a doctor do for sciatica", "see-a-doctor"),
        ("I'd like advice on whether I should get it checked out.", "see-a-doctor"),
        ("is sciatica worth going to the doctor for", "see-a-doctor"),
        ("is it worth going to the gp for sciatica", "see-a-doctor"),
        ("I don't want to bother my GP with sciatica, should I?", "see-a-doctor"),
        ("when to seek medical help for sciatica", "see-a-doctor"),
        ("is sciatica something a GP can treat", "see-a-doctor"),
        # Look-alikes: a doctor by place, the bot itself, A&E, a red flag, the GP's hours.
        ("what's the best doctor for sciatica in Bristol", OUT_OF_SCOPE),
        ("are you a doctor", "disclaimer"),
        ("when should I go to A&E with sciatica", "red-flags"),
        ("I can't control my bladder, should I see a doctor?", RED_FLAG),
        ("what time does the GP surgery close", OUT_OF_SCOPE),
        ("can my GP refer me to a surgeon in Leeds for free", OUT_OF_SCOPE),
    ],
)  # fmt: skip
def test_see_a_doctor(text: str, expect: str) -> None:
    assert said(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # The warning signs asked with no symptom: anything worse, life threatening, what to
        # look out for, a 999 job (no job).
        ("when is sciatica a 999 job", "red-flags"),
        ("can sciatica lead to anything worse", "red-flags"),
        ("is sciatica life threatening", "red-flags"),
        ("what should I look out for with sciatica", "red-flags"),
        ("can sciatica be a sign of something serious", "red-flags"),
        ("what signs of sciatica mean go to hospital", "red-flags"),
        # Look-alikes: symptoms told alarm; a sport or the GP keeps its own answer.
        ("i've gone numb between my legs and cant pee", RED_FLAG),
        ("I can't feel my bottom and I've wet myself", RED_FLAG),
        ("when should I see a gp about sciatica", "see-a-doctor"),
        ("is running dangerous with sciatica", "running"),
    ],
)  # fmt: skip
def test_warning_signs_asked(text: str, expect: str) -> None:
    assert said(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Another named illness with no sciatica, a child's own legs, a cold, opening hours.
        ("i have carpal tunnel in my wrist, what stretches help", OUT_OF_SCOPE),
        ("my 6 year old says his leg hurts at night, is it growing pains?", OUT_OF_SCOPE),
        ("my 8 year old son has pain in his legs at night", OUT_OF_SCOPE),
        ("how do I cure a cold", OUT_OF_SCOPE),
        ("what time does the pharmacy open", OUT_OF_SCOPE),
        # Look-alikes: sciatica named beside a pet, a dog or an illness keeps its answer; so
        # does money told as a reason, not asked about.
        ("my dog pulled on the lead and my sciatica flared", "flare-ups"),
        ("my dog pulled me over and now I've got sciatica, will it go away?", "how-long"),
        ("I have sciatica and diabetes, can I do these exercises?", "exercise-safely"),
        ("I can't afford private physio, will it get better on its own?", "physiotherapy"),
    ],
)  # fmt: skip
def test_out_of_scope(text: str, expect: str) -> None:
    assert said(text) == expect
