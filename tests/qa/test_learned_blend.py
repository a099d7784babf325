"""The learned vote in the answerer (bot/qa/answer.py), turned on by QA_LEARNED_VOTE=true (off
by default): where the rules answer from the guide or say a question is out of scope, a
confident vote for another section re-routes the answer; red flags, greetings and thanks are
never changed, an unsure vote changes nothing, and with the setting off the rules answer
alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.qa.answer import VOTE_THRESHOLD, QuestionAnswerer
from bot.qa.evaluate import RED_FLAG, load_cases
from bot.qa.learned_vote import MODEL, LearnedVote, Vote
from bot.settings import load_settings
from bot.testing import BotHarness
from tests.qa.answer_checks import ANSWERER

HERE = Path(__file__).parent
# Fresh wordings (not in any labelled set): resting on the sofa for a week is bed rest, though
# the rules read "sofa" as sitting. (Retraining moves the vote: round 34's retrained vote calls
# the earlier "my husband keeps telling me to rest on the sofa all week" out of scope.)
SOFA = "My mum says rest on the sofa for a week, is that wise with sciatica?"
RULES = ANSWERER  # built as the tests build it: the default, the rules alone
VOTED = RULES.with_vote(LearnedVote(MODEL))


def test_the_default_answerer_is_the_rules_alone() -> None:
    assert RULES.vote is None


def test_a_confident_vote_for_another_section_is_the_answer_given() -> None:
    assert VOTED.vote is not None
    vote = VOTED.vote.vote(SOFA)
    rules = RULES.answer(SOFA)
    assert rules.kind == "answer" and rules.answer_id != vote.label
    assert vote.probability >= VOTE_THRESHOLD
    found = VOTED.answer(SOFA)
    section = VOTED._content.sections[vote.label]
    assert (found.kind, found.answer_id) == ("answer", vote.label)
    assert (found.source_title, found.text) == (section.title, section.summary)


def _red_flag_lines() -> list[str]:
    cases = [*load_cases(HERE / "questions.jsonl"), *load_cases(HERE / "heldout.jsonl")]
    return [case.question for case in cases if case.expect == RED_FLAG]


def test_red_flags_are_never_changed() -> None:
    """Every red flag of the team's sets gets the rules' reply, the vote's disagreement with
    them notwithstanding (it disagrees confidently on some: the check is not empty)."""
    assert VOTED.vote is not None
    lines = _red_flag_lines()
    flagged = [line for line in lines if RULES.answer(line).kind == "red_flag"]
    assert len(flagged) >= 20
    disagreeing = 0
    for line in flagged:
        rules, vote = RULES.answer(line), VOTED.vote.vote(line)
        disagreeing += vote.label != rules.answer_id and vote.probability >= VOTE_THRESHOLD
        assert VOTED.answer(line) == rules, line
    assert disagreeing >= 5


@pytest.mark.parametrize("text", ["Hello", "thanks a lot", "", "Leg"])
def test_small_talk_is_never_changed(text: str) -> None:
    assert VOTED.answer(text) == RULES.answer(text)
    assert VOTED.answer(text).kind in ("greeting", "thanks", "empty", "vague")


class _Says(LearnedVote):
    """The shipped vote's file, saying one label at one probability whatever the message."""

    def __init__(self, label: str, probability: float) -> None:
        super().__init__()
        self._said = Vote(label, probability)

    def vote(self, text: str) -> Vote:
        return self._said


def _with_vote(label: str, probability: float) -> QuestionAnswerer:
    return VOTED.with_vote(_Says(label, probability))


@pytest.mark.parametrize(
    "text", ["What is the capital of France?", "Do you know a good recipe for lasagne?"]
)
def test_an_out_of_scope_question_stays_so_unless_the_vote_is_sure(text: str) -> None:
    assert RULES.answer(text).kind == "out_of_scope"
    unsure = _with_vote("walking", VOTE_THRESHOLD - 0.01).answer(text)
    assert (unsure.kind, unsure.answer_id) == ("out_of_scope", None)
    # The vote's own out_of_scope never changes a reply; the shipped vote says it here.
    assert VOTED.answer(text).kind == "out_of_scope"
    sure = _with_vote("walking", VOTE_THRESHOLD).answer(text)
    assert (sure.kind, sure.answer_id) == ("answer", "walking")


def test_the_vote_never_says_out_of_scope_itself() -> None:
    text = "Is walking good for sciatica?"
    assert RULES.answer(text).kind == "answer"
    assert _with_vote("out_of_scope", 0.99).answer(text) == RULES.answer(text)


def test_the_setting_turns_it_on(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # no stray .env
    monkeypatch.delenv("QA_LEARNED_VOTE", raising=False)
    assert load_settings().qa_learned_vote is False
    monkeypatch.setenv("QA_LEARNED_VOTE", "true")
    assert load_settings().qa_learned_vote is True


@pytest.mark.parametrize("on", [True, False], ids=["vote on", "vote off"])
async def test_what_the_person_reads(tmp_path: Path, on: bool) -> None:
    """Through the bot: the vote's section with QA_LEARNED_VOTE on, the rules' with it off
    (the default)."""
    assert VOTED.vote is not None
    wanted = VOTED.vote.vote(SOFA).label if on else RULES.answer(SOFA).answer_id
    assert wanted is not None
    section = VOTED._content.sections[wanted]
    overrides: dict[str, Any] = {"qa_learned_vote": True} if on else {}
    async with BotHarness.running(tmp_path / "bot.sqlite3", **overrides) as harness:
        replies = await harness.user(41, "Kim").send(SOFA)
    said = "\n".join(reply.text or "" for reply in replies)
    assert section.title in said, said
    assert (harness.services.qa.vote is not None) is on
