"""Routing: where the question is in a message and what shape it has (round 10), checked on
paraphrases written for round 10 (invented by the team, not copied from any labelled set), each
beside look-alikes that must keep their answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import ANSWERER, routed, routed_cases

test_a_comparison_names_no_theme = routed_cases(
    [
        # A comparison names no theme: "like I'd cycled up a mountain" is no cycling question.
        ("After a day of gardening my legs felt like I had run a marathon. How long should this "
         "take to settle?", "how-long"),
        ("By the evening my legs feel like I've cycled up a mountain. I sit at a desk all day. "
         "What should I change?", "sitting"),
        # Look-alikes: the sport asked about, and a guess at what the pain is, stay.
        ("Is it ok to go running with sciatica?", "running"),
        ("My leg feels like sciatica, could it be?", "is-it-sciatica"),
        ("Does a hot bath help the pain?", "heat-ice"),
    ],
)  # fmt: skip


test_what_could_it_be_asks_what_the_pain_is = routed_cases(
    [
        # "What could it be?" after a described pain asks what the pain is: how to tell.
        ("For a week now there has been a dull throb in my bottom that spreads into the back of "
         "my knee. What could it be?", "is-it-sciatica"),
        ("My lower leg burns and my foot goes weirdly cold. What could this be?",
         "is-it-sciatica"),
        # Look-alikes: what causes it, and the warning signs, keep their sections.
        ("What causes sciatica?", "why-sciatica"),
        ("Which warning signs mean I need help fast?", "red-flags"),
    ],
)  # fmt: skip


test_a_follow_up_question_gives_way_to_the_main_one = routed_cases(
    [
        # Several questions: a last one that only follows up ("anything else?") gives way to the
        # first that names a theme.
        ("My physio suggested a hot water bottle at night and ice in the morning. Which "
         "painkillers are safe for me? Is there anything else I could use?", "painkillers"),
        ("I cycle to work and swim at weekends. Should I have an MRI scan? Anything else I "
         "should ask for?", "scans"),
        # Look-alikes: a last question with a theme of its own is what is asked.
        ("I drive a lot for my job. Would a steroid injection help? And what about the long "
         "drives?", "driving-travel"),
        ("Should I stay in bed? Is running ok?", "running"),
    ],
)  # fmt: skip


test_a_dose_in_the_story_is_no_request_for_a_dose = routed_cases(
    [
        # A dose told in the story is part of the story, not a request for a dose.
        ("I take 400mg ibuprofen three times a day. Should I stay in bed or keep moving?",
         "bed-rest"),
        ("I'm on 300mg gabapentin at night. How long does sciatica usually last?", "how-long"),
    ],
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # Look-alikes: asking for a dose still gets no dose.
        "How many milligrams of naproxen is the right dose for me?",
        "I'm on 300mg gabapentin. How much more can I take?",
    ],
)
def test_asking_for_a_dose_is_still_personal_advice(text: str) -> None:
    assert ANSWERER.answer(text).kind == "out_of_scope"


test_a_described_pain_asks_what_it_is = routed_cases(
    [
        # A message that only describes where a pain goes asks what it is; "runs along my
        # hamstring" is no running.
        ("A tight, tingly feeling starts in my lower back and runs along my hamstring and down "
         "to my foot. I think a nerve is pinched.", "is-it-sciatica"),
        ("It began as a dull tightness near the base of my spine and now it creeps along the "
         "back of my thigh, past the knee and into my heel - my guess is a nerve.",
         "is-it-sciatica"),
        # Every clause tells of a symptom that is no red flag: the symptom is what it is about.
        ("some kind of numbness around my tailbone that travels down to the foot",
         "is-it-sciatica"),
        # Look-alike: running itself.
        ("My hamstring aches after running. Should I keep running with sciatica?", "running"),
    ],
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # Look-alikes of a described pain that are outside the guide: a pet, a wrist.
        "Our cat limps and the pain seems to go down her back leg.",
        "A burning pain goes from my wrist into my fingers when I type.",
    ],
)
def test_a_pain_elsewhere_is_still_not_covered(text: str) -> None:
    assert ANSWERER.answer(text).kind == "out_of_scope"


def test_a_red_flag_alone_gets_the_urgent_advice_alone() -> None:
    found = ANSWERER.answer("I can't feel the toilet paper when I wipe")
    assert (found.kind, found.answer_id) == ("red_flag", None)


@pytest.mark.parametrize(
    "text",
    [
        # Finding a good practitioner: the guide names none.
        "How do I find a good physio for sciatica?",
        "How do I choose the right surgeon for my back?",
        "Can you recommend a reputable chiropractor?",
    ],
)
def test_finding_a_good_practitioner_is_not_covered(text: str) -> None:
    assert ANSWERER.answer(text).kind == "out_of_scope"


test_whether_a_practitioner_helps_is_covered = routed_cases(
    [
        # Look-alikes: whether a practitioner helps is in the guide.
        ("Should I see a physio for sciatica?", "physiotherapy"),
        ("Is a chiropractor a good idea for sciatica?", "other-treatments"),
        ("Is surgery a good idea for sciatica?", "surgery"),
    ],
)  # fmt: skip


test_a_question_s_shape_outweighs_the_theme_it_is_set_in = routed_cases(
    [
        # A question's shape says what it asks over the theme it is set in: how to lie in bed
        # is a sleeping question, where a pain comes from is how to tell.
        ("How should I lie in bed when my leg is this sore?", "sleeping"),
        ("Is this pain coming from my hip or my back? Sitting in the car makes it worse.",
         "is-it-sciatica"),
        # "Sciatica or only..." offers no other diagnosis; the theme named stays.
        ("Can an old sagging mattress cause sciatica or only make it worse?", "sleeping"),
        # Look-alikes: the theme stays where the shape does not outweigh it.
        ("Should I stay in bed for a few days?", "bed-rest"),
        ("How long does sciatica last after pregnancy?", "pregnancy"),
    ],
)  # fmt: skip


test_a_themeless_question_asks_about_the_story_s_theme = routed_cases(
    [
        # A question of up to eight words that names no theme asks about the story's one theme.
        ("I've booked my first acupuncture appointment. What should I expect from the first "
         "session?", "other-treatments"),
        # Look-alike: a question with a theme of its own keeps it.
        ("I've booked my first acupuncture appointment. Should I still do my walks?",
         "walking"),
    ],
)  # fmt: skip


test_the_best_stretch_in_the_singular = routed_cases(
    [
        # "The best stretch" (one) asks the same as "the best stretches".
        ("What's the best stretch for sciatica?", "long-term-treatment"),
        ("What is the best exercise for sciatic nerve pain?", "long-term-treatment"),
        # Look-alike: a stretch to avoid.
        ("Which stretch should I avoid?", "what-to-avoid"),
    ],
)  # fmt: skip


test_a_section_about_one_thing_needs_it_named = routed_cases(
    [
        # A section about one thing answers only a text that names it: "start exercising
        # again" after an operation shares words with "start running again", no more.
        ("I had my microdiscectomy three weeks ago. The leg pain has mostly gone but my back is "
         "sore. When can I start exercising again?", "surgery"),
        # "What can I take?" names the medicines by its shape.
        ("I'm 70 and my leg aches from morning to night. What can I take?", "painkillers"),
        # Look-alikes: named, the thing keeps its section.
        ("When can I start running again?", "running"),
        ("Is it ok to go for a jog?", "running"),
    ],
)  # fmt: skip


def test_a_message_that_is_all_question_is_ranked_whole() -> None:
    # The two questions joined are the whole message: it is ranked whole, not on its first
    # half ("is my leg pain from my hip or my back?" alone reads as why sciatica happens).
    assert routed("Is my leg pain from my hip or my back? Or is it something else?") == (
        "is-it-sciatica"
    )


test_the_declared_question_is_asked = routed_cases(
    [
        # The question declared as such is what is asked, whatever question mark comes after.
        ("Scan says mild narrowing at L5. My question is will this heal on its own. The physio "
         "thinks my hip is involved too?", "how-long"),
        ("I've been off work for a month with this. My main question is whether I can swim. My "
         "husband thinks I should rest?", "swimming"),
    ],
)  # fmt: skip


test_how_long_a_treatment_takes_to_work = routed_cases(
    [
        # How long a treatment takes to work asks about the treatment, not how long sciatica
        # lasts.
        ("Epidural next week - nervous\nHas anyone had one? Does it hurt? How long did it take "
         "to work?", "injections"),
        ("I started gabapentin on Monday. How long does it take to kick in?", "painkillers"),
        ("I had my first physio session today. How long does it take to help?",
         "physiotherapy"),
        # Look-alikes: how long sciatica takes to heal.
        ("How long does sciatica take to heal?", "how-long"),
        ("How long does it take to get better?", "how-long"),
    ],
)  # fmt: skip
