"""Round 35's false-alarm shapes (helper alarms52): cannabis called 'weed' read as weeing, the
gall bladder read as the urinary bladder, and 'fell' written for 'feel' ('I fell dependent on
them', 'I fell like ...') read as a fall; and true red flags of each shape (a wee lost, a
bladder lost, a real fall, told in the same or a second sentence) that must still alarm.
Also 'crash' told of energy, sugar, mood or sleep ('an energy crash', 'I crash into bed') and
true crashes beside it. Written before any change; scored at main 3d344d9: quiet 6/33 (weed 5/9,
gall bladder 0/8, fell 0/8, crash 1/8), alarm 22/22. After the fix: quiet 32/33 (a bare 'after
crashing' left, xfailed strict), alarm 22/22."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import alarm_cases, quiet_cases

# A bare 'after crashing' ending its clause may be a sleep ('waking up every couple hours after
# crashing') or an accident ('my back has hurt ever since, after crashing'): the clause alone
# cannot tell, so it still alarms (NICE NG59: trauma); left for a reading of the whole story.
XF_CRASH = pytest.mark.xfail(strict=True, reason="alarms52: a bare 'after crashing'")

test_cannabis_weed_stays_quiet = quiet_cases(
    [
     ("I've had terrible anxiety and sleep problems since quitting weed two weeks ago. "
      'My lower back aches too. Is this withdrawal?'),
     ('I smoke weed most evenings for my sciatica and it helps the pain. Problems with '
      'my memory though. Is it safe with gabapentin?'),
     ('Does smoking weed interact with tramadol? I have trouble sleeping and sciatica in'
      ' my left leg.'),
     ('Stopped smoking weed last month and now I have problems eating and sleeping. My '
      'back hurts as well. How long does this last?'),
     ('My son has been smoking weed every day and has trouble with motivation. He also '
      'complains of back pain. Should I worry?'),
     ('Is medical weed any good for nerve pain? My GP has trouble prescribing anything '
      'stronger than naproxen.'),
     ('Weed withdrawal is giving me problems: sweats, no appetite and my back aches. Any'
      ' tips?'),
     ('I used to smoke weed and drink a lot, had issues with my liver. Now I have '
      'sciatica. Can I take ibuprofen?'),
     ('Anyone tried CBD or weed gummies for sciatica? I have trouble with opioids making '
      'me sick.'),
    ],
)  # fmt: skip

test_weed_as_wee_still_alarms = alarm_cases(
    [
     ("My sciatica flared yesterday and I weed myself without knowing. What's happening?"),
     ("I quit smoking weed last month. Since Tuesday my back is agony and I've weed "
      'myself twice without feeling it.'),
     ("Back pain down both legs and I can't pee properly, nothing comes out."),
     ('I smoke weed for my back. Last night I wet myself and I have no feeling when I '
      'wipe.'),
     ("Since my disc went I've weed myself three times and couldn't stop it."),
    ],
)  # fmt: skip

test_gall_bladder_stays_quiet = quiet_cases(
    [
     ('Had my gall bladder out 10 years ago and a hysterectomy. Now I have sciatica in my '
      'right leg. Which stretches help?'),
     ('I have gall bladder problems and now back pain on the right side. Could the two be'
      ' linked?'),
     ('My gall bladder was removed last year. Since then I have trouble digesting fatty '
      'food. Does sciatica cause nausea?'),
     ('History: asthma, gall bladder removal, two back surgeries. I take methadone. Is '
      'there a better painkiller?'),
     ('Gall bladder surgery in 2015, knee replacement in 2019, and now sciatica. Is '
      'walking good for it?'),
     ('My doctor thinks it may be my gall bladder causing the pain under my ribs and in '
      'my back. Is that possible?'),
     ('I had a gall bladder attack last night, the pain went through to my back. Should '
      'I take ibuprofen?'),
     ('The scan showed gallstones and an inflamed gall bladder. My back hurts between my'
      ' shoulder blades. Is that normal?'),
    ],
)  # fmt: skip

test_bladder_beside_gall_bladder_still_alarms = alarm_cases(
    [
     ("Had my gall bladder out years ago. Now with this sciatica I can't control my "
      'bladder.'),
     ('Gall bladder removed in 2010. Since my back went on Monday I have no feeling when '
      'my bladder is full.'),
     ('I had gall bladder problems before, but now my bladder is leaking and my back is '
      'killing me.'),
     ('My gall bladder is fine. My bladder is not: I keep losing control since the disc '
      'slipped.'),
     ('No gall bladder issues. But I have had trouble passing urine since my back pain '
      'started.'),
    ],
)  # fmt: skip

test_fell_for_feel_stays_quiet = quiet_cases(
    [
     ('I feel like in only a few days i fell dependent on them already because they take'
      ' the pain away. Is that normal with tramadol?'),
     ('After 3 days on naproxen I fell better but my stomach hurts. Should I stop?'),
     ('Sometimes i fell like the pain in my leg will never end. How long does sciatica '
      'last?'),
     ('i fell so tired all the time on gabapentin. Does it wear off?'),
     ('I fell addicted to the codeine already. How do I come off it?'),
     ('Most mornings i fell good, then by evening the sciatica is back. Why?'),
     ('I fell awful when I stop the pregabalin. Is that withdrawal?'),
     ('I fell depressed because of the constant back pain. Any advice?'),
    ],
)  # fmt: skip

test_real_fall_still_alarms = alarm_cases(
    [
     ('I fell down the stairs yesterday and now my back is agony and my leg is numb.'),
     ('I fell better on the tablets. But I fell off a ladder last week and my back has '
      'hurt since.'),
     ('Last week I fell hard on the ice onto my back and the pain is shooting down my '
      'leg.'),
     ('My mum is 80 and fell in the bathroom, now she has severe back pain.'),
     ('I fell like a sack of potatoes off my bike onto my lower back. Is it broken?'),
     ('I fell heavily on my tailbone two days ago and I can hardly sit.'),
    ],
)  # fmt: skip

test_crash_as_sleep_or_energy_stays_quiet = quiet_cases(
    [
     pytest.param('Since quitting the pills I lie awake till 5am and keep waking up every '
                  'couple hours after crashing. My back aches. Is this withdrawal?',
                  marks=XF_CRASH),
     ('On gabapentin I get an energy crash every afternoon. My sciatica is better. Will it'
      ' wear off?'),
     ('When the tramadol wears off I crash and sleep for hours. Is that normal?'),
     ('I get a sugar crash after lunch and my back feels worse when tired. Any tips?'),
     ('After the steroid burst I had a big crash in mood and energy. My leg pain is '
      'easing. Does that happen?'),
     ('By 8pm I crash into bed exhausted from the sciatica. How can I sleep better?'),
     ('I crashed asleep on the floor doing my stretches. My back is stiff. Is the floor '
      'bad for it?'),
     ('Caffeine crash every day at 3, then my back aches more. Could they be linked?'),
    ],
)  # fmt: skip

test_real_crash_still_alarms = alarm_cases(
    [
     ('I crashed my car last week and now my lower back hurts and my leg is numb.'),
     ('After crashing my motorbike I have had back pain down my leg.'),
     ("I slept badly. Yesterday I crashed my bike and landed on my back; it's agony."),
     ('Car crash on Friday, back pain since then. Should I be worried?'),
     ('I get an energy crash on gabapentin. But I crashed into a wall skiing on Sunday '
      'and my back is killing me.'),
     ('I was tired and crashed the car into a tree. Now back pain.'),
    ],
)  # fmt: skip

# Look-alikes of the fixes (written after them) that must still alarm: a fall told hard or 'like
# a ton of bricks', a crash after a mood word, a wee told with a bladder lost, a gall bladder
# beside a saddle numbness.
test_look_alikes_of_the_fixes_still_alarm = alarm_cases(
    ['I fell like a ton of bricks onto my back on the ice.',
     'I fell so hard on my back at work yesterday and now my leg is numb.',
     'My energy crashed and I fell down the stairs onto my back.',
     'Energy crash on my meds, then a car crash on Monday, and my back has hurt since.',
     "Had my gall bladder out last year. Now my groin and bum are numb and I can't feel "
     'the toilet paper.'],
)  # fmt: skip
