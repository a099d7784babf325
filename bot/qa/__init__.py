"""Answering plain-language questions from the project's own content (no Telegram here)."""
