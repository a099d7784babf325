"""The conversation, once, for every messaging app.

A channel adapter (bot/handlers for Telegram, bot/whatsapp for the WhatsApp Cloud API) turns its
wire format into `events` (text, command, button tap, shared location) from a `Person`, and gives
the conversation an `Outbox` that renders `actions` (a message with choices, an edit, a tap's
answer, a photo, a document) within that app's limits. Nothing here imports a messaging library.
"""
