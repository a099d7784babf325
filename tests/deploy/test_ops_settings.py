"""The operations settings: webhook, health, backups and admins; each bad value is one line
naming the setting, and none echoes the secret it was given."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot.settings import Settings, SettingsError, load_settings

NAMES = [name.upper() for name in Settings.model_fields]
URL = "https://bot.example.com/telegram"


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in NAMES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env


def refused(monkeypatch: pytest.MonkeyPatch, **env: str) -> str:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as caught:
        load_settings()
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_defaults_are_polling_with_no_backups_and_no_admins() -> None:
    settings = load_settings()
    assert settings.webhook_url is None and settings.webhook_secret is None
    assert (settings.webhook_listen, settings.webhook_port) == ("127.0.0.1", 8443)
    assert settings.backup_dir is None and settings.backup_keep == 7
    assert settings.admin_ids == frozenset()
    assert settings.health_max_tick_age == timedelta(minutes=2)


def test_webhook_settings_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEBHOOK_URL", URL)
    monkeypatch.setenv("WEBHOOK_SECRET", "a-Z_09" * 40)  # 240 characters
    monkeypatch.setenv("WEBHOOK_LISTEN", "0.0.0.0")
    monkeypatch.setenv("WEBHOOK_PORT", "8080")
    monkeypatch.setenv("ADMIN_IDS", " 12, 345 ,")
    monkeypatch.setenv("HEALTH_MAX_TICK_AGE", "90")
    settings = load_settings()
    assert settings.webhook_url == URL and settings.webhook_port == 8080
    assert settings.admin_ids == frozenset({12, 345})
    assert settings.health_max_tick_age == timedelta(seconds=90)
    assert "a-Z_09" not in repr(settings)


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"WEBHOOK_URL": URL}, "WEBHOOK_SECRET is required"),
        ({"WEBHOOK_URL": URL, "WEBHOOK_SECRET": "has spaces and !"}, "WEBHOOK_SECRET: "),
        ({"WEBHOOK_URL": URL, "WEBHOOK_SECRET": "x" * 257}, "WEBHOOK_SECRET: "),
        (
            {"WEBHOOK_URL": "http://bot.example.com/telegram", "WEBHOOK_SECRET": "s"},
            "WEBHOOK_URL: ",
        ),
        (
            {"WEBHOOK_URL": "https://bot.example.com/healthz", "WEBHOOK_SECRET": "s"},
            "WEBHOOK_URL: ",
        ),
        ({"WEBHOOK_PORT": "70000"}, "WEBHOOK_PORT: "),
        ({"ADMIN_IDS": "12,@ann"}, "ADMIN_IDS: "),
        ({"BACKUP_KEEP": "0"}, "BACKUP_KEEP: "),
        ({"HEALTH_MAX_TICK_AGE": "soon"}, "HEALTH_MAX_TICK_AGE: "),
        ({"HEALTH_MAX_TICK_AGE": "PT5S"}, "HEALTH_MAX_TICK_AGE must be at least twice"),
    ],
)
def test_bad_values_name_the_setting(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], named: str
) -> None:
    message = refused(monkeypatch, **env)
    assert message.startswith(named) or named in message
    assert "has spaces" not in message and "x" * 257 not in message


def test_backup_dir_must_be_a_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    assert refused(monkeypatch, BACKUP_DIR=str(blocker)).startswith("BACKUP_DIR: ")
    monkeypatch.setenv("BACKUP_DIR", str(tmp_path / "new"))
    assert load_settings().backup_dir == tmp_path / "new"  # made at start-up (prepare_backup_dir)


def test_backup_dir_is_made_and_checked_at_start_up_only_when_set(tmp_path: Path) -> None:
    assert Settings().prepare_backup_dir() is None  # backups off: nothing to check
    folder = tmp_path / "data" / "backups"
    assert Settings(backup_dir=folder).prepare_backup_dir() == folder
    assert folder.is_dir() and list(folder.iterdir()) == []  # the write check leaves nothing
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with pytest.raises(SettingsError, match=r"^BACKUP_DIR=.*cannot write backups there"):
        Settings(backup_dir=blocker / "backups").prepare_backup_dir()


def test_a_loopback_http_webhook_is_allowed_for_local_testing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("WEBHOOK_URL", "http://127.0.0.1:8443/telegram")
    monkeypatch.setenv("WEBHOOK_SECRET", "s")
    assert load_settings().webhook_url == "http://127.0.0.1:8443/telegram"
