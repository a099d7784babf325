"""Out of scope, session 21 (brief oos45): a question about another named illness or diagnosis
that happens to tell the back, a hip or the legs (avascular necrosis of the hip, lupus, Lyme
disease, a leukaemia's bone pain, a bone tumour of the femur, MS being diagnosed, spina bifida
occulta, a kyphoscoliosis, an infection of a disc, a stroke's weakness, a neuropathy) is that
illness's specialist's question, and the bot says so. Sciatica asked about beside such an
illness stays the guide's, and a red flag told beside one (cancer history with new back pain,
a bladder lost) still alarms. Wordings written by the team before the fix, not copied from any
labelled set."""

from __future__ import annotations

from tests.qa.answer_checks import alarm_cases, in_guide_cases, outside_cases, said_cases

test_another_named_illness_is_outside = outside_cases(
    [
        "My consultant says I have avascular necrosis of the hip, how is it treated?",
        "What is AVN of the femoral head and will I need a new hip?",
        "I was diagnosed with lupus last year and my hips and knees ache, does it get worse?",
        "Can Lyme disease flare up years later and cause aching in the legs?",
        "My son has an osteosarcoma in his femur, what are the survival rates?",
        "I'm being tested for MS because of tingling in my legs, how long does diagnosis take?",
        "The x-ray showed spina bifida occulta at S1, what does that mean?",
        "What is retroperitoneal fibrosis and can it cause back ache?",
        "I had kyphoscoliosis surgery as a child with rods, can they cause problems later?",
    ]
)

# Red flags first: an illness told beside a red-flag symptom still alarms. The last five were
# written as outside (scored so before the fix) but tell what the red-flag rules read as a
# warning sign (a cancer with bone pain, an infection of the spine, a leg's weakness, both feet):
# those rules run first and are left alone here; the red-flag helpers own that call.
test_an_illness_with_a_red_flag_alarms = alarm_cases(
    [
        "I had breast cancer five years ago and now I have new back pain that won't go away, "
        "what should I do?",
        "I have lupus and since yesterday I can't control my bladder and my back hurts?",
        "I have MS and now I have numbness between my legs and around my bottom?",
        "I was treated for TB of the spine and now I have a fever and both legs are weak?",
        "My dad has chronic lymphocytic leukaemia and complains of bone pain in his legs, "
        "is that part of it?",
        "I've been treated for tuberculous discitis, when can I start physio again?",
        "I had a stroke last year and my left leg is weak, will it come back?",
        "I think I have peripheral neuropathy in both feet from diabetes, how is it tested?",
        "I have polymyositis and my thigh muscles are weak, what treatment works best?",
    ]
)

# Sciatica asked about beside another illness stays the guide's.
test_sciatica_asked_beside_an_illness_stays_the_guides = in_guide_cases(
    [
        "I have fibromyalgia but this new pain shooting down my leg feels different, "
        "is it sciatica?",
        "I have lupus and sciatica, what stretches can I do for the sciatica?",
        "My doctor says my sciatica is from a disc, not my arthritis, how long will it last?",
        "I have diabetes and sciatica, is walking good for the sciatica?",
        "I have degenerative disc disease and sciatica down my left leg, what exercises help?",
    ]
)

# Look-alikes that keep their answer: MS only feared, a swimming stroke, lordosis read off a scan
# beside a disc, a stroke long ago beside sciatica asked about, Parkinson's beside a narrowed
# spinal canal, a neuropathy asked as an operation's result, diabetes beside a back that hurts,
# someone else's illness beside the writer's own back.
test_near_wordings_keep_their_answer = said_cases(
    [
        (
            "I'm scared I may have MS because my left leg keeps going numb, should I see my "
            "doctor?",
            "see-a-doctor",
        ),
        ("Which swimming stroke is best for my lower back pain?", "swimming"),
        ("Is the pain under my heel plantar fasciitis or sciatica?", "is-it-sciatica"),
        (
            "My MRI says lumbar lordosis is straightened and there is a disc bulge at L5, what "
            "does it mean?",
            "scans",
        ),
        (
            "I had a stroke years ago but this new pain shoots from my buttock down my leg, is "
            "it sciatica?",
            "is-it-sciatica",
        ),
        ("Can lumbar fusion cause peripheral neuropathy in my feet?", "surgery"),
        ("I have diabetes and my back hurts when I sit, what can I do?", "sitting"),
        # Someone else's illness told beside the writer's own back keeps the writer's question.
        (
            "My gran had a stroke last year, now I care for her and lifting her hurts my lower "
            "back, how should I lift?",
            "what-to-avoid",
        ),
        (
            "My uncle passed away with Parkinson's last year, anyway how should I sleep with a "
            "sore lower back?",
            "sleeping",
        ),
    ]
)
