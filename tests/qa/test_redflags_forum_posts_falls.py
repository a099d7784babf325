"""Red flags in forum posts and readers' letters (issue 15), continued: falls told harmless or
with new symptoms, everyday words that sound like a warning (the electrics tripping, bladder and
bowel talk, weight lost on purpose), and a leak told beside a toilet stop. Written by the
session's red-teams before they were run (not copied from any labelled set); the wordings are
those that failed before the fixes, and the ones that guard them (bladder, bowel, saddle,
cancer, whose story and when: test_redflags_forum_posts.py)."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import flags, quiet, routed


# A fall at ground level or a bump told with nothing new since (no harm done, unchanged, a fall
# that did not happen): no trauma followed by new symptoms.
@pytest.mark.parametrize(
    "text",
    [("The dog pulled me over on the ice yesterday, landed on my hip. Bit bruised but nothing new "
      "with my sciatica, same old pain on the left. Can I still do my exercises today?"),
     ("Slipped on wet leaves this morning but caught myself, didn't hit the ground. Sciatica no "
      "different. Should I rest today just in case?"),
     ("tripped over the cat on the stairs but didn't fall, just jarred my back a bit. the "
      "sciatica flared for an hour then settled back to normal."),
     ("Took a tumble in my yoga class, rolled out of a balance, no harm done and the leg pain "
      "hasn't changed. Should I avoid balance poses?"),
     ("Had a minor bump in the car park last week, someone reversed into me at walking pace. No "
      "injuries and my back is the same as before. Any tips for driving with sciatica?"),
     ("Fell over playing with my son in the garden, nothing hurt and no change to my leg. Should "
      "I still do my exercises tonight?"),
     ("I fell off my bike as a teenager and broke my wrist, that's my only accident. Now 45 with "
      "sciatica. Is cycling bad for it?"),
     ("Tripped on a kerb and went down on my knees last week, knees grazed, sciatica no worse. Is "
      "swimming okay for grazes lol?")],
)  # fmt: skip
def test_a_fall_told_harmless_stays_quiet(text: str) -> None:
    quiet(text)


# Guards: a new symptom after the fall, a fall on stairs, a car crash, or a slip on ice told
# only easing still alarms.
@pytest.mark.parametrize(
    "text",
    ["I slipped on the ice yesterday, the sciatica is unchanged but now my foot is numb.",
     "Fell down the stairs yesterday, nothing new with my leg but my back hurts a lot.",
     "I was in a car crash last week, no different with the leg, but my back is agony.",
     ("I tripped over on the pavement, no harm done, but since then I can't feel my bum when I "
      "wipe."),
     "I slipped on the ice, the pain is getting better",
     "I keep tripping over kerbs since my sciatica got bad",
     "I tripped up the kerb because my foot flops now"],
)  # fmt: skip
def test_a_fall_with_new_symptoms_or_a_harder_one_alarms(text: str) -> None:
    assert flags(text)


# The electrics tripping, not a foot.
@pytest.mark.parametrize(
    "text",
    [("The short circuit in my kitchen tripped the fuse twice last night, which set off my "
      "sciatica. Can I reset it myself?"),
     ("the electrics tripped while I was halfway through the routine and I carried on in the "
      "dark. just the same old leg pain"),
     ("The trip switch kept tripping so we had an electrician round. Meanwhile my sciatica has "
      "been awful sitting at the desk. What chair is best?")],
)  # fmt: skip
def test_the_electrics_tripping_stays_quiet(text: str) -> None:
    quiet(text)


# Everyday bladder and bowel talk with no change: a pregnancy's frequency, a painkiller's
# constipation, a stop for the loo on a journey, a leak since childbirth told "always have".
@pytest.mark.parametrize(
    "text",
    [("I'm 28 weeks pregnant and need to wee every hour, which is normal apparently, but getting "
      "up from the sofa with sciatica is agony. Any pregnancy safe stretches?"),
     "Co-codamol gives me terrible constipation. Is there a painkiller that doesn't bung you up?",
     ("Long drive to Scotland next week. I always have to stop for the loo every couple of hours "
      "anyway. Any tips for sciatica on a long car journey?"),
     ("Does anyone do pelvic floor exercises alongside their back exercises? After two kids I "
      "sneeze and leak a bit, always have. Can yoga help with both?")],
)  # fmt: skip
def test_everyday_bladder_and_bowel_talk_stays_quiet(text: str) -> None:
    quiet(text)


# Guards: a change told beside the habit still alarms.
def test_a_leak_told_beside_a_toilet_stop_alarms() -> None:
    assert "bladder_bowel" in flags(
        "I always have to stop for the loo but now I'm leaking on the way."
    )


# Weight lost on purpose or with its cause told is not unexplained (NICE NG59).
@pytest.mark.parametrize(
    "text",
    [("I lost a lot of weight last year on purpose, slimming world, down 3 stone. Since then I've "
      "got sciatica in my right leg. Is walking good for it?"),
     ("i'm off my food a bit and lost a couple of pounds because the pain makes me not want to "
      "cook, nothing dramatic. how long till this gets better?")],
)  # fmt: skip
def test_weight_lost_on_purpose_or_explained_stays_quiet(text: str) -> None:
    quiet(text)


# Weight lost without trying, told as eating as before ("I haven't changed what I eat").
@pytest.mark.parametrize(
    "text",
    ["I lost 2 stone without dieting and my back hurts.",
     ("Over the past 3 months I've lost about 10kg and I haven't changed what I eat, plus now "
      "back pain and pain into my leg. Is sciatica linked to weight loss?")],
)  # fmt: skip
def test_weight_lost_without_trying_alarms(text: str) -> None:
    assert "cancer_weight" in flags(text)


# Frames: stories read, what a clinician mentioned or asked (answered no), a list the frame
# reaches down its "or", legs said normal.
@pytest.mark.parametrize(
    "text",
    [("Is sciatica dangerous? I keep reading horror stories about people losing control of their "
      "bladder and needing surgery. Mine is just pain in one leg."),
     ("my physio mentioned cauda equina and told me to watch out for numbness in the saddle area "
      "or changes in peeing. what exactly does saddle area mean?"),
     ("The GP asked if I had any trouble passing urine or numbness around my bottom and I don't. "
      "She said it's sciatica. Any pillow tips?"),
     ("Legs both feel normal, no numbness or weakness, it's just my right calf that aches. Is "
      "swimming good?")],
)  # fmt: skip
def test_framed_or_denied_warning_words_stay_quiet(text: str) -> None:
    quiet(text)


# ---- Round 17: forum-post look-alikes of a routing red-team (scratch wordings, fixed by class).


# Balance lost while doing an exercise, or in its position, is no leg weakness (NICE NG59: a new
# or progressing deficit): wobbling on hands and knees in the bird dog, tipping over on one leg.
@pytest.mark.parametrize(
    "text",
    [("I've been doing the bird dog every morning but I wobble all over the place on my hands "
      "and knees. Is there an easier version?"),
     "In the bird dog my knees wobble and I tip over to one side.",
     "When I do the single leg balance my standing leg wobbles like mad, is that normal?",
     "On all fours for the cat cow my knees wobble a bit.",
     "I'm so unsteady on one leg in tree pose, my ankle wobbles.",
     "I've been doing the bird dog but my legs wobble all over the place."],
)  # fmt: skip
def test_balance_lost_in_an_exercise_stays_quiet(text: str) -> None:
    quiet(text)


# Guards: a leg giving way or dragging, wobbling when walking, or a wobble told new since a day
# still alarms, in an exercise or not.
@pytest.mark.parametrize(
    "text",
    ["My leg gives way when I walk.",
     "My legs wobble when I walk and I keep tripping.",
     "In the bird dog my leg gives way and I collapse onto the floor.",
     "I've been doing the bird dog but my legs have been wobbly since Monday.",
     "I can't do the bird dog any more, my legs wobble.",
     "I wobble on my hands and knees and my foot drags when I walk."],
)  # fmt: skip
def test_a_leg_failing_or_wobbling_when_walking_alarms(text: str) -> None:
    assert "leg_weakness" in flags(text)


# A pet's leg told as "his" or "her" after the pet, or a sentence about it opening "he" or "she",
# is the pet's: a vet's matter, not the writer's symptom.
@pytest.mark.parametrize(
    "text",
    [("Our dog has been dragging his back leg for a week and I've got sciatica myself from "
      "lifting him. How do I lift him safely?"),
     "our cat can't use her back legs, and I have sciatica from lifting her",
     ("My dog has a slipped disc. He's dragging his back legs. I have sciatica from carrying "
      "him, what can I do?"),
     ("The puppy keeps dragging his back leg, the vet is looking at it. My sciatica is flaring "
      "from the stairs, any stretches?")],
)  # fmt: skip
def test_a_pets_leg_stays_quiet(text: str) -> None:
    quiet(text)


# Guards: the writer's own leg, told beside the pet or after it, still alarms.
@pytest.mark.parametrize(
    "text",
    ["our dog has been dragging his back leg and my leg is weak too, I have sciatica",
     "My dog pulled me over yesterday and now my leg drags.",
     "My dog has a slipped disc. My leg drags when I walk.",
     "Our dog is old. He's fine but I can't feel my legs."],
)  # fmt: skip
def test_the_writers_leg_beside_a_pet_alarms(text: str) -> None:
    assert "leg_weakness" in flags(text)


# Guards: a person the pet knocked over or tripped, told in the pet's sentence, is no pet.
@pytest.mark.parametrize(
    "text",
    ["Our dog knocked Mum over. She can't feel her legs now.",
     "our dog tripped her and her leg is weak now",
     "Our dog knocked Grandad over yesterday. Now he's dragging his leg."],
)  # fmt: skip
def test_a_person_the_pet_knocked_over_alarms(text: str) -> None:
    assert "leg_weakness" in flags(text)


# A bike's or a horse's saddle, in a message that tells of riding, is a seat: pressure from it or
# a tingle in the leg is no saddle-area symptom, and "is it the saddle?" asks about the seat.
@pytest.mark.parametrize(
    "text",
    ["On my e-bike the saddle pressure makes his leg tingle. Is that sciatica?",
     "On my e-bike the saddle pressure makes my leg tingle after an hour.",
     "I'm a mountain biker and my leg aches after long rides. Is it the saddle?",
     "Could it be my saddle? I ride 50 miles a week and my calf tingles."],
)  # fmt: skip
def test_a_bikes_saddle_in_a_riders_story_stays_quiet(text: str) -> None:
    quiet(text)
    assert routed(text) != "red-flags"


# Guards: numbness in the saddle area, where one sits on the saddle, of the saddle itself, or of
# the bottom or groin on a ride still alarms (NICE NG59: saddle anaesthesia).
@pytest.mark.parametrize(
    "text",
    ["I cycle to work and now I have numbness in the saddle area.",
     "numb right where I sit on the saddle of my bike",
     "after cycling my saddle is numb",
     "I ride a lot and my bum goes numb on the saddle and doesn't go away",
     "On my e-bike I can't feel my bottom and my groin is numb."],
)  # fmt: skip
def test_saddle_numbness_on_a_ride_alarms(text: str) -> None:
    assert "saddle" in flags(text)


# Woken every night in agony stays a red flag: NICE's clinical summary for sciatica (CKS) lists
# aching night pain that prevents or disturbs sleep, and severe unremitting pain, as signs of a
# possible spinal cancer; told nightly and severe it is neither a one-off nor a twinge on turning.
@pytest.mark.parametrize(
    "text",
    ["I wake at 4am every night in agony. What can I do?",
     "I wake at 4am every night in agony and it never lets up, even lying still."],
)  # fmt: skip
def test_woken_every_night_in_agony_alarms(text: str) -> None:
    assert "night_pain" in flags(text)
