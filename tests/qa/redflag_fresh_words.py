"""A red-team of fresh wordings for round 22's red-flag work (issue 15): forum-style posts of my
own, written before any was run, each telling a NICE NG59 / NHS red flag in lay words the earlier
tests do not use. Copied from no labelled set. The look-alikes that guard them are in
tests/qa/redflag_fresh_lookalikes.py."""

from __future__ import annotations

# Bladder: dribbling, a stream that will not start, no urge, accidents, pads.
BLADDER = [
    "Been off work with sciatica for three weeks, on naproxen and amitriptyline. Since Sunday "
    "a few drops escape when I stand up from the sofa, which never happened before. I'm 41, "
    "no kids. Is this part of the nerve thing or something else?",
    "My left leg has been agony for a fortnight. This morning I stood at the loo for ages and "
    "just couldn't get started even though I felt full. Took co-codamol last night. Should I "
    "be worried or is it the tablets?",
    "Weird one. I've realised I haven't had the urge to wee all day, and when I did go I "
    "barely sensed it coming out. Sciatica down the right side since the gym. Does anyone "
    "know if that's normal?",
    "Slightly embarrassing but I had two mishaps at work this week and didn't know until my "
    "trousers were damp. My back has been bad since I moved house. I'm 35. What do I do?",
    "Had to start wearing something in my knickers since the back went on Thursday because of "
    "the leaks. My GP is closed till Monday. Is it ok to wait?",
    "I keep needing to go but it comes in a feeble spurt and I bear down to empty. This "
    "started with the sciatica flare two days ago. Taking ibuprofen and diazepam. Anyone had "
    "this?",
    "The sheets were wet this morning and it was me, first time since I was little. Back and "
    "leg pain for a week after lifting a wardrobe. Really scared, is this connected?",
    "I no longer get the signal that I need the toilet, I just go by the clock. Disc bulge at "
    "L5 since August and it's got worse this week. Should I mention it at my physio "
    "appointment next month?",
    "My husband says I smell of wee and honestly I hadn't noticed I was leaking. The sciatica "
    "has been terrible for ten days. What could be going on?",
    "Peeing has gone weird, it comes out in fits and spurts and I have to strain. It started "
    "with this new back pain on Monday. 52, male, no prostate problems before. Is this "
    "urgent?",
]

# Bowel: no sense of needing to go, accidents.
BOWEL = [
    "I can't tell any more if I need a number two or not, the feeling just isn't there. "
    "Sciatica in my left leg for a month. On pregabalin. Could this be from the tablets?",
    "I messed myself walking back from the shop and didn't feel it coming at all. My lower "
    "back has been killing me since Friday. What should I do?",
    "Sorry for TMI, but I've soiled myself twice this week without any warning. Sciatica down "
    "the right leg since the new year. Could the nerve do that?",
    "My rear end doesn't seem to know when it's full, I only go when I feel bloated. Back and "
    "leg pain for three weeks now. Is that related?",
    "Twice now things have come out before I could get to the loo, and I didn't get the usual "
    "warning. Lower back and leg pain since a bad sneeze last week. Is it a nerve thing?",
    "When I wipe I can't feel the paper and I can't tell if I've finished going. Sciatica for "
    "six weeks. Is this normal?",
    "I woke up to find I'd dirtied the bed. I'm 29 with sciatica from a disc they found in "
    "the spring. Is that something to go to A&E for?",
]

# Saddle, genitals or bottom numb, in slang or euphemism.
SADDLE = [
    "My undercarriage has gone numb since yesterday, like after a jab at the dentist. Back "
    "pain for two weeks. Is that sciatica?",
    "Down there feels frozen, like novocaine, I can hardly feel the toilet seat when I sit. "
    "L4/5 disc, taking naproxen. Normal?",
    "My crown jewels feel dead, sorry to be blunt. It started this morning after a bad night "
    "with my back. Any ideas?",
    "Where my underwear touches has gone numb since Sunday, pins and needles right where you "
    "would sit. Sciatica in the right leg. What now?",
    "My bum cheeks and the insides of my thighs went tingly and then numb. My back went when "
    "I was gardening. What is this?",
    "I've lost feeling in my lady parts since the back flare-up. My partner noticed before I "
    "did. Worried.",
    "My taint is numb. Yes really. Back pain and sciatica for a week. Should I go to the doctor?",
    "I couldn't feel anything during sex, it's like everything down there has gone to sleep. "
    "The sciatica started after a long drive last week.",
    "My manhood has gone numb and nothing happens down there since my back went. I'm 38. Is "
    "it the stress?",
    "Around my bum hole it feels like cotton wool, I can't feel anything there. Sciatica for "
    "ten days. Help?",
]

# Both legs: alternating, the other one joining in.
BOTH_LEGS = [
    "It started in my right leg and now the left one has caught it as well, a burning down "
    "the back of the thigh. On amitriptyline. Is it spreading?",
    "The sciatica keeps swapping sides, one day left and one day right, and today it's in "
    "both at once. Should I be concerned?",
    "Now the good leg has started tingling as well. Disc bulge at L5/S1 since January. What "
    "does that mean?",
    "Both my calves have gone numb and heavy since yesterday. Back pain after lifting the "
    "kids. Help.",
    "Pain down each leg now, not just the one. Physio says keep moving. Thoughts?",
    "My legs both feel like cooked spaghetti and go numb when I stand for a minute. I'm 60 "
    "and have had back pain for months but this is new.",
    "First it was my left leg, and this week my right leg has joined in with the same "
    "shooting pain and pins and needles.",
    "The outsides of my thighs, left and right, feel numb now. I've had sciatica down one "
    "side for a year. Is this the same thing?",
]

# A weakness getting worse: stairs, tiptoe, heels, a knee buckling, shoes, a foot slapping.
WEAKNESS = [
    "I keep catching my foot on the stairs because it won't lift properly. Sciatica since "
    "May. Is that normal?",
    "I tried to go up on my toes on my bad leg and I just can't do it any more. Last week I "
    "could. What's happening?",
    "My knee keeps folding under me and I nearly went over twice in the kitchen today. "
    "Sciatica in the right leg for three weeks.",
    "My slipper keeps falling off my left foot because I can't hold it on. This is new since "
    "the disc went. Any advice?",
    "I can't walk with my toes pointed up on the right side any more; the physio tested it "
    "and it's worse than last month. Should I push for a scan?",
    "My foot smacks down on the floor when I walk now, you can hear it. It started a couple "
    "of days ago. Back and leg pain for two months.",
    "My leg is getting weaker every week and I can't get up from a squat without pushing on "
    "something. It started with sciatica in the summer.",
    "My toes catch on the carpet and the ankle won't hold the foot up since Saturday. I've "
    "had sciatica on that side since the spring. Is this serious?",
    "I can't press the accelerator properly any more, my right foot is too weak. Is it safe "
    "to drive?",
    "My calf on the sciatica side has gone skinny next to the other one and I can't hop on "
    "that leg any more. It was fine in the spring.",
]

# A fever, chills or night sweats with back pain.
FEVER = [
    "I've had rigors and a temperature of 38.5 with this new back pain, and I'm sweating so "
    "much at night I change the sheets. Is it just flu?",
    "I've been waking up with the sheets soaked in sweat for a week and my lower back is "
    "agony. I had a kidney infection last month. Anything I should worry about?",
    "Feeling feverish and shaky, and the back pain is much worse since yesterday. I had an "
    "epidural injection on Monday.",
    "Night sweats and shaking chills with the sciatica pain, and I feel really unwell. What "
    "should I do?",
    "I'm running a temperature and my spine is really tender to touch. I inject, trying to "
    "get clean. Is this my back or something else?",
]

# A fall or a crash, then new symptoms.
TRAUMA = [
    "Came off my scooter on Saturday and since then my back hurts and both my feet tingle. "
    "Should I get checked?",
    "I slipped down the last few stairs onto my backside yesterday. Now I've got a pain "
    "shooting down my leg that wasn't there before.",
    "Someone went into the back of my car at the lights on Tuesday. Now I've got back pain "
    "and my leg feels weak. Is this whiplash?",
    "I fell off a stepladder putting up curtains and landed on my back. Today I've got "
    "sciatica for the first time. What should I do?",
    "Tripped over the dog and landed hard on my bum. I'm 74 with osteoporosis and the pain "
    "down my leg is new.",
]

# A cancer history or unexplained weight loss, with new back pain.
CANCER_WEIGHT = [
    "I had breast cancer five years ago and I'm in remission. Now I've got back pain that "
    "wakes me every night. Should I ask for a scan?",
    "I've lost about a stone since the summer without changing what I eat, and my back has "
    "started aching constantly. What could cause that?",
    "My trousers keep falling down, I've had to buy a new belt and I'm not dieting, and now "
    "there's this back pain down into my leg. I'm 68.",
    "I had radiotherapy for a tumour in my prostate in 2019. New lower back pain for three "
    "weeks. Is this just sciatica?",
    "I had a malignant mole cut out a few years back. Now I'm getting a sharp pain in the "
    "middle of my back and down my leg.",
    "I'm on treatment for bowel cancer and my back has started hurting down into my bum and "
    "leg. Could it be sciatica?",
    "My appetite's gone, I've gone down two clothes sizes without meaning to, and my back has "
    "ached day and night for a month.",
]

ALARMS = BLADDER + BOWEL + SADDLE + BOTH_LEGS + WEAKNESS + FEVER + TRAUMA + CANCER_WEIGHT
