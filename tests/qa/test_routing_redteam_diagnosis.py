"""Routing red-team (round 14), continued: pregnancy, telling it is sciatica, why it happens,
prevention, painkillers, surgery, seeing a doctor, the warning signs asked with no symptom, and
what the guide does not cover. Lay wordings written fresh by the team (two red-teams, each
scored once before its fixes), each theme beside look-alikes that must keep their own answer
(how long it lasts, flare-ups and treatments: test_routing_redteam_care.py)."""

from __future__ import annotations

import pytest

from bot.qa.evaluate import OUT_OF_SCOPE, RED_FLAG
from tests.qa.answer_checks import said


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
