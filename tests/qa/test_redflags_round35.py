"""Red flags and alarms of round 27's dev lines (issue 15, round 35), by class.

Each class was red-teamed with fresh wordings of our own, scored once before its fix (the
figures beside each class); the look-alikes must keep their answer. NICE NG59 / NHS decide
what alarms.
"""

from __future__ import annotations

from tests.qa.answer_checks import alarm_naming, quiet_cases

# The other foot or leg told now feeling the same as the first, with a numbness, tingling or
# weakness named ("one foot numb for years, slowly worse, and now the other foot has begun to
# feel the same"): numbness in both legs (NHS), a spreading deficit (NICE NG59). Before the fix
# 1 of 5 of our wordings alarmed, 5 of 5 after; the look-alikes (a pain the same in both feet
# after a run, someone else's leg the same, a leg the same as before) stay quiet.
OTHER_FOOT_THE_SAME = [
    "For a couple of years I've had a numb patch on the sole of my left foot. Didn't bother me "
    "much. Over the summer it crept up to the ankle and now the right foot has started feeling "
    "the same way. Should I be worried?",
    "I'm 68 and one foot has felt numb for ages, slowly getting worse. This month the other foot "
    "has begun doing it too. What could cause this?",
    "Numbness in my right foot for about a year, not painful. Now my left foot feels the same. "
    "My GP isn't worried but I am, should I push for a referral?",
    "Had pins and needles in one leg since my disc went, and over the last fortnight the other "
    "one has started to do the same thing. Any ideas?",
    "my left foot is numb and now the right foot feels the same",
]
THE_SAME_OTHERWISE = [
    "I had sciatica in my left leg last year and it cleared up. Now the pain has started in my "
    "right leg instead, the same burning feeling. Is it the same disc?",
    "My left foot hurts after running and now the other foot feels the same. Do I need new shoes?",
    "My sciatica is in my right leg. My sister has the same in her left leg. Is it genetic?",
    "My left foot is numb. The other foot feels the same as before, no change.",
    "My left foot has been numb for years and my right foot is the same size now that the "
    "swelling has gone.",
]
test_the_other_foot_told_the_same_alarms = alarm_naming("both_legs", OTHER_FOOT_THE_SAME)
test_a_pain_or_no_change_the_same_is_quiet = quiet_cases(THE_SAME_OTHERWISE)
