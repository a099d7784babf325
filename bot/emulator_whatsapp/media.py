"""What the Cloud API accepts at `/media`: supported types, their size limits, real file bytes."""

from __future__ import annotations

from bot.emulator_whatsapp.errors import MEDIA_ERROR, CloudApiError

MB = 1024 * 1024
# Supported media types and their size limits (Cloud API reference, "Supported media types").
LIMITS: dict[str, int] = {
    "image/png": 5 * MB,
    "image/jpeg": 5 * MB,
    "application/pdf": 100 * MB,
    "text/plain": 100 * MB,
    "text/csv": 100 * MB,
}
# The first bytes of each type whose files have a signature.
MAGIC: dict[str, tuple[bytes, ...]] = {
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/jpeg": (b"\xff\xd8\xff",),
    "application/pdf": (b"%PDF-",),
}


def check_upload(mime_type: str, content: bytes) -> None:
    """Refuse (131053) an unsupported type, an empty or too big file, or bytes of another type."""
    limit = LIMITS.get(mime_type)
    if limit is None:
        raise CloudApiError(
            MEDIA_ERROR, f"Param file must be a supported type, not {mime_type!r}."
        )
    if not content:
        raise CloudApiError(MEDIA_ERROR, "The uploaded file is empty.")
    if len(content) > limit:
        raise CloudApiError(MEDIA_ERROR, f"{mime_type} files may be at most {limit // MB} MB.")
    signatures = MAGIC.get(mime_type, ())
    if signatures and not content.startswith(signatures):
        raise CloudApiError(MEDIA_ERROR, f"The file's bytes are not {mime_type}.")
