"""Routing and scope (route34 of issue 15). A letter to an advice column that asks about faith
("why would a loving God let me suffer?", "should I keep praying?", "is it a sin to skip the
service?") or weighs a marriage or someone close's character ("our marriage is falling apart",
"how can I get my daughter to see he is using her?", "I'd like an impartial opinion"), with a bad
back only as its backdrop, is "the guide doesn't cover that". An exclamation ("oh god", "thank
God", "God knows"), a prayer told as where the pain comes on, and getting someone close to see a
doctor or do the exercises keep the guide's answer. Wordings written for this brief."""

from __future__ import annotations

from tests.qa.answer_checks import in_guide_cases, outside_cases, routed_cases

test_faith_asked_beside_the_pain_is_outside_the_guide = outside_cases(
    [
        "My back has hurt for six years and nothing the specialists do makes a dent. I used to "
        "go to church every week but I've stopped. Why would a loving God let someone suffer "
        "like this?",
        "ive prayed and prayed about my sciatica and nothing changes. does god even hear me? "
        "should i keep praying or is that pointless",
        "Dear Pastor, since my disc injury I can't sit through a whole service. Is it a sin to "
        "skip Sunday worship because of pain?",
    ]
)

test_a_marriage_or_relatives_character_weighed_is_outside_the_guide = outside_cases(
    [
        "My son-in-law claims his back is too bad to work but he plays golf every weekend. How "
        "can I get my daughter to see he is using her?",
        "Since my husband's back surgery we barely talk and sleep in separate rooms. I feel like "
        "our marriage is falling apart. Should I stay with him or leave?",
        "My wife hurt her back last year and now she won't go anywhere with me. I love her but "
        "I'm lonely and we are drifting apart. I would value an outside opinion.",
    ]
)

test_exclamations_prayer_and_help_for_someone_close_keep_the_guide = routed_cases(
    [
        (
            "Thank God the sciatica has eased a bit. How long until I can go back to running?",
            "running",
        ),
        (
            "I pray every night sitting on the floor and my sciatica flares after. How should I "
            "sit?",
            "sitting",
        ),
        (
            "how do i get my husband to see a doctor about his sciatica? he refuses",
            "see-a-doctor",
        ),
        ("God knows how long this will last. when will the sciatica go?", "how-long"),
    ]
)

test_faith_in_doctors_or_a_routine_for_someone_close_stays_in_the_guide = in_guide_cases(
    [
        "oh god my lower back is killing me after moving house, what stretches can i do?",
        "How can I get my husband to do his sciatica exercises every day? he keeps forgetting",
        "this sciatica is testing my faith in doctors. what else can i try?",
    ]
)
