"""Red flags and alarms of round 14's real dev set, by class (issue 15): lay wordings a red-team
wrote for this session (forum style, typos, relatives' stories; not copied from any labelled
set) that failed before the fixes, beside the look-alikes that guard them. NICE NG59 / NHS /
CKS: a deficit new or progressing alarms; one treated and mending, one passing off a seat, an
old fall with nothing new, a fear or a procedure's name does not."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import alarm_naming, flags, quiet, quiet_cases

# Walking lost within weeks, often an old person's, told by a relative (wheelchair, bed,
# hoist, a chair they can't get out of): a rapidly progressing deficit, or a fracture or cancer.
test_walking_lost_within_weeks_alarms = alarm_naming(
    "mobility_lost",
    [("My nan is 79 and a month ago she was still doing her own shopping. Now she cant get out "
      "of her chair without two of us lifting her. Its all from her back."),
     ("my grandad used to walk the dog twice a day, since his back went last month he can "
      "barely shuffle to the toilet with a frame. hes 80"),
     ("Our mum (76) has gone downhill so fast. Six weeks ago she was gardening, now she is "
      "basically bedbound because of her back and can hardly stand. Any advice?"),
     ("My aunt is 70 and over the last fortnight she has stopped being able to walk more than "
      "a few steps, her legs just go."),
     ("Hi, my father in law is 88. Two weeks ago he was independent, now hes practically "
      "confined to bed with his back and we have to use a hoist."),
     ("My gran was walking to church every sunday until about three weeks ago. Now she needs a "
      "wheelchair to get anywhere because of her lower back.")],
)  # fmt: skip


# Walking made hard by pain, a chair long used, or the writer's own days in bed with a fresh
# spasm: no alarm here.
test_walking_hard_with_pain_or_long_ago_stays_quiet = quiet_cases(
    ["I can still barely walk some days with this disc, has anyone used a brace as a big person?",
     ("My grandmother has used a wheelchair for years because of her hips. My own sciatica is "
      "in my left leg, which stretches help?"),
     "I'm terrified of ending up in a wheelchair like my grandmother did. My sciatica is mild.",
     ("My back went on monday and I've been confined to bed for 3 days, it went from a twinge "
      "to agony. Should I rest?"),
     "I'm 35, my back has gone into spasm, in the last few days I've basically been bedbound."],
)  # fmt: skip


# Pain newly on both sides: both hips and thighs, the other leg started too, both backs of
# the legs, "left and right legs" told after a comma (NHS: sciatica in both legs).
test_pain_newly_on_both_sides_alarms = alarm_naming(
    "both_legs",
    [("The pain isn't only on my left side as it usually is. It's through my entire lower back, "
      "both hips, and down both outer thighs."),
     ("For 3 months it was only my left leg. Now the right leg has started too, same burning "
      "down the outside of the thigh."),
     "the nerve pain has crossed over, now i get it down both sides, left and right legs.",
     "Since the weekend I get the shooting pain down both the backs of my legs."],
)  # fmt: skip


# A procedure done on both sides, or a lower body weak from sitting, names no symptom.
test_a_bilateral_procedure_or_an_unfit_lower_body_stays_quiet = quiet_cases(
    ["I'm in the process of getting a bilateral branch block for my back. Any luck with a brace?",
     "I'm booked in for bilateral facet joint injections next week. Should I stop my stretches?",
     "my lower body is weak from sitting all day, any routine?"],
)  # fmt: skip


# Feeling and function lost in the lower body or the legs, told of a relative.
@pytest.mark.parametrize(
    "text",
    [("I am contacting you on behalf of my mother who has a loss of functionality and feeling "
      "in the lower body; it has shown a small sign of returning. Can acupuncture help?"),
     ("Asking for my brother. He has lost a lot of the feeling and movement in his legs after "
      "a back injury. Can stretching help him get it back?"),
     "Asking for my husband: he has very little feeling below his waist since this morning.",
     ("Basically, about a week ago my foot wasn't going where my brain was telling it to and I "
      "had very little strength in that leg.")],
)  # fmt: skip
def test_lower_body_loss_alarms(text: str) -> None:
    flags(text)


# An operation's symptoms told in the past, before it or on waking, mending since: in the
# surgeon's care. A relapse after the recovery, a symptom still told, a loss ("I lost feeling")
# or a recovery only asked about ("how long until I'm back to normal?") still alarms.
test_an_operations_past_symptoms_mending_stay_quiet = quiet_cases(
    [("Two months ago, I had emergency surgery for a herniated disc. My legs had gone numb and I "
      "couldn't control my bladder. I'm slowly improving. How long until I'm back to normal?"),
     ("Four months ago I had emergency surgery for cauda equina. My legs were numb and I couldnt "
      "pee. Recovery has been slow but steady. When can I start swimming again?"),
     ("Six weeks ago I had an emergency operation on my spine, before it I couldn't feel my "
      "bottom or control my bowels. Im slowly getting better. How long before I can drive?"),
     ("I had spine surgery and woke up with numbness along the front of both thighs. The "
      "surgeon told me not to worry. She said it would be gone in less than a week and it was."),
     ("I woke up from the anaesthetic with my legs feeling numb but it wore off after a couple "
      "of hours. Now I just have the wound pain. When can i walk further?")],
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [("I had surgery last month and have been slowly improving. Then last night my legs went "
      "numb and I lost control of my bladder"),
     ("Two months ago I had emergency surgery. My legs were numb. I was slowly improving but "
      "since yesterday I cant pee"),
     ("Had spinal surgery on friday. Since waking up both thighs are numb and its still the "
      "same today. The ward said it would settle."),
     ("I had surgery last week. My legs were numb and I couldn't pee. How long until I'm back "
      "to normal?"),
     ("I had a discectomy 6 weeks ago. I lost feeling in my saddle area after it. Physio says "
      "I'm getting better."),
     "This evening I was leaking urine. Had my op 10 days ago, recovering well.",
     ("Earlier I couldn't feel the toilet paper when I wiped. I had my discectomy a month ago "
      "and I'm slowly improving.")],
)  # fmt: skip
def test_a_symptom_after_the_operation_or_still_there_alarms(text: str) -> None:
    flags(text)


# Feet numb on a ride, legs tingling after a seat, passing on rising: pressure, not a nerve
# failing. Numb legs when walking, or feet numb off the bike, still alarm.
test_seat_and_ride_pressure_stays_quiet = quiet_cases(
    [("with my old road bike, my feet would go numb and my glute would cramp up. Numb feet by "
      "mile 15. Ideas?"),
     ("Training for a sportive. I get a tingling in both feet on the bike after an hour which "
      "goes when I get off, and a nagging piriformis pain."),
     ("After a long drive my legs go a bit tingly and my back is stiff, it passes after a walk "
      "around. Any tips for sitting in the car?"),
     "On long rides my feet go numb after about 40 miles and my bum aches. Is it the cleats?",
     ("real tenderness in my left buttock which runs down my leg, nagging nerve pain that runs "
      "down my leg through to my calves and then a tingling in my feet. I'm fine on the bike.")],
)  # fmt: skip


test_numb_legs_or_feet_beyond_the_seat_alarm = alarm_naming(
    "both_legs",
    ["in my experience both my legs go numb when I walk",
     "I cycle a lot but now both my feet are numb all the time, even off the bike",
     "pain runs down my leg and my feet are numb",
     "I can't ride my bike anymore because my feet are numb"],
)  # fmt: skip


# The numbness the seat's own, or a second one beside the feet's: the saddle area.
test_a_numb_seat_beside_numb_feet_alarms = alarm_naming(
    "saddle",
    ["my bum aches and is numb", "my feet go numb and my bum aches and my groin is numb",
     "my feet tingle and my bum is numb"],
)  # fmt: skip


# An old fall or accident: a time told as its own clause, a bare list item after it, "a year
# ago", a question about "the fall". A new fall with new symptoms still alarms.
test_an_old_fall_or_a_figure_of_speech_stays_quiet = quiet_cases(
    [("A few years ago, I was in an automobile accident, and as a result, I have a painful back. "
      "How do people come off painkillers?"),
     ("I fell down a flight of stairs a year ago. Xrays at the ER showed nothing wrong. Now my "
      "lower back feels like I did it yesterday."),
     ("Two years ago I fell off a ladder. Nothing was broken. Lately my lower back is stiff. "
      "Could it be from the fall or is it just age?"),
     ("I had a car accident 18 months ago, whiplash and a sore back, scans were all clear. "
      "Which stretches are best?"),
     ("I can sit for 10 mins before I get leg cramps. Lying down in pubs might lead to being "
      "thrown out! Cool packs?")],
)  # fmt: skip


test_a_recent_fall_still_alarms = alarm_naming(
    "trauma",
    ["Two years ago, I was in a car crash. Yesterday, I fell down the stairs and my back hurts",
     "A few days ago, I was in a car accident and my back hurts",
     "I was thrown off my horse yesterday, back is killing me"],
)  # fmt: skip


# A fear of a state to come ("scared to be paralysed") is no symptom; one told with it is.
def test_a_fear_of_paralysis_stays_quiet() -> None:
    quiet("A kick from my right leg made a sound in my back. Painless. Scared to be paralyzed.")


@pytest.mark.parametrize(
    "text",
    ["scared to be paralysed, my legs are going weak and numb",
     "I'm worried about being so numb in my groin",
     "I'm scared to be honest, my groin is numb"],
)  # fmt: skip
def test_a_fear_told_with_a_symptom_alarms(text: str) -> None:
    flags(text)
