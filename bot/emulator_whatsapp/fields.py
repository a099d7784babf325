"""Readers for a request's JSON that answer (#100) Invalid parameter, naming the field."""

from __future__ import annotations

from typing import Any

from bot.emulator_whatsapp.errors import invalid


def json_object(value: Any, where: str) -> dict[str, Any]:
    """`value` if it is a JSON object."""
    if not isinstance(value, dict):
        raise invalid(f"Param {where} must be a JSON object.")
    return value


def only_keys(obj: dict[str, Any], allowed: set[str], where: str) -> dict[str, Any]:
    """`obj` if it has no key outside `allowed`."""
    unknown = sorted(set(obj) - allowed)
    if unknown:
        raise invalid(f"Unexpected key {unknown[0]!r} on {where or 'the request'}.")
    return obj


def optional_string(obj: dict[str, Any], key: str, where: str, low: int, high: int) -> str | None:
    """`obj[key]`, a string of `low` to `high` characters (not only blanks), or None if absent."""
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise invalid(f"Param {where}['{key}'] must be a string.")
    if len(value) < low or not value.strip():
        raise invalid(f"Param {where}['{key}'] must be at least {low} characters long.")
    if len(value) > high:
        raise invalid(f"Param {where}['{key}'] must be at most {high} characters long.")
    return value


def string(
    obj: dict[str, Any], key: str, where: str, low: int, high: int, *, required: bool = True
) -> str:
    """`obj[key]`, a string of `low` to `high` characters; '' when absent and not required."""
    value = optional_string(obj, key, where, low, high)
    if value is None:
        if required:
            raise invalid(f"The parameter {where}['{key}'] is required.")
        return ""
    return value
