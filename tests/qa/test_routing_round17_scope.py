"""Routing (round 17), out of scope or not: classes of misses seen on round 15's split (dev since
round 16), checked on wordings written by the team (not copied from any labelled set), each beside
look-alikes that must keep their answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import ANSWERER, outside, outside_cases, routed_cases


@pytest.mark.parametrize(
    "text",
    [
        # The back told without "my" (a back problem, aches, the lower back, a disc) keeps a
        # message about sciatica in the guide beside a word of another subject: a teenager, a
        # tooth in a comparison, ringing ears.
        "Our 14 year old has bad back aches after football, what should we do?",
        "Back problem for a year, and from the knee down it feels like a tooth pulled out, "
        "what could it be?",
        "My tinnitus gets worse in the scanner, is there another way to look at the discs?",
        "our 16 year old son has lower back pain going into his leg, is it sciatica?",
    ],
)
def test_the_back_told_in_any_words_stays_in_the_guide(text: str) -> None:
    assert not outside(text), (text, ANSWERER.answer(text))


test_an_animals_back_stays_outside = outside_cases(
    [
        # Look-alikes: an animal's back or disc, and another illness with no back told, stay
        # outside.
        "Our dog has a bad back injury and the vet thinks it is a slipped disc, what can we do?",
        "my cat has a disc problem in her lower back, how long will she take to heal?",
        "I have tinnitus, what helps the ringing?",
    ],
)


test_whether_an_animal_can_have_it_is_outside = outside_cases(
    [
        # Whether an animal can have it at all: a vet's question, outside the guide.
        "can my horse get sciatica?",
        "do dogs get slipped discs",
        "Can cats have a bad back?",
        "is it possible for a pony to have sciatica",
    ],
)


test_an_animal_beside_ones_own_sciatica_stays_in_the_guide = routed_cases(
    [
        # Look-alikes: walking one's dog, or riding one's horse, with sciatica stay the guide's.
        ("can I walk my dog with sciatica?", "walking"),
        ("I have to ride my horse every day, is that ok with sciatica?", "exercise-safely"),
    ],
)  # fmt: skip


test_a_cold_the_illness_stays_outside = outside_cases(
    [
        # Look-alike: a cold (the illness) with no back told stays outside.
        "what helps a chest cold and a sore throat?",
        "how long does a head cold last",
    ],
)


test_disability_benefits_are_outside = outside_cases(
    [
        # Disability benefits or a claim for them: money, outside the guide.
        "can I claim disability for sciatica?",
        "is sciatica a disability",
        "herniated disc l5 s1 disability",
        "how do I qualify for disability with a back injury?",
    ],
)


test_a_neuropathy_of_the_body_is_outside = outside_cases(
    [
        # Nerve damage of the hands, face or whole body, with no sciatica told: another
        # condition of the nerves.
        "I have peripheral neuropathy in my feet, will walking help?",
        "numbness in my hands and face on and off for months, what is it?",
        "my neuropathy in my arms and body is getting worse, what can I do?",
    ],
)


test_a_neuropathy_beside_sciatica_stays_in_the_guide = routed_cases(
    [
        # Look-alikes: a neuropathy told beside sciatica, or tingling down the leg, stay in.
        ("I have diabetic neuropathy and sciatica, can I still go for walks?", "walking"),
        ("I get tingling in my hands and down my leg, is that sciatica?", "is-it-sciatica"),
    ],
)  # fmt: skip
