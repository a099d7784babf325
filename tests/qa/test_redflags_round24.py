"""Red flags told in the ways that recur across every round's dev set (issue 15, round 24).

The classes come from the red-flag lines of all real dev sets and the false alarms fixed since:
who tells it (the writer, a carer, a parent), where (a heading, an aside in brackets, the end of a
long story, a list), and how (medical words, slang, a test failed at the clinic, a thing that
cannot be done any more), across NICE NG59 / the NHS list (bladder, bowel, saddle and sexual
function; both legs; a weakness getting worse; foot drop; fever or an infection risk; trauma;
cancer or weight lost; night pain that never lets up). The look-alikes tell pain alone, a past
problem put right, someone else's condition, a test that came back fine, a medicine's side
effects. All were written before any fix and scored once: 44 of the 45 red flags alarmed and 36
of the 42 look-alikes stayed quiet; after the fixes, 45 of 45 and 42 of 42. The look-alikes
that keep their alarm at the end were written with the fixes, beside each class.
"""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import alarm_cases, alarm_naming, flags, quiet, quiet_cases

TOLD_BY_THE_WRITER = [
    "Since Monday I've had saddle anaesthesia on the left side and my GP is on holiday, what "
    "should I do in the meantime?",
    "Pretty sure I'm in urinary retention, haven't passed water since last night and my back is "
    "killing me.",
    "Sciatica for six weeks and now bilateral leg numbness, is that normal progression?",
    "Can't feel a thing down below when I wipe, started after my back went on Friday.",
    "Peed myself twice today without even knowing it was coming, back's been bad all week.",
    "Had a little accident in my pants on the way to work, never happened before, my sciatica "
    "is flaring.",
    "My bits feel dead since yesterday and my lower back is agony.",
    "I keep having to strain to get a wee out and it only dribbles, the back pain started at "
    "the same time.",
    "I've lost control of my bowels twice this week along with the leg pain.",
    "I can't tell anymore when I need a poo, I just find out after. My back has been bad for a "
    "month.",
    "Since the disc went, I can't get an erection and there's no feeling in my penis.",
]
TOLD_BY_A_CARER = [
    "My wife says she can't feel anything down there since her back flared up, even during sex.",
    "My husband can't feel his bum cheeks when he sits on the toilet, his back went last week.",
    "Mum has started wetting the bed and her back pain is worse than ever.",
    "Our son is 14 and has been waking every night with back pain that won't settle, plus he's "
    "lost weight.",
    "My dad's right foot slaps the floor when he walks since Tuesday and he keeps tripping.",
    "My husband can't get up from the toilet without help, his legs are too weak since his back "
    "went.",
]
LEGS_AND_STRENGTH = [
    "Both my legs have gone wobbly and tingly since yesterday morning.",
    "The shooting pain is down both legs now, not just the left.",
    "My left leg gets weaker every week, now I can't climb the stairs without pulling on the "
    "rail.",
    "Each day I can walk less far before my leg gives way, it's getting worse.",
    "I can no longer stand on my tiptoes on the right side, I used to do it easily.",
    "I can't walk on my heels anymore, my foot just flops.",
    "The physio tested my reflexes and got nothing at the ankle or the knee, and my calf has "
    "wasted.",
    "At the clinic I couldn't push my foot up against her hand at all.",
    "My toes catch on the carpet because I can't lift the front of my foot.",
    "Tried to stand on one leg at the GP's and my left leg just buckled.",
    # Legs too weak for the stairs beside a heart condition: the safe side is the alarm.
    "Had a heart bypass in the spring and now my legs are too weak to get me up the stairs, "
    "with this sciatica on top.",
]
FEVER_TRAUMA_CANCER_NIGHT = [
    "I've had a temperature of 39 and shivers with this new back pain.",
    "Running a high temperature since my spinal injection last week and the site is red and hot.",
    "Got rear-ended on the motorway yesterday and now there's pain down my leg.",
    "I came off my horse on Saturday, landed on my back, and the sciatica has been awful since.",
    "Slipped on the ice and landed on my tailbone, now my legs tingle.",
    "I had prostate cancer five years ago and now my back aches day and night.",
    "I've lost two stone without dieting and my back pain won't go.",
    "My mum had a mastectomy for breast cancer last year and has new pain in her spine.",
    "The pain in my back never lets up at night, no position helps, I'm up walking the floor at "
    "3am.",
]
WHERE_IT_IS_TOLD = [
    "Numb bum and can't pee?? Sciatica 3 weeks",
    "Leg weakness getting worse - help",
    "I've been doing the stretches (though I've noticed I can't feel the toilet paper lately) "
    "and wonder if I should add walking.",
    "I've had sciatica on and off for ten years, usually it settles with rest and the physio's "
    "exercises, and I went back to the gym in January. Last month I moved house and lifted a "
    "lot of boxes. Now this week I'm struggling to start peeing and there's numbness round my "
    "back passage. Should I keep doing the exercises?",
    "Long story short: two years of back trouble, three physios, one injection that helped for "
    "a while. This time round the pain is worse and both my feet have gone numb. Any tips for "
    "sleeping?",
    "Symptoms: - back pain - left leg pain - numb inner thighs and groin - trouble passing urine",
    "Pregabalin for sciatica: started 75mg two weeks ago. Now I'm leaking urine without "
    "warning. Is that the tablets or the back?",
    "Naproxen did nothing. The leg is now dragging when I walk and I've fallen twice.",
]
# Written with the fixes: each keeps its alarm beside a look-alike that now stays quiet.
STILL_RED_FLAGS = [
    # Someone else's told first, the writer's own told the lesser, but a symptom of now.
    "My husband can't feel his legs, mine just ache.",
    "My husband's legs went numb last year, and mine are numb too.",
    "My friend lost bladder control, but mine is just pain and I've wet myself twice.",
    "My sister had cauda equina, but I only have leg pain and now both my legs are numb.",
    "My mum has cancer in her spine, mine is just back pain.",
    # A carer's relative told with no time to it, or the writer's "just" a wish, not a symptom.
    "Mum lost bladder control. I just have back pain myself.",
    "My husband went numb in both legs, mine just ache.",
    "Mum lost bladder control. I just want to know what to do.",
    "My dad lost control of his bowels, I just need advice on what to do.",
    "My husband went numb in both legs, I only wondered if it's sciatica.",
    # A trip of the foot itself, or kept up.
    "I tripped over my own foot yesterday, no harm done.",
    "I keep tripping on the stairs since my back went.",
    "I tripped over the kerb yesterday and now my leg is numb.",
    # The bladder told changed.
    "My bladder feels different.",
    "My bladder doesn't feel any different but I can't tell when I need to go.",
    "I couldn't press my foot down against the physio's hand.",
]


test_a_red_flag_told_in_these_words_gets_urgent_care_advice = alarm_cases(
    [
        *TOLD_BY_THE_WRITER,
        *TOLD_BY_A_CARER,
        *LEGS_AND_STRENGTH,
        *FEVER_TRAUMA_CANCER_NIGHT,
        *WHERE_IT_IS_TOLD,
        *STILL_RED_FLAGS,
    ],
)


def test_a_strength_test_failed_is_a_weakness_and_a_catching_foot_too() -> None:
    assert "leg_weakness" in flags(
        "At the clinic I couldn't push my foot up against her hand at all."
    )
    assert "leg_weakness" in flags("I tripped over my own foot yesterday, no harm done.")
    assert "bladder_bowel" in flags(
        "My friend lost bladder control, but mine is just pain and I've wet myself twice."
    )


QUIET = [
    # Pain alone.
    "My back hurts all day and the pain goes down my right leg to the knee, what exercises help?",
    "The pain is sharp when I sit for long, then it eases when I walk.",
    "Sciatica down one leg for three weeks, is it ok to go swimming?",
    "Is it normal for the leg pain to move about, some days the calf, some days the thigh?",
    "The pain wakes me sometimes when I roll over but I go back to sleep fine.",
    # A past problem put right; a trip at ground level with nothing new since.
    "Ten years ago I had foot drop after a disc op, it fully recovered within a year; now I just "
    "have a stiff back in the mornings.",
    "Back in 2015 I broke my ankle in a fall, it healed fine. Should I do the glute stretch?",
    "Years ago I couldn't feel my foot for a while after the surgery, it came back fully.",
    "I used to have bladder problems after childbirth but physio sorted it, now it's my back.",
    "The pins and needles in my foot have gone completely since I started the exercises.",
    "I tripped on the step last week but didn't hurt myself, my sciatica is the same as before.",
    # Someone else's condition; the writer's own told the lesser, or the writer their carer.
    "My sister had cauda equina surgery last year and recovered well, I just have ordinary "
    "sciatica. How long will mine last?",
    "A friend of mine lost bladder control with her disc, but mine is just pain in the buttock.",
    "I read about cauda equina online and it scared me, but my only symptom is a sore leg.",
    "My husband's legs went numb last year, mine just ache after work.",
    "My dad's foot drop got better after his operation; now I have sciatica myself and wonder if "
    "exercises help.",
    "I'm a nurse and see lots of patients with cauda equina, but my own back pain is just "
    "muscular.",
    "My mum is going through chemo so I'm caring for her, and lifting her hurts my back.",
    # A test that came back fine.
    "The urologist checked my bladder and said it empties normally, so what else can I do for "
    "the leg pain?",
    "MRI came back clear of anything nasty, just a small bulge. What exercises are safe?",
    "My bloods were normal and the doctor ruled out infection, so it's just a disc.",
    "Reflexes were all normal at the physio today and strength was fine in both legs.",
    "The scan for cancer came back all clear, thank goodness. How long does sciatica take to "
    "settle?",
    # A medicine's side effects.
    "Codeine has made me really constipated, is there a laxative that's safe with it?",
    "Amitriptyline gives me a dry mouth and makes me drowsy in the morning.",
    "Pregabalin made me gain weight and feel dizzy, should I stop?",
    "Since starting gabapentin I've had blurry vision, is that common?",
    "Naproxen upset my stomach so my GP switched me to co-codamol.",
    "Can I take ibuprofen with my blood pressure tablets for sciatica?",
    # Denied, asked in general, or told unchanged.
    "No numbness down below, bladder and bowels fine, just a lot of pain in my bum.",
    "My bladder doesn't seem to feel any different, it's only the leg that hurts.",
    "I have no weakness in my legs and I can walk fine, but sitting is painful.",
    "My GP told me to go to A&E straight away if I ever lose control of my bladder. How likely "
    "is that?",
    "What are the warning signs I should look out for with sciatica?",
    "Can a slipped disc cause incontinence?",
    "I'm worried about cauda equina because I read about it, but I have no bladder or bowel "
    "problems.",
    # Other look-alikes.
    "I feel weak and tired from not sleeping because of the pain.",
    "My grip is weak since I hurt my wrist.",
    "I've lost 10 kg on a diet on purpose to take pressure off my back, what else can I do?",
    "After a long kayak trip my lower back was stiff, it settled by the next day.",
    "My legs get pins and needles if I sit cross-legged on the floor for too long, then it "
    "passes.",
    "I'm 30 weeks pregnant and need to wee all the time, plus the sciatica is awful.",
    # Written with the fixes: a wall pushed against in a stretch is no strength test.
    "I can't push my foot against the wall for the calf stretch because it hurts.",
    "My bowels don't seem to have changed at all, it's the leg that bothers me.",
]


test_no_red_flag_told_in_these_words_stays_quiet = quiet_cases(QUIET)


# Nights lost to the pain over and over, relief sought (NICE NG59: pain unrelieved at night).
# Written before the fix and scored once: 1 of the 6 alarmed and the 4 quiet ones stayed quiet;
# after it, 6 of 6 and 4 of 4 (the last two quiet ones were written with the fix).
NIGHTS_LOST = [
    "Another night without sleep, I've been sat on the edge of the bath since 2am trying to ease "
    "it.",
    "Third sleepless night in a row, nothing touches the pain, not even the morphine.",
    "Up all night again pacing the landing because lying down is agony.",
    "I haven't slept properly in a week, the pain in my back and leg keeps me up all night "
    "whatever I take.",
    "Spent the whole night in a hot bath, it's the only thing that takes the edge off the leg "
    "pain.",
    "Hi another sleepless night on the sofa trying to get some relief from this back pain!",
]
A_NIGHT_LOST_TO_SOMETHING_ELSE = [
    "I had a sleepless night after the long drive but my back is fine today.",
    "Couldn't sleep last night because the baby was up, my back is a bit stiff.",
    "What's the best sleeping position for sciatica? I toss and turn a bit.",
    "A hot bath before bed helps me sleep through the night with my sciatica.",
    "Another sleepless night with the baby, my back aches from carrying her.",
    "Sleepless nights worrying about work, what stretches help my back?",
]


test_nights_lost_to_the_pain_over_and_over_get_urgent_care_advice = alarm_naming(
    "night_pain",
    NIGHTS_LOST,
)


test_a_night_lost_once_or_to_something_else_stays_quiet = quiet_cases(
    A_NIGHT_LOST_TO_SOMETHING_ELSE,
)


# A second red-team across the same classes, written after the first fixes and before any more
# (long stories ending in the red flag, drugs.com-style reviews, carers and parents, slang
# headings, a test failed), with look-alikes (someone else's, fixed long ago, a test that came
# back fine, a medicine's side effects, a question in general). Scored once: 19 of 20 alarmed
# and 17 of 24 stayed quiet; after the fixes, 20 of 20 and 21 of 24 (the three left below).
SECOND_RED_FLAGS = [
    "I'm 58 and have had a bad back since my twenties, mostly managed with swimming and the odd "
    "massage. Last autumn it flared after decorating and the physio gave me the usual exercises "
    "which helped. This past fortnight though, the leg pain came back on the right and on "
    "Tuesday I noticed I couldn't feel the seat when I sat on the loo. Is it worth booking the "
    "physio again?",
    "Background: two discs bulging, had injections in 2019 and 2021, both helped. Work is a desk "
    "job, I use a standing desk. Anyway the reason I'm writing is that since Sunday both calves "
    "feel like they're full of sand and my feet slap. Any ideas for a better chair?",
    "I've been on naproxen and amitriptyline for a month. The pain is down the back of my leg. "
    "My wife thinks I'm walking funny, the left foot is catching on every kerb since the "
    "weekend. Should I ask for gabapentin instead?",
    "Gabapentin 300mg: Helped the nerve pain a lot but in the last few days I haven't been able "
    "to empty my bladder properly and my backside feels numb.",
    "Tramadol for sciatica - took the edge off, but I have had a fever of 38.5 and chills since "
    "the epidural last Thursday.",
    "Co-codamol rating 3/10. Pain through the night every night, nothing shifts it, I'm sleeping "
    "in the chair. Lost a stone without trying too.",
    "My elderly father fell off the step ladder on Saturday and now says his back and hips hurt "
    "a lot.",
    "My teenage daughter's legs keep giving way at netball and now she's wet herself at school "
    "twice.",
    "Writing for my mum, 81, who has myeloma; she's now got bad pain in the middle of her back.",
    "My husband has been getting weaker in both legs over the last month, he can barely get out "
    "of a chair.",
    "My partner is an ex-IV drug user and has a high temp and terrible lower back pain.",
    "Can't feel my bum on the toilet seat??",
    "Foot slapping and leg dragging - disc?",
    "numb down there + sciatica",
    "cant feel when i need a wee, back pain 2 wks",
    "Weird numb feeling in my privates since the back went",
    "The GP poked my inner thighs with a pin and I couldn't feel it on either side.",
    "I can't stand up from squatting any more without using my hands, my thighs just won't do "
    "it, that's new this month.",
    "The doctor said my reflexes have gone at both ankles and I can't feel the vibration in my "
    "feet.",
    "I've stopped being able to go up on tiptoe on the bad side and the calf has shrunk.",
    # Written with the fixes: the same words with a weakness, a fall or a bladder sign of now.
    "Gabapentin is making me wobbly but my leg is also weak and dragging.",
    "The X-ray after the fall showed no fracture but my legs have been numb since.",
    "I fell down the stairs and the scan showed no fracture, but the back pain is getting worse.",
    "I had a catheter for two days after my back surgery and now I can't pee properly.",
    "My groin has gone numb, is that ever normal?",
]
SECOND_QUIET = [
    "My brother-in-law ended up in A&E with cauda equina a few years back. I'm scared, but my own "
    "symptoms are just back ache. What stretches would you suggest?",
    "My neighbour's wife lost the use of her legs after her back op; I'm 40 and just have a sore "
    "lower back from gardening.",
    "My mate came off his motorbike last year and broke his back. I've only got a pulled muscle "
    "from the gym.",
    "My dad's legs went weak before his diagnosis of MS, so I worry, but mine are just achy after "
    "football.",
    "After my discectomy in 2016 I couldn't feel my foot for a few weeks but it all came back. "
    "Now I'm training for a 10k, any tips to protect my back?",
    "I had a catheter for a day after my hip replacement in 2019, no problems since. Is cycling "
    "ok for sciatica?",
    "A fall off a horse when I was 16 gave me a bad back, but that's 30 years ago. Which "
    "exercises are best for flare ups?",
    "I had a spinal infection years ago that antibiotics cleared, and this is just ordinary "
    "sciatica now.",
    "The consultant checked the feeling around my bottom and it was completely normal, so the "
    "plan is physio.",
    "Urine test and bloods all fine, so it's not an infection, just the disc. How long should I "
    "rest?",
    "The nerve conduction test showed my legs work normally. What else can I do for the pain?",
    "X-ray after the fall showed no fracture and the pain has settled already.",
    "Gabapentin is making me wobbly on my feet and sleepy, is that normal at the start?",
    "Since the steroid injection my face is flushed and I can't sleep for a couple of nights, is "
    "that expected?",
    "Morphine makes me constipated so the nurse gave me lactulose, that's sorted it.",
    "Pregabalin gave me swollen ankles, so the GP lowered the dose.",
    "My sciatica pain is a 7 out of 10 when I stand for long, but it's fine lying down.",
    "My leg aches all the way to the ankle after a long day on my feet.",
    "What should I look out for that means I need to go to A&E with a slipped disc?",
    "Is numbness in the saddle area ever normal with sciatica or always serious?",
    "My physio says to ring 999 if I can't pee, is that really necessary?",
    # Written with the fix: a rise stopped by the pain alone.
    "I can't get up from squatting without using my hands because of the pain in my back.",
]
# Left as they were, each with its reason: still alarmed, though they should stay quiet.
KNOWN_GAPS = [
    # A relative's cancer in her spine, told dead in a clause of its own after it: the clause
    # naming the cancer is read alone.
    "My gran had bone cancer in her spine, rest her soul. How do I stop my own sciatica from "
    "getting worse at work?",
    # (Peeing more told after a comma from drinking more is quiet since round 26.)
]
# A weakness supposed in the past subjunctive, the question in the clause after it: "if my legs
# went weak" is also how a habit of the past is told; the safe side is the alarm.
SUPPOSED_BUT_ALARMED = ["If my legs went weak, would that mean surgery?"]


test_the_second_red_teams_red_flags_get_urgent_care_advice = alarm_cases(
    [*SECOND_RED_FLAGS, *SUPPOSED_BUT_ALARMED],
)


test_the_second_red_teams_look_alikes_stay_quiet = quiet_cases(SECOND_QUIET)


@pytest.mark.xfail(strict=True, reason="known gaps, each with its reason above KNOWN_GAPS")
@pytest.mark.parametrize("text", KNOWN_GAPS)
def test_the_second_red_teams_known_gaps_would_stay_quiet(text: str) -> None:
    quiet(text)


# Lying told worse than moving, beside sitting, in a message telling movement easing it: a pain
# that changes with the posture (NICE NG59's flag is non-mechanical pain, not eased by anything).
# Written before the fix and scored once: 1 of the 4 quiet ones stayed quiet and the 3 red flags
# alarmed; after it, 4 of 4 and 3 of 3 (the last three red flags were written with the fix).
LYING_WORSE_THAN_MOVING = [
    "Walking helps, but sitting and even lying down is more painful.",
    "Standing is fine; sitting, and even lying flat, makes it worse than walking does.",
    "It hurts more when I sit, even lying on the sofa is more painful than being on my feet.",
    "The more I move the better it is, sitting and even laying in bed hurts more.",
]
NEVER_LETS_UP = [
    "The pain is there even lying still at night, nothing eases it.",
    "Even lying in bed is agony, it never lets up.",
    "It hurts even when I'm resting, day and night.",
    "Sitting is bad and even lying down is more painful, it wakes me every night.",
    "Sitting and even lying is worse, the pain is constant now.",
    "Walking helps, but even lying down is more painful and it wakes me every night.",
]


test_lying_worse_than_moving_stays_quiet = quiet_cases(LYING_WORSE_THAN_MOVING)


test_a_pain_at_rest_that_never_lets_up_gets_urgent_care_advice = alarm_naming(
    "night_pain",
    NEVER_LETS_UP,
)


# A third red-team: a postscript or an aside, a child told by a parent, a thing that cannot be
# done any more, with look-alikes (a seat that numbs a foot for a moment, a period, a client
# someone cares for, an epidural wearing off). Scored once before these fixes: 11 of 12 alarmed
# and 9 of 12 stayed quiet; after them, 12 of 12 and 12 of 12.
THIRD_RED_FLAGS = [
    "P.S. forgot to say, since Friday I can't really feel the pedals when I drive.",
    "Is ibuprofen or naproxen better for a disc? (Also my bottom has gone numb on one side and I "
    "keep leaking a bit.)",
    "My 12 year old says his legs feel funny and heavy and he's started wetting himself again at "
    "night, he hurt his back at rugby.",
    "I can't feel the hot water on the backs of my legs in the bath any more.",
    "Can't tell if I've wiped properly because it's all numb round there.",
    "I've had to start wearing pads because I just go without warning now.",
    "When I stand up my legs won't hold me any more and I have to grab the table.",
    "My foot doesn't lift properly any more, I have to swing my leg out to walk.",
    "The district nurse says Dad's lost weight and he's complaining of back pain all night.",
    "Since the op my wife can't feel her bottom and she's struggling to pass urine.",
    "I used to be able to walk the dog for an hour; now after ten minutes both legs go numb and "
    "heavy and I have to sit down.",
    "Backache plus I've been shivery and feverish for three days, I'm on chemo.",
    # Written with the fixes: the same words with a sign of now.
    "After the epidural my legs felt heavy for an hour and now they are numb.",
    "My client is incontinent and I've started leaking too when I lift her.",
    "I wear pads because of my periods but I've also been leaking urine.",
]
THIRD_QUIET = [
    "My foot goes to sleep if I sit on the loo too long scrolling my phone, then it's fine when I "
    "stand.",
    "My son keeps complaining his legs ache after football, is that growing pains or sciatica?",
    "I used to be able to run 10k; now I stick to walking because of the sciatica, is that ok?",
    "Had a fever with a cold last week, all gone now, the back pain is the usual.",
    "I don't have any bladder problems or numbness, just a sharp pain in my buttock when I sit.",
    "The nurse asked if I'd lost weight and I haven't, so that's good.",
    "I have to wear pads because of my periods, not my back, in case anyone wonders.",
    "My dog has lost the use of his back legs, the vet thinks it's a disc, so I'm lifting him and "
    "now my back hurts.",
    "I'm a carer and my client is incontinent, lifting her has given me sciatica.",
    "Does cauda equina syndrome come on suddenly or slowly?",
    "After the epidural my legs felt heavy for an hour, then it wore off, as the nurse said it "
    "would.",
    "My legs are tired after a long shift standing, but nothing numb or weak.",
    # Written with the fix: the pedals felt.
    "I can feel the pedals fine, it's just my back that hurts when I drive.",
]


test_the_third_red_teams_red_flags_get_urgent_care_advice = alarm_cases(THIRD_RED_FLAGS)


test_the_third_red_teams_look_alikes_stay_quiet = quiet_cases(THIRD_QUIET)
