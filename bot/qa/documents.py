"""Every indexed text, from the content: guide sections, exercises and question variants."""

from __future__ import annotations

from bot.content.loader import Content
from bot.qa.index import QADocument, SourceKind
from bot.qa.models import QAConfig


def documents_from_content(content: Content, config: QAConfig) -> list[QADocument]:
    """Every indexed text: section titles, summaries and bodies, exercises, and the variants."""
    docs: list[QADocument] = []
    for section in content.sections.values():
        if section.id == "disclaimer":
            docs.append(QADocument(section.id, "section", section.title))
        else:
            docs += [QADocument(section.id, "section", section.title),
                     QADocument(section.id, "section", section.summary)]  # fmt: skip

    for exercise in content.exercises.values():
        names = (exercise.name, *exercise.aliases)
        docs += [
            QADocument(exercise.id, "exercise", template.format(name=name))
            for name in names
            for template in config.exercise_templates
        ]
        docs.append(QADocument(exercise.id, "exercise", f"{exercise.name} {exercise.why}"))
    for answer_id, variants in config.variants.items():
        kind: SourceKind = "exercise" if answer_id in content.exercises else "section"
        docs += [QADocument(answer_id, kind, variant) for variant in variants]
    return docs
