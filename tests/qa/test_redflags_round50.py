"""Red-flag class of round 50, written by the team (no labelled line copied): another person's
red-flag symptom read or heard about, then the writer's own part told with "mine" ("people with
numb bums and mine is numb too"). The story about others is set aside (round 49), so "mine" is
read as "my" and the part told before it: the writer's symptom alarms (NICE NG59). Scored
before the fix: 0 of the 4 first wordings alarmed."""

from __future__ import annotations

from tests.qa.answer_checks import alarm_cases, quiet_cases, said_cases

A_MINE_TOO = [
    "I read about people with numb bums and mine is numb too",
    "I read about people whose legs went weak after a disc, and mine are getting weaker too",
    "I've read posts about people who couldn't feel their bladder and mine feels the same now",
    "Saw a video about a man whose foot dropped, mine drags as well since Monday",
    # Written after the fix.
    "Heard about people with a numb groin after a disc bulge and mine went numb this morning",
    "I watched a video of a woman whose bladder stopped working, mine has been odd since Friday",
]
test_mine_too_alarms = alarm_cases(A_MINE_TOO)

# Look-alikes that must not alarm: a worry of one's own with no symptom told, and a leg pain
# shared with others that is no red flag (the guide's own answers).
Q_NO_SIGN = [
    "I read about people with numb bums and I worry it will happen to me",
    "I read about people whose legs hurt after sitting, mine hurt too, what stretches help?",
]
test_no_sign_stays_quiet = quiet_cases(Q_NO_SIGN)

# "Mine is fine" is left as written: the other's symptom is read as told of them and alarms, as
# it did before this class (a relative's or a friend's red flag is still one).
test_mine_fine_keeps_the_alarm = alarm_cases(
    [
        "People in my group lost bladder control, mine is fine thankfully",
        "My friend's legs are weak and mine are fine",
    ]
)
test_answers_kept = said_cases(
    [
        ("I read about people whose legs hurt after sitting, mine hurt too, what stretches help?",
         "sitting"),
    ],
)  # fmt: skip
