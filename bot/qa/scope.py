"""Whether a question is about sciatica at all: prices, a pet, another illness or another part
of the body are outside the guide (content/qa.yaml `off_topic`, `off_topic_subjects`,
`off_topic_conditions`)."""

from __future__ import annotations

import re

from bot.qa.models import QAConfig


class Scope:
    """Tells the questions the guide does not cover; built once from the config."""

    def __init__(self, config: QAConfig) -> None:
        self._off_topic = [re.compile(p) for p in config.off_topic]
        self._off_subjects = [re.compile(p) for p in config.off_topic_subjects]
        self._conditions = [re.compile(p) for p in config.off_topic_conditions]
        self._on_topic = re.compile(config.on_topic)

    def outside(self, asking: str, folded: str) -> bool:
        """The question's subject is not sciatica: prices, insurance (in what `asking` asks),
        a pet, a car, another illness (anywhere in `folded`, unless it also tells of the
        teller's back or legs), or another condition told with no sciatica, lower back or leg
        in it at all (anywhere in `folded`; "my calves" is part of claudication)."""
        if any(pattern.search(asking) for pattern in self._off_topic):
            return True
        if any(pattern.search(folded) for pattern in self._conditions):
            return True
        return any(p.search(folded) for p in self._off_subjects) and not self._on_topic.search(
            folded
        )
