"""Telegram adapters: one module per feature, each exporting its `handlers` list."""
