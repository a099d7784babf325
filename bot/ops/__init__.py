"""Operating the bot: health, backups, statistics and the webhook server (no handlers here)."""
