"""Six false-alarm shapes from rf48's long-post red-team (helper alarms51): a medicine's
leaflet read out by someone with none of its side effects, a medicine's known effect of weeing
more, a fever that is gone, a relative's cancer with the writer's own denied, a positional
numbness that passes at once, a clinician's red-flag checklist all answered no; and true red
flags of each shape that must still alarm. Written before any change; scored at main 1ba57b7:
quiet 15/49, alarm 28/30 (misses: a cancer of ones own told beside a relative's). After the
fix: quiet 37/49, alarm 30/30; after the lead took back the relative's-cancer quieting (it
hid a cancer of one's own told in another sentence), quiet 34/49, alarm 32/32 with two such
cases added. The cases still failing are xfailed (strict), left for a later round."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import alarm_cases, quiet_cases

XF = pytest.mark.xfail(strict=True, reason="alarms51: not fixed")
# The bare denial after a relative's cancer ("I haven't", "not me", "had none") was quieted by a
# message-wide `kept`, which also hid a cancer of the writer's own told in another sentence ("My
# mum had breast cancer, I haven't. But I had lymphoma in 2018"); the lead took it back (safety
# first: NICE NG59 flags a cancer history). alarms53 reads it clause by clause (the relative's
# clause just before the bare denial shows nothing): those cases are plain again.

test_leaflet_stays_quiet = quiet_cases(
    [
     ('The gabapentin leaflet lists loss of bladder control and leg weakness as '
      "rare side effects. I've had none of those. Does it cause weight gain?"),
     ('I read the pregabalin leaflet and it mentions incontinence and numbness in '
      "the legs, which frightened me, but I don't have any of it. How long before "
      'it works?'),
     ('My amitriptyline leaflet says it can cause difficulty passing urine. '
      "Thankfully I've not had that. Can I take it with ibuprofen?"),
     ('The side effects listed for duloxetine include problems peeing and weakness.'
      ' None of those apply to me. Is it OK to drink coffee on it?'),
     pytest.param('Looked up tramadol online and the side effects include bladder problems and '
                  "numbness. I haven't noticed anything like that. Is it addictive?",
                  marks=XF),
     ('The information sheet with my naproxen warns of bowel bleeding and fever as '
      "side effects. I've had none. Should I take it with food?"),
     ('The pharmacist said baclofen can cause muscle weakness and bladder trouble, '
      "but I've been fine on it. Does it help sciatica?"),
     ("Gabapentin's leaflet lists weakness in the legs and incontinence among rare "
      'side effects. None so far for me. Can I drive on it?'),
     ("On co-codamol, the leaflet warns it can cause difficulty peeing. I haven't "
      'had any trouble. How long can I take it for?'),
    ],
)  # fmt: skip

test_leaflet_true_red_flag_alarms = alarm_cases(
    [
     ('The gabapentin leaflet lists loss of bladder control as a side effect and '
      "that's exactly what I've got, I keep leaking. What should I do?"),
     ('The pregabalin leaflet mentions numbness and since Monday my bum and between'
      ' my legs are numb. Does pregabalin do that?'),
     ('My amitriptyline leaflet says it can cause difficulty passing urine, and I '
      "haven't been able to pee since yesterday. Is that the tablets?"),
     ('The side effects listed for tramadol include bladder problems and now I '
      "can't tell when my bladder is full. Should I stop it?"),
     ('The leaflet warned of weakness, and both my legs have gone weak since last '
      'week. Is it the gabapentin?'),
    ],
)  # fmt: skip

test_drug_wee_stays_quiet = quiet_cases(
    [
     ("I'm on amitriptyline and it makes me need to wee a lot at night, which is "
      'annoying. My sciatica is better though. Can I lower the dose?'),
     ('The amitriptyline makes me pee loads at night. Otherwise fine. Will it wear '
      'off?'),
     ("Since starting my water tablets I'm peeing all the time. My back is sore "
      'from sciatica. Which stretches help?'),
     ('Duloxetine makes me go to the toilet to wee more often. My sciatica is '
      'easing. How long should I stay on it?'),
     pytest.param('My blood pressure tablets (furosemide) have me weeing every hour. Sciatica '
                  'in my left leg for a month. Is walking good?',
                  marks=XF),
     ("I drink loads of water and so I'm up to pee twice a night. My sciatica is in"
      ' my right leg. What mattress is best?'),
     ('Pregabalin gives me a dry mouth so I drink more and wee more. My leg pain is'
      ' better. Does it cause weight gain?'),
     ('Ever since going on nortriptyline I get up at night to wee. Sciatica '
      'otherwise improving. Can I stop it?'),
    ],
)  # fmt: skip

test_drug_wee_true_red_flag_alarms = alarm_cases(
    [
     ("I'm on amitriptyline and since yesterday I can't pee at all even though I'm "
      'bursting. Is that the tablets?'),
     ("Since starting amitriptyline I've been wetting myself without knowing. Is it"
      ' a side effect?'),
     ("The duloxetine makes me wee a lot and now I can't feel when I'm going. My "
      'sciatica is bad. Help?'),
     ("On pregabalin and I've started leaking urine without realising it. Could it "
      'be the drug?'),
     ("My tablets make me wee more but now I've lost control of my bladder "
      'completely. Can I stop them?'),
    ],
)  # fmt: skip

test_fever_gone_stays_quiet = quiet_cases(
    [
     ("Had a cold last week with a fever, that's gone now. My sciatica is about the"
      ' same. Is walking good?'),
     ("I had flu a fortnight ago with a high temperature but I'm over it now. Back "
      'and leg pain carrying on. What exercises help?'),
     pytest.param('My temperature went back to normal days ago after a chest infection. '
                  'Sciatica still niggling. Should I see a physio?',
                  marks=XF),
     ('I had a fever on Monday from a tummy bug, all cleared up by Wednesday. My '
      'sciatica is the same as ever. Heat or ice?'),
     ("Last week I had covid with a fever but I've recovered. My sciatica has "
      'flared though. What stretches help?'),
     ('The fever I had with my cold went after two days. My back still hurts down '
      'my leg. Is it OK to swim?'),
     ('I was feverish over Christmas with a virus, fine now. The sciatica has been '
      'going six weeks. When will it end?'),
     ('Had a temperature with a sore throat last month, long gone. Sciatica started'
      ' this week after gardening. How long does it last?'),
    ],
)  # fmt: skip

test_fever_gone_true_red_flag_alarms = alarm_cases(
    [
     ("I've had a fever for three days and my back is agony down my leg. Is it the "
      'flu?'),
     ('I had a cold last week and the fever is still there, with bad back pain. '
      'What should I do?'),
     ('My temperature is 39 and my back hurts more than ever. Should I take '
      'paracetamol?'),
     ('The fever came back yesterday and now my lower back is really painful. Is it'
      ' sciatica?'),
     ('I keep getting fevers and night sweats with my back pain. Is that normal for'
      ' sciatica?'),
    ],
)  # fmt: skip

test_relative_cancer_stays_quiet = quiet_cases(
    [
     ("My mum had breast cancer, I haven't. I've got sciatica from sitting at a "
      'desk all day. What chair should I get?'),
     ("My dad died of prostate cancer but I've never had cancer myself. Sciatica "
      'for two weeks. Is it safe to run?'),
     ("There's bowel cancer in my family (my nan and my aunt) but I have never had "
      'it. Back pain going down my leg. Which stretches?'),
     ("My sister had leukaemia as a child. I'm healthy apart from sciatica. Is yoga"
      ' OK?'),
     ("My husband is having chemo for lung cancer and I'm looking after him. I've "
      'got sciatica, no cancer here. Any tips for sleeping?'),
     ('My grandad had cancer, not me. My sciatica is in my right leg. Should I use '
      'heat?'),
     ("Both my parents had cancer but I've had none. I've had sciatica for a month."
      ' Do I need a scan?'),
     ('My brother was treated for testicular cancer years ago. I myself have no '
      "history of cancer. I've got sciatica, what helps?"),
    ],
)  # fmt: skip

test_relative_cancer_true_red_flag_alarms = alarm_cases(
    [
     ("My mum had breast cancer and so did I, three years ago. Now I've got bad "
      'back pain. Is it sciatica?'),
     ("My dad had prostate cancer and I've just been diagnosed with it too. My back"
      ' hurts down my leg. What helps?'),
     ('Cancer runs in my family and I had bowel cancer myself in 2019. New back '
      'pain for a month. What could it be?'),
     ('My sister and I both had breast cancer. Now I have sciatica. Should I worry?'),
     ("My mum had lung cancer, and I'm being treated for lymphoma. My back is "
      'agony. Which painkillers?'),
     # A relative's cancer denied of oneself, then one's own told in another sentence.
     ("My mum had breast cancer, I haven't. But I had lymphoma in 2018 and now my back "
      'hurts.'),
     ("My dad died of prostate cancer but I've never had cancer myself. I had chemo for "
      'lymphoma in 2015 though, and my back hurts at night.'),
    ],
)  # fmt: skip

test_position_numb_stays_quiet = quiet_cases(
    [
     ('My legs go numb when I sit cross-legged for too long but it passes in a '
      'minute. My back is stiff. Is yoga good for sciatica?'),
     ('If I kneel for a while both my legs go numb, then it goes as soon as I '
      'stand. Sciatica in my right buttock. Is kneeling bad?'),
     ('Both my feet go to sleep when I sit on the loo too long, it wears off '
      'straight away. I have sciatica. What helps?'),
     ('My legs get pins and needles when I sit on my feet, gone within a minute of '
      'moving. Sciatica down the left leg. Any stretches?'),
     ('After sitting cross-legged on the floor both legs go numb for a moment, then'
      " it's fine. Back pain for two weeks. Is that normal?"),
     ('When I squat for ages both legs tingle, but it goes after a few seconds. '
      'Sciatica on and off. What exercises?'),
     ('Sitting cross legged makes my legs fall asleep but it passes quickly once I '
      'stretch them. My sciatica is mild. Should I do yoga?'),
     ('My legs went numb after sitting on a hard floor at a concert, back to normal'
      ' within a minute. Sciatica since then is the same. Heat or ice?'),
    ],
)  # fmt: skip

test_position_numb_true_red_flag_alarms = alarm_cases(
    [
     ("Both my legs have been numb since yesterday and it isn't going away. "
      'Sciatica for a week. What should I do?'),
     ("My legs went numb when I sat cross-legged and they're still numb two days "
      'later. Is that sciatica?'),
     ("Both legs are numb and weak and it doesn't pass when I move. Back pain for a"
      ' week. Help?'),
     ("I sat on the floor and now both my legs are numb and won't come back, it's "
      'been hours. Should I worry?'),
     ("Numbness in both legs that comes and goes all day, even when I'm walking. My"
      ' back is bad. Is it the disc?'),
    ],
)  # fmt: skip

test_checklist_no_stays_quiet = quiet_cases(
    [
     ('Our GP asked about fever, weight loss, bladder and bowels, all of which I '
      "said no to. She said it's simple sciatica. How long does it take?"),
     ('The physio went through the red flag questions, numbness down below, '
      'bladder, bowels, weakness, and I had none of them. What exercises help?'),
     ("The doctor asked if I'd had any problems with my bladder or bowel, any "
      'numbness in my bum or fever, and the answer to all was no. Is it OK to walk?'),
     ('At 111 they asked about incontinence, saddle numbness and weakness and I '
      'said no to all of it. They said rest. How long?'),
     ('The nurse checked for fever, weight loss and bladder problems, none of which'
      ' I have. My sciatica is bad though. Which painkillers?'),
     ('My GP asked about bladder control, bowel control, numbness around my back '
      'passage and cancer, all no. Is sciatica permanent?'),
     ('I was asked all the cauda equina questions by the A&E doctor, bladder, '
      'bowels, saddle numbness, and I had none. Sent home with naproxen. Is that '
      'right?'),
     ('The chiropractor asked whether I had fever, weight loss or trouble peeing, '
      'and I said no to each one. Can I keep seeing him?'),
    ],
)  # fmt: skip

test_checklist_no_true_red_flag_alarms = alarm_cases(
    [
     ('The GP asked about fever, weight loss, bladder and bowels. I said no to all '
      "except the bladder, I've been leaking. What now?"),
     ('The physio asked the red flag questions and I said yes to numbness down '
      'below. She told me to go to A&E. Is that right?'),
     ('The doctor asked about bladder, bowels and numbness in my bum. I said no but'
      " actually I can't feel the toilet paper when I wipe. Should I go back?"),
     ('At 111 they asked about incontinence and weakness and I said yes, both legs '
      'are weak. How long will it take?'),
     ('The nurse asked about fever and weight loss, and I have lost a stone without'
      ' trying. Is it sciatica?'),
    ],
)  # fmt: skip

# Look-alikes of the fixes (written after them) that must still alarm: a fever 'over' a time
# or a number, a relative's cancer with the writer's own only unchecked, a side effect read
# out and then had, a medicine's effect on the bladder that is a retention.
test_look_alikes_of_the_fixes_still_alarm = alarm_cases(
    ['I had a fever over the weekend and my back is killing me.',
     'Fever over 38 and back pain since Monday.',
     "My mum had breast cancer, I haven't been checked. My back hurts, is it sciatica?",
     'The leaflet lists incontinence as a side effect and I keep wetting myself. Should I '
     'stop it?',
     'The pharmacist told me gabapentin can cause weakness and both my legs have gone weak.',
     "Since starting amitriptyline I can't pee properly even when I'm bursting."],
)  # fmt: skip
