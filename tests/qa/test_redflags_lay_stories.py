"""Red flags of cauda equina in real people's words (issue 15), by concept: lay wordings a
red-team wrote for this session (forum style, euphemisms, typos, long stories, third person;
not copied from any labelled set) that must alarm, and look-alikes that must stay quiet.
Bladder, bowel, saddle and sexual function here; both legs in
test_redflags_lay_stories_both_legs.py; limbs, fever, trauma, cancer and night pain in
test_redflags_lay_stories_limbs.py and test_redflags_lay_stories_serious.py."""

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
