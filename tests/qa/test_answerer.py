"""The answerer's parts on their own: red flags and negation, shapes of answers, odd input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.content.loader import default_content_dir, load_content
from tests.project_answerer import project_answerer

ANSWERER = project_answerer()


@pytest.mark.parametrize(
    ("text", "flag"),
    [("my groin has gone numb", "saddle"), ("I can't feel it when I wipe", "saddle"),
     ("I wet myself this morning", "bladder_bowel"), ("can't control my bowels", "bladder_bowel"),
     ("my foot slaps when I walk", "leg_weakness"), ("my leg keeps giving way", "leg_weakness"),
     ("it started after a bad fall", "trauma"), ("I've got a fever too", "fever"),
     ("pain in both my legs", "both_legs"), ("lost weight without trying", "cancer_weight"),
     ("no fever, but my groin is numb", "saddle")],
)  # fmt: skip
def test_red_flags_in_many_phrasings(text: str, flag: str) -> None:
    found = ANSWERER.answer(text)
    assert found.kind == "red_flag" and found.red_flag is not None
    assert flag in found.red_flag.flags


@pytest.mark.parametrize(
    "text",
    ["no numbness at all", "I don't have any bladder problems", "no problems peeing",
     "my legs are not weak", "never had a fall", "without fever", "not in both legs",
     "I haven't lost any weight for no reason", "no tingling in my groin"],
)  # fmt: skip
def test_negated_symptoms_do_not_raise_the_alarm(text: str) -> None:
    assert ANSWERER.answer(text).kind != "red_flag"


def test_a_red_flag_with_a_question_gets_both() -> None:
    found = ANSWERER.answer("my groin is numb, should I stay in bed?")
    assert found.kind == "red_flag" and found.answer_id == "bed-rest"


def test_an_exercise_answer_offers_the_how_to() -> None:
    found = ANSWERER.answer("how do i do the piriformis one")
    assert (found.kind, found.answer_id, found.source_kind) == (
        "answer", "piriformis-stretch", "exercise",
    )  # fmt: skip
    assert "howto:piriformis-stretch" in found.suggestions
    assert found.text is not None and "×" in found.text  # the usual dose


def test_a_section_answer_is_its_summary_not_the_whole_section() -> None:
    content = load_content(default_content_dir())
    found = ANSWERER.answer("can i just stay in bed for a week")
    assert found.text == content.sections["bed-rest"].summary
    assert found.source_title == content.sections["bed-rest"].title


@pytest.mark.parametrize(
    ("text", "kind"),
    [("", "empty"), ("   ", "empty"), ("🙂🙂", "empty"), ("\u200b", "empty"),
     ("hello", "greeting"), ("Thanks!", "thanks"), ("ok", "thanks"), ("Got it.", "thanks"),
     ("bye", "thanks"), ("what's the weather tomorrow", "out_of_scope"),
     ("что такое ишиас", "out_of_scope")],
)  # fmt: skip
def test_odd_input(text: str, kind: str) -> None:
    assert ANSWERER.answer(text).kind == kind


def test_another_language_is_told_politely() -> None:
    found = ANSWERER.answer("¿Dónde está la biblioteca? Necesito ayuda con mi espalda, por favor")
    assert found.kind == "out_of_scope"


def test_a_4000_character_question_is_answered() -> None:
    found = ANSWERER.answer(("should i stay in bed " * 200)[:4000])
    assert found.kind == "answer" and found.answer_id == "bed-rest"


STORY = (
    "I'm 48 and this is my third bout of sciatica. It began when I lifted a heavy box at work, "
    "and now the pain runs from my lower back through my buttock to my calf. Driving is hard, "
    "sitting at my desk is worse, and I have been doing the knee to chest stretch most mornings. "
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [("So should I stay in bed for a few days?", "bed-rest"),
     ("Do I need an operation?", "surgery"),
     ("How do I do the piriformis one?", "piriformis-stretch")],
)  # fmt: skip
def test_a_long_story_is_answered_by_the_question_it_ends_with(
    question: str, expected: str
) -> None:
    found = ANSWERER.answer(STORY * 3 + question)
    assert (found.kind, found.answer_id) == ("answer", expected)


def test_a_short_question_after_a_statement_keeps_the_statement_as_context() -> None:
    found = ANSWERER.answer("I have been lying in bed all week. Is that bad?")
    assert (found.kind, found.answer_id) == ("answer", "bed-rest")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=500))
def test_any_text_gets_an_answer_kind(text: str) -> None:
    found = ANSWERER.answer(text)
    assert found.kind in {
        "answer",
        "red_flag",
        "greeting",
        "thanks",
        "out_of_scope",
        "empty",
        "vague",
    }
    if found.kind == "answer":
        assert found.text and found.source_title


@pytest.mark.parametrize(
    "text",
    ["How much does a chiropractor cost with insurance?", "Does insurance cover physio?",
     "Why does a dog need a chiropractor?", "can my dog do yoga", "how do i fix my car",
     "recommend a good mattress brand"],
)  # fmt: skip
def test_a_question_whose_subject_is_not_sciatica_is_told_the_guide_doesnt_cover_it(
    text: str,
) -> None:
    assert ANSWERER.answer(text).kind == "out_of_scope"


@pytest.mark.parametrize(
    ("text", "expect"),
    [("how do I do the bird dog", "bird-dog"), ("cat cow stretch", "cat-cow"),
     ("Can I walk my dog with sciatica?", "walking")],
)  # fmt: skip
def test_exercise_names_and_dog_walks_are_not_pets(text: str, expect: str) -> None:
    assert ANSWERER.answer(text).answer_id == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [("How long does sciatica pain last during pregnancy", "pregnancy"),
     ("How long will I have to take off running with sciatica?", "running"),
     ("Can a bad mattress cause sciatica?", "sleeping"),
     ("Is walking bad for the sciatic nerve?", "walking"),
     ("Do you feel a sharp pain running down your leg? Is it sciatica?", "is-it-sciatica")],
)  # fmt: skip
def test_the_theme_a_question_names_is_what_it_asks_about(text: str, expect: str) -> None:
    assert ANSWERER.answer(text).answer_id == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [("signs of sciatica", "is-it-sciatica"),
     ("5 symptoms that mean you have sciatica", "is-it-sciatica"),
     ("what are the warning signs i should look out for", "red-flags"),
     ("would getting my weight down help my sciatica?", "prevention"),
     ("is being heavy a cause of sciatica?", "why-sciatica")],
)  # fmt: skip
def test_signs_weight_and_warnings_go_to_their_sections(text: str, expect: str) -> None:
    found = ANSWERER.answer(text)
    assert found.kind == "answer" and found.answer_id == expect, found


def test_a_question_pointing_back_asks_about_the_theme_of_its_story() -> None:
    story = (
        "My doctor says the disc is the cause and an operation would fix it. "
        "It sounds scary. Is it worth it?"
    )
    found = ANSWERER.answer(story)
    assert found.kind == "answer" and found.answer_id == "surgery"
    assert ANSWERER.answer("how do i lose weight fast").kind == "out_of_scope"


@pytest.mark.parametrize(
    ("text", "kind", "expect"),
    [("My dog has back leg pain, what should I do?", "out_of_scope", None),
     ("I walk my dog every day, is that ok with sciatica?", "answer", "walking"),
     ("How can you prevent sciatic pain while driving or riding?", "answer", "driving-travel")],
)  # fmt: skip
def test_whose_leg_and_which_ride(text: str, kind: str, expect: str | None) -> None:
    found = ANSWERER.answer(text)
    assert found.kind == kind and found.answer_id == expect, found


def test_a_pregnancy_story_is_answered_by_the_pregnancy_section() -> None:
    story = (
        "I'm 28 weeks pregnant and my sciatica shoots down my right leg when I stand up. "
        "My midwife says it's common. Can I use a hot water bottle on my back?"
    )
    found = ANSWERER.answer(story)
    assert found.kind == "answer" and found.answer_id == "pregnancy"
    assert ANSWERER.answer("I'm pregnant, how do I do the glute bridge?").answer_id == (
        "glute-bridge"
    )
