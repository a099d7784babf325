"""Red flags told in passing inside long forum posts (issue 15, fresh rounds' shape): a medicine,
another illness, a history, then a question about something else, the writer telling ONE true
red flag of their own or a relative's in lay words, 2-3 posts per NICE NG59 / NHS / CKS
concept; and posts of the same shape that must not alarm (a red-flag word negated, old and
resolved, about someone else, a medicine's leaflet read). Written by helper rf48 before any
change. Scored before the fix: 37/39 alarmed (missed: injecting drugs told in the past, an
immune-suppressing medicine taken since a transplant dated years back), 9/15 stayed quiet;
after: 39/39 and 9/15 (the six false alarms were left to the alarm-quieting helpers, xfailed
below so a fix shows; alarms51 fixed four: the leaflet, the amitriptyline wee, the fever
gone, the relative's cancer). A second batch (below) scored 15/17 before its fix, 17/17 after."""

from __future__ import annotations

from tests.qa.answer_checks import alarm_cases, quiet_cases

# One true red flag per post, by concept (label before each group).
test_a_red_flag_told_in_passing_in_a_long_post_alarms = alarm_cases(
    [# bladder
     ("I've been on gabapentin 300mg for about six weeks for sciatica down my right leg, and "
      'before that I was on naproxen which wrecked my stomach. My GP also has me on '
      'lisinopril for blood pressure. The gabapentin makes me dizzy in the mornings. '
      "Yesterday I stood at the toilet for ages and just couldn't get any wee to come out "
      "even though I was bursting. Does anyone know if gabapentin causes weight gain? I've "
      'put on half a stone.'),
     # bladder
     ('Long story short, I have type 2 diabetes and have been managing with metformin, and '
      'then three weeks ago my back went while lifting my grandson. Pain shoots into my left '
      "calf. The last couple of days I've been leaking a bit of pee without realising until I"
      ' notice my trousers are wet. Is it safe to take co-codamol with metformin?'),
     # bladder
     ('My husband (58) has had a slipped disc for a month and is on diazepam and tramadol '
      'from the walk-in centre. He is grumpy and not sleeping. Since Thursday he says he '
      "can't tell when his bladder is full anymore, he only goes because I remind him. What "
      'mattress would you recommend for a bad back?'),
     # bowel
     ("Hi all, I have Crohn's which is mostly in remission on Humira, and now I've got "
      'sciatica on top which is just unfair. Pain from my buttock to my ankle. This morning I'
      " had an accident, I couldn't hold my bowels at all and it just came out before I got "
      "to the loo, which has never happened even in a Crohn's flare. Anyway, how long does "
      'sciatica usually last?'),
     # bowel
     ("I'm 44, on sertraline for anxiety and amitriptyline at night for the nerve pain in my "
      "leg. The amitriptyline makes my mouth so dry. Weird thing yesterday: I'd opened my "
      "bowels and didn't even feel it happen, only noticed afterwards. Can I take "
      'amitriptyline and sertraline together or is that a bad idea?'),
     # bowel
     ("My mum is 71 and has had back and leg pain since a bad flare last week. She's on "
      "apixaban for AF so can't have ibuprofen. She's been soiling herself since yesterday "
      'and says she has no control down below. Which painkillers are safe with blood '
      'thinners?'),
     # saddle
     ('Been taking pregabalin 75mg twice a day for sciatica and it makes me feel drunk. I '
      'also have hypothyroidism and take levothyroxine. Since Monday my bum has gone numb, '
      'both cheeks and in between, like after a dental injection. Does pregabalin interact '
      'with thyroid meds?'),
     # saddle
     ('I have asthma and use my inhalers, no problems there. Three weeks of lumbar disc pain.'
      " Weirdly when I wipe after the toilet I can't feel the toilet paper properly, it's "
      "like it's not there. Should I be doing the McKenzie press ups or is walking better?"),
     # saddle
     ("Posting for advice. I'm 36 and have had sciatica for 10 days, on naproxen and "
      "omeprazole. I also get migraines and take sumatriptan. Since last night I've gone numb"
      ' down there, around my private parts and inner thighs. Can I take sumatriptan with '
      'naproxen?'),
     # sexual
     ("Male, 49. I take tamsulosin for an enlarged prostate and now I've got a herniated disc"
      " with pain down my leg. Since the back pain started last week I can't feel anything "
      "during sex, it's all numb, which has never happened before. Will tamsulosin affect my "
      'back pain tablets?'),
     # sexual
     ("I'm 33 and have had back pain going into my leg for a fortnight. I'm on the combined "
      'pill and take propranolol for anxiety. Since this back flare my vagina feels numb, I '
      "have no sensation there when my partner touches me, it's new. Is it normal for "
      'sciatica to make you tired?'),
     # bilateral
     ("I've got fibromyalgia so I'm used to pain, on duloxetine 60mg. But this is different: "
      'a disc bulge at L4/L5 and since the weekend both my legs have gone numb from the knees'
      ' down and feel weak. Does duloxetine help with sciatica too or only fibro?'),
     # bilateral
     ('My dad is 80 with COPD on oxygen at night. He hurt his back a week ago and now both '
      "his legs are weak and wobbly, he can barely stand. He's on steroids for his chest "
      'already. Can you take prednisolone with co-codamol?'),
     # bilateral
     ("Hello, I'm on methotrexate for psoriasis, plus folic acid. Low back pain for a month. "
      "Now I've got pins and needles in both feet and both legs feel heavy and dead. What "
      'stretches are good for lower back?'),
     # footdrop
     ("I'm on citalopram and recently started naproxen for sciatica in my left leg. My GP "
      'says it should settle. But my left foot has started slapping on the floor when I walk '
      "and I can't lift the front of it. Does naproxen cause stomach ulcers if you take it "
      'long term?'),
     # footdrop
     ("Have had an L5 disc prolapse for three weeks. I'm also recovering from COVID so tired "
      'all the time. Over the last few days my toes keep catching on the carpet and my foot '
      'drags behind me. Is it ok to take vitamin D with my painkillers?'),
     # footdrop
     ('My wife has MS (stable on Tecfidera) and has now got a slipped disc. Since Tuesday her'
      " right foot is dragging and she tripped twice on the stairs because she can't pull her"
      ' toes up. Can MS drugs make back pain worse?'),
     # weaker
     ('Three weeks into sciatica, taking ibuprofen and paracetamol, plus my usual statin. My '
      "right leg is getting weaker every day, yesterday I couldn't get up the stairs on it "
      'and today my knee keeps buckling. Does atorvastatin cause muscle aches?'),
     # weaker
     ("I've had gout in my big toe and am on allopurinol. Now my back's gone. Over the past "
      "four days my leg has got progressively weaker, I can't stand on my tiptoes on that "
      'side anymore. Can I still eat red meat with gout?'),
     # weaker
     ("Been on codeine for two weeks for a trapped nerve. I'm also epileptic on lamotrigine. "
      'The weakness in my thigh is getting worse each day, it gives way when I walk. Is '
      'codeine safe with lamotrigine?'),
     # fever
     ("I've got type 1 diabetes on insulin pump. For five days I've had severe back pain and "
      "I've been feeling hot and shivery, temperature 38.6 last night. My sugars are all over"
      " the place. What's the best way to manage sugars when you're in pain?"),
     # fever
     ('I had a kidney stone last year and now my back is killing me again but this time it '
      "goes down my leg. I've been running a fever and getting the chills since yesterday. Do"
      ' kidney stones cause sciatica?'),
     # fever
     ("My son is 19, had back pain after football that's got worse over a week. He's now "
      "sweating at night, has a temperature and is shaking. He's on sertraline. Can he take "
      'ibuprofen with sertraline?'),
     # trauma
     ("I'm on warfarin for a mechanical heart valve. I slipped on ice on Saturday and landed "
      "on my backside, and since then I've had new pain down my leg and my foot is tingling. "
      "How long do bruises take to go when you're on warfarin?"),
     # trauma
     ("I was rear-ended at a roundabout on Friday. Didn't think much of it but now I've got "
      "pain shooting down my left leg and numbness in my foot that I didn't have before. I "
      'also have IBS and take mebeverine. Does stress make IBS worse?'),
     # trauma
     ('My mother-in-law (78, osteoporosis, on alendronic acid) fell off a step last week and '
      'since then she has back pain going into her thigh. She is on calcium too. How should '
      'she take alendronic acid properly?'),
     # cancer
     ("I finished treatment for breast cancer two years ago and I'm on letrozole now, which "
      "gives me joint pains. For the last month I've had a new back pain that goes down my "
      'leg. Does letrozole cause back pain or is it sciatica?'),
     # cancer
     ("My husband had prostate cancer treated in 2019 and he's on hormone injections. He's "
      'got new lower back pain for the past few weeks that goes down into his leg. Can he '
      'still do gardening?'),
     # cancer
     ("I had melanoma removed 4 years ago and was told I was clear. Now I've got back pain "
      "and sciatica for about six weeks that isn't shifting. I'm on amlodipine for blood "
      'pressure. Can amlodipine make your ankles swell?'),
     # weight
     ("I'm 62 and have had backache and pain down my leg for two months. I've also lost about"
      ' a stone without trying, my clothes are hanging off me. I take omeprazole for reflux. '
      'Is it ok to take omeprazole long term?'),
     # weight
     ("Backstory: hypertension on ramipril, mild asthma. Low back pain for six weeks. I've "
      "dropped 8kg in that time without dieting and I'm not hungry. Does ramipril cause a "
      'cough?'),
     # weight
     ("My dad's been losing weight for no reason, about 10 pounds since summer, and now he "
      "has constant back pain and it goes into his leg. He's on metformin. Should he be doing"
      ' exercises?'),
     # night
     ("Nortriptyline 25mg at night hasn't touched it. I've got back pain that's constant, it "
      "never eases whatever position I'm in, and it's worse at night so I'm up pacing till "
      "4am. I'm also on HRT. Can nortriptyline affect HRT?"),
     # night
     ('I have rheumatoid arthritis on hydroxychloroquine. My lower back pain is there all the'
      ' time, day and night, no position helps, and lying down at night it is at its worst. '
      'Does hydroxychloroquine affect your eyes?'),
     # night
     ('Been on tramadol for a month for back and leg pain. The pain never lets up, even lying'
      ' still, and it wakes me every night. Is it addictive if I take it every day?'),
     # ivdu
     ("I'm in recovery and on methadone, I used to inject heroin until last year. For two "
      "weeks I've had bad back pain going into my leg. Can I take co-codamol with methadone?"),
     # immuno
     ("I had a kidney transplant in 2021 and I'm on tacrolimus and mycophenolate. I've now "
      'had severe back pain for a week going down my leg. Can I take ibuprofen with '
      'tacrolimus?'),
     # immuno
     ("I'm on long term prednisolone 20mg for my lupus. For the past ten days my back has "
      "been agony and it shoots down my leg. What's the best pillow for back pain?"),
     # immuno
     ("I'm HIV positive on Biktarvy, and having chemo for lymphoma. New back pain for a week "
      'with pain down my left leg. Does chemo make you lose your taste?')],
)  # fmt: skip

# Same shape, no red flag of the writer's now: a leaflet read, a denial, an episode long over,
# a relative's illness, everyday numbness that passes.
test_a_long_post_with_no_red_flag_of_its_own_stays_quiet = quiet_cases(
    [("I've been taking gabapentin for my sciatica and the leaflet lists loss of bladder "
      "control and weakness in the legs as rare side effects, which scared me. I haven't had "
      'any of that. Does gabapentin cause weight gain?'),
     ('Sciatica for three weeks, on naproxen. I have no numbness anywhere, no problems peeing'
      ' or with my bowels, and my legs are strong. How long before it settles?'),
     ('Years ago, in 2015, I had a bout of foot drop after a disc prolapse that fully '
      'recovered after surgery. Now I just get the odd twinge. Which stretches are best for '
      'prevention?'),
     ("My neighbour's cousin had cauda equina and couldn't feel the toilet paper, so I'm "
      'paranoid. Mine is just a sore back after gardening. Should I use heat or ice?'),
     ("I'm on amitriptyline and it makes me need to wee a lot at night, which is annoying. My"
      ' sciatica is getting better though. Can I reduce the dose?'),
     ("Had a cold last week with a fever, that's gone now. My sciatica is about the same, bad"
      ' in the mornings. Is walking good for it?'),
     ("I tripped over the dog last month but didn't hurt myself. My sciatica started weeks "
      'before that. What exercises help with sciatica?'),
     # Quiet again by alarms53's clause-level reading (the relative's clause just before the
     # bare denial shows nothing; a cancer of one's own told elsewhere still alarms).
     ("My mum had breast cancer, I haven't. I've got sciatica from sitting at a desk all day."
      ' What chair should I get?'),
     ("I've lost weight on purpose, 2 stone on slimming world, and my sciatica is better for "
      'it. Should I keep up the walking?'),
     ('My pain is worse in the morning but it eases once I get moving, and I sleep fine. Is '
      'that normal for sciatica?'),
     ('The pregabalin leaflet mentions problems with sex and numbness as possible side '
      "effects. I'm fine so far. How long before pregabalin works?"),
     # Quiet since alarms53 (legs pressed numb by a posture, passing in a minute).
     ('My legs go numb when I sit cross-legged for too long but it passes in a minute. My '
      'back is stiff. Is yoga good for sciatica?'),
     ("I used to smoke but stopped years ago. No drugs. I've had sciatica for a fortnight. "
      'Does smoking affect healing?'),
     # Quiet since alarms53 (a clinician's checklist, every item answered no).
     ('Our GP asked about fever, weight loss, bladder and bowels, all of which I said no to. '
      "She said it's simple sciatica. How long does it take?"),
     ("Before my hip replacement five years ago I had a weak leg, that's all sorted. Now I "
      'get sciatica in the other leg. Is swimming OK?')],
)  # fmt: skip


# Look-alikes of the fix (written after it) that must not change: a drug injected in hospital,
# a pain shooting up the back with "drugs" beside it, an immune-suppressing medicine told
# stopped years ago.
test_injected_or_shooting_words_without_drug_use_stay_quiet = quiet_cases(
    ["In hospital they injected the drugs into my drip after my op. Now my back aches. Is that "
     "normal?",
     "The pain is shooting up my back and the drugs don't help. What else can I try?",
     "I had a shooting pain, drugs didn't help at all, my back aches. What stretches?",
     "I was on methotrexate years ago for psoriasis but stopped it. My back hurts after "
     "gardening, what stretches help?",
     "The physio said the pain shooting down my leg is sciatica and that street drugs are no "
     "answer. My back aches. What stretches?"],
)  # fmt: skip

# The fix's class beyond the posts it was written for (CKS: intravenous drug use, now or in
# the past, or immunosuppression taken now, with back pain): a medicine dated by when it began.
test_drug_injecting_or_immunosuppression_now_with_back_pain_alarms = alarm_cases(
    ["I was an IV drug user in my twenties, clean 15 years now. My back has been killing me for "
     "a week and it goes down my leg. Is swimming ok?",
     "My son injects heroin and now his back is in agony and he can't sleep. What helps?",
     "I've been on Humira since 2018 for Crohn's. My lower back has been aching for a fortnight. "
     "Is that the Humira?",
     "I'm still taking methotrexate, I started it in 2015. My back pain is new this week. "
     "Should I rest?"],
)  # fmt: skip


# A second red-team batch, harder lay wordings, written after the first fix and before the
# second: 15/17 before (missed: thighs and backside that "feel like they belong to someone
# else"; a former user who "used to inject", the drug unnamed), 17/17 after.
test_a_red_flag_in_harder_lay_words_in_a_long_post_alarms = alarm_cases(
    [# bladder
     ("I'm on oxybutynin for an overactive bladder, which has been fine for years. Sciatica "
      "started two weeks ago after moving house. Now it's the opposite problem, I've not "
      'passed water since last night and my tummy feels tight. Should I stop the oxybutynin?'),
     # bladder
     ('Menopause, HRT patches, the works. Now a disc problem with pain down the left leg. '
      'Since yesterday I have to push really hard to get my wee started and the stream is '
      'just a dribble. Are HRT patches ok with sciatica?'),
     # bowel
     ('I take Movicol because the codeine bungs me up. Backache and leg pain for three weeks.'
      ' Yesterday I messed myself in the supermarket without any warning, no urge at all. Is '
      'it safe to keep taking codeine?'),
     # saddle
     ('On naproxen and lansoprazole, coeliac disease too so careful with food. Sciatica for a'
      " week. When I sit on the loo seat it feels weird, like sitting on cotton wool, I can't"
      ' feel it under me. Which foods are anti-inflammatory?'),
     # saddle
     ("I'm 52, on lithium for bipolar, stable. Slipped disc at work. Since this morning my "
      'backside and the inside of my thighs feel like they belong to someone else, no feeling'
      ' at all. Can lithium be taken with ibuprofen?'),
     # sexual
     ("I've got erectile problems since the back pain kicked off last week, nothing at all "
      "down there, and my penis feels numb. I'm on finasteride for hair loss. Could "
      'finasteride be doing this or the back?'),
     # bilateral
     ("I'm on pregabalin and it makes me woozy. Bad sciatica in my right leg for a month, but"
      " since Friday the left leg has started too and now both legs are tingling and I'm "
      'unsteady. Is it the pregabalin making me wobbly?'),
     # footdrop
     ('I have diabetes and take gliclazide. My back went a fortnight ago. My foot flops down '
      'when I walk so I have to lift my knee high like a horse to stop tripping. Are there '
      'shoes for diabetics with sciatica?'),
     # weaker
     ('Ramipril and bisoprolol for my heart. Disc pain for three weeks. Each morning my leg '
      "is a bit weaker than the day before, I now can't get out of the car without lifting it"
      ' with my hands. Can I drive on bisoprolol?'),
     # fever
     ('Recovering from a chest infection and on amoxicillin. My back pain has got much worse '
      "and now I'm burning up and shaking with the chills at night. Can I take paracetamol "
      'with amoxicillin?'),
     # trauma
     ('I came off my bike on Sunday going over the handlebars. My back was sore but now my '
      'right leg has gone numb and it keeps tingling, which it never did before. I take '
      'propranolol for anxiety. Should I take more propranolol for the pain?'),
     # cancer
     ("I'm a myeloma patient in remission, on zoledronic acid every few months. I've got new "
      'back pain going into my hip and leg for three weeks. How long do zoledronic acid side '
      'effects last?'),
     # weight
     ("My appetite has gone and I've dropped two dress sizes since Christmas without meaning "
      "to, and this back pain that goes down my leg won't shift. I take levothyroxine. Could "
      'my thyroid be off?'),
     # night
     ('The ache in my spine is there 24/7, nothing takes the edge off, and nights are the '
      "worst, I can't lie flat at all. I'm on co-codamol and sertraline. Can I take them "
      'together?'),
     # ivdu
     ("I'm an ex user, I used to inject, been clean two years on buprenorphine. Back pain for"
      ' a week down my leg, really bad. Can I have ibuprofen with buprenorphine?'),
     # immuno
     ("I'm on chemo for bowel cancer at the moment. My back has started hurting and it goes "
      'down my leg. Is that the chemo?'),
     # immuno
     ('I take azathioprine for my autoimmune hepatitis. For a week my lower back has been '
      'aching badly. Does azathioprine cause back pain?')],
)  # fmt: skip

# Look-alikes of the second fix that must not change: a life or a back likened to someone
# else's, a leg that feels like one's own again, a nurse injecting a former addict, a
# medicine self-injected by a former smoker or drinker.
test_belonging_and_self_injecting_look_alikes_stay_quiet = quiet_cases(
    ["I feel like my life belongs to someone else since the sciatica started. How do I cope?",
     "This back feels like it belongs to an old man. What stretches help?",
     "My leg is sore but it feels like it belongs to me again after physio. Should I keep going?",
     "I'm a recovering addict so the nurse injected morphine instead of tablets. My back aches, "
     "is that normal after an op?",
     "I'm a former smoker and I inject insulin twice a day. My back aches.",
     "I'm a recovering addict, I inject my Ozempic weekly. My back hurts. What stretches?"],
)  # fmt: skip
