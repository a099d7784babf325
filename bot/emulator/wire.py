"""Decoding Bot API requests as Telegram does: query string, form, multipart or JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import parse_qsl

from bot.emulator.models import ApiError
from bot.emulator.spec import FieldSpec


@dataclass(frozen=True)
class UploadedFile:
    """A file sent in a multipart request."""

    filename: str
    content: bytes


def decode_body(content_type: str, body: bytes, query: str = "") -> dict[str, Any]:
    """Raw parameters (strings, JSON values or uploads) from one HTTP request."""
    params: dict[str, Any] = dict(parse_qsl(query, keep_blank_values=True))
    kind = content_type.split(";", 1)[0].strip().lower()
    if not body:
        return params
    if kind == "application/json":
        try:
            data = json.loads(body)
        except ValueError:
            raise ApiError(400, "Bad Request: can't parse JSON") from None
        if not isinstance(data, dict):
            raise ApiError(400, "Bad Request: JSON body must be an object")
        params.update(data)
    elif kind == "application/x-www-form-urlencoded":
        params.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    elif kind == "multipart/form-data":
        params.update(_multipart(content_type, body))
    return params


def _multipart(content_type: str, body: bytes) -> dict[str, Any]:
    header = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(header + body)
    params: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        content = payload if isinstance(payload, bytes) else b""
        filename = part.get_filename()
        if filename is not None:
            params[name] = UploadedFile(filename, content)
        else:
            params[name] = content.decode("utf-8")
    return params


def coerce(params: dict[str, Any], fields: list[FieldSpec]) -> dict[str, Any]:
    """Turn each raw value into the type the method's table gives it."""
    types = {f.name: f.types for f in fields}
    coerced: dict[str, Any] = {}
    for name, value in params.items():
        coerced[name] = _coerce_one(name, value, types.get(name, ("String",)))
    # Files may also be referenced as attach://name.
    for name, value in list(coerced.items()):
        if isinstance(value, str) and value.startswith("attach://"):
            coerced[name] = params.get(value.removeprefix("attach://"), value)
    return coerced


def _boolean(value: str) -> bool:
    if value.lower() in ("true", "1"):
        return True
    if value.lower() in ("false", "0"):
        return False
    raise ValueError(value)


def _coerce_one(name: str, value: Any, types: tuple[str, ...]) -> Any:
    if isinstance(value, UploadedFile) or not isinstance(value, str):
        return value
    try:
        if "Integer" in types:
            try:
                return int(value)
            except ValueError:
                if "String" in types:
                    return value
                raise
        if "Float" in types or "Float number" in types:
            return float(value)
        if types == ("Boolean",) or ("Boolean" in types and "String" not in types):
            return _boolean(value)
        if "String" in types or "InputFile" in types:
            return value
        return json.loads(value)
    except ValueError:
        raise ApiError(400, f"Bad Request: can't parse parameter {name!r}") from None
