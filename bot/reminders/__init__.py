"""The morning reminder on Telegram's side: the routine message, the repeating job, sending.

The rules (when a reminder is due, what a missed one becomes) live in `bot.core.reminder_rules`;
the SQL in `bot.store.deliveries`; the "Snooze 30 min" tap is handled in `bot.chat.snooze`.
Import submodules directly; this package exports nothing.
"""
