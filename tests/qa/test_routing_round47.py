"""Routing classes of round 47 (route47), written by the team before the fix (no labelled line
copied): an operation weighed against another treatment ("is an operation better than
exercise?", "epidural or operation, which is better?"), or told as the only option left, is the
surgery section's, not the other treatment's the question also names. A red flag told with it
still alarms, another body part's operation stays out of scope, and a comparison that names no
operation keeps its own section. Symptoms told as coming on with a bike ride, ending in a plea
("... after two hours my leg goes tingly. Ideas?"), are the cycling section's; a red flag still
alarms, a motorbike's or a horse's ride is not cycling, and a pregnancy, an operation or the
chair asked of keeps its own section."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import said_cases

_STORY_PLEA = (
    "the operation is weighed in the story or in an earlier question while the last one asks "
    "only 'Is he right?', or two questions name the injections and the operation: which "
    "question is read is the focus logic's (route46), and a whole-message shape would pull "
    "sleep or work questions told after a surgeon's advice, so left alone"
)


# Before the fix: 3/11.
test_operation_weighed_is_surgery = said_cases(
    [
        ('Is an operation better than exercise?', 'surgery'),
        ('Is an operation better than carrying on with physio?', 'surgery'),
        ('Is surgery better than injections for a herniated disc?', 'surgery'),
        ('Which works better in the long run, surgery or physiotherapy?', 'surgery'),
        (
            "Chiropractor, massage, injections, you name it. The neurosurgeon thinks only "
            "surgery will work now. I'm scared. Has anyone been in this position, did you go "
            "through with it?",
            'surgery',
        ),
        ('The consultant told me surgery is the only option left. Is that true?', 'surgery'),
        pytest.param(
            'I had a laminectomy years ago and now the same pain is back at L4-5. Is it a waste '
            'of time to go through the whole injection and therapy routine again? Wouldn\'t it '
            'be more practical to just have surgery?',
            'surgery',
            marks=pytest.mark.xfail(reason=_STORY_PLEA, strict=True),
        ),
        pytest.param(
            "My doctor says the rupture is too large for anything but surgery to work. I've been "
            'on tramadol and pregabalin for 4 months. Is he right?',
            'surgery',
            marks=pytest.mark.xfail(reason=_STORY_PLEA, strict=True),
        ),
        ('Should I have the microdiscectomy or give the exercises more time?', 'surgery'),
        ('Does surgery work better than physio for sciatica?', 'surgery'),
        ('Epidural or operation, which is better?', 'surgery'),
    ],
)  # fmt: skip

# Look-alikes that must not change (the same before and after the fix).
test_operation_weighed_look_alikes = said_cases(
    [
        (
            'My surgeon says I need an operation soon, but since yesterday I have numbness '
            "around my bottom and I can't pee properly. Is surgery better than waiting?",
            'red_flag',
        ),
        ('Is knee surgery better than physio for a torn meniscus?', 'out_of_scope'),
        (
            'My husband is on morphine after his hip operation. Is oxycodone better than '
            'morphine for him?',
            'out_of_scope',
        ),
        ('Cataract surgery or glasses, which is better?', 'out_of_scope'),
        ('Are injections better than painkillers for sciatica?', 'injections'),
        ('Is physio better than a chiropractor for sciatica?', 'other-treatments'),
        ('Had a microdiscectomy 3 weeks ago, when can I drive?', 'surgery'),
    ],
)  # fmt: skip

_NO_BIKE = (
    "no bike is named, only riding and a saddle, which a horse rider says too (the exercise-"
    "safely section answers riders), so left alone"
)

# Before the fix: 7/10.
test_symptoms_on_a_ride_with_a_plea_is_cycling = said_cases(
    [
        pytest.param(
            'I can only ride for about an hour before the pain in my buttock and down my leg '
            "gets too much and I have to stop. I've tried different saddles. Can anyone offer "
            'some useful suggestions?',
            'cycling',
            marks=pytest.mark.xfail(reason=_NO_BIKE, strict=True),
        ),
        (
            'Training for a sportive and doing about 150 miles a week on the bike. After two '
            'hours my left leg goes tingly and my lower back aches. Ideas?',
            'cycling',
        ),
        (
            'When I ride my bike for more than 30 minutes the side of my leg goes numb, then '
            'comes back when I get off. Is this bad?',
            'cycling',
        ),
        (
            'New to road cycling. Every long ride ends with a shooting pain down the back of my '
            'thigh. Any advice?',
            'cycling',
        ),
        (
            "I've got sciatica and I commute by bike every day, 10 miles each way. By the time I "
            'get to work my bum and leg are killing me. What can I do?',
            'cycling',
        ),
        (
            "My glute and hamstring ache after every spin class, it's like a nerve pain. Anyone "
            'else had this?',
            'cycling',
        ),
        (
            'On my old road bike my feet would go numb and my piriformis would ache. On the new '
            "one it's the same. Grrr. Thoughts?",
            'cycling',
        ),
        (
            'I do a lot of mountain biking and lately my lower back and right leg hurt for days '
            'after each ride. How do you deal with it?',
            'cycling',
        ),
        ('Back pain after cycling long distances, any tips?', 'cycling'),
        (
            "I've been riding my turbo trainer through the winter and now I get sciatica after "
            '45 minutes. Should I stop riding?',
            'cycling',
        ),
    ],
)  # fmt: skip

# Look-alikes that must not change (the same before and after the fix).
test_symptoms_on_a_ride_look_alikes = said_cases(
    [
        (
            "After a long bike ride yesterday I can't feel my saddle area and I haven't been "
            'able to pee. Any advice?',
            'red_flag',
        ),
        ('After a bike ride, both my legs went weak and I fell over. Any ideas?', 'red_flag'),
        (
            'I ride my motorbike to work and after an hour my leg goes numb. Any ideas?',
            'is-it-sciatica',
        ),
        (
            'After riding my horse for an hour my lower back and leg ache. Any advice for '
            'riders?',
            'exercise-safely',
        ),
        (
            "I'm 28 weeks pregnant and after riding my bike to work my bum and leg hurt. Any "
            'tips?',
            'pregnancy',
        ),
        (
            "When I ride my bike my leg is fine, but sitting at my desk afterwards kills me. "
            'What can I do about my chair?',
            'sitting',
        ),
        (
            'I had a microdiscectomy in May. After a 20 mile ride my leg aches. Is this normal?',
            'surgery',
        ),
    ],
)  # fmt: skip
