"""Print the reliability tally after the run (see report.py)."""

from __future__ import annotations

import pytest

from tests.reliability.report import TALLY, table


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Show what the reliability tests put the bot through."""
    if TALLY:
        terminalreporter.write_sep("=", "reliability report")
        terminalreporter.write_line(table())
