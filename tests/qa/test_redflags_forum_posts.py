"""Red flags in forum posts and readers' letters (issue 15), by concept and class: long stories
where the symptom is told in passing, among other complaints, and look-alikes where the warning
words belong to the past, to someone else, to the arms, or to a fall that did no harm. Written
by three red-teams of this session before they were run (not copied from any labelled set); the
wordings are those that failed before the fixes, and the ones that guard them (falls and
everyday words that sound like a warning: test_redflags_forum_posts_falls.py)."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import flags, quiet


# Bladder change told in passing (NICE NG59: retention, incontinence, altered sensation):
# underwear found damp unnoticed, nothing that would come, a few drops and not finished, a day
# gone by without the urge.
@pytest.mark.parametrize(
    "text",
    [("Long time lurker. L5/S1 herniation diagnosed in January. Since Sunday I keep finding my "
      "underwear damp and I didn't even know I'd gone. How soon can I deadlift again?"),
     ("this time I went to the loo this morning and sat there for ages and nothing would come "
      "out even though I felt like I needed to go. Is it ok to use a heat pad overnight?"),
     ("Lately though I have been getting up to go and when I get there only a few drops come, "
      "and I feel like I haven't finished. What pillow should I use between my knees?"),
     ("The sciatica is bad but I've gone the whole day without needing a pee and when I did go "
      "there was hardly anything. Is that the painkillers?")],
)  # fmt: skip
def test_a_bladder_change_told_in_passing_alarms(text: str) -> None:
    assert "bladder_bowel" in flags(text)


# A lost ability told in the perfect ("haven't been able to") is the loss, not a denial.
def test_a_bowel_movement_they_have_not_been_able_to_push_out_alarms() -> None:
    text = (
        "In the meantime the pain in my buttock is constant. I also haven't been able to push a "
        "bowel movement out even though i'm not constipated. Will the MRI show a pinched nerve?"
    )
    assert "bladder_bowel" in flags(text)


# The saddle area is the body's, even beside a bike's seat ("like where you'd sit on a bike").
def test_pins_and_needles_in_the_saddle_area_alarms() -> None:
    text = (
        "so after 2 days of awful back pain i now have pins and needles in the saddle area, like "
        "where you'd sit on a bike. can I take ibuprofen and paracetamol together?"
    )
    assert "saddle" in flags(text)


# A history of cancer counts however long over, "given the all clear" or named as a cause.
@pytest.mark.parametrize(
    "text",
    [("I had breast cancer 5 years ago and was given the all clear. For the past month I've had "
      "back pain and now it goes down my leg. Are there any exercises I should avoid?"),
     "I've lost weight because of the cancer and my back aches.",
     "I had cancer years ago and recovered fully. Now my back hurts down my leg."],
)  # fmt: skip
def test_a_cancer_history_told_over_still_alarms(text: str) -> None:
    assert "cancer_weight" in flags(text)


# A car reversing into someone, then new symptoms (NICE NG59: trauma).
def test_a_car_reversing_into_them_then_numb_toes_alarms() -> None:
    text = (
        "A car reversed into me in a car park on Monday. Since then I've got new pain down the "
        "back of my leg and my toes are numb. Is it ok to keep driving?"
    )
    assert "trauma" in flags(text)


# Someone else's past story ("my neighbour ... ended up with cauda equina", "my mum's cancer
# came back in her spine last year"), in a message that tells the writer's own condition:
# their story, not a symptom.
@pytest.mark.parametrize(
    "text",
    [("My neighbour had sciatica and ended up with cauda equina, she lost control of her bladder "
      "and needed emergency surgery. Now I'm terrified because mine started last week. What "
      "signs should I look out for?"),
     ("A friend of mine had foot drop after her disc surgery and it never came back. My surgeon "
      "wants to operate on me next month. How safe is the operation?"),
     ("my mum's cancer came back in her spine last year. I'm 35 and my sciatica started after I "
      "was lifting her. How long does it usually take to get better?"),
     ("My husband fell off a ladder last month and hurt his back, he's fine now. My own "
      "sciatica has been going on 6 weeks. When should I go to the doctor?"),
     ("In my support group one lady had a fever and an infection in her spine which caused her "
      "leg pain. Mine isn't like that, just a bulging disc. What causes sciatica?"),
     ("my friend's leg gave way on the stairs and she ended up in hospital with a slipped disc. "
      "my own back ache is mild. should I see a physio?"),
     ("My aunt had breast cancer and it came back in her spine, she's doing ok with treatment. "
      "I'm 30 with ordinary sciatica from lifting. How long does it take to go?"),
     ("My colleague's foot dropped after his back surgery last year and he still limps. I'm "
      "booked in for a microdiscectomy. How long is recovery?"),
     ("My grandad lost a lot of weight before they found his tumour, years ago now. I've got a "
      "bit of sciatica and I'm paranoid. Is it normal to worry like this?")],
)  # fmt: skip
def test_someone_elses_past_story_stays_quiet(text: str) -> None:
    quiet(text)


# Guards: the person cared for told now, a recent event, or the writer's own symptom in a
# sentence of its own still alarms.
@pytest.mark.parametrize(
    "text",
    ["My husband fell off a ladder yesterday and hurt his back. I have sciatica myself.",
     "My mum lost control of her bladder this morning. I've got sciatica too and I'm lifting her.",
     "My dad had a fall last week and now he can't feel his feet. My own back is bad too.",
     "My neighbour had cauda equina last year. Now I can't feel when I need to pee.",
     "My friend's leg gave way on the stairs last year. My leg gave way yesterday too.",
     ("My husband had back surgery last year and ended up with foot drop, and his other foot is "
      "now dragging too.")],
)  # fmt: skip
def test_someone_else_told_now_or_the_writers_own_symptom_alarms(text: str) -> None:
    assert flags(text)


# An episode of the writer's own told from a past time to its end ("in my first flare back in
# 2019 ... which cleared up by itself"): over, for every concept but a cancer history.
@pytest.mark.parametrize(
    "text",
    [("Two years ago I had cauda equina and had emergency surgery, I couldn't wee for a day "
      "before the op. Thankfully I've recovered fully and the bladder is back to normal. Is it "
      "ok to do the piriformis stretch after spinal surgery?"),
     ("When my sciatica first started last year my foot dropped for a few weeks, but it "
      "recovered completely with physio and I walk normally now. How long do flare ups last?"),
     ("in my first flare back in 2019 I had some trouble peeing for a couple of days, which "
      "cleared up by itself. nothing like that this time. what do you do in a flare?"),
     ("Last winter I had a fever with back pain, it turned out to be a kidney infection and "
      "antibiotics sorted it. What's the best way to sleep?"),
     ("When I first hurt my back six months ago my legs both went tingly for a few days, but "
      "that settled and it's only the right leg aching now. Will it go away?")],
)  # fmt: skip
def test_an_episode_told_over_stays_quiet(text: str) -> None:
    quiet(text)


# Guards: an episode told back, or a new one this time, still alarms.
@pytest.mark.parametrize(
    "text",
    ["A few years ago I had trouble peeing, which cleared up. Now I'm leaking again.",
     "Last year my foot dropped and recovered, but now it's dragging again.",
     ("In my first flare my leg went weak for a week, it recovered. This time it is getting "
      "weaker every day."),
     ("Last winter I had a fever with back pain, antibiotics sorted it, but now the fever is "
      "back.")],
)  # fmt: skip
def test_an_episode_told_back_alarms(text: str) -> None:
    assert flags(text)


# The arms, hands, neck or face only ("now both are numb, the fingers I mean"): no leg flag.
@pytest.mark.parametrize(
    "text",
    ["my hands go numb on both sides, numb when I sleep on them. is that sciatica?",
     ("I woke up with pins and needles in my left hand, and now both are numb, the fingers I "
      "mean. Is it the same nerve thing?"),
     ("It started in my right arm with tingling in the fingers, and now both are numb, both "
      "arms. Nothing in my legs. What could it be?"),
     ("The pain in my shoulder is constant and worse at night, I can't lie on that side. Any "
      "idea what's going on with my shoulder?"),
     ("Numb on both sides of my face since yesterday after the dentist. Is my buttock twinge "
      "sciatica?")],
)  # fmt: skip
def test_the_arms_or_face_only_stay_quiet(text: str) -> None:
    quiet(text)


# Guards: the legs or the back named with the arms still alarm.
@pytest.mark.parametrize(
    "text",
    ["My arms and legs are both numb.",
     "My hands and feet have gone numb on both sides.",
     "both my hands and both my legs are tingling",
     "my shoulder and lower back pain is constant and worse at night"],
)  # fmt: skip
def test_the_legs_or_back_named_with_the_arms_alarm(text: str) -> None:
    assert flags(text)
