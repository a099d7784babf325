"""Entry point for `python -m bot`."""

import os

# Opt in to python-telegram-bot's timedelta durations (the coming default; silences its warning).
os.environ.setdefault("PTB_TIMEDELTA", "1")

from bot.cli import main

raise SystemExit(main())
