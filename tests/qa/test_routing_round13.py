"""Routing (round 13): classes of misses seen in round 12's test split (now a dev set), checked
on paraphrases written by the team (not copied from any labelled set), each beside look-alikes
that must keep their answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import ANSWERER, routed_cases

test_going_back_to_work = routed_cases(
    [
        # Going back to one's job is the work section's, whatever the job is done in.
        ("How will I cope going back to work when my job is all sitting?", "work"),
        ("When I return to my job I'll be sitting for hours. What should I do?", "work"),
        ("Getting back to work after three weeks off with sciatica, any tips?", "work"),
        # Look-alikes: sitting asked about, and going back to work after an operation.
        ("When can I go back to work after my microdiscectomy?", "surgery"),
        ("What is the best chair for sitting at a desk with sciatica?", "sitting"),
        ("How long can I sit at my desk before I should get up?", "sitting"),
    ],
)  # fmt: skip


test_after_and_before_an_operation = routed_cases(
    [
        # What is felt now, told after an operation, is the surgery section's.
        ("I had a discectomy in March for leg pain. Now my foot is tingling all the time. Will "
         "it go away?", "surgery"),
        ("Since my decompression I now have an ache in my thigh I never had before. Will it "
         "settle?", "surgery"),
        # An operation ahead told as the frame of a story that asks nothing.
        ("My operation is booked for the 3rd of May. I am nervous. The surgeon says I'll be "
         "off my feet for a while. I just don't know how I'll manage the school run with the "
         "car.", "surgery"),
        # Look-alikes: how long sciatica lasts with no operation told, and driving asked.
        ("I have had sciatica for six weeks. Will this go away?", "how-long"),
        ("Is it OK to drive a long way with sciatica?", "driving-travel"),
    ],
)  # fmt: skip


test_how_long_and_have_questions = routed_cases(
    [
        # Whether it is for ever asks how long it lasts.
        ("Is this pain permanent?", "how-long"),
        ("My scan showed a bulging disc. Will the numbness be permanent?", "how-long"),
        ("Is sciatica for life once you get it?", "how-long"),
        # A question opening with "have" is a question ("Have operations improved ...?"), and
        # improving is no topic of its own.
        ("I turned surgery down years ago. Have operations on the spine improved since then "
         "so it would be worth it now?", "surgery"),
        # Look-alike: seeing a doctor when it does not improve stays the doctor's section.
        ("When should I see a doctor about sciatica?", "see-a-doctor"),
    ],
)  # fmt: skip


test_pleas_and_sport_words = routed_cases(
    [
        # A plea for what helps, asked alone after a story of symptoms: what treats it.
        ("My back aches when I stand for long and my leg goes numb on the stairs. Is there "
         "anything I can do?", "long-term-treatment"),
        ("The pain runs down my leg most days now. Can anything be done about it?",
         "long-term-treatment"),
        # Getting through the pain until it settles: a bad spell.
        ("My GP says it should ease in a few weeks. How do I cope with the pain until then?",
         "flare-ups"),
        ("The physio says it will settle. What can I do to manage the pain in the meantime?",
         "flare-ups"),
        # Cycling in a road cyclist's words.
        ("I'm a keen roadie and have been riding for years. Any advice for sciatica?",
         "cycling"),
    ],
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # Another illness (the blood, the bones, the hormones, a clot) is not in the guide.
        "My blood pressure is low on atenolol, how do I get it back up?",
        # "My pressure back up" is no back.
        "On atenolol my blood pressure runs low. How do I get my pressure back up?",
        "I am starting an infusion for osteoporosis. Is it safe with my old rod implant?",
        "Could the menopause be the reason for my hot flushes?",
        "Do two normal scans rule out a DVT?",
        # A question opening with "even though" finishes the one before it.
        "My calf has ached for a week and the ultrasound was clear. Does a normal scan rule out "
        "a DVT? Even though my calf still aches?",
        "Can a d-dimer test miss a clot in the leg?",
    ],
)
def test_another_illness_is_out_of_scope(text: str) -> None:
    assert ANSWERER.answer(text).kind == "out_of_scope"


test_sciatica_beside_another_illness_keeps_its_answer = routed_cases(
    [
        # Look-alikes: sciatica named beside the other illness keeps the guide's answer.
        ("I have osteoporosis and sciatica. Which stretches help sciatica?",
         "long-term-treatment"),
        ("My blood pressure is fine but my sciatica flares up every winter. Why?", "flare-ups"),
        ("Is my leg pain sciatica or a DVT?", "is-it-sciatica"),
        # A concession finishing a question keeps the question's answer.
        ("Is walking good for sciatica? Even though it hurts at first?", "walking"),
        ("Should I keep doing the stretches? Even if they hurt a little?", "exercise-safely"),
    ],
)  # fmt: skip


test_getting_worse_over_months = routed_cases(
    [
        # A pain getting worse over weeks or months: when to see a doctor.
        ("My lower back pain has gotten worse over the last few months?", "see-a-doctor"),
        ("Sciatica for a year now and it's getting worse over the past weeks, what now?",
         "see-a-doctor"),
        # Look-alike: worse when doing something is not the passing of time.
        ("Why does my sciatica get worse when I sit?", "sitting"),
    ],
)  # fmt: skip


test_a_question_pointing_back_at_several_things = routed_cases(
    [
        # A question pointing back at several things the story told asks about the story.
        ("I swim twice a week, do pilates and go to the gym for weights. Are these activities "
         "doing my sciatica any good?", "gym-yoga"),
        ("Every morning I cycle to the station and cycle back at night, and at weekends I go on "
         "long bike rides and walk the dog. Is all of that making my sciatica worse?", "cycling"),
        # Look-alikes: a question pointing back that names a theme of its own keeps it.
        ("I walk, swim and do yoga. Are these activities still OK to do during a flare-up?",
         "flare-ups"),
        ("I walk, swim and do yoga. Do these help prevent sciatica coming back?", "prevention"),
        ("My GP gave me naproxen and codeine. Can I take these together?", "painkillers"),
    ],
)  # fmt: skip


test_whether_to_have_it_looked_into = routed_cases(
    [
        # Whether to have it looked into, or a fear of troubling the doctor: when to see one.
        ("I've had a dull ache in my hip for years. Is this something I should look into more?",
         "see-a-doctor"),
        ("My leg has tingled on and off since spring. Should we investigate it or wait?",
         "see-a-doctor"),
        ("I don't want to waste the doctor's time with a bit of sciatica. Is it worth booking?",
         "see-a-doctor"),
        ("I'm scared to see a doctor about my back and leg pain. What should I do?",
         "see-a-doctor"),
        # Look-alikes: looking into a treatment asks about the treatment.
        ("I read a lot about sciatica. Should I look into surgery?", "surgery"),
        ("Should I look into physio for my sciatica?", "physiotherapy"),
    ],
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # Whether a treatment is paid for, asked plainly or as the declared question of a story.
        "Is physiotherapy covered by the NHS?",
        "Would an epidural injection be covered by my health plan?",
        "I have had sciatica for two years and tried everything my GP suggested, from pills to "
        "stretches to rest, and I am now on a waiting list for a specialist. My question relates "
        "to whether the physio sessions will be covered",
    ],
)
def test_whether_it_is_paid_for_is_out_of_scope(text: str) -> None:
    assert ANSWERER.answer(text).kind == "out_of_scope"


test_covered_and_declared_look_alikes = routed_cases(
    [
        # Look-alikes: covered in something, or by a nerve, is no payment; a declared question
        # keeps its theme.
        ("Will my leg be covered in bruises after the injection?", "injections"),
        ("I have had sciatica on and off for years and it is getting me down, I work in an "
         "office and cycle at weekends and I try to keep fit. My question relates to cycling: "
         "is it bad for my back", "cycling"),
        ("My question is whether walking helps sciatica.", "walking"),
    ],
)  # fmt: skip


test_a_plea_after_a_question = routed_cases(
    [
        # A plea after a question of its own gives way to that question.
        ("My MRI showed stenosis at L4. Will this pain be permanent? Can anything be done about "
         "it?", "how-long"),
        ("I've had sciatica since March. Is sciatica for life? Is there anything I can do?",
         "how-long"),
        # Look-alikes: a plea naming a theme keeps it, and a plea alone is what treats it.
        ("The scan showed a big disc bulge. Is this permanent? Can anything be done with "
         "surgery?", "surgery"),
        ("My leg aches most nights. Is there anything I can do?", "long-term-treatment"),
    ],
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # A small child's own back is outside the guide, even after "I have".
        "I have a 10 month old son who arches his back when he cries, should I see a doctor?",
        "I have a toddler who will only sleep on her tummy and hates lying on her back. Is her "
        "spine ok?",
    ],
)
def test_a_small_childs_back_is_out_of_scope(text: str) -> None:
    assert ANSWERER.answer(text).kind == "out_of_scope"


@pytest.mark.parametrize(
    "text",
    [
        # Look-alikes: lifting or carrying one's child is the adult's own question.
        "I have a toddler to lift all day, is lifting ok with a bad back?",
        "Lifting my toddler into her car seat sets my back off. How should I lift?",
        "I have a newborn and can't sleep because of my back pain, what position is best?",
    ],
)
def test_lifting_ones_child_stays_in_the_guide(text: str) -> None:
    assert ANSWERER.answer(text).kind == "answer"


test_what_might_have_happened = routed_cases(
    [
        # What happened to the back, asked after a story of a pop or a strain: how to tell.
        ("I was lifting a sofa and felt something go in my lower back, and it's been sore for a "
         "week. What could have happened?", "is-it-sciatica"),
        ("I felt a pop in my back moving boxes yesterday and it still aches. What might I have "
         "done to it?", "is-it-sciatica"),
        # Look-alike: what happened to an appointment is no symptom.
        ("My MRI was cancelled. What happened to my scan appointment, should I chase it?",
         "scans"),
    ],
)  # fmt: skip


test_help_looked_for = routed_cases(
    [
        # Help looked for is what a story that asks nothing asks, not the doctors it tells of.
        ("My back has been bad for three years and my GP, the physio and a surgeon have all seen "
         "me. I'm looking for some advice on coping with this long-term pain.",
         "long-term-treatment"),
        ("I have a bulging disc and have seen several doctors about it. I am looking for help "
         "dealing with my sciatica.", "long-term-treatment"),
        # Look-alike: the help looked for names a theme of its own.
        ("I have sciatica and sit at a desk all day. I'm looking for tips on sitting at my desk "
         "without pain.", "sitting"),
    ],
)  # fmt: skip


test_a_bare_plea_leaves_the_story_as_the_question = routed_cases(
    [
        # "Can anyone help?" asks nothing of its own: the story's point is what is asked.
        ("My leg has tingled on and off for two weeks. I keep reading scary things online. I cry "
         "every night. I'm too scared to phone the GP. Can anyone help me?", "see-a-doctor"),
        ("I've had sciatica for a month. My job is in a warehouse. I lift boxes all day and it "
         "is getting harder. Could someone please help?", "work"),
        ("I've had sciatica for a month. Walking to work is agony. I have a long walk each way. "
         "Can you help?", "walking"),
    ],
)  # fmt: skip
