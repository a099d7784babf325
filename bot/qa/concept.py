"""One red-flag concept of content/qa.yaml as a validated model (bot/qa/redflags.py reads it)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, field_validator


class Concept(BaseModel):
    """One red-flag concept, found from word families only (names of `word_families`).

    A family in `mentions` is the concept on its own ("incontinence", "foot drop", "a fall"):
    no change word is needed. A sign in `signs` is families that all appear in one clause
    ("bladder" x "leaking"); one in `sentence_signs`, in one sentence. A clause with a word of
    the `unless` family never shows the concept ("menopausal sweats", "a fall years ago").
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    mentions: tuple[str, ...] = ()
    signs: tuple[tuple[str, ...], ...] = ()
    sentence_signs: tuple[tuple[str, ...], ...] = ()
    unless: str | None = None
    # A family the message must name somewhere ("fever" only with a back, leg or pain), or a
    # list of them, each named somewhere: the parts of one story told in sentences of their own
    # ("she has lupus. She is on prednisone. Now her back hurts": the steroid's clause shows
    # the sign, the illness and the back are each named elsewhere).
    needs: tuple[str, ...] = ()
    # `needs` for the clauses of one family only: (clause family, message family). A clause of
    # the first family (when the message tells it) shows the concept only when the message
    # also names the second; the concept's other clauses need nothing ("numb hands and feet"
    # alarms as both legs only with a back, a weakness or a spread told beside it).
    clause_needs: tuple[str, str] | None = None
    # Told only of the past in a story set years ago ("A few years ago... my leg gave way"):
    # history, not a symptom now. Bladder, bowel, saddle and cancer always count.
    history_exempt: bool = False
    # A history that counts however long over (cancer): an episode told over still shows it.
    lasting: bool = False
    # Told of the legs or the back: a sentence naming only the arms, hands, neck or face shows
    # none of it.
    limbs: bool = False
    # A clause family that shows nothing once the message tells of the treatment (the second
    # family) done: a weakness told as what an operation was for, or as recovering after it.
    treated: tuple[str, str] | None = None
    # The same for a harm told none: a fall told with nothing new since ("the dog pulled me over
    # on the ice, nothing new with my sciatica").
    harmless: tuple[str, str] | None = None
    # A family that, told anywhere in the message, keeps `treated` from silencing anything
    # ("I slipped on the floor, the pain is easing, but my leg has gone numb").
    treated_unless: str | None = None
    # The same for an injury already seen to: an operation done or booked for it ("I fell and
    # wrecked a disc, I'm having surgery in a couple of weeks").
    operated: tuple[str, str] | None = None
    # The same for a broken limb told set or fixed ("I fell and broke my femur, they fixed it
    # with a rod"): the fracture in an orthopaedic team's care, its clause naming no back. The
    # third family, told anywhere in the message, keeps it alarming (a back told after a fall).
    set_fracture: tuple[str, str, str] | None = None
    # The same for an injury told as the start of a pain had for a year or more ("my sciatica
    # is the result of a car accident, the pain has been there for two years").
    origin: tuple[str, str] | None = None
    # The same for the injury told again ("the accident was mild", "since the fall") in a
    # message that dates it a year or more back ("a car accident 3 years ago"), whatever else
    # the message tells: an old injury's lasting numbness is no new trauma.
    dated: tuple[str, str] | None = None
    # A family that, told anywhere in the message, means the mentions describe no symptom (a
    # cancer history told as the background to an activity asked about, nothing else told).
    quiet_with: str | None = None
    # A family that, found anywhere in the message as written (its own denial part of it), tells
    # the concept's emergency signs absent: the mentions show nothing ("I have cauda equina ... I
    # haven't lost any bladder or bowel function"). Each symptom concept still reads its own words.
    kept: str | None = None

    @field_validator("needs", mode="before")
    @classmethod
    def _needs_listed(cls, needs: object) -> object:
        """One family written alone is a list of one."""
        return (needs,) if isinstance(needs, str) else needs

    def clause_needs_problem(self) -> str | None:
        """Why the concept's `clause_needs` could change nothing, if it could not (checked when
        content/qa.yaml loads, bot/qa/models.py): its clause family is what it needs (such a
        clause always has it), its own `needs` already asks the whole message, or it has no
        sign to hold back."""
        if self.clause_needs is None:
            return None
        clause, needed = self.clause_needs
        where = f"concept {self.id!r}: clause_needs {[clause, needed]}"
        if clause == needed:
            return f"{where} names one family twice: it would never hold a clause back"
        if needed in self.needs:
            return f"{where} asks what its `needs` already asks of the whole message"
        if not (self.mentions or self.signs or self.sentence_signs):
            return f"{where}: the concept has no sign for it to hold back"
        return None

    def families(self) -> set[str]:
        """Every family the concept names."""
        named = {*self.mentions, *(f for s in (*self.signs, *self.sentence_signs) for f in s)}
        pairs = (
            self.treated,
            self.harmless,
            self.operated,
            self.set_fracture,
            self.origin,
            self.dated,
            self.clause_needs,
        )
        treated = tuple(f for pair in pairs if pair for f in pair)
        told = (self.unless, *self.needs, self.treated_unless, self.quiet_with, self.kept)
        return named | {f for f in (*told, *treated) if f}
