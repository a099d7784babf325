"""The answerer's bounded memo: a value is worked out once per key, and a full memo starts again
instead of growing."""

from __future__ import annotations

from bot.qa.memo import Memo


def test_a_key_is_worked_out_once_and_a_full_memo_starts_again() -> None:
    calls: list[str] = []
    memo: Memo[str, str] = Memo(2)

    def upper(text: str) -> str:
        calls.append(text)
        return text.upper()

    assert memo.get("a", lambda: upper("a")) == "A"
    assert memo.get("a", lambda: upper("a")) == "A"
    assert memo.get("b", lambda: upper("b")) == "B"
    assert calls == ["a", "b"]
    assert memo.get("c", lambda: upper("c")) == "C"  # full: a and b are dropped
    assert memo.get("a", lambda: upper("a")) == "A"
    assert calls == ["a", "b", "c", "a"]
    memo.clear()
    memo.get("a", lambda: upper("a"))
    assert calls == ["a", "b", "c", "a", "a"]
