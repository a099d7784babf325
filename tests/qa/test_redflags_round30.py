"""Round 23's missed red flags and its alarms on messages telling no symptom, by class (issue
15, round 30).

Each class was red-teamed with fresh wordings of our own, scored once before its fix (the
figures beside each class); the look-alikes must stay as they are. NICE NG59 / NHS / CKS decide
what alarms.
"""

from __future__ import annotations

from tests.qa.answer_checks import alarm_naming, quiet_cases

# A landing told with how squarely the body came down between ('landed straight onto the patio',
# 'landing directly on the frame', 'directing' as it is often mistyped): NICE NG59, significant
# trauma. Before the fix 1 of 4 of our wordings alarmed; after it, 4 of 4. A landing of the foot
# in running, a plane landing and a job landed stayed quiet: 3 of 3 before and after.
LANDED_SQUARELY = [
    "fell off the climbing wall at the gym on saturday and landed squarely on the edge of the "
    "crash mat, lower back has been agony since, should i get it checked?",
    "i was on a ladder clearing the gutter and it tipped, landed straight onto the patio on my "
    "side. now my back and hip hurt a lot",
    "Jumped off the wall and landed right on my tailbone yesterday, sharp pain in my low back "
    "when I move. is this sciatica?",
    "lost grip on the monkey bars, landed directing on my back on the wooden edge. any movement "
    "hurts now",
]
LANDED_OTHERWISE = [
    "when I run I try landing softly on my midfoot, does that help the sciatica?",
    "we landed back in the UK yesterday and the flight was 11 hours, my sciatica is awful after "
    "sitting",
    "I finally landed a new job on a building site, will lifting make my sciatica worse?",
]
test_a_landing_told_squarely_alarms = alarm_naming("trauma", LANDED_SQUARELY)
test_a_landing_of_the_foot_a_plane_or_a_job_is_quiet = quiet_cases(LANDED_OTHERWISE)

# Dropped by someone else, on the back or the floor, or in a stunt or a lift ('I was dropped on
# my back at cheer', 'the carers dropped my mum on the floor'): a fall all the same (NICE NG59,
# trauma). Before the fix 1 of 4 of our wordings alarmed; after it, 4 of 4. Dropped from a
# team, a pain that dropped, a phone dropped and sessions dropped stayed quiet: 4 of 4.
DROPPED_BY_SOMEONE = [
    "at cheer practice the base missed the catch and i was dropped on my back from shoulder "
    "height, the pain in my lower back wont go away",
    "the carers dropped my mum on the floor while moving her from the bed last night and now her "
    "back hurts badly",
    "i got dropped during a stunt on monday, landed on my bum and my back has ached ever since. "
    "what could it be",
    "my partner was lifting me up as a joke and dropped me onto the kitchen floor, my lower back "
    "has been sore and stiff for 3 days",
]
DROPPED_OTHERWISE = [
    "I was dropped from the football team because of my sciatica, how long until I can play "
    "again?",
    "my pain dropped a lot after the stretches, should i keep doing them every day?",
    "i dropped my phone and bent over to pick it up and my back went into spasm, what do i do",
    "the physio dropped me down to one session a week, is that enough for sciatica?",
    "my husband dropped me off at the clinic on his way to work, the sitting in the car hurt my "
    "back",
]
test_dropped_by_someone_alarms = alarm_naming("trauma", DROPPED_BY_SOMEONE)
test_dropped_from_a_team_or_a_pain_dropped_is_quiet = quiet_cases(DROPPED_OTHERWISE)

# A side of the body giving way, the side told for the leg ('my right side just gave way on the
# stairs', 'my left side keeps giving out'): NICE NG59, a motor deficit. Before the fix 0 of 4
# of our wordings alarmed; after it, 4 of 4. The pain on one side, one side tighter and giving
# way to someone stayed quiet: 3 of 3.
SIDE_GIVES_WAY = [
    "my back has been stiff for a week and yesterday my right side just gave way on the stairs, "
    "is it the nerve?",
    "sciatica down the left leg for a month and now my left side keeps giving out when I walk to "
    "the shop",
    "lower back pain and this morning my left side buckled under me getting out of bed, never "
    "happened before",
    "had a disc bulge for years, last night my whole right side went from under me in the "
    "kitchen, what is going on",
]
SIDE_OTHERWISE = [
    "the pain is mostly on my left side and gives me a hard time sleeping, which side should I "
    "lie on?",
    "my right side is tighter than my left when I do the piriformis stretch, is that normal?",
    "I gave way to my husband and let him drive the whole trip, the sitting made my sciatica "
    "worse",
]
test_a_side_giving_way_alarms = alarm_naming("leg_weakness", SIDE_GIVES_WAY)
test_a_side_told_sore_or_tight_is_quiet = quiet_cases(SIDE_OTHERWISE)

# The spinal cord told compressed, with a leg, walking, balance or a deficit told ('a cyst
# pressing on my spinal cord and my legs feel odd'): NICE NG59 / CKS, spinal cord compression.
# Before the fix 3 of 4 of our wordings alarmed; after it, 4 of 4. A scan with no compression, a
# cord stimulator, anatomy asked and a nerve root stayed quiet: 4 of 4. Cord compression listed
# among diagnoses with no leg or deficit told, a stimulator pushed on someone, a compression
# told gone on a later scan or as what an operation was done for, and a judo class's landings
# were written with the fix.
CORD_COMPRESSED = [
    "my mri says there is a disc bulge compressing the spinal cord at t10 and i have pain down "
    "both legs, what should i do",
    "they found a cyst pressing on my spinal cord and my legs feel odd, I'm waiting to see the "
    "neurosurgeon",
    "The scan showed cord compression at C5-6 and now my lower back and leg are killing me too. "
    "Any advice?",
    "neurosurgeon said the stenosis is squashing my spinal cord, i have burning down my legs and "
    "my balance is off",
]
CORD_OTHERWISE = [
    "my MRI showed a bulge at L5 but no compression of the spinal cord, the report said the cord "
    "is normal. what exercises can I do?",
    "I'm thinking about getting a spinal cord stimulator for my sciatica, does it work?",
    "does the spinal cord end above the lower back? I'm trying to understand my L5 disc",
    "sciatica is when a disc presses on the nerve root, not the spinal cord, right?",
    "I have neck arthritis, cord compression and two bulging discs in my lumbar spine, I get "
    "epidurals. Are nerve blocks the same as epidurals?",
    "my pain doctor keeps pushing the spinal cord stimulator on me but I don't want it, what "
    "else helps sciatica?",
    "my first scan showed a disc pressing on the spinal cord, the one last month showed it's no "
    "longer pressing on it, but my leg still hurts. why?",
    "I opted for surgery because my leg got so weak from the cord compression, and the foot is "
    "much better now. When can I swim?",
    "at judo I keep landing right on my back when we practise breakfalls, is that bad for a disc?",
]
test_the_cord_told_compressed_alarms = alarm_naming("cord_compression", CORD_COMPRESSED)
test_no_cord_compression_or_a_stimulator_is_quiet = quiet_cases(CORD_OTHERWISE)

# A hand, a grip, a bar or a rope that slipped, no body falling ('my grip slipped on the last
# set', 'the bar slipped down my thighs'): a lift gone wrong, not NICE NG59's trauma. Before the
# fix 0 of 4 of our wordings stayed quiet; after it, 4 of 4. A hand or a foot that slipped and a
# body that fell or came down after it still alarms: 3 of 3 before and after.
HELD_SLIP = [
    "did heavy rows today and my grip slipped on the last set, now my lower back feels tight. "
    "should i rest?",
    "my hand slipped on the kettlebell handle mid swing and my back has been a bit stiff since, "
    "is it sciatica?",
    "deadlifting 120kg, the bar slipped down my thighs on the last rep and now my lower back "
    "aches when i bend, what stretches help",
    "my fingers slipped on the rope at the climbing gym but I held on, and my sciatica is "
    "flaring today",
]
SLIP_AND_FALL = [
    "my hand slipped off the banister and i fell down the last few stairs onto my back "
    "yesterday, now pain down my leg",
    "my foot slipped on the wet deck and I came down hard on my tailbone, the pain is terrible",
    "the ladder slipped and I dropped about 2 metres onto the patio, my back is killing me",
]
test_a_grip_or_a_bar_that_slipped_is_quiet = quiet_cases(HELD_SLIP)
test_a_slip_with_a_fall_still_alarms = alarm_naming("trauma", SLIP_AND_FALL)

# Tiredness told as what sets the pain off ('when I'm physically fatigued it tends to act up'),
# or listed among what a condition or a drug can do ('it causes fatigue', 'gabapentin can cause
# fatigue'), beside a pain getting worse: no systemic tiredness of the writer's (NICE NG59 /
# CKS: unexplained systemic symptoms). Before the fix 3 of 6 of our wordings stayed quiet;
# after it, 6 of 6. Tiredness told constant or all the time with a pain getting worse still
# alarms: 3 of 3 before and after.
FATIGUE_AS_A_TRIGGER_OR_AN_EFFECT = [
    "my sciatica acts up when I'm tired, and the pain is getting worse lately. what can I do at "
    "home?",
    "whenever i get run down or exhausted my lower back flares and it has been getting worse "
    "this winter, any tips",
    "if I'm fatigued after a long shift my leg pain is worse, and it's been worsening since the "
    "summer. Which exercises help?",
    "I read that ankylosing spondylitis can affect the eyes and the gut and it causes fatigue. "
    "My back has got worse over the years, could it be that?",
    "my doctor thinks it's fibromyalgia, which apparently causes tiredness and brain fog. my back "
    "pain is getting worse, will stretches help?",
    "gabapentin can cause fatigue and dizziness I was told, is it worth it for sciatica that is "
    "getting worse?",
]
FATIGUE_OF_ONES_OWN = [
    "I'm exhausted all the time even after sleeping 10 hours, lost interest in food, and my back "
    "pain keeps getting worse",
    "constant fatigue for two months and the back pain is getting worse every week, I feel awful",
    "something is causing me extreme exhaustion and my back pain is getting worse every week, "
    "i'm scared",
]
test_fatigue_as_a_trigger_or_an_effect_is_quiet = quiet_cases(FATIGUE_AS_A_TRIGGER_OR_AN_EFFECT)
test_fatigue_of_ones_own_still_alarms = alarm_naming("systemic_fatigue", FATIGUE_OF_ONES_OWN)

# Old accidents told again as what happened 'both times' ('I was rear-ended both times'), in a
# message dating them years back: NICE NG59's trauma is a recent one. Before the fix 1 of 2 of
# our wordings stayed quiet; after it, 1 of 2 (two crashes counted in a clause with their dates
# in the next one still alarm: left). An accident years ago told again yesterday alarmed in 0 of
# 1 before: a date years back in the clause no longer hides an injury told again since
# ('again yesterday', 'again on Monday').
OLD_ACCIDENTS_BOTH_TIMES = [
    "fell off my horse in 2010 and again about 4 years ago, hurt my lower back both times and "
    "it's never been the same. what exercises help long term?",
]
INJURED_AGAIN_SINCE = [
    "I was rear ended 5 years ago and again yesterday, my back got hurt both times and now my "
    "leg is numb",
    "fell on the ice three years ago and again on monday, landed on my back and the pain is "
    "shooting down my leg",
]
test_old_accidents_told_again_both_times_are_quiet = quiet_cases(OLD_ACCIDENTS_BOTH_TIMES)
test_an_old_injury_told_again_since_alarms = alarm_naming("trauma", INJURED_AGAIN_SINCE)
