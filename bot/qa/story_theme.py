"""A question that names nothing of its own asks about its story: the one theme or exercise the
story tells ("... surgery can fix it. Is it worth the risk?" asks about surgery)."""

from __future__ import annotations

from collections import Counter

from bot.qa.focus import last_sentence
from bot.qa.pointing_back import points_back, refers_back
from bot.qa.ranking import GuideRanker
from bot.qa.ranking_words import (
    ALTERNATIVE,
    HELP_ASKED,
    HELP_WORDS,
    NOT_SEEN,
    WHEN_TO_GO,
    named_in,
)
from bot.qa.text import fold, words

# A question of this many words or fewer that names no theme is about its story's theme.
SHORT_QUESTION = 8


def with_story_theme(ranker: GuideRanker, focus: str, whole: str) -> str:
    """A question that names no theme and points back ("is it worth the risk?") or is short
    ("what is the recovery time?") asks about the one theme its story names ("... surgery
    can fix it"): its key word is added."""
    # "Is that bad?" points at the whole story instead, and is ranked with it.
    short = (
        len(words(focus)) <= SHORT_QUESTION
        and focus.rstrip(" \"'\u201d").endswith("?")
        and not points_back(focus)
    )
    # A longer request for help naming nothing asks about a sport its story tells.
    helped = not (short or refers_back(focus)) and len(words(focus)) <= HELP_WORDS
    helped = helped and HELP_ASKED.search(fold(focus)) is not None
    short = short or helped
    # A question with a shape of its own ("is it sciatica?") asks what its shape says. The
    # alternative it weighs the story against ("is this better than surgery?") is not what
    # it asks about: the story's theme is.
    core = ALTERNATIVE.sub("", focus)
    if (
        not (refers_back(focus) or short)
        or ranker.themes(core)
        or ranker.shapes(ranker.literal(core))
        or ranker.named_exercises(core)
    ):
        return focus
    # The alternative named in the question is none of the story's themes.
    told = whole.replace(focus, " ") if core != focus else whole
    # A question that names nothing of its own ("can you remind me?", "is there an easier
    # way to do it?", "how many should I be doing a day?") asks about the one exercise the
    # story names; one with words of its own ("how does the nerve get pinched?") does not.
    exercises = ranker.named_exercises(told)
    if len(exercises) == 1 and (refers_back(core) or ranker.index.known_terms(core) < 2):
        return f"{core} {ranker.exercise_names[exercises.pop()]}"
    # Only a pronoun ("how long should I put it on for?") points at the nearest theme.
    story = story_themes(ranker, told, last_sentence(whole, focus) if refers_back(core) else "")
    # A story of a doctor not yet seen, then "When should he go?": it asks about seeing one.
    if (
        not story
        and WHEN_TO_GO.match(" ".join(words(core)))
        and NOT_SEEN.search(fold(told))
        and names_doctor(ranker, told)
    ):
        return f"{core} see a doctor"
    if len(story) != 1:
        return focus
    (theme,) = story
    if helped and theme not in ranker.config.story_activities:
        return focus
    keys = [word for word, answer_id in ranker.config.topics.items() if answer_id == theme]
    return f"{core} {keys[0]}"


def story_themes(ranker: GuideRanker, told: str, nearest: str) -> set[str]:
    """The theme a story is about: the one it tells most often, or, of several told as
    often, the one in the sentence `nearest` the question ("... ibuprofen. I've got a bag
    of frozen peas. How long should I put it on for?"). Who told the story something ("my
    physio said ...") is not what it is about, nor an operation told as not needed."""
    said = named_in(ranker.without_symptoms(ranker.messengers.sub(" ", ranker.literal(told))))
    counts = Counter(
        theme
        for term in ranker.index.terms(said)
        if (theme := ranker.topic_terms.get(term)) is not None
    )
    if len(counts) < 2:
        return set(counts)
    most = max(counts.values())
    story = {theme for theme, count in counts.items() if count == most}
    if len(story) > 1:
        near = ranker.themes(ranker.without_symptoms(nearest)) & story
        story = near if len(near) == 1 else story
    return story


def names_doctor(ranker: GuideRanker, text: str) -> bool:
    """`text` names a doctor (a GP, a physician...)."""
    return bool(ranker.doctor_terms & set(ranker.index.terms(ranker.literal(text))))
