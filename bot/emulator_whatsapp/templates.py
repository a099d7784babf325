"""Template messages: parsing a send's `template` block, and checking it against the approved
templates (132001 for an unknown name or language, 132000 for the wrong parameters)."""

from __future__ import annotations

import dataclasses
from typing import Any

from bot.emulator_whatsapp.errors import TEMPLATE_MISSING, TEMPLATE_PARAMS, CloudApiError, invalid
from bot.emulator_whatsapp.fields import json_object, only_keys, optional_string, string
from bot.emulator_whatsapp.models import QuickReply, Template, TemplateMessage


def parse_template(block: dict[str, Any], common: dict[str, Any]) -> TemplateMessage:
    """A `template` block's name, language, body parameters and quick-reply payloads."""
    only_keys(block, {"name", "language", "components", "namespace"}, "template")
    name = string(block, "name", "template", 1, 512)
    language = only_keys(
        json_object(block.get("language"), "template['language']"), {"code", "policy"}, ""
    )
    code = string(language, "code", "template['language']", 2, 15)
    raw = block.get("components", [])
    if not isinstance(raw, list):
        raise invalid("Param template['components'] must be an array.")
    parameters: list[str] = []
    names: list[str | None] = []
    replies: list[QuickReply] = []
    for index, item in enumerate(raw):
        at = f"template['components'][{index}]"
        component = only_keys(
            json_object(item, at), {"type", "sub_type", "index", "parameters"}, at
        )
        params = component.get("parameters", [])
        if not isinstance(params, list):
            raise invalid(f"Param {at}['parameters'] must be an array.")
        kind = str(component.get("type", "")).lower()  # Meta accepts BODY as well as body
        if kind == "body":
            for number, param in enumerate(params):
                param_at = f"{at}['parameters'][{number}]"
                param = only_keys(
                    json_object(param, param_at), {"type", "text", "parameter_name"}, param_at
                )
                if param.get("type") != "text":
                    raise invalid(f"Param {param_at}['type'] must be 'text'.")
                parameters.append(string(param, "text", param_at, 1, 32768))
                names.append(optional_string(param, "parameter_name", param_at, 1, 512))
        elif kind == "button":
            replies.append(_quick_reply(component, params, at))
        elif kind != "header":
            raise invalid(f"Param {at}['type'] must be header, body or button.")
    return TemplateMessage(
        text=None,
        name=name,
        language=code,
        parameters=tuple(parameters),
        parameter_names=tuple(names),
        quick_replies=tuple(replies),
        **common,
    )


def _quick_reply(component: dict[str, Any], params: list[Any], at: str) -> QuickReply:
    if str(component.get("sub_type", "")).lower() != "quick_reply":
        raise invalid(f"Param {at}['sub_type'] must be 'quick_reply'.")
    index = component.get("index")
    if isinstance(index, str) and index.isdigit():
        index = int(index)
    if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index <= 9:
        raise invalid(f"Param {at}['index'] must be a button index from 0 to 9.")
    if len(params) != 1:
        raise invalid(f"Param {at}['parameters'] must hold exactly one payload.")
    param = only_keys(json_object(params[0], f"{at}['parameters'][0]"), {"type", "payload"}, at)
    if param.get("type") != "payload":
        raise invalid(f"Param {at}['parameters'][0]['type'] must be 'payload'.")
    return QuickReply(index, string(param, "payload", at, 1, 256), "")


def fill_template(
    record: TemplateMessage, approved: dict[tuple[str, str], Template]
) -> TemplateMessage:
    """The record with its body rendered and its buttons' texts, if the template is approved
    and the send's parameters fit it; else 132001, 132000 or 100."""
    template = approved.get((record.name, record.language))
    if template is None:
        raise CloudApiError(
            TEMPLATE_MISSING,
            f"Template name {record.name!r} does not exist in {record.language}.",
        )
    expected = template.placeholders
    names = record.parameter_names
    keys = [name or str(number) for number, name in enumerate(names, start=1)]
    if sorted(keys) != sorted(expected) or len(keys) != len(expected):
        raise CloudApiError(
            TEMPLATE_PARAMS,
            f"body: number of localizable_params ({len(keys)}) does not match the expected "
            f"number of params ({len(expected)}: {', '.join(expected) or 'none'})",
        )
    text = template.render(dict(zip(keys, record.parameters, strict=True)))
    replies = []
    for reply in record.quick_replies:
        if reply.index >= len(template.buttons):
            raise invalid(f"Template {record.name!r} has no button at index {reply.index}.")
        replies.append(QuickReply(reply.index, reply.payload, template.buttons[reply.index]))
    return dataclasses.replace(record, text=text or None, quick_replies=tuple(replies))
