"""Round 22's urgent-care alarms on messages with no red flag, by class (issue 15, round 28).

Each class was red-teamed with fresh wordings of our own before its fix and scored once (the
figures beside each class); the look-alikes must keep alarming. NICE NG59 / NHS decide what
alarms.
"""

from __future__ import annotations

from tests.qa.answer_checks import alarm_naming, quiet_cases

# 'temp' meaning temporary (a temp job, the temp office, a temp agency): no temperature told.
# Before the fix 0 of 4 of our wordings stayed quiet; after it, 4 of 4. A temperature told with
# the back pain (NICE NG59: fever, an infection) still alarms: 4 of 4 before and after.
test_a_temp_job_or_office_is_no_fever = quiet_cases(
    [
        "i work a temp job in a warehouse, lots of lifting boxes, my lower back aches by friday. is "
        "lifting ok with sciatica?",
        "Our team got moved to a temp office for 3 months and the chairs are awful, my sciatica is "
        "flaring. Any tips for sitting all day?",
        "Signed up with a temp agency, they keep sending me to jobs where im on my feet 10 hours, "
        "back and left leg burning by the end. should i rest on my days off?",
        "Got a temp contract doing data entry, sitting 8 hours and my back and leg are aching. what "
        "sitting position is best??",
    ]
)
test_a_temp_had_with_back_pain_still_alarms = alarm_naming(
    "fever",
    [
        "back pain for 4 days and now i have a temp and keep shivering, what should i do",
        "my temp is 38.6 and my lower back is killing me since yesterday",
        "Running a temp since monday with this back pain, also sweating at night",
        "lower back agony and a high temp, is this sciatica?",
    ],
)
