"""Out of scope in both directions (round 20), medicines and other illnesses: classes of misses
seen over every real dev set, round 18's first (a bone medicine's side effects, a pill to sleep
or to fly with, another illness as the cause, another part of the body asked about last, a
medicine's upset gut), checked on wordings written by the team (not copied from any labelled
set), each beside look-alikes that must keep their answer."""

from __future__ import annotations

from tests.qa.answer_checks import (
    in_guide_cases,
    outside_cases,
    routed_cases,
)

test_a_bone_medicines_side_effect_is_outside = outside_cases(
    [
        # A medicine for the bones (a bisphosphonate, denosumab) named as the cause of the
        # pain: that medicine's side effects, which the guide does not cover.
        "I started alendronate for my bones a month ago and now my lower back aches. Could it "
        "be the tablets?",
        "Has anyone had leg pain with Fosamax? I think it started after the second week.",
        "Since my Prolia injection my back and legs ache all over, is that a side effect?",
    ],
)


test_a_medicine_to_sleep_or_to_fly_with_is_outside = outside_cases(
    [
        # A pill or medicine to sleep, or a medicine through an airport: a pharmacist's or an
        # airline's question, not the guide's.
        "My sciatica keeps me awake. Are sleeping tablets safe to take with co-codamol?",
        "Would melatonin help me get to sleep? Nothing else has worked with this leg pain.",
        "What can I take to help me sleep? I'm already on naproxen for sciatica.",
        "Am I allowed to take my pregabalin through airport security on a flight to Spain?",
        "Can I fly while I'm on gabapentin after my back operation?",
    ],
)


test_sleeping_and_flying_with_sciatica_stay_in_the_guide = routed_cases(
    [
        # Look-alikes: sleeping and flying with sciatica, and a medicine's own effect.
        ("How can I sleep better with sciatica?", "sleeping"),
        ("What position should I sleep in with sciatica?", "sleeping"),
        ("How do I cope with a long flight with sciatica?", "driving-travel"),
        ("Gabapentin makes me dizzy, is that normal with sciatica?", "painkillers"),
    ],
)  # fmt: skip


test_another_illness_as_the_cause_is_outside = outside_cases(
    [
        # Another illness named as the pain's cause (an infection, an illness of the immune
        # system, arthritis of the back), with no sciatica, disc or trapped nerve told.
        "lupus leg pain",
        "Can rheumatoid arthritis cause lower back pain?",
        "I have fibromyalgia and my legs ache all the time, what helps?",
        "arthritis in lower back, best treatment?",
        "ankylosing spondylitis back stiffness in the mornings",
    ],
)


test_sciatica_beside_another_illness_stays_in_the_guide = routed_cases(
    [
        # Look-alikes: sciatica told beside the illness.
        ("I have arthritis in my spine and sciatica down my left leg, is walking ok?",
         "walking"),
    ],
)  # fmt: skip


test_a_cancer_in_the_past_leaves_the_question_in_the_guide = routed_cases(
    [
        # A cancer told as the past (a survivor, in remission, treated years ago) is history:
        # the question about an activity is answered.
        ("I'm a bowel cancer survivor and want to get fitter. Is swimming a good idea?",
         "swimming"),
        ("Breast cancer in remission for five years now. Would cycling be a good way to get "
         "fit again?", "cycling"),
    ],
)  # fmt: skip


test_another_body_part_told_last_and_asked_about_is_outside = outside_cases(
    [
        # The neck, the head or a shoulder told last, and the question pointing back at it ("is
        # this normal?"), whatever disc in the lower back the story told first: another part of
        # the body.
        "I have a bulging disc at L4 and mild sciatica. Lately my neck clicks and grinds every "
        "time I turn my head and I get headaches behind my eyes. Is this normal?",
        "My lower back has been bad for years. But now my right shoulder locks when I lift my "
        "arm above my head and it wakes me at night. Should I be worried about that?",
        "Disc problems at L5 S1 for ages. This week my jaw clicks and aches when I chew, what "
        "could cause that?",
    ],
)


test_the_back_or_leg_told_last_stays_in_the_guide = in_guide_cases(
    [
        # Look-alikes: the neck told in passing, the question about the leg or the back.
        "My neck is stiff from the desk too, but the real problem is sciatica down my left leg "
        "every afternoon. Is this normal?",
        "I get headaches sometimes, but my lower back and buttock hurt most when I sit. Should "
        "I be worried about that?",
    ],
)


test_treating_a_medicines_upset_gut_is_outside = outside_cases(
    [
        # How to treat the gut's upset from a medicine (constipation, nausea, a sore stomach):
        # a pharmacist's question, whatever eases the back.
        "Codeine has left me badly constipated, what's the best laxative to take?",
        "The naproxen helps my leg but upsets my stomach. How do I stop the nausea?",
        # "My pain meds" names the medicine the constipation comes from (round 47): no alarm.
        "how do i get rid of constipation from my pain meds",
    ],
)


test_whether_a_medicine_has_side_effects_stays_in_the_guide = in_guide_cases(
    [
        # Look-alikes: whether a medicine for sciatica has side effects at all.
        "Can the painkillers for sciatica cause constipation?",
        "Does gabapentin have side effects?",
    ],
)


test_a_treatment_named_in_other_words_stays_in_the_guide = routed_cases(
    [
        # A treatment the guide names under other words: cannabis oil is one of the other
        # treatments, the rods and screws of a fusion are the operation's.
        ("Has anyone tried CBD oil for sciatica? Did it help?", "other-treatments"),
        ("Would cannabis oil help my leg pain?", "other-treatments"),
        ("Do the rods and screws from a spinal fusion ever need taking out?", "surgery"),
        ("spinal hardware removal recovery", "surgery"),
    ],
)  # fmt: skip
