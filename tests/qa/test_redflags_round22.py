"""Red flags in fresh words (issue 15, round 22): a red-team of generalisation. The posts in
tests/qa/redflag_fresh_words.py tell a NICE NG59 / NHS red flag in lay words no earlier test
used (a bladder that dribbles or will not start, a bowel with no warning, numbness down there in
slang, the other leg joining in, a foot that catches or a knee that folds, a fever or a fall
with back pain, a cancer history or weight lost with new back pain); those in
tests/qa/redflag_fresh_lookalikes.py use the same words with no red flag (denied, someone
else's or a pet's, long past, a hypothetical, a side effect named). Both lists were written
before either was run and scored once before the fixes: 43 of the 62 posts got urgent-care
advice and 14 of the 40 look-alikes did; after them, 62 of 62 and 6 of 40 (those left below,
each with its reason).
"""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import alarm_cases, flag_cases, quiet_cases
from tests.qa.redflag_fresh_lookalikes import (
    DENIED,
    ELSEWHERE,
    HYPOTHETICAL,
    LOOKALIKES,
    SOMEONE_ELSE,
)
from tests.qa.redflag_fresh_words import ALARMS

test_a_red_flag_in_fresh_words_gets_urgent_care_advice = alarm_cases(ALARMS)


# Look-alikes still alarmed after the fixes, each with why it was left: an extra warning costs
# less than a miss, and each needs a reading the detector does not make yet. Strict: a fix that
# quiets one must move it out of this list.
STILL_ALARMED = {
    DENIED[6]: "a worry told then refuted by a test in the next clause ('I was worried my "
    "leg was weak, but the physio tested it'): the worry frame cannot be told from 'I was "
    "worried as my legs were going numb' by words near it",
    SOMEONE_ELSE[0]: "a father's retention in a clause of a sentence that goes on to the "
    "writer's own: someone else's symptom is read by sentence, and one cared for alarms",
    SOMEONE_ELSE[6]: "an old relative's pads told now, in the present: a carer's report of a "
    "present symptom alarms by design (the writer may be asking for them)",
    HYPOTHETICAL[0]: "'if I ever' reaches a mention four words on; here it is six, and "
    "reaching further would silence 'if I ever walk far my legs go numb'",
    HYPOTHETICAL[1]: "'what does it mean if both legs ...' is read as the writer's own (no "
    "'my' is needed), and the denial after it is not tied to the question",
    ELSEWHERE[4]: "a numb bum from a hard bench with the feeling told back on standing after "
    "'but': 'but it came back' is read as the numbness returning",
}


test_the_same_words_with_no_red_flag_stay_quiet = quiet_cases(
    [
        pytest.param(text, marks=pytest.mark.xfail(reason=STILL_ALARMED[text], strict=True))
        if text in STILL_ALARMED
        else text
        for text in LOOKALIKES
    ],
)


# Round 18's classes, from fresh wordings of my own written before the fix: the flu told now
# with back pain (NICE NG59: a fever or systemic illness with back pain, a spinal infection);
# a dive past its limits followed by back pain or a numbness (decompression illness of the
# spinal cord, an emergency). Scored once before the fix: 1 of the 6 alarmed (through its
# two tingling legs), none of the 6 look-alikes did.
test_the_flu_or_a_dive_past_its_limits_with_back_pain_alarms = alarm_cases(
    ["I've had flu since the weekend and now my lower back is in agony, I can't get comfortable "
     "in any position. Is it the virus?",
     "Three days into influenza and there's a deep pain in my spine I've never had before. "
     "Paracetamol isn't touching it.",
     "Came down with the flu on Monday, and since yesterday my back hurts so much I can't lie "
     "flat.",
     "Did two dives yesterday and came up too fast on the second. Now my lower back aches and "
     "my legs are tingling. Do I need to worry?",
     "We overstayed our bottom time on the last dive of the trip, and tonight there's a band of "
     "pain round my lower back and my feet feel odd.",
     "After scuba this morning I skipped the safety stop, and now there's numbness in my thigh "
     "and my back hurts."],
)  # fmt: skip


test_the_flu_or_diving_with_no_red_flag_stays_quiet = quiet_cases(
    ["Had my flu jab yesterday and my arm is sore, but my sciatica is the same. Can I still do "
     "the stretches?",
     "I had the flu back in March and it cleared up in a week. My sciatica started in June. How "
     "long will it last?",
     "My daughter has the flu so I'm doing all the lifting, and my back is sore. Any tips?",
     "My back pain always eases when I'm diving on holiday. Is there a reason for that?",
     "Is it safe to scuba dive with sciatica? I'm booked on a trip in May.",
     "I used to dive a lot before my back went. Could carrying the tank have caused the disc "
     "problem?"],
)  # fmt: skip


# Guards written after the fixes, for the words the new rules read: each sign's words used of
# something else stay quiet, and the sign told another way still alarms.
test_the_new_rules_words_used_of_something_else_stay_quiet = quiet_cases(
    ["I do the stretches and the walking both at once and it helps my sciatica. Is that ok?",
     "I stretch both sides as the physio said, and my left leg still goes numb when I sit.",
     "I look left and right before crossing and my leg tingles when I walk. Is walking ok?",
     "I can't stand on my toes for long because it pulls on my calf. Which stretch helps?",
     "I can't hop on the bus without the pain shooting down my leg. Any tips for commuting?",
     "I avoid the train when it's full because standing hurts my back. Any advice?",
     "A few drops of sweat escape down my back when I do the exercises, is that normal?",
     "My trousers were wet from the rain and my back was cold. Heat or ice?"],
)  # fmt: skip


test_the_new_rules_signs_told_another_way_alarm = flag_cases(
    [("My calves, left and right, have gone tingly since Monday.", "both_legs"),
     ("I can't stand on my toes on the right any more, my calf just won't lift me.",
      "leg_weakness"),
     ("I can't hop on my right leg any more, it just gives out.", "leg_weakness"),
     ("The sciatica keeps swapping sides, and today it's in both at once.", "both_legs")],
)  # fmt: skip
