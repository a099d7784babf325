"""Routing (route29 of issue 15, classes that recur across rounds of real messages): a pain told
coming on during one sport ("15 miles into the ride my back started to kill me", "about 5k into
every run"), then a question that names no theme of its own ("any idea where to start?", "could
it be my technique?"), asks about that sport; a question with a theme or a shape of its own
("how long will it take to heal?") keeps it. A numbness or a pain that stays or comes back after
a back operation told, asked about ("is that normal?", "how can he manage it?"), is the surgery
section's recovery, while an operation elsewhere (a knee, an appendix) is not. A request for
help that names nothing ("any advice on where to start?", "tips on what I should be doing
differently?") after a story of one theme (a sport, the gym) asks about it, whatever its length.
Wordings written for this brief, beside look-alikes that must keep their answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import routed


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("been riding about 50 miles a weekend. around 30 miles in my lower back starts aching "
         "and by the end i can barely straighten up. any idea where to start with fixing this?",
         "cycling"),
        ("I get a sharp ache in my buttock on long rides, usually after an hour or so. Off the "
         "bike it settles down. What can I do about it?", "cycling"),
        ("Started training for a half marathon and about 5k into every run my lower back "
         "tightens up and the pain spreads into my hip. How do I sort this out?", "running"),
        ("whenever i swim front crawl for more than 20 lengths my low back starts hurting. "
         "could it be my technique?", "swimming"),
        ("New to road cycling. My lower back hurts after 20km in the saddle. Could my handlebars "
         "be too low?", "cycling"),
        # A bike's fit and a club rider's words name riding ("reach", "the drops", "sportives").
        ("so i do sportives most weekends and the last few my back has been killing me after the "
         "first big climb. stretching out on the drops seems to make it worse. could it be that "
         "my reach is too long??", "cycling"),
        ("Did 60 miles on Sunday and my lower back was screaming by the end. I'm wondering if my "
         "top tube or stem is too long and I'm over-stretched, what do you think?", "cycling"),
        ("Training for my first marathon, up to 30km long runs. Every long run now ends with my "
         "lower back so stiff I can hardly bend to untie my shoes. Is there something I'm doing "
         "wrong with my form or should I be doing some kind of strengthening?", "running"),
    ],
)  # fmt: skip
def test_pain_during_a_sport_then_a_question_naming_nothing_is_that_sport(
    text: str, expect: str
) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("I cycle to work every day and my back has been sore for weeks even on days off. How "
         "long will it take to heal?", "how-long"),
        ("My back went into spasm after a run on Sunday and it is no better. Should I see a "
         "doctor?", "see-a-doctor"),
        ("I used to run a lot but stopped two months ago because of sciatica. Is it worth "
         "trying a steroid injection?", "injections"),
        ("I ride about 100 miles a week. Three days ago I got a sharp pain down my left leg after "
         "a ride and it hasn't gone. How long does sciatica usually last?", "how-long"),
        ("I stopped cycling in the spring because of a disc bulge and the pain has mostly gone "
         "with rest. My physio wants me to try a nerve block injection; are they worth it?",
         "injections"),
    ],
)  # fmt: skip
def test_a_sport_story_with_a_question_of_its_own_keeps_it(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    "text",
    [
        "had a microdiscectomy at L5/S1 eight months ago. the leg pain went but my big toe and "
        "the side of my foot are still numb. is that normal?",
        "Two years since my laminectomy and the same sciatica I had before has started again "
        "down my right leg. What should I do?",
        "My husband had a lumbar fusion in March. He still gets burning pain in his calf most "
        "evenings. How can he manage it?",
        "After my back operation last year I still have tingling in my heel, is this something "
        "that stays?",
        "i had a discectomy 3 years ago, been fine, but the pain came back last month after "
        "lifting. how do i deal with this",
        "Its been 18 months since my back op and im a lot better than before, no regrets. But i "
        "still get pain in my lower back and the nerve in my leg is driving me mad most nights. "
        "I read the nerve can take 2 years to heal, is that true?",
        "My laminectomy was in 2019 and went really well, I even got back to jogging. Then a few "
        "weeks ago the exact same pain I had before the operation started shooting down my leg "
        "again. Has anyone had their sciatica return years after surgery? What did you do?",
        # Back to a sport after the operation, whichever the message tells first.
        "I had an L5/S1 discectomy in January. The surgeon said wait at least three months "
        "before running and it's now five months, I've been swimming and doing core work. Has "
        "anyone gone back to running after back surgery? How long did you wait, and did it "
        "flare your back up?",
        "My surgeon was vague about when I could get back to cycling. Has anyone ridden again "
        "after a lumbar fusion? How long did you leave it?",
    ],
)  # fmt: skip
def test_a_symptom_staying_or_back_after_a_back_operation_is_its_recovery(text: str) -> None:
    assert routed(text) == "surgery"


@pytest.mark.parametrize(
    "text",
    [
        "I had a knee operation last year and now I have sciatica down the same leg. What "
        "stretches can I do?",
        "Had my appendix out last year and since then my lower back still aches when I sit at "
        "my desk. Is that normal?",
        "I had a hip replacement last year and ever since I've had a pain down the back of my "
        "thigh. Could that be sciatica?",
        "The surgeon says I might need a microdiscectomy but I want to avoid it. The pain in my "
        "leg is still bad after 4 months of physio. What else can I try before surgery?",
    ],
)  # fmt: skip
def test_an_operation_elsewhere_is_not_the_back_operations_recovery(text: str) -> None:
    assert routed(text) != "surgery"


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("I've started going to the gym again after a year off and every time I do deadlifts my "
         "lower back is sore for days. Anyone got tips on what I should be doing differently "
         "here?", "gym-yoga"),
        ("Hi There. When running (especially downhill) I get a dull lower back ache. Did a 15 "
         "mile run last week and my legs were fine, but my back hurt the whole way. Any advice "
         "on where to start, in order to fix it?", "running"),
        ("Been cycling to work for 2 years, 10 miles each way. Lately my lower back aches every "
         "ride home and I'm not sure what's causing it. Where do I even begin with fixing it "
         "properly?", "cycling"),
        # A request that names a theme of its own keeps it.
        ("I run three times a week and my back aches afterwards. Any advice on which "
         "painkillers are safe to take?", "painkillers"),
        ("Since I started cycling my back pain has been much better, but I sleep badly. Any "
         "advice on where to start with a better night's sleep?", "sleeping"),
    ],
)  # fmt: skip
def test_a_request_for_help_naming_nothing_is_about_the_storys_one_theme(
    text: str, expect: str
) -> None:
    assert routed(text) == expect
