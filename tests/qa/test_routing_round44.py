"""Routing classes of round 44 (route44), written by the team before the fix (no labelled line
copied): a return wished away asked as what to do so it does not happen again is prevention;
worse again or hurting again told now, or what to do in the interim, is a flare-up; a good
medicine asked for is the painkillers section; whether physio, a chiropractor, acupuncture or
massage helps keeps its section. A red flag still alarms, a named drug's dose stays out of
scope and an injection stays the injections section."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import said_cases

_PHYSIO_NAMED = (
    "the physio named gets its topic bonus over the interim shape; a flare-up variant that won it "
    "pulled 'how long do I wait' lines to flare-ups, so left alone"
)

# Before the fix: 10/10.
test_is_physio_worth_it_is_physiotherapy = said_cases(
    [
        ('Should I go to physical therapy for this?', 'physiotherapy'),
        ('Is physio worth it for sciatica?', 'physiotherapy'),
        ('Would physical therapy help me?', 'physiotherapy'),
        ('Is it worth seeing a physiotherapist?', 'physiotherapy'),
        ('Should I ask my GP to refer me to a physio?', 'physiotherapy'),
        ('Will PT actually help my leg pain?', 'physiotherapy'),
        ('Does physiotherapy work for a herniated disc?', 'physiotherapy'),
        ('Should I try physio before anything else?', 'physiotherapy'),
        ("I've had two physio sessions, is it worth carrying on?", 'physiotherapy'),
        ('Is physical therapy a good option for sciatica?', 'physiotherapy'),
    ],
)  # fmt: skip

# Before the fix: 7/10.
test_worse_again_now_is_a_flare_up = said_cases(
    [
        ('My sciatica has flared up again this week, what do I do?', 'flare-ups'),
        ("It's acting up again after a good month. What should I do?", 'flare-ups'),
        ('My back has relapsed and the leg pain is back, help', 'flare-ups'),
        ('The pain got worse again over the weekend, what can I do?', 'flare-ups'),
        ('My sciatica is playing up again, any advice?', 'flare-ups'),
        ("It's been fine for months and now it's back with a vengeance", 'flare-ups'),
        pytest.param(
            'What should I do in the interim while I wait for physio?', 'flare-ups',
            marks=pytest.mark.xfail(reason=_PHYSIO_NAMED, strict=True),
        ),
        ('Having a really bad day with my sciatica today, what helps?', 'flare-ups'),
        ('Sciatica is worse this week than last, what should I do?', 'flare-ups'),
        ('It started hurting again yesterday after being good for weeks', 'flare-ups'),
    ],
)  # fmt: skip

# Before the fix: 10/10.
test_will_a_chiropractor_help_is_other_treatments = said_cases(
    [
        ('Will a chiropractor help my sciatica?', 'other-treatments'),
        ('Should I see a chiropractor?', 'other-treatments'),
        ('Does acupuncture work for sciatica?', 'other-treatments'),
        ('Would an inversion table help?', 'other-treatments'),
        ('Is massage good for sciatica?', 'other-treatments'),
        ('Is it worth trying acupuncture?', 'other-treatments'),
        ('Can an osteopath fix a slipped disc?', 'other-treatments'),
        ('Is chiropractic dangerous for a herniated disc?', 'other-treatments'),
        ('Has anyone tried traction for sciatica?', 'other-treatments'),
        ('Would a TENS machine help with the leg pain?', 'other-treatments'),
    ],
)  # fmt: skip

# Before the fix: 4/10.
test_not_again_is_prevention = said_cases(
    [
        ('How do I stop it coming back?', 'prevention'),
        ("What can I do so it doesn't happen again?", 'prevention'),
        ("What should I change so I don't end up with sciatica again?", 'prevention'),
        ('How do I make sure I never get this again?', 'prevention'),
        ('What do I need to do to not hurt my back again?', 'prevention'),
        ("Once it's better, how do I keep it from returning?", 'prevention'),
        ('Any tips to avoid another episode?', 'prevention'),
        ('How can I protect my back in the future?', 'prevention'),
        ('What can I do to not herniate the disc again?', 'prevention'),
        ('How do I avoid hurting my back again when gardening?', 'prevention'),
    ],
)  # fmt: skip

# Before the fix: 9/10.
test_a_good_medicine_is_painkillers = said_cases(
    [
        ('Will naproxen help my sciatica?', 'painkillers'),
        ('Does gabapentin work for sciatica?', 'painkillers'),
        ('How long does pregabalin take to work?', 'painkillers'),
        ('What is the best medication for sciatica?', 'painkillers'),
        ('Is ibuprofen good for sciatica pain?', 'painkillers'),
        ("What's a good pain reliever for sciatica?", 'painkillers'),
        ('Will muscle relaxants stop the pain?', 'painkillers'),
        ('Is there any medicine that helps nerve pain?', 'painkillers'),
        ('How long does amitriptyline take to kick in for nerve pain?', 'painkillers'),
        ('Do anti-inflammatories help with sciatica?', 'painkillers'),
    ],
)  # fmt: skip

# Look-alikes that must not change: a red flag, an injection, a named drug's dose, a
# movement avoided with no "again", a return told (not wished away).
test_round44_look_alikes = said_cases(
    [
        ("Should I go to A&E, I can't feel my saddle area", 'red_flag'),
        ('Should I get a steroid injection?', 'injections'),
        ('How much does a physio session cost privately?', 'out_of_scope'),
        ("My sciatica flared up again and now I can't control my bladder", 'red_flag'),
        ('My sciatica flared up again and now both legs are numb', 'red_flag'),
        ('It flared up again after my epidural injection, should I get another injection?',
         'injections'),
        ('How do I stop it coming back?', 'prevention'),
        ('Should I get an epidural injection?', 'injections'),
        ('Will surgery help my sciatica?', 'surgery'),
        ('How much ibuprofen can I take in a day?', 'out_of_scope'),
        ("Will a chiropractor help? I've lost control of my bowels", 'red_flag'),
        ("I can't feel my saddle area, how do I stop it happening again?", 'red_flag'),
        ("What should I do now that it's come back?", 'flare-ups'),
        ('How many mg of naproxen should I take?', 'out_of_scope'),
        ('How much ibuprofen can you take in a day', 'out_of_scope'),
        ('Will the steroid injection help my sciatica?', 'injections'),
        ('Can I drink alcohol on gabapentin?', 'out_of_scope'),
        ("How do I avoid hurting my back when lifting?", "what-to-avoid"),
        ("My sciatica got worse again today and I can't feel my saddle area", "red_flag"),
        ("How long does it take for the steroid injection to work?", "injections"),
        ("Is walking the best medicine for sciatica?", "walking"),
    ],
)  # fmt: skip
