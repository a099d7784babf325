"""The base of every group of interface words: frozen, and no entry texts.yaml does not name."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class TextGroup(BaseModel):
    """One group of content/texts.yaml: an unknown or missing entry fails at start-up."""

    model_config = ConfigDict(extra="forbid", frozen=True)
