"""Routing (round 12): the classes of messages the round-11 test split missed, checked on
paraphrases written by the team (not copied from any labelled set), each beside look-alikes
that must keep their answer."""

from __future__ import annotations

import pytest

from bot.qa.focus import focuses
from tests.qa.answer_checks import ANSWERER, quiet, routed, routed_cases, routed_to


def outside(text: str) -> bool:
    """`text` gets the honest "the guide doesn't cover that"."""
    return ANSWERER.answer(text).kind == "out_of_scope"


test_a_treatment_named_by_a_brand_or_a_pose = routed_cases(
    [
        # A drug by its brand name, or narcotics as a class, is a painkiller question.
        ("The Norco I was given makes me drowsy, is it worth it?", "painkillers"),
        ("My GP put me on Skelaxin, is that a sensible thing to take?", "painkillers"),
        ("Are narcotics ever a good idea for sciatica?", "painkillers"),
        ("The tablets don't seem to be working, should I take more of them?", "painkillers"),
        # Yoga named by its poses or its styles is the gym and yoga section.
        ("Is downward dog okay to do with sciatica?", "gym-yoga"),
        ("Forward folds make my leg pain worse, are they bad for me?", "gym-yoga"),
        ("Can I still go to my hot yoga class?", "gym-yoga"),
        # A nerve root block is an injection, a recumbent bike is cycling, and the recovery
        # room is an operation's.
        ("Is a nerve root block the same thing as an epidural?", "injections"),
        ("Is a recumbent bike easier on a bad back?", "cycling"),
        ("I woke up in the recovery room and the leg pain had gone, will it stay away?",
         "surgery"),
        # One's own training is exercise.
        ("I've put my training on hold until the leg pain calms down.", "exercise-safely"),
        # Look-alikes: a pose that is one of the guide's exercises keeps its exercise.
        ("How do I do child's pose?", "childs-pose"),
        ("Is the cobra good for a bulging disc?", "prone-press-up"),
    ],
)  # fmt: skip


test_a_word_that_looks_like_a_theme = routed_cases(
    [
        # What stops a movement is no prevention.
        ("The pain prevents me from walking more than ten minutes, is walking still good?",
         "walking"),
        # Getting to work is the journey, not the job.
        ("My drive to work takes an hour, how do I cope in the car?", "driving-travel"),
        # A side of the body is no side plank.
        ("I get a dull ache on the left side of my lower back and down my leg, is it sciatica?",
         "is-it-sciatica"),
        # A treatment that works names no treatment: the thing that works does.
        ("The TENS machine worked wonders for me, should I keep using it?", "other-treatments"),
        # Time told ("three times a week") is no daily habit.
        ("Do I need to see the physio three times a week?", "physiotherapy"),
        # Look-alikes: the theme itself keeps its answer.
        ("How do I stop sciatica coming back?", "prevention"),
        ("Can I keep working with sciatica?", "work"),
        ("How do I do the side plank?", "side-plank-modified"),
        ("How do I remember to do my stretches every day?", "daily-habit"),
    ],
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        ("I worked around the pain for years, but now it wakes me up at night.", "work"),
        ("My nurse told me to keep moving after the operation.", "work"),
        ("I spent the day weeding the raised beds and now my leg aches.", "bed-rest"),
        ("Carrying my toddler on one hip places stress on my back.", "flare-ups"),
    ],
)  # fmt: skip
def test_a_word_that_only_looks_like_a_theme_chooses_none(text: str, not_expected: str) -> None:
    assert ANSWERER.answer(text).answer_id != not_expected


test_another_doctors_view_is_seeing_a_doctor = routed_to(
    "see-a-doctor",
    [
        "My back has hurt for months, do I need a second opinion?",
        "Is it worth asking for another opinion about my leg pain?",
    ],
)


def test_a_told_clause_opening_with_a_question_word_asks_nothing() -> None:
    story = "When I sit for an hour my leg burns. What I do then is walk it off. It helps a bit."
    assert focuses(story) == ["It helps a bit."]
    # Still a request without its "?", when the question word asks.
    assert focuses("My leg hurts. When should I see a doctor") == ["When should I see a doctor"]


def test_a_story_makes_its_point_in_its_last_real_sentence() -> None:
    # Punctuation left after a quote, and an afterthought of a word or two, are no point.
    quoted = 'My physio told me to rest. I ignored her. She said "walk a little every day."'
    assert focuses(quoted)[-1].startswith("She said")
    story = "I bought a TENS machine. It helped at first. Now it won't switch on. At all."
    assert focuses(story) == ["Now it won't switch on."]


test_only_a_near_miss_is_read_as_a_typo = routed_cases(
    [
        # A short word two letters from a guide word is another word, not a typo of it
        # ("seeing" is not "sleeping"); a long word one letter off still is one.
        ("I've been seeing a physiotherapist for a month, should I keep going?", "physiotherapy"),
        ("How long is the recovery from a microdiscetomy?", "surgery"),
        ("Is sleepping on my side better?", "sleeping"),
        # Two neighbouring letters swapped in a short word is one slip of the thumb.
        ("Is walkign good for sciatica?", "walking"),
    ],
)  # fmt: skip


test_a_comparison_asks_about_the_story = routed_cases(
    [
        # The alternative a question weighs its story against is not what it asks about.
        ("My GP offered a steroid injection. Is it safer than an operation?", "injections"),
        ("I've been seeing a physio for six weeks. Is that better than having surgery?",
         "physiotherapy"),
        # Look-alike: a comparison that names its own subject asks about that subject.
        ("Are steroid injections better than surgery?", "injections"),
    ],
)  # fmt: skip


test_nothing_having_helped_is_the_long_term_treatment = routed_cases(
    [
        # Treatments or doctors tried and nothing has helped: what treats it in the long run.
        pytest.param(
            "Been to the physio and the osteopath, nothing has helped?", "long-term-treatment",
            marks=pytest.mark.xfail(
                strict=True,
                reason="two treatments named as tried outweigh the shape: other-treatments",
            ),
        ),
        ("Two years of back pain and no relief from the doctors?", "long-term-treatment"),
        ("I saw a chiropractor and a GP, none of it worked?", "long-term-treatment"),
        # Look-alikes: stretching that fails and an operation that did keep their answers.
        ("Stretching doesn't seem to help at all, why?", "stretches-vs-exercises"),
        ("I had a discectomy last year and the pain is still there?", "surgery"),
    ],
)  # fmt: skip


test_a_report_a_time_told_and_a_movement_ruled_out = routed_cases(
    [
        # A scan report's own words, or a request to have one put in plain words.
        ("IMPRESSION: mild disc desiccation, neural foramina unremarkable. What does it say?",
         "scans"),
        ("What does an annular tear mean?", "scans"),
        ("Findings: small osteophytes at L4. Can you put that in plain English?", "scans"),
        # How long it has lasted so far, told.
        ("It's been three months since I hurt my back and the leg pain is still there.",
         "how-long"),
        ("It has been eight weeks since my sciatica started.", "how-long"),
        # Had before, or on several occasions: a recurrence, a flare-up.
        ("I have had this pain before several times, what should I do now?", "flare-ups"),
        ("This has happened to me on several occasions, what should I do?", "flare-ups"),
        # A movement ruled out is what to avoid.
        ("No bending, no lifting, no twisting: is that really necessary?", "what-to-avoid"),
        # Look-alikes: an operation told keeps its answer; a movement without pain and a
        # job's heavy lifting are not what to avoid.
        ("It's been six weeks since my operation and my leg still hurts.", "surgery"),
        ("I have no pain bending forward but sitting at my desk hurts.", "sitting"),
    ],
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The GP said if I get any numbness between my legs I should go straight to A&E.",
        "My physio warned me: if you notice any change in your waterworks, go to A&E at once.",
    ],
)
def test_being_told_which_signs_send_one_to_a_and_e_is_the_warning_signs(text: str) -> None:
    quiet(text)
    assert routed(text) == "red-flags"


@pytest.mark.parametrize(
    "text",
    [
        # The best or most renowned place or surgeon: the guide names none.
        "Which is the best hospital in the UK for spine surgery?",
        "Where is the most renowned surgeon for disc operations in Europe?",
        # A stone or an infection of another organ.
        "Could this be a kidney stone? The pain comes and goes in waves.",
        "Can gallstones make you ache all over?",
        # A disc of the neck, with no back, leg or sciatica named.
        "I have a bulging disc at C5-C6, what can I do?",
        "Is a cervical disc herniation treated the same way?",
    ],
)
def test_another_place_organ_or_part_of_the_spine_is_outside_the_guide(text: str) -> None:
    assert outside(text)


test_the_guide_still_answers_its_own_themes = routed_cases(
    [
        # Look-alikes: sciatica, the low back or a leg named keeps the guide's answer.
        ("I have a disc bulge at L5-S1 and some neck pain too, what helps my sciatica?", "scans"),
        ("Which stretches are best for sciatica?", "long-term-treatment"),
        ("Is it safe to have sciatica surgery?", "surgery"),
    ],
)  # fmt: skip
