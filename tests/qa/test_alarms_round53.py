"""alarms53 red-team: three false-alarm shapes left xfailed in round 51 and 48, in long
forum-post shape; and true red flags of each shape that must still alarm (one told in a second
sentence). (1) a relative's cancer with the writer's own denied in a bare clause ("I haven't",
"not me"); (2) both legs numb after a posture, passing in a minute; (3) a clinician's red-flag
checklist, every one answered no. Written before any change; scored at main 3d344d9: quiet
6/28 (relative 2/10, posture 3/8, checklist 1/10), alarm 16/18. After the fix: quiet 28/28,
alarm 16/18: the two misses are misses at main too (xfailed, strict): a saddle numbness on the
toilet passing (quiet by a deliberate exemption at main) and "it's been numb" whose "it" is the
groin of the clause before."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import alarm_cases, quiet_cases

XF = pytest.mark.xfail(strict=True, reason="alarms53: left (see comment)")

test_relative_cancer_own_denied_stays_quiet = quiet_cases(
    [
     ("My mum had breast cancer, I haven't. I've been on gabapentin for sciatica for 3 weeks "
      'and it makes me dizzy. Should I keep taking it?'),
     ("My grandad had bowel cancer, not me. I've had sciatica since lifting a sofa. Is ice or "
      'heat better?'),
     ("Both my parents had cancer but I've had none. My lower back and left leg hurt when I "
      'sit. What stretches help?'),
     ('My aunt died of ovarian cancer, I never have. Sciatica down my right leg for a month, '
      'the naproxen helps a bit. How long will it last?'),
     ("My dad had prostate cancer years ago, not me though. I'm 45 with sciatica after "
      'gardening. Can I still play golf?'),
     ("My sister had breast cancer in 2019, I haven't had it. My sciatica flares when I drive."
      ' Any tips?'),
     ("My brother had leukaemia as a kid, I didn't. I've got a bulging disc and sciatica. Is "
      'swimming OK?'),
     ('My nan had cancer, thankfully not me. Pain in my buttock down to my knee for two weeks.'
      ' What exercises?'),
     ('My husband had lung cancer, I have not. I was lifting him a lot and now my back and '
      'leg hurt. Should I see a physio?'),
     ("My best friend had lymphoma, I never did. I've had sciatica on and off for years. Does "
      'yoga help?'),
    ],
)  # fmt: skip

test_relative_cancer_own_denied_true_red_flag_alarms = alarm_cases(
    [
     ("My mum had breast cancer, I haven't. But I was treated for bowel cancer last year and "
      'my back pain is worse at night.'),
     ('My dad had prostate cancer, not me. I had a melanoma removed two years ago and now my '
      'back really hurts.'),
     ("My grandad had cancer, I haven't, but I've lost a stone without trying and my back "
      'hurts.'),
     ('My mum had breast cancer and so have I. Now my back hurts at night.'),
     ("My aunt had cancer, not me, but both my legs have gone numb and I can't pee properly."),
     ("My dad died of cancer, not me, thank god. I'm on chemo for myeloma though and my spine "
      'aches.'),
    ],
)  # fmt: skip

test_posture_numb_passing_stays_quiet = quiet_cases(
    [
     ('If I sit cross-legged on the floor playing with my kids both legs go numb but it wears '
      "off in a minute once I stand. I've had sciatica in my left leg for 6 weeks, on "
      'naproxen. Is it OK to sit on the floor?'),
     ('Kneeling at church makes both my legs go dead, it passes within a minute of getting up.'
      ' My lower back aches. Should I stop kneeling?'),
     ('Sitting on my heels, my feet and legs go numb but it goes after a minute or two. '
      'Sciatica in my right leg. Is that the nerve?'),
     ("When I sit cross legged both legs fall asleep, it passes in a minute or so. I've got a "
      'herniated disc. What stretches?'),
     ('After sitting in the lotus position my legs are numb, it passes in a minute. I started '
      'yoga for sciatica. Am I doing it wrong?'),
     ('Squatting in the garden for a while makes both legs tingle and go numb but it passes in'
      ' a minute once I stand up. Sciatica on the left. Is gardening bad?'),
     ('Both my legs go numb when I sit on the floor watching TV, it wears off after a minute. '
      'My sciatica is mostly in my hip. Do I need a cushion?'),
     ('My legs go to sleep if I sit with them crossed at my desk, but it goes in a minute. '
      'Sciatica for three weeks, amitriptyline at night. Is a kneeling chair better?'),
    ],
)  # fmt: skip

test_posture_numb_true_red_flag_alarms = alarm_cases(
    [
     ("My legs go numb when I sit cross-legged and it doesn't pass, they're still numb now. "
      'Back pain for a week.'),
     ('Both legs go numb when I sit cross-legged, it passes in a minute, but I also have '
      'numbness between my legs when I wipe.'),
     # Left: quiet at main already by a deliberate exemption (content/qa.yaml, 'Numb or tingling
     # on the toilet seat, passing on standing'), not this branch's; reported to the lead.
     pytest.param('When I sit on the toilet my bum and between my legs go numb, it passes in a '
                  'minute. Sciatica for a month.', marks=XF),
     ('Both legs go numb when I sit cross-legged but it passes in a minute. Since yesterday '
      'both legs are numb all the time, even walking.'),
     ('Both my legs went numb out of nowhere while I was lying in bed, it passed in a minute. '
      'Sciatica for a month.'),
     ('When I sit cross-legged both legs go numb and weak, and it takes hours to pass. My back'
      ' is bad.'),
    ],
)  # fmt: skip

test_checklist_all_no_stays_quiet = quiet_cases(
    [
     ('My GP asked about numbness in the saddle area, bladder and bowel problems and fever, '
      "and I said no to all of them. She says it's a disc. How long will it take?"),
     ('The physio asked about bladder, bowels, weight loss and night pain, all of which were '
      'no. What exercises can I do?'),
     ('At the walk-in centre the doctor checked for cauda equina, bladder, bowel and numbness '
      'down below, and I had none of it. Is it safe to go to work?'),
     ('The doctor went through the warning signs: incontinence, saddle numbness, weakness in '
      'both legs. None of them apply to me. What else can I do for the pain?'),
     ('My osteopath asked about fever, weight loss, cancer and bladder trouble, and the answer'
      ' was no to all. Should I keep going?'),
     ('On the phone the nurse asked whether I had any bladder or bowel problems, numbness '
      'between my legs or a fever, I said no to all of those. Can I take ibuprofen with '
      'naproxen?'),
     ('My GP asked about loss of bladder control, numbness in my groin and weakness, all no. '
      'He gave me amitriptyline. Does it work?'),
     ('The A&E doctor asked if I had any bowel or bladder problems or numbness around my '
      'bottom, no to everything. They sent me home. Is that right?'),
     ('The pharmacist asked about fever, bladder problems and numbness, none of which I have.'
      ' Which painkiller is best?'),
     ('I was asked by 111 about incontinence, numb bum and weak legs, none of those. They told'
      ' me to rest. How long?'),
    ],
)  # fmt: skip

test_checklist_all_no_true_red_flag_alarms = alarm_cases(
    [
     ('My GP asked about bladder, bowels and numbness down below and I said no to all of '
      "them. But since last night I can't feel myself wipe."),
     ('The physio asked about bladder, bowel and saddle numbness; I said no to all except the '
      'bladder, I keep leaking.'),
     ('The nurse asked about fever and weight loss, none of which I have, but both my legs '
      'have gone weak.'),
     ("My GP asked about bladder and bowel problems, I said no, but I've had to strain to pee "
      'for two days.'),
     # Left (a miss at main too): 'it' is the groin of the clause before, read in no clause.
     pytest.param("The doctor asked about numbness in the groin and I said yes, it's been numb "
                  'since Monday.', marks=XF),
     ('At 111 they asked about fever, bladder and bowels, all no. Today I wet myself without '
      'noticing.'),
    ],
)  # fmt: skip

# Look-alikes of the fixes (written after them) that must still alarm: a relative's cancer with
# the writer's own only unchecked or told too, a denial that is not bare; a checklist answered
# yes or with an exception, a writer asking about their own symptoms; a posture's numbness told
# still there, weak, or coming back.
test_look_alikes_of_the_fixes_still_alarm = alarm_cases(
    ["My mum had breast cancer, I haven't been checked yet. My back hurts at night.",
     'My dad had bowel cancer, not me, but I have it now too. Sciatica for a month.',
     "My sister had leukaemia, I've had it too. My back is agony.",
     'My GP asked about bladder, bowels and saddle numbness, all no except I keep wetting '
     'myself.',
     'I asked the doctor about my numb groin, my bladder leaks and both legs are weak, none '
     'of the painkillers help.',
     'The physio asked about bladder and bowels, I said yes to both, I cant hold my wee.',
     'My legs go numb when I sit cross-legged, it passes in a minute but now it keeps coming '
     'back even when I walk.',
     'Both my legs go numb and weak when I kneel, it passes in a minute.',
     'Both legs went numb when I squatted and they are still numb hours later.',
     "Both my legs went numb when I knelt at church and it's not wearing off, a day later."],
)  # fmt: skip

# Look-alikes that must stay quiet as at main (written after the fixes).
test_look_alikes_of_the_fixes_stay_quiet = quiet_cases(
    ['My aunt died of ovarian cancer, I never have. Sciatica down my right leg, any tips?',
     'At 111 they asked about incontinence, saddle numbness and weakness and I said no to all'
     ' of it. They said rest. How long?',
     'If I kneel for a while both my legs go numb, then it goes as soon as I stand. Is '
     'kneeling bad for sciatica?'],
)  # fmt: skip
