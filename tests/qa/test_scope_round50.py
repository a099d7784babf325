"""Out of scope, session 23 (brief oos50, round 35's out-of-scope lines that get a section): a
named medicine's timing beside another medicine or a drink, why it is limited to a short course,
whether it is a narcotic or a controlled drug, one medicine compared with another in a side
effect, and a medicine asked of for a disc in the neck are the pharmacist's, the prescriber's or
the neck's questions, not the guide's; which medicine helps sciatica or a lower back, and one
taken with another for sciatica, keep the painkillers section. Wordings written by the team
before the fix (scored then: wait 4/10, course 0/9, expiry 9/9, compare 5/9, narcotic 1/9, neck
5/8 outside), not copied from any labelled set."""

from __future__ import annotations

from tests.qa.answer_checks import outside_cases, said_cases

test_a_medicines_timing_beside_another_is_outside = outside_cases(
    [
        (
            "I take tramadol for my back and sumatriptan for migraines, how long should I wait"
            " between them?"
        ),
        "After taking oxycodone how long do I have to wait before I can take my Imitrex?",
        "How many hours apart should I take ibuprofen and naproxen? My lower back is killing me.",
        "Took a hydrocodone at noon for back pain, how soon can I take a Xanax?",
        "How long after gabapentin can I take a Benadryl to sleep? My back keeps me up.",
        "Is it ok to take a Flexeril 2 hours after my last Percocet? Bad back spasm today.",
        "How long do I need to leave between my meloxicam and an aspirin?",
        "I had my morning Norco at 8, when can I take the Valium?",
        "How long should I wait after drinking before taking my tramadol? Back pain is bad.",
        (
            "I use Imitrex for migraines and was given oxycodone for my back. How much time"
            " between the two?"
        ),
    ]
)

test_why_a_medicine_is_limited_to_a_short_course_is_outside = outside_cases(
    [
        "Why is Toradol only prescribed for 5 days? It's the only thing that helps my back.",
        "Why can you only take ketorolac for five days or less?",
        "Why do doctors limit prednisone to a short course? My back pain came back when it ended.",
        "Why is the medrol dose pack only 6 days long? My back still hurts.",
        "Why are doctors so reluctant to prescribe oxycodone for back pain?",
        "Why won't doctors give more than a week of Flexeril? My back spasms are ongoing.",
        "Why is diclofenac only supposed to be taken for a few days?",
        "Why do they say not to take Celebrex longer than 10 days? My back aches every day.",
        "How come Tramadol is only given for a couple of weeks for back pain?",
    ]
)

test_an_expired_medicine_or_patch_is_outside = outside_cases(
    [
        "Unopened lidocaine patches, how long after expiry do they still work?",
        "I found some Flexeril that expired last year, is it still safe for my back spasms?",
        "Are expired Voltaren patches still effective on my lower back?",
        "My hydrocodone expired 2 years ago, can I still take it for back pain?",
        "Do out of date ibuprofen tablets still work? My back is sore.",
        "Is gabapentin that expired in March still good to use?",
        "Can I use an expired Salonpas patch on my lower back?",
        "How long after the expiration date is naproxen ok to take?",
        "Lidoderm patches past their date, do they lose strength? Want to use on my low back.",
    ]
)

test_one_medicine_compared_with_another_in_a_side_effect_is_outside = outside_cases(
    [
        "Is it possible that hydrocodone makes me sleepier than oxycodone?",
        "Does tramadol make you more drowsy than codeine?",
        "Which is more constipating, oxycodone or morphine? I take it for back pain.",
        "Gabapentin makes me way more tired than Lyrica did, is that normal?",
        "Is Norco harder on the stomach than Percocet?",
        "Does Flexeril make you sleepier than Robaxin? Need something for back spasms at work.",
        "Why does Percocet make me more nauseous than Vicodin?",
        "Is cyclobenzaprine more sedating than tizanidine?",
        "Does meloxicam cause less stomach upset than naproxen?",
    ]
)

test_whether_a_medicine_is_a_narcotic_is_outside = outside_cases(
    [
        "Is amrix non-narcotic? I need something for my neck and lower back spasms.",
        "Is tramadol a narcotic? My doctor gave it for my back.",
        "Is Flexeril a narcotic or not?",
        "Is gabapentin a controlled substance? I take it for back pain.",
        "Is Soma considered a narcotic?",
        "Is meloxicam a narcotic pain reliever? It was prescribed for my lower back.",
        "Is cyclobenzaprine an opiate? I have a drug test for work.",
        "Is Lyrica a controlled drug in the UK?",
        "Is baclofen a narcotic? I was given it for back spasms.",
    ]
)

test_a_medicine_for_a_neck_disc_is_outside = outside_cases(
    [
        "Pain meds for a bulging disc at C5-C6? What is the normal medication for it?",
        "What medication is best for a herniated disc in my neck?",
        "Which painkillers help a pinched nerve in the neck going into my arm?",
        "I have a C6-C7 disc herniation, is gabapentin good for it?",
        "Best meds for cervical radiculopathy? The pain goes down my arm.",
        "Can I take ibuprofen for a slipped disc in my neck?",
        "What do doctors usually give for a bulging disc in the neck? I take naproxen.",
        "Muscle relaxant for neck disc pain, which one works?",
    ]
)

# Look-alikes that must not change: a medicine for sciatica or the lower back keeps its section.
test_a_medicine_for_sciatica_keeps_the_painkillers_section = said_cases(
    [
        ("Which medicine helps sciatica?", "painkillers"),
        ("Can I take ibuprofen for my lower back pain?", "painkillers"),
        ("What else can I take instead of naproxen for my sciatica?", "painkillers"),
        ("Can I take ibuprofen with tramadol for my sciatica?", "painkillers"),
        ("Is gabapentin worth trying for sciatica?", "painkillers"),
        ("Do painkillers help sciatica at all?", "painkillers"),
        ("What painkillers are best for a slipped disc in my lower back?", "painkillers"),
        ("Is it ok to take co-codamol for sciatica while I wait for physio?", "painkillers"),
        ("Which is better for sciatica, naproxen or ibuprofen?", "painkillers"),
        ("How long does it take for amitriptyline to help sciatica?", "painkillers"),
        ("Should I take pain killers before my stretches?", "painkillers"),
        ("Are opioids any good for sciatica?", "painkillers"),
        ("Is pregabalin better than gabapentin for sciatic nerve pain?", "painkillers"),
        (
            "My GP won't prescribe anything stronger for my sciatica, what can I do?",
            "long-term-treatment",
        ),
    ]
)

# Look-alikes written after the fix, each keeping the answer it had before it.
test_look_alikes_keep_their_answer = said_cases(
    [
        (
            "How long should I wait before doing my stretches after taking ibuprofen?",
            "painkillers",
        ),
        ("How long does it take for naproxen to help my lower back pain?", "painkillers"),
        ("Can I take ibuprofen with tramadol for my sciatica? How long apart?", "painkillers"),
        ("When can I go back to work after my back went?", "work"),
        (
            "Why do I only get back pain in the morning? I take ibuprofen sometimes.",
            "why-sciatica",
        ),
        ("Why is my back only sore for a few days each month?", "bed-rest"),
        ("My GP won't prescribe anything stronger for my sciatica, why?", "why-sciatica"),
        ("Are opioids any good for my lower back pain?", "painkillers"),
        ("Is tramadol any good for sciatica?", "painkillers"),
        ("Is gabapentin a good option for nerve pain in my leg?", "painkillers"),
        ("Is naproxen better than ibuprofen for my lower back?", "painkillers"),
        ("Does ibuprofen work faster than paracetamol for back pain?", "painkillers"),
        ("Is pregabalin stronger than gabapentin for sciatica?", "painkillers"),
        ("My back feels more stiff than usual since I stopped ibuprofen", "out_of_scope"),
        ("What painkillers help a slipped disc in my lower back?", "painkillers"),
        ("I have a bulging disc at L4-L5 and neck pain, which painkillers?", "painkillers"),
        ("Which medicine helps sciatica from a disc?", "painkillers"),
        ("Can I take ibuprofen for my sciatica? I also have a stiff neck.", "painkillers"),
    ]
)
