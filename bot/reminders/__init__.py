"""The morning reminder on Telegram's side: the repeating job, composing, sending, snoozing.

The rules (when a reminder is due, what a missed one becomes) live in `bot.core.reminders`; the
SQL in `bot.store.deliveries`. Import submodules directly; this package exports nothing so that
`bot.services` can use `bot.reminders.state` without importing Telegram code.
"""
