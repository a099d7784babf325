"""Telegram's rules for uploaded pictures and animations, checked on the uploaded bytes."""

from __future__ import annotations

import io

from PIL import Image, UnidentifiedImageError

from bot.emulator.models import ApiError

# Bot API, sendPhoto: at most 10 MB; width and height together at most 10000; ratio at most 20.
PHOTO_MAX_BYTES = 10 * 1024 * 1024
PHOTO_MAX_SIDES = 10_000
PHOTO_MAX_RATIO = 20
# Bot API: bots send other files (animations included) up to 50 MB.
FILE_MAX_BYTES = 50 * 1024 * 1024


def check_photo(content: bytes) -> tuple[int, int]:
    """The picture's (width, height), or the 400 Telegram answers for a photo it refuses."""
    if len(content) > PHOTO_MAX_BYTES:
        raise ApiError(400, "Bad Request: file is too big")
    width, height = _image_size(content, "IMAGE_PROCESS_FAILED")
    if width + height > PHOTO_MAX_SIDES or max(width, height) > PHOTO_MAX_RATIO * min(
        width, height
    ):
        raise ApiError(400, "Bad Request: PHOTO_INVALID_DIMENSIONS")
    return width, height


def check_animation(content: bytes) -> tuple[int, int, int]:
    """An animation's (width, height, seconds): a GIF, or an MP4 (sizes not inspected)."""
    if len(content) > FILE_MAX_BYTES:
        raise ApiError(400, "Bad Request: file is too big")
    if content[4:8] == b"ftyp":
        return 0, 0, 0
    try:
        with Image.open(io.BytesIO(content)) as image:
            if image.format != "GIF":
                raise ApiError(400, "Bad Request: ANIMATION_INVALID")
            frames = getattr(image, "n_frames", 1)
            milliseconds = 0
            for index in range(frames):
                image.seek(index)
                milliseconds += int(image.info.get("duration", 0))
            return image.width, image.height, round(milliseconds / 1000)
    except (UnidentifiedImageError, OSError):
        raise ApiError(400, "Bad Request: ANIMATION_INVALID") from None


def _image_size(content: bytes, error: str) -> tuple[int, int]:
    try:
        with Image.open(io.BytesIO(content)) as image:
            image.verify()
            return image.width, image.height
    except (UnidentifiedImageError, OSError, SyntaxError):
        raise ApiError(400, f"Bad Request: {error}") from None
