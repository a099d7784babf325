"""Settings: names, defaults, and one clear line for every bad value."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import SettingsError, load_settings

TOKEN = "123456789:AAEexampleexampleexampleexample12345"


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("TELEGRAM_TOKEN", "TELEGRAM_API_URL", "DATABASE_PATH", "DEFAULT_TIMEZONE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env


def test_defaults() -> None:
    settings = load_settings()
    assert settings.telegram_api_url == "https://api.telegram.org/bot"
    assert settings.database_path == Path("data/bot.sqlite3")
    assert settings.default_timezone == "UTC"


def test_reads_environment_and_dotenv(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / ".env").write_text(f"TELEGRAM_TOKEN={TOKEN}\nDEFAULT_TIMEZONE=Europe/Berlin\n")
    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "x" / "db.sqlite3"))
    settings = load_settings()
    assert settings.token() == TOKEN
    assert settings.default_timezone == "Europe/Berlin"
    assert settings.database_path == tmp_path / "x" / "db.sqlite3"


def test_token_never_in_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_TOKEN", TOKEN)
    settings = load_settings()
    assert TOKEN not in repr(settings)
    assert TOKEN not in str(settings.model_dump())


def test_missing_token_is_one_clear_line() -> None:
    with pytest.raises(SettingsError) as caught:
        load_settings().token()
    message = str(caught.value)
    assert "TELEGRAM_TOKEN" in message
    assert "\n" not in message


def test_bad_timezone_names_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEFAULT_TIMEZONE", "Mars/Olympus")
    with pytest.raises(SettingsError, match=r"^DEFAULT_TIMEZONE: "):
        load_settings()


def test_bad_value_message_does_not_echo_the_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_API_URL", f"ftp://{TOKEN}")
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert str(caught.value).startswith("TELEGRAM_API_URL: ")
    assert TOKEN not in str(caught.value)


def test_database_path_that_is_a_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_PATH", str(tmp_path))
    with pytest.raises(SettingsError, match=r"^DATABASE_PATH="):
        load_settings().prepare_database_path()


def test_database_path_under_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("DATABASE_PATH", str(blocker / "db.sqlite3"))
    with pytest.raises(SettingsError, match=r"^DATABASE_PATH="):
        load_settings().prepare_database_path()


def test_database_folder_is_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "a" / "b" / "bot.sqlite3"))
    path = load_settings().prepare_database_path()
    assert path.parent.is_dir()


def test_whatsapp_is_off_until_its_token_is_set_and_then_needs_its_ids() -> None:
    assert load_settings().channels == ()
    with pytest.raises(SettingsError) as missing:
        load_settings(whatsapp_token="EAAtoken")
    assert "WHATSAPP_PHONE_NUMBER_ID" in str(missing.value) and "EAAtoken" not in str(
        missing.value
    )
    settings = load_settings(
        whatsapp_token="EAAtoken",
        whatsapp_phone_number_id="1234567890",
        whatsapp_app_secret="app-secret",
        whatsapp_verify_token="verify-me",
        telegram_token=TOKEN,
    )
    assert settings.channels == ("telegram", "whatsapp")
    assert settings.whatsapp_send_rate == 80 and settings.whatsapp_api_url.startswith("https://")
    assert {"EAAtoken", "app-secret", "verify-me", TOKEN} <= set(settings.secrets())
    assert "EAAtoken" not in repr(settings)


@pytest.mark.parametrize(
    "malformed",
    [
        "AAEexampleexampleexampleexample12345",  # the secret without the bot's id
        "123456789AAEexampleexampleexampleexample12345",  # the colon lost
        "bot123456789:AAEexampleexampleexampleexample12345",  # copied with a URL's "bot"
        "123456789:AAEexample",  # cut short
        "123456789:AAEexample example example 12345",  # spaces inside
        "<paste your token here>",
    ],
)
def test_malformed_token_is_refused_at_load_without_echoing_it(
    monkeypatch: pytest.MonkeyPatch, malformed: str
) -> None:
    monkeypatch.setenv("TELEGRAM_TOKEN", malformed)
    with pytest.raises(SettingsError) as caught:
        load_settings()
    message = str(caught.value)
    assert message.startswith("TELEGRAM_TOKEN: ")
    assert "\n" not in message
    assert malformed not in message
    assert "example" not in message


def test_a_well_formed_token_with_stray_spaces_is_accepted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TELEGRAM_TOKEN", f"  {TOKEN} ")
    assert load_settings().token() == TOKEN


def test_validation_errors_never_carry_a_secret_value() -> None:
    from pydantic import ValidationError

    from bot.settings import Settings

    with pytest.raises(ValidationError) as caught:
        Settings(_env_file=None, telegram_token="123:AAEsecretshort")
    assert "AAEsecretshort" not in str(caught.value)


def test_log_level_is_read_in_any_case(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOG_LEVEL", "debug")
    assert load_settings().log_level == "DEBUG"


@pytest.mark.parametrize("name", ["MISSED_REMINDER_GRACE", "HEALTH_MAX_TICK_AGE"])
def test_a_duration_in_another_notation_gets_the_two_that_work(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.setenv(name, "2h")
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert str(caught.value) == (
        f"{name}: must be an ISO 8601 duration such as PT2H or PT90S, or a number of seconds"
    )


def test_a_content_dir_that_is_not_a_folder_names_the_setting(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("CONTENT_DIR", str(tmp_path / "missing"))
    with pytest.raises(SettingsError, match=r"^CONTENT_DIR: must be an existing folder"):
        load_settings()
