"""Which of a story's questions is its main one, and when a story that asks nothing is about its
whole telling rather than its last sentence."""

from __future__ import annotations

import re

from bot.qa.focus import declared, questions
from bot.qa.models import QAConfig
from bot.qa.ranking import GuideRanker
from bot.qa.replies import Answer
from bot.qa.story_theme import with_story_theme
from bot.qa.text import fold


def names_something(ranker: GuideRanker, text: str) -> bool:
    """`text` names a theme, a shape or an exercise of the guide's."""
    return bool(ranker.themes(text) or ranker.shapes(text) or ranker.named_exercises(text))


def main_question(ranker: GuideRanker, follow_up: re.Pattern[str], whole: str) -> list[str]:
    """The message's main question when its last one is only a follow-up: "Are there any
    painkillers I can use? Are there any other products?" asks about painkillers. A last
    question that names nothing and is worded as a follow-up ("anything else?", "and what
    about...?") or answers nothing alone gives way to the first one that names a theme, a
    shape or an exercise; so does a plea ("can anything be done?") that names no theme."""
    asking = questions(whole)
    # A question declared as such ("My question is, should I go ahead with it?") is the
    # main one, whatever follows it ("What do you think?"): it leads the focuses.
    if len(asking) < 2 or declared(whole):
        return []
    last = asking[-1]
    is_follow_up = follow_up.search(fold(last)) is not None
    # A plea's shape ("can anything be done?") names no theme: as a follow-up it gives way.
    if names_something(ranker, last) and (
        not is_follow_up or ranker.themes(last) or ranker.named_exercises(last)
    ):
        return []
    if not is_follow_up and ranker.ranked(with_story_theme(ranker, last, whole), strict=True):
        return []
    return next(([q] for q in asking[:-1] if names_something(ranker, q)), [])


def story_point(
    ranker: GuideRanker,
    config: QAConfig,
    whole: str,
    sentence: str,
    last: Answer,
    story: Answer | None,
) -> Answer:
    """A story that asks nothing is about its last sentence (answered `last`), unless the whole
    story (answered `story`) is far more clearly about one theme ("... the epidural steroid
    injection ... I am scared of needles" is about the injection). A last sentence with a shape
    ("some say it is sciatica, others...") gives way only to a shape of the whole story's."""
    if story is None:
        return last
    # A sport the story names before its last sentence ("I went for a light run ...") is
    # its point from a smaller margin.
    margin = config.story_margin
    activity = config.story_activities & (ranker.themes(whole) - ranker.themes(sentence))
    if story.answer_id in activity:
        margin = config.story_activity_margin
    if story.score < margin * last.score:
        return last
    # The story's own shape agrees with its last sentence ("... L4-5 disc protrusion ...
    # explain if this says I have stenosis"): the last sentence was its point.
    if last.answer_id in ranker.shapes(whole) - ranker.shapes(sentence):
        return last
    shaped = last.answer_id in ranker.shapes(sentence)
    return story if not shaped or story.answer_id in ranker.shapes(whole) else last
