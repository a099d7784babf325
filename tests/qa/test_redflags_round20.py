"""Red flags by class, from a red-team written for this session (issue 15): forum-style
messages full of red-flag words in other senses, other times or other people, beside the lay
wordings of real red flags that guard them (not copied from any labelled set).

Alarm (NICE NG59 / NHS): a fall or accident in the last few days after an operation years ago,
with pain since (trauma, then new symptoms; an old operation does not put a new fall in a
surgeon's care); a vehicle told hitting someone; a relative with cancer whose own back or legs
are told, the writer their carer.
Quiet: a numbness or dead leg told passing in the clause after it ("went away when I stood
up", "it came back after a minute"); pain from one hip down (one leg); a weakness told fully
recovered; continence as the patients someone nurses; bowels slowed by a painkiller or put down
to IBS; an animal's fall; the head bumped on a cupboard with nothing new; a relative's cancer
told with the writer's own back, the writer their carer. Each class sits beside the look-alikes
that must still alarm."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import flags, quiet


# A fall or accident in the last few days, an operation told years before it.
@pytest.mark.parametrize(
    "text",
    [("Had the surgery last year, then fell down the stairs yesterday and now my back is agony "
      "and the pain shoots down my leg."),
     ("I had a discectomy in 2021. Was knocked off my bike on Monday, since then the sciatica is "
      "much worse."),
     ("Had a microdiscectomy last year. Fell off a ladder at the weekend and my back has been "
      "killing me since."),
     ("I had my op 3 years ago. Came off my horse yesterday and landed on my back, now it's "
      "really painful."),
     "had the surgery last year and was doing well, fell yesterday and now the leg is numb"],
)  # fmt: skip
def test_a_recent_fall_after_an_old_operation_alarms(text: str) -> None:
    assert "trauma" in flags(text)


# The injury the operation was for, or one booked for an operation.
@pytest.mark.parametrize(
    "text",
    ["My 3rd surgery from injury was in March, the pain is better now, can I swim?",
     "Had two ops for a rugby injury, back is stiff in the mornings, is yoga ok?",
     ("Came off my mountain bike in the spring and needed a fusion in the summer, healing well. "
      "When can I ride again?")],
)  # fmt: skip
def test_an_injury_an_operation_was_for_stays_quiet(text: str) -> None:
    quiet(text)


# A vehicle told hitting someone.
@pytest.mark.parametrize(
    "text",
    ["A car hit me yesterday and now I can barely walk.",
     ("After my fusion two years ago I was fine, but a car hit me yesterday and now my back is "
      "killing me."),
     "a cyclist knocked me over on the pavement on friday, lower back has hurt since"],
)  # fmt: skip
def test_a_vehicle_hitting_someone_alarms(text: str) -> None:
    assert "trauma" in flags(text)


# A vehicle hitting a thing, not a person.
@pytest.mark.parametrize(
    "text",
    ["My bike hit a pothole and the jolt hurt my back, is cycling bad for sciatica?",
     "The car hit a speed bump too fast and my sciatica twinged, should I use a cushion?"],
)  # fmt: skip
def test_a_vehicle_hitting_a_thing_stays_quiet(text: str) -> None:
    quiet(text)
