"""The support note (content/texts.yaml `support`) is checked at start-up: a note that lost a
number, or grew too long to read at a glance, stops start-up with one line naming it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.loader import ContentError, default_content_dir, load_content
from bot.content.texts import SUPPORT_NUMBERS
from tests.content.test_content import broken_copy


def test_both_notes_name_every_number_and_are_short() -> None:
    support = load_content(default_content_dir()).texts.support
    for note in (support.note, support.note_for_carer):
        assert all(number in note for number in SUPPORT_NUMBERS)
        assert len(note) < 700
    # Told of someone else, the note speaks of them, not to them.
    assert "they" in support.note_for_carer and "these thoughts" not in support.note_for_carer


@pytest.mark.parametrize("number", ["116 123", "988", "112"])
def test_a_note_without_a_number_stops_start_up_naming_it(tmp_path: Path, number: str) -> None:
    def drop(data: dict[str, dict[str, str]]) -> None:
        data["support"]["note_for_carer"] = data["support"]["note_for_carer"].replace(number, "")

    with pytest.raises(ContentError, match=rf"texts\.yaml: support\.note_for_carer: .*{number}"):
        load_content(broken_copy(tmp_path, "texts.yaml", drop))


def test_a_missing_note_stops_start_up(tmp_path: Path) -> None:
    def drop(data: dict[str, dict[str, str]]) -> None:
        del data["support"]["note"]

    with pytest.raises(ContentError, match=r"texts\.yaml: support\.note") as caught:
        load_content(broken_copy(tmp_path, "texts.yaml", drop))
    assert "\n" not in str(caught.value)
