"""A Telegram bot that coaches people with sciatica through a daily routine."""

__version__ = "0.1.0"
