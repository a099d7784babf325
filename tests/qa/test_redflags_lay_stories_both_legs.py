"""Symptoms in both legs in real people's words (issue 15; NHS: sciatica on both sides): the
red-team's lay wordings that must alarm (spreading to the other leg, both feet, numbness told as
lasting) and look-alikes that must stay quiet (one leg only, a move with the first leg clear,
both legs in an exercise, a seat's passing numbness). Bladder, bowel, saddle and sexual
function: test_redflags_lay_stories.py; the limbs and serious pathology:
test_redflags_lay_stories_limbs.py and test_redflags_lay_stories_serious.py."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import flags, quiet


# Both legs (NHS: sciatica on both sides), told as spreading, 'the left one too', jelly legs.
@pytest.mark.parametrize(
    "text",
    ["sciatica started on the right and now the left one is doing it too",
     "my left and right calves both burn",
     "shooting pains down the backs of my legs, both sides",
     "my left leg has been bad for a month and now my right leg has started tingling too",
     "it started in my right leg but now its in my left too",
     "pain goes down both legs now, it started in my left",
     "both feet are tingling and numb, back hurts",
     "hubby is getting sciatica down both legs now",
     "legs both feel heavy and weak since monday",
     "the sciatica has spread to my right leg as well as the left",
     "numbness down both thighs",
     "im getting shooting pains in both legs, alternating",
     "both of my legs keep going numb",
     "legs like jelly, both of them, since my back went",
     "I have sciatica in both my legs",
     "My daughter has sciatica now in both legs",
     "my left leg started hurting now as well as my right"],
)  # fmt: skip
def test_both_legs_in_lay_words_alarms(text: str) -> None:
    assert "both_legs" in flags(text)


# One leg only, a move with the first leg told clear, both legs in an exercise, both
# knees arthritic, other people's legs.
@pytest.mark.parametrize(
    "text",
    ["my sciatica switched to the other leg, it was the right and now it's only the left",
     "it hurts when I lift both legs",
     "sciatica in my right leg only, my left leg is completely fine",
     "should I do the stretch on both legs?",
     "hug both knees to your chest, is that good?",
     "I had it in my left leg last year, now it's the right one, the left is fine",
     "I stand on both legs evenly as my physio said",
     "the pain switched sides, it's only on the left now",
     "both my parents had sciatica",
     "no symptoms in both legs, only the left",
     "can sciatica affect both legs?",
     "both my hips are arthritic but sciatica only in the left leg",
     "my twins both have colds and I've got sciatica in my right leg",
     "I sit with both legs crossed, is that bad?",
     "i had sciatica in both legs in 2010 after a fall, fully recovered, now just a stiff back",
     "does it affect both legs?"],
)  # fmt: skip
def test_both_legs_look_alikes_stay_quiet(text: str) -> None:
    quiet(text)


# A seated numbness told passing when the person gets up, after a "but" or a comma, is read
# with its clause: seated pressure, no saddle anaesthesia (last session's gap a).
@pytest.mark.parametrize(
    "text",
    ["my groin goes numb on the sofa but it wears off when I get up",
     "my bum goes numb on the toilet but it goes away when i stand",
     "my groin gets numb sitting but it passes when i walk",
     "my bum goes numb on the loo if i'm on my phone too long, goes when i stand"],
)  # fmt: skip
def test_seated_numbness_told_passing_after_a_but_stays_quiet(text: str) -> None:
    quiet(text)


# Passing told in the past and back now, not passing, a denial of something else after the
# "but", or a bladder change beside it: still a red flag.
@pytest.mark.parametrize(
    "text",
    ["my groin went numb on the sofa, it wore off but now it's back",
     "my groin went numb, that went away but now it's back",
     "my groin goes numb on the sofa and it doesn't go away when I get up",
     "numb down there but no bladder problems",
     "I cant pee and my groin goes numb on the toilet, it goes away when I stand",
     "numb down there but it goes away when I stand up, and now I can't feel the toilet paper"],
)  # fmt: skip
def test_numbness_back_lasting_or_with_a_bladder_change_alarms(text: str) -> None:
    assert {"saddle", "bladder_bowel"} & set(flags(text))


# Sciatica moving to the other leg with the first told clear is one leg at a time (NHS and
# NICE NG59 name both legs): quiet (last session's gap c).
@pytest.mark.parametrize(
    "text",
    ["it's moved to my other leg now and the first one is fine",
     "the pain switched sides, it's only on the left now",
     "my sciatica has moved from the left leg to the right, the left is totally fine now",
     "the pain moved from my right leg to my left leg last month, the right is clear now"],
)  # fmt: skip
def test_a_move_with_the_first_leg_clear_stays_quiet(text: str) -> None:
    quiet(text)


# A bare move may be a spread (ambiguous: biased to safety, it alarms); the first leg still
# hurting, "too", or both now alarm.
@pytest.mark.parametrize(
    "text",
    ["my sciatica moved to the other leg",
     "it switched to the other leg",
     "it's moved to the other leg too",
     "it moved to my other leg and my right leg still hurts",
     "it switched to my left leg but the right one is fine and now both are numb"],
)  # fmt: skip
def test_a_bare_move_or_both_legs_now_alarms(text: str) -> None:
    assert "both_legs" in flags(text)


# An exemption never hides a change told beside it: pregnancy explains only going more often,
# not a leak or a lost feeling; a weak bladder always had that "has got worse" is told as "it"
# after the turn (read as the bladder).
@pytest.mark.parametrize(
    "text",
    ["i'm pregnant and i keep leaking wee when i walk",
     "I'm pregnant and peeing all the time and I can't feel when I need to go",
     ("i've always had a weak bladder since having my kids, but it's got much worse and i "
      "can't hold it"),
     "had bladder trouble years ago which cleared up, but this week I can't pee",
     ("my groin was numb after my op in 2015, that cleared up, but since yesterday it's numb "
      "again")],
)  # fmt: skip
def test_a_change_told_beside_an_exemption_alarms(text: str) -> None:
    assert {"bladder_bowel", "saddle"} & set(flags(text))


@pytest.mark.parametrize(
    "text",
    ["my little boy kicked me and since then I can't pee",
     "my baby kicked me and now I'm leaking urine",
     "had bladder problems in 2019 that cleared up, now I'm wetting myself again",
     "my groin goes numb when I sit but it goes away when I stand and now I keep wetting myself"],
)  # fmt: skip
def test_an_own_change_beside_a_child_a_past_or_a_passing_numbness_alarms(text: str) -> None:
    assert {"bladder_bowel", "saddle"} & set(flags(text))


# The feeling there told not normal, or a passing numbness told staying now: still a red flag.
@pytest.mark.parametrize(
    "text",
    ["feeling down below is not normal",
     "it wore off, but now it's back and my bum is numb",
     ("my groin goes numb but it goes away when I stand, and it doesn't come back... except "
      "now it stays numb all day")],
)  # fmt: skip
def test_feeling_not_normal_or_numbness_staying_now_alarms(text: str) -> None:
    assert "saddle" in flags(text)


# Toes of both feet numb or tingling: both feet, so both legs (NICE NG59: bilateral symptoms).
@pytest.mark.parametrize(
    "text",
    ["Today nine of my ten toes are numb and the ball of my right foot tingles.",
     "All ten toes have gone numb since yesterday, what is it?",
     "The toes on both feet are tingling all the time now.",
     "Both my big toes have been numb for a week."],
)  # fmt: skip
def test_toes_of_both_feet_alarm(text: str) -> None:
    assert "both_legs" in flags(text)


# Ten toes counted, one foot's toes, or a denial: no symptom in both feet.
@pytest.mark.parametrize(
    "text",
    ["I have ten toes and one of them hurts when I run.",
     "I stretch all ten toes every morning, is that good?",
     "The toes on my left foot are numb.",
     "No numbness in my toes on both feet, just back pain"],
)  # fmt: skip
def test_toes_counted_or_on_one_foot_stay_quiet(text: str) -> None:
    quiet(text)
