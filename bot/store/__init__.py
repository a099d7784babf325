"""SQLite persistence: every SQL statement of the project lives in this package."""

from bot.store.database import Database
from bot.store.repository import Repository

__all__ = ["Database", "Repository"]
