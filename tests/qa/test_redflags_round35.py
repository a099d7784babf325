"""Red flags and alarms of round 27's dev lines (issue 15, round 35), by class.

Each class was red-teamed with fresh wordings of our own, scored once before its fix (the
figures beside each class); the look-alikes must keep their answer. NICE NG59 / NHS decide
what alarms.
"""

from __future__ import annotations

from tests.qa.answer_checks import alarm_cases, alarm_naming, quiet_cases

# The other foot or leg told now feeling the same as the first, with a numbness, tingling or
# weakness named ("one foot numb for years, slowly worse, and now the other foot has begun to
# feel the same"): numbness in both legs (NHS), a spreading deficit (NICE NG59). Before the fix
# 1 of 5 of our wordings alarmed, 5 of 5 after; the look-alikes (a pain the same in both feet
# after a run, someone else's leg the same, a leg the same as before) stay quiet.
OTHER_FOOT_THE_SAME = [
    "For a couple of years I've had a numb patch on the sole of my left foot. Didn't bother me "
    "much. Over the summer it crept up to the ankle and now the right foot has started feeling "
    "the same way. Should I be worried?",
    "I'm 68 and one foot has felt numb for ages, slowly getting worse. This month the other foot "
    "has begun doing it too. What could cause this?",
    "Numbness in my right foot for about a year, not painful. Now my left foot feels the same. "
    "My GP isn't worried but I am, should I push for a referral?",
    "Had pins and needles in one leg since my disc went, and over the last fortnight the other "
    "one has started to do the same thing. Any ideas?",
    "my left foot is numb and now the right foot feels the same",
]
THE_SAME_OTHERWISE = [
    "I had sciatica in my left leg last year and it cleared up. Now the pain has started in my "
    "right leg instead, the same burning feeling. Is it the same disc?",
    "My left foot hurts after running and now the other foot feels the same. Do I need new shoes?",
    "My sciatica is in my right leg. My sister has the same in her left leg. Is it genetic?",
    "My left foot is numb. The other foot feels the same as before, no change.",
    "My left foot has been numb for years and my right foot is the same size now that the "
    "swelling has gone.",
]
test_the_other_foot_told_the_same_alarms = alarm_naming("both_legs", OTHER_FOOT_THE_SAME)
test_a_pain_or_no_change_the_same_is_quiet = quiet_cases(THE_SAME_OTHERWISE)

# A paralysis others say an operation might bring ("my family keep telling me I could end up
# paralysed if it goes wrong", "friends say back surgery can leave you paralysed"): a risk
# told, no one's weakness now. Before the fix 3 of 4 of our wordings were quiet, 4 of 4 after;
# a weakness told now beside the fear still alarms (3 of 3 before and after), and a paralysis
# told placed in a limb now (written after the first try quieted one).
PARALYSIS_SAID_TO_RISK = [
    "I've got a prolapsed disc at L4/L5 and the surgeon wants to operate. My family keep telling "
    "me I could end up paralysed if it goes wrong. Is that true? How long is recovery?",
    "friends say that back surgery can leave you paralysed. im booked in for a microdiscectomy "
    "next month, should i cancel??",
    "Is there a risk of paralysis from a discectomy? My neighbour said her cousin ended up in a "
    "wheelchair after one.",
    "I'm terrified of the operation because I read that you can lose the use of your legs if the "
    "surgeon slips. What are the real odds?",
]
WEAKNESS_NOW_BESIDE_THE_FEAR = [
    "Since my fall last week my right leg has gone weak and keeps giving way, I'm scared I'm "
    "becoming paralysed. What should I do?",
    "People keep saying I might have paralysis but honestly my legs are already weak and I can't "
    "lift my left foot properly since Tuesday.",
    # A paralysis told now, in a place ('said I might be partly paralysed in my left foot').
    "My physio said I might be partly paralysed in my left foot, I can't lift it at all since "
    "Friday.",
    "the doctor says I might have paralysis in my left foot, I cant move my toes",
    "After the epidural my legs went numb and I couldn't move them for hours, the nurse said it "
    "was normal but now I still can't feel my left foot.",
]
test_a_paralysis_said_to_be_a_risk_is_quiet = quiet_cases(PARALYSIS_SAID_TO_RISK)
test_a_weakness_now_beside_the_fear_alarms = alarm_cases(WEAKNESS_NOW_BESIDE_THE_FEAR)

# Constipation put down to a thing taken that is known to cause it, beyond the painkillers
# ("the kratom leads to constipation", "iron tablets", "a fibre supplement", "buprenorphine
# patches"): its known effect, not the nerves (NICE NG59 names incontinence and retention).
# Before the fix 0 of 5 of our wordings were quiet, 5 of 5 after; constipation with a lost
# feeling, a numb bottom or weak legs still alarms (3 of 3 before and after).
CONSTIPATION_FROM_A_THING_TAKEN = [
    "been using kratom for my back for a few months, works ok but it makes me really "
    "constipated. is there anything better?",
    "My GP put me on iron tablets and now I'm constipated on top of the sciatica. Can I still do "
    "the stretches?",
    "I take CBD gummies for the back pain and a fibre supplement. The fibre supplement leads to "
    "constipation if I don't drink enough. Does CBD actually help sciatica?",
    "The Kratom helps with the pain for a few hours but causes constipation. What else could I "
    "try for chronic lower back pain?",
    "Lower back pain from sitting all day. I've been taking buprenorphine patches which leave me "
    "constipated. Any other options?",
]
CONSTIPATION_WITH_A_NERVE_SIGN = [
    "Since Monday I can't feel when I need to go and I've been constipated for days, and my bum "
    "is numb. I take kratom for the pain.",
    "I'm constipated and I can't tell when my bowels are full anymore, I wonder if it's the "
    "kratom but my legs are weak too",
    "suddenly constipated for 5 days with numbness between my legs, on iron tablets too",
]
test_constipation_from_a_thing_taken_is_quiet = quiet_cases(CONSTIPATION_FROM_A_THING_TAKEN)
test_constipation_with_a_nerve_sign_alarms = alarm_cases(CONSTIPATION_WITH_A_NERVE_SIGN)

# An injury only asked about as a possible cause ("is it even from an injury?", "could it be
# from an injury I don't remember?") or a bone told "knocked out of place" (a lay name for a
# misalignment): no blow or fall told. Before the fix 2 of 6 of our wordings were quiet, 6 of
# 6 after; a fall or a crash told, asked about after ("is it from the fall?"), still alarms (4
# of 4 before and after).
INJURY_ONLY_ASKED_OR_OUT_OF_PLACE = [
    "Ive had this ache in my lower back on and off for years, I can't think of anything that "
    "started it. Could it be from an injury I don't remember?",
    "is this pain from an accident or just age? im 50 and never had any big fall",
    "My hip and back ache when I stand for long. Was it caused by an injury, do you think, or "
    "posture? Nothing happened that I recall.",
    "My sciatica came on slowly with no trigger. Can it be due to a fall years ago when I was a "
    "kid?",
    "My chiropractor says one of my vertebrae has been knocked out of place and he is adjusting "
    "it weekly. Is that a real thing?",
    "I have a rib that's been knocked out of line, and a disc bulge at L5. What stretches help?",
]
INJURY_TOLD_THEN_ASKED = [
    "I fell off a ladder on Saturday onto my back and now my leg is numb. Is it from the fall?",
    "Was hit by a car last week, the back pain is getting worse, is it from the accident?",
    "I got knocked off my bike by a van yesterday and my back is really painful, feels like "
    "something is out of place",
    "I was knocked out of my chair by a fall of boxes at work today and my lower back is agony",
]
test_an_injury_only_asked_or_a_bone_out_of_place_is_quiet = quiet_cases(
    INJURY_ONLY_ASKED_OR_OUT_OF_PLACE
)
test_an_injury_told_then_asked_about_alarms = alarm_naming("trauma", INJURY_TOLD_THEN_ASKED)

# Hands told numb or clumsy with a balance failing told in the message ("my hands have gone
# numb and clumsy ... now I need a stick for balance"): the pair of a cord pressed in the neck
# (NICE CKS, cervical myelopathy: an urgent referral). Before the fix 1 of 4 of our wordings
# alarmed, 4 of 4 after; hands numb on a ride, with carpal tunnel, in the cold or from
# vibrating tools, a stick for a knee, and an old story told fixed stay quiet.
HANDS_AND_BALANCE_FAILING = [
    "My hands have gone numb and clumsy over the last year, and now I need a stick for balance. "
    "I feel like I'm steadily going downhill and nobody is joining the dots. Should I push for a "
    "neurologist?",
    "numb hands, legs giving me trouble, walking with a cane now for balance, and it keeps "
    "getting worse month by month. my doctor just keeps upping the morphine",
    "I have numbness in both hands and my balance is getting worse, I keep stumbling. I have a "
    "disc problem in my neck and lower back.",
    "my hands are numb and clumsy and i keep stumbling, my neck and back hurt",
]
HANDS_OR_BALANCE_OTHERWISE = [
    "I get numb hands when I ride my bike for a long time. My lower back aches too. Is it my "
    "posture?",
    "My mum uses a cane for balance since her hip replacement, she's fine otherwise. Can she do "
    "the stretches?",
    "I have carpal tunnel so my fingers go numb, and I use a stick for balance since my knee "
    "replacement. Is walking ok for sciatica?",
    "My fingers go numb in the cold and my balance is bad on the ice. Any tips for my back?",
    "My hands are numb from the vibrating tools at work, and I've lost my balance a few times on "
    "ladders. Lower back pain too.",
    "Back in 2015 my hands went numb and clumsy and I was losing my balance. I had neck surgery "
    "in 2016 and it fixed everything. Now I have sciatica in my left leg, what stretches help?",
]
test_hands_and_balance_failing_alarm = alarm_naming("cord_compression", HANDS_AND_BALANCE_FAILING)
test_hands_or_balance_otherwise_is_quiet = quiet_cases(HANDS_OR_BALANCE_OTHERWISE)

# A numbness told grown to a whole limb or part on top of what it was, told by its places
# alone in the next sentence ("My toes went numb last week. Now my whole foot and ankle are
# numb as well"): a spreading deficit (NICE NG59). Before the fix 1 of 4 of our wordings
# alarmed, 4 of 4 after; a numbness from a seat gone, a back ache spreading, a numbness
# shrinking stay quiet.
NUMBNESS_GROWN_BY_ITS_PLACES = [
    "My toes went numb last week. Now my whole foot and ankle are numb as well",
    "the tingling started in my heel on monday. today my whole foot and shin are tingling too, "
    "is that bad?",
    "Numb patch on my thigh since the weekend. Now my whole leg from the hip to the knee is numb "
    "as well.",
    "My big toe has been numb for a few days. Now my whole foot is numb too and it's going up my "
    "calf.",
]
GROWN_OTHERWISE = [
    "My toes went numb when I sat cross legged. Now my foot is fine again.",
    "My lower back ached last week. Now my hip and buttock ache as well. Is it sciatica?",
    "My toes were numb after the op. Now only the big toe is numb, much better.",
    "When I sit on the toilet too long my whole leg goes numb too, is that sciatica?",
    "Can sciatica make your whole leg numb too, or just the foot?",
]
test_a_numbness_grown_by_its_places_alarms = alarm_naming(
    "leg_weakness", NUMBNESS_GROWN_BY_ITS_PLACES
)
test_a_numbness_gone_or_an_ache_spreading_is_quiet = quiet_cases(GROWN_OTHERWISE)
