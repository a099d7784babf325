"""The drawing code's version, apart from the drawing code (which imports matplotlib)."""

# Bump when the drawing changes, so stored Telegram file_ids of old pictures are not reused.
RENDERER_VERSION = 3
