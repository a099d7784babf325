"""Red flags in forum posts and readers' letters (issue 15), by concept and class: long stories
where the symptom is told in passing, among other complaints, and look-alikes where the warning
words belong to the past, to someone else, to the arms, or to a fall that did no harm. Written
by three red-teams of this session before they were run (not copied from any labelled set); the
wordings are those that failed before the fixes, and the ones that guard them."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import flags, quiet, routed


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
