"""Red flags of cauda equina in real people's words (issue 15), by concept: lay wordings a
red-team wrote for this session (forum style, euphemisms, typos, long stories, third person;
not copied from any labelled set) that must alarm, and look-alikes that must stay quiet.
Limbs, fever, trauma, cancer and night pain are in test_redflags_lay_stories_limbs.py."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import flags, quiet


# Bladder change in forum words (NICE NG59 / NHS: retention, incontinence, altered
# urinary sensation): pads, a weak dribble, straining, not feeling it, in long stories.
@pytest.mark.parametrize(
    "text",
    ["dont really feel it when my bladder is full any more, i just go by the clock",
     "didnt realise i needed to go until i was wet, back and bum pain for a week",
     ("so basically ive had sciatica since xmas, physio says its L5, and the last 2 days ive "
      "been really struggling to get a wee out, have to sit there for ages. anyway does anyone "
      "know if a tens machine helps?"),
     ("Sorry if TMI but I've been leaking a bit into my knickers and didn't notice till I "
      "changed. back and left leg agony. Is it ok to take ibuprofen and paracetamol together?"),
     "my husband woke up soaked, he'd wet the bed and he's 45. his back has been awful all week",
     ("cant feel myself peeing, like i know its happening but theres no sensation. sciatica for "
      "a month"),
     "i keep needing the loo but when i get there hardly anything comes out",
     "gotta go NOW when i need to pee, barely make it, started same time as the back pain",
     ("I peed myself walking to the car today. Back pain and sciatica both legs. Whats wrong "
      "with me"),
     "bladder feels full all the time even straight after i go, lower back killing me",
     "my mum's carers say she has started being incontinent since her back got worse",
     "pee comes out in a weak dribble and i have to press on my tummy to get it out",
     "have to strain to start peeing now, never had that before, my back went on monday",
     "Last night I couldn't pee at all and it's now the morning and still nothing, back is bad",
     "my wee stream stops and starts since the disc went",
     "dad has had a catheter put in since his back went and they sent him home"],
)  # fmt: skip
def test_bladder_change_in_lay_words_alarms(text: str) -> None:
    assert "bladder_bowel" in flags(text)


# A bladder told fine, a pregnancy's or a habit's frequency, a pet's or a small child's
# accidents, a trouble long over, a fear: no bladder change.
@pytest.mark.parametrize(
    "text",
    [("I'm 30 weeks pregnant and constantly needing to wee, plus sciatica in my left buttock. "
      "what stretches are safe?"),
     ("i pee a lot at night but ive always done that, i drink loads of tea. is lying flat bad "
      "for sciatica?"),
     ("my dog has started peeing indoors, and my sciatica flares when i clean it up. best way to "
      "bend?"),
     ("had some bladder trouble after my c-section years ago but that sorted itself out. now "
      "sciatica, which exercises help?"),
     ("i drink so much water for my kidneys that i pee every hour, unrelated to my back i think. "
      "is ibuprofen ok?"),
     ("My prostate makes me get up twice a night to pee, been like that for years. Sciatica "
      "started last week"),
     "my cat keeps peeing on my bed and I can't bend down to change it with this back",
     "i drink loads of water and coffee so i pee loads, nothing new. back ache after gardening",
     "my little boy wet the bed again and I had to lift him and my back went",
     "bladder and bowels ok, feeling ok down below, just the sciatic pain on the right",
     "I had a catheter after my c section in 2019 and it was fine. Now I have sciatica",
     ("Hi all, 28 weeks pregnant with baby no.2, sciatica down my left leg. Obviously peeing "
      "every 5 minutes lol but that's the baby. Any exercises safe in pregnancy?"),
     ("i've always had a weak bladder since having my kids, nothing new. sciatica started last "
      "week, should I rest?"),
     "my puppy keeps weeing on the floor and bending down to clean it is agony with my sciatica",
     ("I had a urine infection a few years ago, antibiotics cleared it. New sciatica now, is "
      "swimming ok?"),
     "i'm pregnant and need the loo constantly but thats normal isnt it. sciatica in my bum, help",
     "I've had to pee a lot at night for years, no change. New sciatica, which mattress?"],
)  # fmt: skip
def test_bladder_change_look_alikes_stay_quiet(text: str) -> None:
    quiet(text)


# Bowel change in forum words: accidents, number twos, no warning, soiling, typos.
@pytest.mark.parametrize(
    "text",
    ["keep getting skid marks that i dont notice, sorry, back pain for 3 weeks",
     "lost control of my bowls last nite, backs been agony",
     "i pooed myself in my sleep and i'm 38. my back and legs have been bad for weeks",
     ("cant hold it in when i need a number 2, had to run to the loo 3 times and once didnt make "
      "it"),
     "my bowels just let go in the supermarket, sciatica has been bad all month",
     ("havent felt the urge to poo for a week and nothing happens when i try, back pain and numb "
      "bum"),
     "wife says she can't control her farts or her poo since her back went",
     "my bum hole feels numb and i cant tell if ive finished on the loo",
     ("Had sciatica for a few weeks, went to the GP who gave me naproxen. Since Saturday I can't "
      "tell when I need a poo, it just comes. What's the best stretch for the piriformis?"),
     "my grandad's bowels have stopped working and his back is in agony",
     "bowel movements feel different, like i cant push properly, and my back is very bad",
     "Ive been having to wear pads for poo leaks. sciatica both legs",
     "no control over my bowels since the weekend",
     "poo just slips out without me knowing since my back went",
     "backside feels numb and i messed myself yesterday",
     ("I had an accident in my pants this morning and didn't even feel it happen, back has been "
      "terrible")],
)  # fmt: skip
def test_bowel_change_in_lay_words_alarms(text: str) -> None:
    assert "bladder_bowel" in flags(text)


# Constipation from painkillers, IBS of years, a pet, a baby, bowels told normal.
@pytest.mark.parametrize(
    "text",
    ["bowels are normal, peeing normal, feeling down below normal",
     "my baby has constipation and I'm up all night, sciatica worse from lack of sleep",
     "I had bowel surgery years ago, all healed, now sciatica",
     "bowel habits unchanged, bladder unchanged",
     "I'm scared I'll lose control of my bowels like my friend did",
     "the tramadol has bunged me up completely, any natural laxatives? sciatica bad",
     "no bowel or bladder trouble, just pain when sitting",
     "my dog has the runs and I keep having to bend down to clean it up, back is wrecked",
     "my IBS has been bad for years, on and off, nothing new. sciatica since June",
     "pushing on the toilet hurts my back a lot, any tips for that?",
     "bowels are working normally, no numbness in the saddle area",
     "my baby has diarrhoea and I'm exhausted, sciatica playing up",
     "constipated from the codeine, does that make sciatica worse?",
     "what does it mean when sciatica affects the bowels?",
     "my colonoscopy was clear. sciatica in left leg"],
)  # fmt: skip
def test_bowel_change_look_alikes_stay_quiet(text: str) -> None:
    quiet(text)


# Saddle-area numbness in euphemisms: down below, my bits, the loo roll, the bits I sit on.
@pytest.mark.parametrize(
    "text",
    ["the area where you'd sit on a saddle is numb and i have sciatica",
     "been having pins n needles in my groin area constantly",
     ("Long story, herniated disc, 3 months of physio, improving then got worse again. Now the "
      "bits I sit on feel numb. Should I keep doing the cobra stretch?"),
     ("When I wipe myself I can only feel it on one side. Sciatica for a week. Also is ibuprofen "
      "gel any good?"),
     "i have a numb patch on my bum cheek right where i sit and it doesnt go away",
     "when i wipe it feels like wiping someone elses bum, weird numbness",
     "my lady bits feel tingly and numb since yesterday with the sciatica",
     "my husbands balls feel numb and he has bad back pain",
     "numbness in my crotch area and the inside of both thighs",
     "my private parts feel strange, kind of dead",
     ("i can't feel anything in my saddle region, like i've been sat on a bike for hours but i "
      "haven't"),
     "numb bum and numb fanny since the weekend, back pain",
     "Sorry to be graphic but my perineum feels numb and my anus tingles",
     "it feels like theres a numb ring around my bum hole",
     "i cant feel my bum when i sit on it, both cheeks",
     "my partner says she can't feel down there during sex and her back is bad"],
)  # fmt: skip
def test_saddle_numbness_in_lay_words_alarms(text: str) -> None:
    assert "saddle" in flags(text)


# A bike's or a horse's saddle, a numbness passing on standing or long over, a denial,
# period pain: no saddle anaesthesia.
@pytest.mark.parametrize(
    "text",
    [("my bum goes numb on the loo if i'm on my phone too long, goes when i stand. sciatica in "
      "the left leg"),
     "I had numbness down there after my epidural in labour but that was 2 years ago and went",
     "Feeling down below is completely normal, GP checked",
     "I had a numb bum after childbirth in 2015 but it went",
     "my groin goes a bit numb on the exercise bike but it goes away once I get off",
     "numb bum from sitting at my desk all day but it goes away when I stand",
     "had numbness in my groin 10 years ago after a hernia op, cleared up completely",
     "no saddle numbness, no groin numbness, just a dull ache in my bum cheek",
     ("the numbness in my groin was from the spinal anaesthetic and it wore off the next day, 3 "
      "years ago"),
     "I can feel everything down there, no problems",
     "what is saddle anaesthesia?",
     "my horse's saddle rubs, and I've got sciatica from riding, tips?",
     "sore bum from sitting on hard chairs all day at work",
     "my groin aches after football, no numbness",
     "my tailbone hurts when I sit",
     "bum goes numb after 3 hours on the bike but comes right once I get off"],
)  # fmt: skip
def test_saddle_numbness_look_alikes_stay_quiet(text: str) -> None:
    quiet(text)


# Sexual function lost with back pain (NHS cauda equina pages: numb genitals, erections).
@pytest.mark.parametrize(
    "text",
    ["no sensation during sex",
     "my clitoris feels numb",
     "can't get hard since my back went",
     "cant orgasm anymore and back pain",
     "my erections have stopped since the sciatica",
     "I can't feel anything during intercourse",
     "sex feels numb since my back went",
     "my wife says she can't feel sex anymore since her back went",
     "lost feeling in my genitals",
     "erectile dysfunction since my back injury",
     "I can't ejaculate since my back went",
     "no feeling in my penis",
     "my vagina feels numb",
     "can't get an erection since my back went",
     "no feeling during sex since the sciatica started",
     "sex feels different, numb down there"],
)  # fmt: skip
def test_sexual_function_lost_in_lay_words_alarms(text: str) -> None:
    assert "saddle" in flags(text)


# Sex asked about, painful for the back, or told fine: no sensory loss.
@pytest.mark.parametrize(
    "text",
    ["erections fine",
     "can I have sex with sciatica?",
     "sex hurts my back",
     "I'm too tired for sex",
     "sex positions for sciatica",
     "is sex bad for a slipped disc?",
     "my libido is low",
     "we haven't had sex because of the pain",
     "no problems with sex",
     "sex drive gone from painkillers",
     "is it ok to have sex after surgery?",
     "sex is painful for my back",
     "my partner worries about hurting me",
     "sex life ruined by sciatica pain",
     "what position for sex with sciatica?"],
)  # fmt: skip
def test_sexual_function_lost_look_alikes_stay_quiet(text: str) -> None:
    quiet(text)


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
