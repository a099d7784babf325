"""Finding the exercises a text names by their names and aliases (content/exercises.yaml)."""

from __future__ import annotations

from bot.content.loader import Content
from bot.qa.text import words


class ExerciseNames:
    """The guide's exercise names and aliases as word sequences, singular and plural."""

    def __init__(self, content: Content) -> None:
        self._names = {
            key: exercise.id
            for exercise in content.exercises.values()
            for name in (exercise.name, *exercise.aliases)
            for key in _with_plural(tuple(words(name)))
        }
        self._longest_name = max(len(key) for key in self._names)
        self._name_starts = {key[0] for key in self._names}

    def named(self, text: str) -> set[str]:
        """Exercises the text names (longest names first, so 'side plank' beats 'plank')."""
        found, seen = set(), words(text)
        i = 0
        while i < len(seen):
            if seen[i] not in self._name_starts:  # most words start no exercise's name
                i += 1
                continue
            for size in range(min(self._longest_name, len(seen) - i), 0, -1):
                exercise_id = self._names.get(tuple(seen[i : i + size]))
                if exercise_id is not None:
                    found.add(exercise_id)
                    i += size - 1
                    break
            i += 1
        return found


def _with_plural(name: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """An exercise's name and its plural ("press up", "press ups"; "bird dogs")."""
    if name[-1].endswith("s"):
        return (name,)
    return name, (*name[:-1], f"{name[-1]}s")
