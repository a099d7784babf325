"""Lay wordings for the red-flag classes round 32's dev split (WebMD/drugs.com posts,
ask-a-doctor and HealthCareMagic questions) missed, written by the team (not copied from any
labelled set): each class with paraphrases that must alarm and look-alikes that must stay
quiet."""

from __future__ import annotations

from tests.qa.answer_checks import alarm_cases, quiet_cases

# An immune-suppressing medicine named by its brand or generic name (Imuran, CellCept, Orencia,
# Enbrel, Prograf...) with back pain told anywhere in the message (NICE CKS / NG59: spinal
# infection in someone immunosuppressed), the pain in a sentence of its own.
test_back_pain_on_an_immune_suppressing_medicine_alarms = alarm_cases(
    ["I switched from cellcept to imuran last month. Now my lower back is really hurting.",
     "I take Enbrel for my psoriasis. This week I've had a deep ache in my lower back.",
     "My husband had a kidney transplant and is on prograf. Since Monday his back is killing him.",
     "I'm on Orencia injections. My back started hurting three days ago and won't let up.",
     "She is on leflunomide for her arthritis. Yesterday she woke with a bad pain in her spine.",
     "Been on Remicade for Crohn's for a year. Now I have pain in my mid back."],
)  # fmt: skip

# A steroid course for an immune illness (lupus, vasculitis, Henoch-Schonlein purpura,
# rheumatoid arthritis, autoimmune disease) with back pain now (CKS: immunosuppression).
test_back_pain_after_steroids_for_an_immune_illness_alarms = alarm_cases(
    ["My son has vasculitis and is tapering off prednisone. Now he has severe back pain.",
     "I have lupus and just finished a course of prednisone. My back is agony since yesterday.",
     "She was treated with prednisolone for HSP and now her lower back hurts badly."],
)  # fmt: skip

# Having to lift a leg with the hand, increasingly: a worsening motor weakness (NICE NG59).
test_lifting_a_leg_with_the_hand_increasingly_alarms = alarm_cases(
    ["I increasingly have to lift my leg with my hands to get it into the car",
     "More and more I need to use my hand to lift my leg onto the bed",
     "lately I have to pick my leg up with my hands to get up the stairs, it's getting worse"],
)  # fmt: skip

# Look-alikes that must stay quiet: a short steroid course for the back pain itself, an
# immune medicine asked about with no pain, a leg lifted by hand once in a stretch.
test_round46_lookalikes_stay_quiet = quiet_cases(
    ["My GP gave me a 5 day prednisone course for my sciatica, is that normal?",
     "Can I take ibuprofen while on methotrexate?",
     "Does imuran cause hair loss?",
     "Is it safe to do yoga while taking Enbrel?",
     "In the stretch I lift my leg with my hands and hold it for 30 seconds",
     "I was on steroids for my back pain two weeks ago and it helped a bit"],
)  # fmt: skip


# Near wordings written after the fix that must not change: the medicine asked about in
# general, with an exercise or an activity, taken years ago, or a leg lifted by hand in a
# stretch that is getting easier.
test_round46_near_wordings_after_the_fix_stay_quiet = quiet_cases(
    ["Does Humira help with back pain from ankylosing spondylitis?",
     "Can methotrexate cause back pain?",
     "I'm on methotrexate, is it safe to do the piriformis stretch?",
     "My mum takes prednisone for her rheumatoid arthritis, can she do yoga?",
     "In the hamstring stretch I lift my leg with my hands, and it's getting easier each week",
     "I used to take Enbrel years ago, my back has been fine since"],
)  # fmt: skip
