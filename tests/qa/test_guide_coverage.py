"""The guide answers what people ask: every everyday theme has a section, and the section is
found for plain questions; what the guide does not cover is said honestly."""

from __future__ import annotations

import pytest

from bot.content.loader import default_content_dir, load_content
from tests.project_answerer import project_answerer

CONTENT = load_content(default_content_dir())
ANSWERER = project_answerer()

THEMES = {
    "walking": "is it ok to go for a walk with sciatica",
    "sleeping": "how do i get comfortable in bed at night",
    "sitting": "sitting at my desk all day makes it worse",
    "driving-travel": "any tips for a long flight",
    "work": "can i keep working with sciatica",
    "running": "can i still go running",
    "cycling": "is riding a bike ok",
    "swimming": "can i go swimming",
    "gym-yoga": "is yoga ok with sciatica",
    "heat-ice": "should i use heat or ice",
    "how-long": "how long does sciatica usually last",
    "flare-ups": "my sciatica has flared up again",
    "physiotherapy": "does physio help sciatica",
    "scans": "do i need an mri scan",
    "injections": "are steroid injections any good",
    "pregnancy": "i have sciatica and i'm pregnant",
    "is-it-sciatica": "how do i know if this is sciatica",
    "prevention": "how can i prevent sciatica",
    "what-to-avoid": "what should i avoid doing",
    "other-treatments": "should i see a chiropractor",
}


@pytest.mark.parametrize(("section", "question"), sorted(THEMES.items()))
def test_every_theme_people_ask_about_has_a_section_that_answers(
    section: str, question: str
) -> None:
    found = ANSWERER.answer(question)
    assert (found.kind, found.answer_id) == ("answer", section)
    assert found.text == CONTENT.sections[section].summary


def test_every_new_section_has_a_short_summary_and_a_fuller_body() -> None:
    for section in THEMES:
        guide = CONTENT.sections[section]
        assert len(guide.summary) < len(guide.body), section


@pytest.mark.parametrize(
    "text",
    [
        "how much does a private physio cost",
        "does my insurance pay for this",
        "is doctor smith at the city clinic any good",
        "what should i do about my diabetes",
    ],
)
def test_what_the_guide_does_not_cover_is_said_honestly(text: str) -> None:
    found = ANSWERER.answer(text)
    assert found.kind == "out_of_scope"
    assert ANSWERER.config.replies.out_of_scope.startswith("The guide doesn't cover that")
    assert found.suggestions  # the topics it does cover


def test_the_fallback_never_says_it_only_answers_sciatica_questions() -> None:
    assert "I can only answer" not in ANSWERER.config.replies.out_of_scope
