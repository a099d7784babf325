"""Round 35's two missed red flags as general classes (helper rf49, session 23), written before
any change, in the shape of fresh rounds' long forum posts.

1. A leg that will not carry the weight or drags without a stick (NICE NG59: a progressive
   motor deficit, a dragging leg or foot drop): scored before the fix 10/12 alarmed (missed: a
   leg that "won't take my weight anymore", and "seems to not carry its weight ... Without it I
   drag my leg", where "without" read as a denial of the drag), 5/5 look-alikes quiet; after:
   12/12 and 5/5.
2. Back pain after an injury in someone under twenty (NICE CKS: new back pain under 20, and
   back pain after trauma; a trampoline, a tackle, a landing gone wrong, thrown off a pony):
   before 5/10 alarmed, 5/5 quiet; after 10/10 and 5/5. A teenager's back sore from the gym or
   a desk, with no injury told, is not in the class and stays quiet (NICE NG59 names no age;
   CKS lists age under 20 among signs that may suggest cancer beside adolescents' common benign
   back pain, so the class is the young age WITH an injury told).
Near wordings written after the fix that must not change: 5/5 quiet."""

from __future__ import annotations

from tests.qa.answer_checks import alarm_cases, quiet_cases

test_a_leg_that_will_not_carry_the_weight_or_drags_alarms = alarm_cases(
    [
        (
            "I've had osteoarthritis in both knees for years and take naproxen with omeprazole "
            "for my stomach. My back has been bad since the spring, aching into my left hip. "
            "Lately my left leg just won't hold me up, twice this week it buckled under me in the "
            "kitchen. Is there a better anti-inflammatory I can ask my GP about?"
        ),
        (
            "Degenerative disc disease at L4-L5, diagnosed last year, and I'm on tramadol which "
            "barely touches it. My wife says I'm walking funny and she's right: I drag my right "
            "foot now, it scuffs the floor and I keep catching my toes on the rug. Does anyone "
            "know if CBD oil helps with disc pain?"
        ),
        (
            "Back pain since January that goes down the back of my thigh. My leg gives out on me "
            "and I now need a stick to get around the house, which I never did before Christmas. "
            "My husband says I should just rest it. What kind of mattress is best for a bad back?"
        ),
        (
            "Hi, 62 here, I have COPD and type 2 diabetes so I'm on a lot of tablets. My back "
            "pain goes down my right leg into my foot, and the leg won't take my weight anymore, "
            "I have to hold on to the furniture to get across a room. Can the prednisone for my "
            "COPD make back pain worse?"
        ),
        (
            "My mum is 79 and has spinal stenosis and arthritis everywhere. She's started "
            "dragging her left leg behind her and has gone onto a walking frame because the leg "
            "won't support her. She's very independent and hates fuss. Are heat pads safe for the "
            "elderly?"
        ),
        (
            "I've had sciatica for three months. In the last couple of weeks my right leg has "
            "gotten so weak it doesn't hold my weight on the stairs and I have to pull myself up "
            "with the rail. I've tried physio exercises and naproxen. Is acupuncture worth "
            "trying?"
        ),
        (
            "I have fibromyalgia and lupus and take hydroxychloroquine. New problem on top of my "
            "bad back: my foot slaps on the floor when I walk and I can't lift the front of it, "
            "so I swing my leg out to the side. Could this be the fibro or something else?"
        ),
        (
            "Lower back and hip pain for about six months, worse since October. My left leg feels "
            "like a dead weight, I have to drag it along, and I bought a cane last week because "
            "without it I'd end up on the floor. How do I get a referral for physio on the NHS?"
        ),
        (
            "My husband (55) has had back pain for weeks and now his right leg keeps giving way, "
            "he can't stand on it without his crutch. He's stubborn and won't go to the doctor, "
            "he just takes his ibuprofen. What vitamins are good for the nerves?"
        ),
        (
            "Arthritis in my hip and lower back, been on meloxicam for two years. What worries me "
            "is my leg doesn't carry me anymore: I can't put my weight on it without the cane and "
            "I shuffle along dragging my foot. I don't know how to live with all this. Any advice "
            "on pain management?"
        ),
        (
            "Osteoarthritis in my spine and both hips, and degenerative discs on top. I've learnt "
            "to live with the aching but this winter my right leg seems to not carry its weight "
            "and I use a four-prong cane now. Without it I drag my leg. I also have high blood "
            "pressure. Will losing weight help my joints?"
        ),
        (
            "I'm 70, had a bad back on and off for decades. Since the summer my left leg won't "
            "bear my weight properly and without my walking stick I drag that leg along the "
            "floor. My daughter wants me to try yoga. Is chair yoga safe for someone my age?"
        ),
    ]
)

test_an_old_drag_recovered_or_a_stick_with_no_weakness_stays_quiet = quiet_cases(
    [
        (
            "Years ago, after my disc surgery in 2012, I dragged my leg for a few months but it "
            "recovered completely and I walk fine now. Lately my lower back is stiff in the "
            "mornings. What stretches help morning stiffness?"
        ),
        (
            "I use a cane since my hip replacement last year, mostly for confidence on uneven "
            "ground. My lower back aches a bit after long walks with the dog. Is swimming good "
            "for the back?"
        ),
        (
            "My dad drags the wheelie bins out every Tuesday and then moans that his back hurts "
            "all evening. He's 70 and on blood pressure tablets. Should he bend his knees more "
            "when he lifts things?"
        ),
        (
            "I had to drag myself out of bed this morning my back was so stiff, but after a hot "
            "shower it loosened up and I was fine at work. Is heat or ice better for a stiff "
            "back?"
        ),
        (
            "I walk with a stick because of my arthritic knee, there's no weakness, it's just "
            "stiff and sore. My back gets achy from leaning to one side on it. Which hand should "
            "I hold the stick in?"
        ),
    ]
)

test_back_pain_after_an_injury_under_twenty_alarms = alarm_cases(
    [
        (
            "My 17-year-old son came off his bike on Saturday and landed on his back, and since "
            "then his lower back has been really sore and he winces getting out of a chair. He's "
            "not on any medicines. Can he take ibuprofen and paracetamol together?"
        ),
        (
            "I'm 16 and I play rugby for my school. I got tackled hard on Wednesday and now my "
            "lower back hurts when I bend backwards or twist. It's been four days. Should I use "
            "heat or ice?"
        ),
        (
            "I'm a 15 year old girl and last night I was doing flips on the trampoline and landed "
            "badly on my back. It hurts in the middle of my lower back when I breathe in deep or "
            "sit up. My mum says it's just bruised. Is it okay to go to gymnastics on Thursday?"
        ),
        (
            "My daughter is 14, she came off her pony at the weekend and since then she has been "
            "complaining of back pain, low down, and she can't bend to tie her shoes. She's "
            "normally so active. What stretches are good for a sore back?"
        ),
        (
            "19 year old male here. Slipped on the stairs at uni on Friday and landed hard on my "
            "tailbone and lower back, it still hurts to sit and to walk. I've been taking "
            "naproxen. How long should this take to heal?"
        ),
        (
            "Hi, I'm 13. I was skateboarding and went backwards onto the edge of a ramp. My back "
            "has been hurting for 3 days, especially when I lie down or get up. What can I do for "
            "the pain?"
        ),
        (
            "My teenage son was a passenger in a car crash on Monday. He says he's fine but his "
            "lower back has been aching since and he can't get comfortable in bed. Should he be "
            "doing exercises?"
        ),
        (
            "18yo female, I did a back handspring at cheer practice and landed wrong two days "
            "ago. Sharp pain in my lower back when I arch or stand up from sitting. Will this go "
            "away on its own?"
        ),
        (
            "My 11 year old was jumping on the trampoline with his friends yesterday and he's had "
            "sharp pain in his back ever since, worse when he twists. He's otherwise well. Is "
            "Calpol enough?"
        ),
        (
            "I'm 17 and I've had a sharp pain in my lower back for a week since a football "
            "tackle, and it hurts to run or bend. Do I need an x-ray?"
        ),
    ]
)

test_a_young_back_with_no_injury_or_an_old_one_stays_quiet = quiet_cases(
    [
        (
            "I'm 17 and my back muscles are sore after leg day at the gym yesterday, just normal "
            "DOMS. What stretches are best after deadlifts?"
        ),
        (
            "My son is 16 and fell off his bike two years ago and broke his wrist, it healed "
            "fine. Now he wants to strengthen his core for football. Which exercises would you "
            "suggest?"
        ),
        (
            "When I was 15 I fell off a trampoline and hurt my back. I'm 45 now and have sciatica "
            "down my left leg most days. Are glute bridges okay to do?"
        ),
        (
            "My 19 year old daughter is taking up running and wants to avoid getting injured. "
            "Should she stretch before or after a run?"
        ),
        (
            "I'm 18 and I sit at a desk gaming for hours, my lower back gets stiff by the "
            "evening. What's a good chair setup?"
        ),
    ]
)

test_near_wordings_written_after_the_fix_stay_quiet = quiet_cases(
    [
        (
            "I'm 58 and my knees can't take the weight of running anymore, so I've switched to "
            "swimming. My lower back aches after long drives though. Any stretches for that?"
        ),
        (
            "I walk with a stick for my arthritic knee. Without my stick I'm fine on flat ground, "
            "it's just hills. My back gets stiff in the mornings. Is heat or ice better?"
        ),
        (
            "I'm 16 and I play rugby. What stretches help prevent back injuries from tackles and "
            "scrums?"
        ),
        (
            "I'm 42 and my back is sore after a long day gardening. My 15 year old son plays "
            "rugby and loves a good tackle, he's never been injured. Is heat or ice better for my "
            "back?"
        ),
        (
            "I'm 18 and I hurt my back deadlifting at the gym on Monday, it's a dull ache when I "
            "bend. How long before I can lift again?"
        ),
    ]
)
