"""Routing (round 14): classes of misses seen in round 13's test split (now a dev set), checked
on wordings written by the team (not copied from any labelled set), each beside look-alikes
that must keep their answer."""

from __future__ import annotations

from tests.qa.answer_checks import ANSWERER, outside_cases, routed_cases

test_another_condition_is_outside_the_guide = outside_cases(
    [
        # Another condition of the legs or feet, with no sciatica or back told.
        "what is the best way to sleep with restless leg syndrome",
        "Why do I wake up with calf cramps in the night?",
        "how to stop cramps in your legs when in bed",
        "Are these shoes ok for heel pain?",
        "is stretching good for a heel spur",
        "can I keep cycling with claudication",
        "what helps shin splints after jogging",
        # Teeth, numb hands, the tailbone alone, which cancers do what, a hip's own pain.
        "could a trapped nerve give you toothache",
        "what causes finger and toe tingling",
        "arm and leg tingling what does it mean",
        "how long does a bruised tailbone take to heal",
        "which kinds of cancer make you tired",
        "why does hip pain get worse at night",
        "is swimming ok for hip ache",
    ],
)


test_lookalikes_stay_in_the_guide = routed_cases(
    [
        # Look-alikes: the same words beside sciatica, the back or a leg stay the guide's.
        ("I get leg cramps at night with my sciatica, what helps?", "sleeping"),
        ("does sciatica cause heel pain", "is-it-sciatica"),
        ("my hip pain goes down my leg", "is-it-sciatica"),
        ("hip pain while pregnant, is it normal?", "pregnancy"),
        ("How do I know if it's sciatica or arthritis in the hip?", "is-it-sciatica"),
        ("Is walking good for sciatica?", "walking"),
    ],
)  # fmt: skip


def test_a_numbness_from_the_tailbone_down_the_leg_is_the_guides() -> None:
    text = "I have numbness starting near my tailbone that travels down the back of my thigh."
    assert ANSWERER.answer(text).kind != "out_of_scope"


test_question_shapes = routed_cases(
    [
        # A pinched nerve told apart from a strained muscle, or its signs: how to tell.
        ("how can you tell a trapped nerve from a muscle strain", "is-it-sciatica"),
        ("could this be a strained hamstring or a nerve problem?", "is-it-sciatica"),
        ("symptoms of a trapped nerve in the lower back", "is-it-sciatica"),
        ("what sort of symptoms does sciatica cause in the foot", "is-it-sciatica"),
        ("which part of my spine is this leg pain coming from", "is-it-sciatica"),
        # The nerve's own route is no sport.
        ("which way does the sciatic nerve run", "why-sciatica"),
        ("where does your sciatic nerve go", "why-sciatica"),
        # How a disc problem is treated, whatever level a scan named.
        ("how are bulging discs treated", "long-term-treatment"),
        ("How is an L5 S1 herniation treated?", "long-term-treatment"),
        # Look-alikes: running asked about, pain relief by kind, a scan asked about.
        ("can I go running with sciatica", "running"),
        ("what kind of pain relief is best for sciatica", "long-term-treatment"),
        ("do I need an MRI for a bulging disc?", "scans"),
    ],
)  # fmt: skip


test_stories_of_an_operation_and_a_cause_asked = routed_cases(
    [
        # Symptoms told as what a back operation left, the cause asked last.
        ("Since the fusion I get cramps in my thigh at night, what causes that?", "surgery"),
        ("Following my microdiscectomy he has numb toes on the left. What might cause it?",
         "surgery"),
        # A told pain's cause asked of nothing named: how to tell what it is.
        ("I get a burning in my thigh when I sit for long. What might be causing it?",
         "is-it-sciatica"),
        ("My buttock aches after I lie on that side and it spreads to my groin. What could be "
         "the cause?", "is-it-sciatica"),
        # A surgeon's office is the clinic, not a desk: the story is about the operation.
        ("We were at the surgeon's office today and he wants to do a spinal fusion on my mum. "
         "Should she go through with it?", "surgery"),
        # Look-alikes: sciatica's own cause asked, sitting at an office desk.
        ("What could be the cause of sciatica?", "why-sciatica"),
        ("how long can I sit at my office desk", "sitting"),
        ("I sat in the doctor's office for two hours and my leg was killing me", "sitting"),
    ],
)  # fmt: skip


test_quick_relief_and_training_for_muscle = routed_cases(
    [
        # Relief now, as fast as can be, is what to do in a bad spell.
        ("how can I get quick relief from sciatica pain", "flare-ups"),
        ("what gives instant relief for sciatic pain", "flare-ups"),
        # Training for muscle is the gym.
        ("how do I build muscle without hurting my back", "gym-yoga"),
        ("is resistance training ok with a herniated disc", "gym-yoga"),
        # Look-alikes: a quick cure is the long-term treatment; strengthening exercises too.
        ("What is the quickest way to cure sciatica?", "long-term-treatment"),
        ("fastest way to get rid of sciatica for good", "long-term-treatment"),
        ("what strengthening exercises help sciatica", "long-term-treatment"),
    ],
)  # fmt: skip


test_wondering_whether_it_is_sciatica = routed_cases(
    [
        # Wondering whether it is sciatica, told inside a story that asks nothing.
        ("My buttock has hurt for weeks and I'm beginning to wonder if it's my sciatic nerve.",
         "is-it-sciatica"),
        ("What started as a stiff back is now a dull ache in my bum. I am starting to wonder "
         "whether it is sciatica. My sister thinks it could be my hip.", "is-it-sciatica"),
        # Look-alikes: what set it off, asked; a story of a known sciatica asking about walking.
        ("What started my sciatica?", "why-sciatica"),
        ("I know it is my sciatic nerve. Is walking good for it?", "walking"),
    ],
)  # fmt: skip
