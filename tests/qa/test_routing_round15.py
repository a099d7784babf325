"""Routing (round 15): classes of misses seen on every real dev set together, checked on
wordings written by the team (not copied from any labelled set), each beside look-alikes that
must keep their answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import (
    ANSWERER,
    outside_cases,
    routed,
    routed_cases,
    routed_to,
)

test_another_condition_told_without_sciatica_is_outside = outside_cases(
    [
        # Another condition of the leg told with no back, spine or sciatica: "my calves" is
        # part of claudication, not a sign the message is about sciatica.
        "My doctor says I have claudication. My calves ache after a few minutes of walking. "
        "Can I keep going on my walks?",
        "I have claudication, is it ok to keep walking?",
        "I was told I have restless legs syndrome, my legs twitch in bed. What helps me sleep?",
        "I have varicose veins and my legs ache when I stand, is walking good?",
        # The upper or middle back alone, after a lift.
        "I lifted a heavy suitcase and now my upper back hurts between my shoulder blades. "
        "What should I do?",
        "Pulled something in my mid back at the gym, what helps?",
        "My upper right side of my back has hurt since I moved a sofa, what can it be?",
        # An operation on another joint, with no back or spine told.
        "after my knee surgery I have pain in my calf",
        "I had a hip operation last month and my thigh aches, is that normal?",
        "It is six weeks since my ACL reconstruction, when can I drive again?",
    ],
)


test_lookalikes_of_another_condition_stay_in_the_guide = routed_cases(
    [
        # Look-alikes: the same words beside sciatica, the lower back or the spine stay the
        # guide's.
        ("I have spinal stenosis and my calves hurt when I walk, can I keep walking?", "walking"),
        ("I have restless legs and sciatica, can I keep walking?", "walking"),
        ("my upper back and my left leg hurt after lifting, is it sciatica?", "is-it-sciatica"),
        ("after my back surgery I have pain in my calf", "surgery"),
        # An operation on a knee is not the back's surgery: the flare is what is asked.
        ("my sciatica flared after my knee surgery, what can I do?", "flare-ups"),
    ],
)  # fmt: skip


test_prices_foods_and_the_menstrual_cycle_are_outside = outside_cases(
    [
        # What a thing costs, with no price word.
        "how much is a gym membership",
        "how much are yoga class passes these days?",
        "How much does a TENS machine go for?",
        # Foods, sugar and supplements: the guide covers weight, not foods.
        "what foods should I avoid with sciatica",
        "should I cut out sugar because of my sciatica?",
        "are there any supplements that help sciatic nerve pain",
        "is turmeric good for sciatica",
        # The menstrual cycle, with or without sciatica: hormones the guide does not cover.
        "my sciatica is worse at a certain time of my cycle",
        "does sciatica get worse during your period?",
        "my lower back pain always flares around the time of the month",
    ],
)


test_lookalikes_of_prices_foods_and_cycles_stay_in_the_guide = routed_cases(
    [
        # Look-alikes: how much something matters or helps, weight, and a bike's cycle.
        ("how much does the mattress matter for sciatica", "sleeping"),
        ("how much walking should I do with sciatica", "walking"),
        ("can losing weight help sciatica", "prevention"),
        ("I cycle to work every day, is that ok with sciatica", "cycling"),
        ("can I still ride my bike with sciatica", "cycling"),
        ("I can't sit for long periods of time, what helps my sciatica?", "sitting"),
        ("I walk up and down between the food carts on long flights, is that enough?",
         "driving-travel"),
    ],
)  # fmt: skip


test_an_operation_told_before_the_question_is_the_surgery_section = routed_cases(
    [
        # A back operation told in the sentence before "when can I ...?": the surgery section.
        ("I had a microdiscectomy. When can I start driving again?", "surgery"),
        ("I had a discectomy last week. When can I drive?", "surgery"),
        ("Had a disc removed two weeks ago. Pain free now! How soon can I go back to work?",
         "surgery"),
        ("I had a lumbar fusion in March. How soon can I lift my grandson?", "surgery"),
        # Look-alikes: a symptom when driving after an old operation asks what it is; driving
        # with no operation told stays driving.
        ("I had a discectomy 2 years ago. When I drive my leg goes numb, why?", "is-it-sciatica"),
        ("I have sciatica. When can I start driving again?", "driving-travel"),
    ],
)  # fmt: skip


test_what_to_do_when_it_is_bad_is_a_flare_up = routed_cases(
    [
        # What to do when it is bad: what to do in a flare-up, not an exercise.
        ("what to do if the sciatica is bad", "flare-ups"),
        ("what should I do when my sciatica is really bad", "flare-ups"),
        ("What helps when my back pain is at its worst?", "flare-ups"),
        # Look-alike: an activity that is bad for one is what to avoid or that activity.
        ("what to do if walking is bad for me", "walking"),
    ],
)  # fmt: skip


test_a_story_is_about_the_flare_up_or_the_operation_it_tells = routed_cases(
    [
        # A flare-up told before what was done in it: the story is about the flare-up.
        ("Last Tuesday a flare up started, the worst in years. It has come back twice this "
         "winter already. Mornings were awful and I limped around the kitchen. Once I got "
         "going I managed a short walk to the shops, which helped a bit.", "flare-ups"),
        ("My sciatica flared up again on Sunday. This is the third flare this year. I limped "
         "around the house all morning. Later I managed a short walk to the shops, which "
         "helped a bit.", "flare-ups"),
        # Look-alike: a walk told with no flare-up stays walking.
        ("I have had sciatica for a month. Mornings are stiff but once I get going I manage "
         "a short walk to the shops every day, which helps a bit.", "walking"),
        # A long story of a back operation, then "when can I drive?" among other questions.
        ("I had a microdiscectomy at L4-L5 three weeks ago. The leg pain has gone but my back "
         "is stiff in the mornings and sometimes my foot tingles, which my surgeon says is "
         "normal while the nerve settles down. I am slowly walking further every day. "
         "When can I start driving? Will I ever lift heavy weights again?", "surgery"),
        ("Three weeks ago I had a laminectomy for stenosis at L4. The surgeon was happy with "
         "it and the leg pain is almost gone, although I still get some tingling in my toes "
         "in the evening and my back feels stiff first thing. I have been doing the walking "
         "plan the physio gave me, building up by five minutes a day, and I sleep much better "
         "than before. My wife does the shopping for now. Is the tingling normal? And how "
         "soon can I drive to the shops myself?", "surgery"),
    ],
)  # fmt: skip


test_question_shapes_of_harm_and_of_choosing_a_therapist = routed_cases(
    [
        # Lifting or bending asked of as what harms the back: what to avoid.
        ("Can lifting injure your back if you have sciatica?", "what-to-avoid"),
        ("does bending over damage the disc more?", "what-to-avoid"),
        ("will carrying my shopping hurt my lower back?", "what-to-avoid"),
        # A chiropractor weighed against a physiotherapist: the physiotherapy section.
        ("Chiropractor or physio, which is better for sciatica?", "physiotherapy"),
        ("should I see a physical therapist rather than a chiropractor", "physiotherapy"),
        ("osteopath vs physiotherapist for a trapped nerve?", "physiotherapy"),
        # Look-alikes: a chiropractor alone stays other treatments; activities to avoid stay
        # what to avoid.
        ("is a chiropractor good for sciatica", "other-treatments"),
        ("what activities should I avoid with sciatica", "what-to-avoid"),
    ],
)  # fmt: skip


def test_sits_telling_where_a_thing_lies_is_no_sitting() -> None:
    text = (
        "See the disc that sits right above the pelvis? That one is my culprit, pressing on "
        "the sciatic nerve. My physical therapist showed me on the model today."
    )
    assert routed(text) != "sitting"
    # Look-alikes: sitting at a desk and going back to one's job stay theirs.
    assert routed("I sit at a desk all day, is that bad for sciatica?") == "sitting"
    assert routed("can I go back to work with sciatica") == "work"


test_a_worry_voiced_beside_the_question_is_not_what_it_asks = routed_cases(
    [
        # A worry voiced beside the real question ("Or maybe a tumor?", "What if it's
        # cancer?") is no question about the warning signs: the real question is answered.
        ("My lower back has ached for weeks since I moved house and now it goes down my "
         "thigh. It must be sciatica. Or maybe a tumor? Ha. Anyway, what stretches should I "
         "do for it?", "long-term-treatment"),
    ],
)  # fmt: skip


test_a_worry_asked_alone_gets_the_warning_signs = routed_to(
    "red-flags",
    [
        # Look-alikes: the worry asked alone, or as the only question, gets the warning signs
        # (reassurance first), and so does a direct question about cancer beside another.
        "What if it is cancer?",
        "My back hurts and my leg aches. What if it is cancer?",
        "Is sciatica a sign of cancer? Should I see a doctor?",
    ],
)


test_aches_caused_by_another_condition_or_a_medicine_are_outside = outside_cases(
    [
        # Aches told as caused by the menopause or by a medicine, with no sciatica named.
        "My GP says the aches in my back, hips and legs are due to the menopause. Is that right?",
        "is my back pain due to menopause",
        "My legs have ached all the time since I started taking statins, is walking ok?",
        # An epidural given for a birth, anywhere in the story: anaesthesia, not the guide's
        # steroid injection.
        "My sister gave birth last week and has had a fever since. She blames the epidural "
        "they gave her. Is that possible?",
        "I had an epidural during labour and my back has ached since, is that normal?",
    ],
)


test_lookalikes_of_another_cause_stay_in_the_guide = routed_cases(
    [
        # Look-alikes: sciatica told beside the menopause, and the steroid epidural, stay the
        # guide's.
        ("My sciatica got worse with the menopause, is walking good for it?", "walking"),
        ("I had an epidural steroid injection for my sciatica, how long does it last?",
         "injections"),
    ],
)  # fmt: skip


test_questions_about_the_guide_itself_get_the_disclaimer = routed_cases(
    [
        # The guide's own disclaimer answers only questions about the guide itself.
        ("are you a real doctor?", "disclaimer"),
        ("Is this app a substitute for seeing my physio?", "disclaimer"),
        ("can this bot replace my GP", "disclaimer"),
        ("who wrote this?", "disclaimer"),
    ],
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # A story of a doctor's note or a doctor's advice is no question about the guide.
        "When I went back to my job after three weeks off I gave my manager a note from my "
        "doctor saying I should keep active and be allowed to sit down now and then. My shift "
        "is seven hours and they still won't give me a break. It's not right, I know.",
        "A physio friend told me to call my doctor straight away about the tingling in my "
        "calf. I didn't take her advice, and now after three weeks the pain in my back and "
        "the tingling are both slowly getting worse.",
    ],
)
def test_a_story_of_a_doctors_advice_gets_no_disclaimer(text: str) -> None:
    assert ANSWERER.answer(text).answer_id != "disclaimer"


test_a_treatment_followed_with_no_change_asks_what_treats_it = routed_cases(
    [
        # A doctor's advice or a treatment followed for long with no change: what treats it.
        ("Low back pain for three years now, following my doctor's advice but no "
         "improvement?", "long-term-treatment"),
        ("I have tried every treatment for a year but no relief, what else can I do?",
         "long-term-treatment"),
        # Look-alike: a named medicine or therapist is what is asked about.
        ("I've been taking the medication for months with no real progress, what now?",
         "painkillers"),
    ],
)  # fmt: skip


test_the_tellers_own_trade_is_a_work_question = routed_cases(
    [
        # The teller's own trade told: the question is asked of that job.
        ("I am a ski instructor and my sciatica is too much to handle, what can I do?", "work"),
        ("I work as a carer and lift people all day, my sciatica is getting worse, help",
         "work"),
        # Look-alikes: a teacher of a sport asking about the sport, and a keen runner.
        ("I am a yoga teacher, is yoga good for sciatica?", "gym-yoga"),
        ("I am a keen runner, can I run with sciatica?", "running"),
    ],
)  # fmt: skip
