"""Routing (round 24, issue 15): something asked past the medicines told ("anything besides
painkillers?", "what can I try other than gabapentin, ibuprofen, heat?") asks what else treats
sciatica, and so does a wish to be off the medicines beside how others manage it; another
medicine asked for in their place keeps the painkillers' answer; what a told symptom could be,
asked last with no "?" or before which doctor to see, is how to tell it is sciatica; how long "it"
lasts, after an injection told, is the injection's. Wordings written by the team, beside
look-alikes that must keep their answer."""

from __future__ import annotations

from tests.qa.answer_checks import outside_cases, routed_cases, routed_to

test_something_asked_past_the_medicines_is_what_treats_it = routed_to(
    "long-term-treatment",
    [
        "My GP has me on naproxen and co-codamol but they barely touch it. What can I try apart "
        "from pills?",
        "Is there anything besides painkillers that actually helps sciatica?",
        "Tramadol makes me so drowsy. What can I do for the leg pain instead of tablets?",
        "What can I do instead of taking pills all the time?",
        "Been on gabapentin, naproxen and a heat pad for weeks. Anything else that helps other "
        "than the meds and the heat?",
    ],
)  # fmt: skip


test_a_wish_to_be_off_the_medicines_beside_how_others_manage_is_what_treats_it = routed_to(
    "long-term-treatment",
    [
        "I've been on pregabalin for a year and I'd really like to come off it. How do other "
        "people manage their sciatica?",
        "I hate taking meds every day. Are there other ways to deal with sciatica?",
        # The question first, the wish after it.
        "How have you all handled your sciatica? I'm on tramadol but I want to get off it.",
    ],
)  # fmt: skip


test_another_medicine_asked_for_keeps_the_painkillers_answer = routed_to(
    "painkillers",
    [
        # Another medicine asked for in their place.
        "Ibuprofen upsets my stomach, what painkiller can I take instead?",
        "What else can I take besides ibuprofen?",
        "What can I use instead of ibuprofen?",
        "Is there a painkiller I can take other than naproxen? It hurts my stomach.",
        "Is there anything stronger than co-codamol I could ask for?",
        "Can I take paracetamol and ibuprofen together for sciatica?",
        "Do painkillers help sciatica?",
    ],
)  # fmt: skip


# How to come off one named drug was the painkillers' answer here; round 35's scope tests made
# weaning off tramadol the prescriber's or pharmacist's question, and session 23's oos49 class
# (the body coming off a named medicine) made the two agree: out of scope, where the reply sends
# the reader to the doctor or pharmacist who knows the dose.
test_how_to_come_off_one_drug_is_the_prescribers = outside_cases(
    ["How do I come off gabapentin? I want to get off it."]
)


test_what_else_is_named_keeps_its_answer = routed_cases(
    [
        # Asked past something that is no medicine: what it names keeps its answer.
        ("Apart from ibuprofen, does heat help?", "heat-ice"),
        ("Is there anything other than surgery that helps a herniated disc?", "surgery"),
    ],
)  # fmt: skip


test_what_a_told_symptom_could_be_leads = routed_to(
    "is-it-sciatica",
    [
        # What a told symptom could be, asked at the end with no "?".
        "my husband gets a burning ache down the back of his thigh when he stands too long we "
        "tried rest but nothing changes what could it be",
        "my dad is 70 and has pain on one side of his leg, he cant walk far, we went to the "
        "clinic they gave him tablets but no change what might this be",
        # What it could be, then which doctor to see: what it is leads.
        "Pain from my buttock to behind my knee, worse when I sit. What could this be? Which "
        "doctor should I go to?",
        "A stinging ache at the back of my thigh when I stand. What might it be? Who should I "
        "see about it?",
    ],
)  # fmt: skip


test_which_doctor_without_asking_what_it_is_keeps_its_answer = routed_cases(
    [
        # Which doctor to see, asked alone or after a story that asks nothing else.
        ("What doctor should I see for sciatica?", "see-a-doctor"),
        ("I have had leg pain for three months and it makes walking difficult. Which doctor "
         "should I see?", "see-a-doctor"),
        ("I know it's sciatica, the GP confirmed it. What doctor should I see now for physio?",
         "physiotherapy"),
        # A theme asked first keeps its answer.
        ("Is it bad to sit all day with sciatica?", "sitting"),
    ],
)  # fmt: skip


test_how_long_it_lasts_after_a_treatment_told_is_that_treatments = routed_cases(
    [
        # How long "it" lasts, asked after an injection or a drug told: that treatment's section.
        ("Had an epidural three weeks ago and since then my shin is really sensitive to touch. "
         "Has anyone had this? How long did it last?", "injections"),
        ("Got a cortisone shot in my back on Monday and now my face is flushed and I can't "
         "sleep. Is this normal, how long does it last?", "injections"),
        ("I started on gabapentin last month and I'm dizzy all the time. Did anyone else get "
         "this and how long did it go on for?", "painkillers"),
        # Sciatica named in the question, or no treatment told: how long sciatica lasts.
        ("I had an injection a month ago and it helped for a while but the sciatica is back. "
         "How long does sciatica usually last?", "how-long"),
        ("I've had sciatica for 3 weeks. How long will it last?", "how-long"),
        ("How long does an epidural injection last?", "injections"),
    ],
)  # fmt: skip
