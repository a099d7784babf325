"""The WhatsApp Cloud API channel: webhook events in, messages out (see bot/chat)."""
