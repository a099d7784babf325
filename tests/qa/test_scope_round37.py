"""Out of scope in both directions (session 18, brief oos37): the guide's condition named by
what it comes from (a herniated, slipped or bulging disc or disk, a pinched or trapped nerve)
where nothing else in the guide ranks is the guide's subject, never "the guide doesn't cover
that", and a request for what it means or for information on it gets the section on what
sciatica is; the same words told of the neck or an arm stay outside. Wordings written by the
team, not copied from any labelled set."""

from __future__ import annotations

from tests.qa.answer_checks import guide_answer_cases, in_guide_cases, outside_cases

test_a_disc_or_nerve_named_for_sciatica_is_in_the_guide = in_guide_cases(
    [
        "my consultant says its a bulged disk pressing on things. where do i go from here?",
        "Hi doc, a prolapsed disc was found at L4. Please advise.",
        "wife has a ruptured disk low down, anything she can do at home",
        "Compressed nerve in my lower back since Christmas. Help!",
    ],
)


test_what_a_disc_or_nerve_means_is_why_sciatica = guide_answer_cases(
    [
        ("Is there any information about trapped nerves you could send me?", "why-sciatica"),
        ("They said i have a slipped disk. what does that mean", "why-sciatica"),
        ("Can you tell me about herniated discs?", "why-sciatica"),
        (
            "Hello Doctor,\n\nMy father was told he has a protruding disk in his lower back. "
            "What does this mean for him?",
            "why-sciatica",
        ),
    ],
)


test_a_disc_or_nerve_in_the_neck_or_arm_stays_outside = outside_cases(
    [
        "Can you tell me about pinched nerves in the neck?",
        "a bulging disc at C6, what does that mean?",
        "My herniated disk is in the cervical spine. What are my options?",
        "Is there a payment plan for a slipped disc operation?",
    ],
)


# A young child told beside the writer's own back ("I have a sore back", "with a bad back"): the
# writer asks how to manage with that back, the guide's question; the child's own illness, a
# pet's back, and a question about the child alone stay outside.
test_a_child_told_beside_the_writers_own_back_is_in_the_guide = in_guide_cases(
    [
        "my 18 month old wont go in the buggy, wants to be picked up constantly and ive got a "
        "sore back. how do we cope?",
        "Our two year old twins need lifting into the car seats every morning, and I have a bad "
        "back. Any suggestions?",
        "My four year old still climbs on me at night and I'm 28 weeks along with an achy back. "
        "What would you advise?",
    ],
)


test_a_childs_own_matter_or_a_pets_back_stays_outside = outside_cases(
    [
        "My 6 year old has eczema on her arms and I have a bad back. What cream is good for "
        "children's eczema?",
        "My puppy has a sore back after jumping off the sofa, any tips?",
        "my 9 year old is being bullied at school and I have a bad back so I cant drive him. How "
        "do I talk to his teacher?",
    ],
)


# One's rights or the law's protection asked after being let go: employment law, not the guide;
# "the right side", "the right to a break" and a story of being fired that asks about exercises
# stay the guide's.
test_ones_rights_after_being_let_go_are_outside = outside_cases(
    [
        "They sacked my wife while she was off with her disc. Does she have any legal rights?",
        "been laid off after 3 months off with sciatica... what are our rights?",
        "Are part time workers protected under the law if the boss lets them go for a bad back?",
    ],
)


test_the_right_side_or_a_break_stays_in_the_guide = in_guide_cases(
    [
        "Is lying on the right side better for sciatica?",
        "My company let me go in the spring and my sciatica has flared since. Which stretches "
        "should I start with?",
    ],
)
