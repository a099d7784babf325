"""The question answerer: red flags first, then greetings, personal advice, and the guide."""

from __future__ import annotations

import copy
import re
from pathlib import Path

from bot.content.loader import Content
from bot.qa.crisis import CrisisHit, read_crisis
from bot.qa.focus import asked, asks_nothing, focuses, pleads_only, questions
from bot.qa.learned_vote import LearnedVote
from bot.qa.models import QAConfig, QAConfigError, load_qa
from bot.qa.patterns import compiled
from bot.qa.pointing_back import (
    claim_before,
    points_back,
    refers_back,
    voices_worry,
    what_before_doctor,
    without_worries,
)
from bot.qa.pregnancy import PREGNANCY, PregnancyReading
from bot.qa.ranking import GuideRanker
from bot.qa.ranking_words import DESCRIBED_PAIN, WARNING_SIGNS
from bot.qa.redflags import RedFlagDetector, RedFlagHit
from bot.qa.replies import Answer, AnswerKind, guide_reply
from bot.qa.scope import AT_LARGE, Scope
from bot.qa.story_questions import main_question, names_something, story_point
from bot.qa.story_theme import with_story_theme
from bot.qa.subject_told import WHAT_IT_IS, asks_what_it_is
from bot.qa.text import fold, seated, words
from bot.qa.vague_word import VAGUE_CHARS, VagueWord
from bot.qa.vote_routing import VOTE_THRESHOLD, voted
from bot.qa.when_told import LIMB_PAIN, pain_asked_what, pain_only_when

__all__ = ["VOTE_THRESHOLD", "Answer", "AnswerKind", "QuestionAnswerer"]
# Longer questions are cut here: Telegram messages hold at most 4,096 characters anyway.
MAX_QUESTION = 4096
# A message of more words than this is a story with a question in it, not a question alone.
STORY_WORDS = 25
IS_IT = "is-it-sciatica"
_LETTER = re.compile(r"[^\W\d_]")
# A question pointing back at several things the story told ("these activities", "all that").
_PLURAL_BACK = re.compile(r"\b(?:these|those|them|all (?:of )?(?:this|that|these|those))\b")


class QuestionAnswerer:
    """Built once at start-up from the content; answers in well under a few milliseconds."""

    def __init__(
        self, content: Content, config: QAConfig, vote: LearnedVote | None = None
    ) -> None:
        self.config = config
        self.vote = vote
        self._content = content
        self._detector = RedFlagDetector(config)
        self._ranker = GuideRanker(content, config, self._detector)
        self._index = self._ranker.index
        self._scope = Scope(config, self._ranker, content)
        self._vague = VagueWord(config, self._ranker, content)
        self._pregnancy = PregnancyReading(
            config.past_pregnancy, self._ranker, has_section=PREGNANCY in content.sections
        )
        self._follow_up = compiled(config.follow_up)
        self._described_pain = compiled(config.described_pain)
        self._greetings = {" ".join(words(g)) for g in config.greetings}
        self._thanks = {" ".join(words(t)) for t in (*config.thanks, *config.acknowledgements)}
        self._personal = [compiled(p) for p in config.personal_advice]

    @classmethod
    def from_content(
        cls, content: Content, content_dir: Path, *, learned_vote: Path | None = None
    ) -> QuestionAnswerer:
        """Load `content_dir`/qa.yaml, check it against the content, and build the index; load
        the learned vote from `learned_vote` (bot.qa.learned_vote.MODEL) and check its labels
        (None, the default: the rules alone)."""
        config = load_qa(content_dir / "qa.yaml")
        known = {*content.sections, *content.exercises}
        named = {*config.variants, *config.replies.topics, *config.topics.values(),
                 *config.intents, *config.named_only, *config.story_activities,
                 *config.treatments}  # fmt: skip
        unknown = sorted(named - known)
        if unknown:
            raise QAConfigError(f"{content_dir / 'qa.yaml'}: unknown answer ids {unknown}")
        vote = None if learned_vote is None else LearnedVote(learned_vote)
        if vote is not None:
            vote.check(known)
        return cls(content, config, vote)

    def with_vote(self, vote: LearnedVote | None) -> QuestionAnswerer:
        """This answerer with `vote` (None: the rules alone), sharing its built index."""
        voting = copy.copy(self)
        voting.vote = vote
        return voting

    def crisis(self, question: str) -> CrisisHit | None:
        """Whether the message tells of thoughts of ending a life, and whose: read beside the
        answer, which it never changes (bot/qa/crisis.py)."""
        return read_crisis(question[:MAX_QUESTION])

    def answer(self, question: str) -> Answer:
        """Answer one question: the rules' reply, which the learned vote may re-route."""
        text = question[:MAX_QUESTION]
        return voted(self.vote, text, self._rules(text), self._reply)

    def _rules(self, text: str) -> Answer:
        """The hand-written rules' reply: red flags first, then small talk and the guide."""
        plain = " ".join(words(text))
        letters = _LETTER.findall(text)
        if not plain and not letters:
            return Answer("empty")
        red_flag = self._detector.detect(text)
        if sum(map(str.isascii, letters)) < len(letters) / 2:
            if red_flag is not None:
                return Answer("red_flag", red_flag)
            return Answer("out_of_scope", other_language=True, suggestions=self._topics())
        if red_flag is None:
            small_talk = self._small_talk(plain, text)
            if small_talk is not None:
                return small_talk
        # A horse's riding words are read as the horse's before any sentence is ranked alone.
        told = self._ranker.ridden(self._pregnancy.past_left_out(text))
        found = self._guide_answer(told, red_flag)
        if red_flag is not None:
            if found is not None and found.answer_id == "red-flags":
                found = None
            base = found or Answer("red_flag")
            return Answer(**{**base.__dict__, "kind": "red_flag", "red_flag": red_flag})
        if found is None and pain_asked_what(self._described_pain, fold(text)):
            # A pain told travelling down the leg, or in the buttock asked what it is, and
            # nothing else the guide knows: how to tell it is sciatica, not "I can only answer".
            return self._reply(DESCRIBED_PAIN, self.config.threshold)
        return found or Answer("out_of_scope", suggestions=self._topics())

    def _small_talk(self, plain: str, text: str) -> Answer | None:
        """Thanks, a greeting, or a question whose subject is not sciatica (bot/qa/scope.py)."""
        if plain in self._thanks:
            return Answer("thanks")
        if plain in self._greetings:
            return Answer("greeting")
        if plain.isalpha() and len(plain) <= VAGUE_CHARS and self._vague.vague(plain):
            # "Leg", "Why", "Bad": a word alone that names nothing the guide answers (a number
            # alone, "6", is what it always was: no question).
            return Answer("vague", suggestions=self._topics())
        if self._scope.outside(text, plain, story=len(plain.split()) > STORY_WORDS):
            return Answer("out_of_scope", suggestions=self._topics())
        return None

    def _guide_answer(self, text: str, red_flag: RedFlagHit | None) -> Answer | None:
        """The guide's answer, if any: none for requests for personal medical advice.

        Only what is asked can request such advice: a dose told in the story ("I take 400 mg
        ibuprofen ... should I stay in bed?") is part of the story, and so is a dose or a result
        told in a story that asks nothing ("I took 800 mg of ibuprofen, but it made no
        difference")."""
        story = len(fold(text).split()) > STORY_WORDS and asks_nothing(text)
        question = asked(text)
        asking = {" ".join(fold(q).split()) for q in (question, *questions(text))}
        if not story and any(p.search(q) for p in self._personal for q in asking):
            return None
        # A question pointing back ("is that true?", "is it a disease?") asks about what the
        # message said before, unless it names a theme or an exercise of its own.
        back = points_back(question) or (
            refers_back(question)
            and not self._ranker.themes(question)
            and not self._ranker.named_exercises(question)
        )
        # A worry voiced beside another question ("Or maybe I have a tumor?", "What if it is
        # cancer?") is no question about the signs.
        told = without_worries(text)
        about = [told] if back else [question, *questions(text)]
        about = [q for q in about if told == text or q == told or not voices_worry(q)]
        # A story that asks nothing only tells its warning words ("I had an emergency
        # operation", "others may lose bladder control"): they are no question about the signs.
        if red_flag is None and (
            (not story and any(self._detector.mentions_warning_topic(seated(q)) for q in about))
            or WARNING_SIGNS in self._ranker.shapes(text)
        ):
            # "Can sciatica affect the bladder?" describes no symptom: the warning signs answer it,
            # whichever of the message's questions asks it; so does a story of being told which
            # signs send one to A&E ("if you feel any numbness ..., go straight to A&E").
            return self._reply(WARNING_SIGNS, self.config.strong_score)
        return self._found(text, symptoms=red_flag is None)

    def _found(self, text: str, *, symptoms: bool = False) -> Answer | None:
        """The answer to what is asked: the last question, then every question, then the last
        request, then the whole text.

        A long message is mostly the person's story; its words would outvote the question itself.
        """
        whole = text.strip()
        if self._pregnancy.pregnant(whole):
            # Everything is different in pregnancy: its section answers whatever is asked.
            return self._reply(PREGNANCY, self.config.strong_score)
        told = self._ranker.told_shape(whole)
        if told is not None:
            # "I had a microdiscectomy. When can I drive?": the operation told before the
            # question is what it asks about.
            return self._reply(told, self.config.strong_score)
        # "What could this be? What doctor should I see?": what it is leads (its answer says who
        # can confirm it), though it points back.
        what_it_is = what_before_doctor(whole, lambda q: IS_IT in self._ranker.shapes(q))
        main = main_question(self._ranker, self._follow_up, whole)
        for focus in what_it_is + main + focuses(whole):
            if len(focus) >= len(whole):
                # The whole message is the question: it is ranked whole, not on a part of it.
                break
            # "Is that normal?" after a story asks about the story: the story answers it, and
            # so does a story with a shape of its own ("... had a discectomy and still ...").
            pointing = points_back(focus) and focus not in what_it_is
            if pointing and (
                not names_something(self._ranker, focus)
                or self._ranker.shapes(whole) - self._ranker.shapes(focus)
            ):
                # Unless it follows a claim or a fear of one theme ("I read that sitting is
                # worse ... Is that true?"): that theme is what it asks about.
                claim = claim_before(whole, focus)
                if len(self._ranker.themes(claim)) == 1 and (found := self._ranked(claim)):
                    return found
                continue
            # "Am I helping or hurting with these activities?" after a story of several themes
            # asks about all it told: the story answers it.
            # "Should I stop doing them?" after a story of one exercise ("... press ups")
            # asks about that exercise.
            if (
                _PLURAL_BACK.search(fold(focus))
                and not names_something(self._ranker, focus)
                and len(self._ranker.themes(self._ranker.without_symptoms(whole))) > 1
                and len(self._ranker.named_exercises(whole)) != 1
            ):
                continue
            found = self._ranked(with_story_theme(self._ranker, focus, whole), strict=True)
            # A focus of one known word ("is that bad?") needs a strong match, a shape ("is it
            # sciatica?") or the story.
            if found is not None and (
                self._index.known_terms(focus) >= 2
                or found.score >= self.config.focus_score
                or self._ranker.named_exercises(focus)
                or found.answer_id in self._ranker.shapes(focus)
            ):
                return self._story_theme(whole, focus, found) if asks_nothing(whole) else found
        # A plea alone after a story that names no theme, shape or exercise ("Lower back pain is
        # ruining my life. Any advice?"): what helps most in the long run, not a story's word.
        # A pain told down or in the leg asks what it is, and stays ranked.
        if (
            pleads_only(whole)
            and not names_something(self._ranker, self._ranker.without_symptoms(whole))
            and not self._described_pain.search(folded := fold(whole))
            and not LIMB_PAIN.search(folded)
            and (found := self._ranked(whole)) is not None
        ):
            return self._reply(AT_LARGE, found.score)
        # A message of symptoms alone (no red flag) is ranked on them.
        return self._whole(whole, symptoms=symptoms)

    def _whole(self, whole: str, *, symptoms: bool) -> Answer | None:
        """The whole message ranked; a story of a pain in the leg or the hip where an everyday
        activity only says when it comes ("walking to the shops makes it burn ... any
        thoughts?") asks what the pain is (bot/qa/when_told.py)."""
        if symptoms and pain_only_when(self._ranker, self._described_pain, whole):
            return self._reply(DESCRIBED_PAIN, self.config.threshold)
        return self._ranked(whole, symptoms=symptoms) or self._at_large(whole, symptoms=symptoms)

    def _at_large(self, whole: str, *, symptoms: bool) -> Answer | None:
        """A message with no red flag that tells sciatica, where nothing ranks and no pain down
        the leg is told, is still about the guide's subject: what helps it most in the long run
        answers it, not "the guide doesn't cover that" (bot/qa/scope.py)."""
        folded = fold(whole)
        if symptoms and self._scope.told(whole) and not self._described_pain.search(folded):
            at_large = WHAT_IT_IS if asks_what_it_is(folded) else AT_LARGE
            return self._reply(at_large, self.config.threshold)
        return None

    def _story_theme(self, whole: str, sentence: str, last: Answer) -> Answer:
        """The story's point: its last sentence or its whole telling (story_point)."""
        story = self._ranked(whole)
        return story_point(self._ranker, self.config, whole, sentence, last, story)

    def _ranked(self, text: str, *, strict: bool = False, symptoms: bool = False) -> Answer | None:
        found = self._ranker.ranked(text, strict=strict, symptoms=symptoms)
        return None if found is None else self._reply(found.answer_id, found.score)

    def _reply(self, answer_id: str, score: float) -> Answer:
        """The answer with its source (bot/qa/replies.py)."""
        kind = self._index.kinds[answer_id]
        return guide_reply(self._content, self.config, kind, answer_id, score)

    def _topics(self) -> tuple[str, ...]:
        return tuple(f"topic:{topic}" for topic in self.config.replies.topics)
