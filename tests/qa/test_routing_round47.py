"""Routing classes of round 47 (route47), written by the team before the fix (no labelled line
copied): an operation weighed against another treatment ("is an operation better than
exercise?", "epidural or operation, which is better?"), or told as the only option left, is the
surgery section's, not the other treatment's the question also names. A red flag told with it
still alarms, another body part's operation stays out of scope, and a comparison that names no
operation keeps its own section."""

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
