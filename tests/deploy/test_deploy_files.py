"""The deploy files as an operator uses them: compose, Caddy, the systemd unit, the Dockerfile,
.env.example, and the README that explains them, kept in agreement with each other."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
UNIT = DEPLOY / "sciatica-bot.service"
SETTING_NAMES = sorted(name.upper() for name in Settings.model_fields)


def dockerfile_commands() -> dict[str, list[str]]:
    """The exec-form commands of the Dockerfile's CMD and HEALTHCHECK."""
    text = (DEPLOY / "Dockerfile").read_text().replace("\\\n", " ")
    found = {}
    for line in text.splitlines():
        if line.startswith("CMD ["):
            found["run"] = json.loads(line.removeprefix("CMD "))
        elif line.startswith("HEALTHCHECK "):
            found["health"] = json.loads(line.split(" CMD ", 1)[1])
    return found


def test_dockerfile_commands_are_the_ones_the_readme_and_compose_use() -> None:
    commands = dockerfile_commands()
    assert commands == {
        "run": ["python", "-m", "bot", "run"],
        "health": ["python", "-m", "bot", "health"],
    }
    readme = (ROOT / "README.md").read_text()
    deploy_section = readme.split("## Deploy", 1)[1].split("\n## ", 1)[0]
    for command in commands.values():
        assert f"`{' '.join(command)}`" in deploy_section
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    assert compose["services"]["bot"]["healthcheck"]["test"] == ["CMD", *commands["health"]]
    exec_start = re.search(r"^ExecStart=\S+/python (.+)$", UNIT.read_text(), re.M)
    assert exec_start is not None and exec_start.group(1) == " ".join(commands["run"][1:])


def test_dockerfile_runs_unprivileged_with_data_on_a_volume_and_no_token() -> None:
    dockerfile = (DEPLOY / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.11-slim$", dockerfile, re.M)
    assert re.search(r"^USER bot$", dockerfile, re.M)
    assert 'VOLUME ["/data"]' in dockerfile and "DATABASE_PATH=/data/bot.sqlite3" in dockerfile
    assert "TELEGRAM_TOKEN" not in dockerfile.replace("pass TELEGRAM_TOKEN", "")
    # Dependencies are installed before the code is copied, so code edits reuse that layer.
    assert dockerfile.index("pip install .") < dockerfile.index("COPY bot ./bot")
    # The build context is the repository: everything is left out but what the image needs.
    rules = [line for line in (DEPLOY / "Dockerfile.dockerignore").read_text().splitlines()
             if line and not line.startswith("#")]  # fmt: skip
    assert rules[0] == "**" and not any(".env" in rule or "data" in rule for rule in rules)


def test_compose_file_has_what_operators_rely_on() -> None:
    text = (DEPLOY / "compose.yaml").read_text()
    compose = yaml.safe_load(text)
    bot = compose["services"]["bot"]
    assert bot["restart"] == "unless-stopped" and bot["env_file"] == "../.env"
    assert "bot-data:/data" in bot["volumes"]
    assert bot["environment"]["DATABASE_PATH"].startswith("/data/")
    assert bot["environment"]["WEBHOOK_LISTEN"] == "0.0.0.0"
    assert "ports" not in bot  # only Caddy faces the internet
    caddy = compose["services"]["caddy"]
    assert caddy["profiles"] == ["webhook"]
    # Compose interpolates every service, active profile or not: no required-variable checks.
    assert ":?" not in text
    caddyfile = (DEPLOY / "Caddyfile").read_text()
    port = Settings.model_fields["webhook_port"].default
    assert f"reverse_proxy bot:{port}" in caddyfile
    assert re.search(r"respond /healthz 404", caddyfile)


def docker_compose_available() -> bool:
    if shutil.which("docker") is None:
        return False
    probe = subprocess.run(["docker", "compose", "version"], capture_output=True, check=False)
    return probe.returncode == 0


@pytest.mark.parametrize("profile", [[], ["--profile", "webhook"]], ids=["polling", "webhook"])
def test_docker_compose_config_parses(tmp_path: Path, profile: list[str]) -> None:
    if not docker_compose_available():
        pytest.skip("no docker client with the compose plugin here")
    # A copy beside a .env made from .env.example, as an operator's checkout would have.
    shutil.copytree(DEPLOY, tmp_path / "deploy")
    (tmp_path / ".env").write_text((ROOT / ".env.example").read_text())
    checked = subprocess.run(
        ["docker", "compose", "-f", "deploy/compose.yaml", *profile, "config", "-q"],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stderr


def test_systemd_unit_is_hardened_and_verifies(tmp_path: Path) -> None:
    text = UNIT.read_text()
    for directive in ("StateDirectory=sciatica-bot", "User=sciatica-bot", "ProtectSystem=strict",
                      "NoNewPrivileges=yes", "EnvironmentFile=/etc/sciatica-bot/env",
                      "Restart=on-failure", "CONTENT_DIR=/opt/sciatica-bot/content"):  # fmt: skip
        assert directive in text
    # Environment= lines come first so the settings file can override them.
    assert text.index("Environment=DATABASE_PATH") < text.index("EnvironmentFile=")
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not available")
    # The venv in /opt exists only on a server; point ExecStart at this interpreter instead.
    unit = tmp_path / UNIT.name
    unit.write_text(re.sub(r"/opt/sciatica-bot/\.venv/bin/python", sys.executable, text))
    verified = subprocess.run(
        ["systemd-analyze", "verify", str(unit)], capture_output=True, text=True, check=False
    )
    assert (verified.returncode, verified.stdout + verified.stderr) == (0, "")
    security = subprocess.run(
        ["systemd-analyze", "security", "--offline=true", "--threshold=25", str(unit)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if "unrecognized option" in security.stderr:
        return  # an older systemd: verify above is the check
    assert security.returncode == 0, security.stdout[-2000:]


def test_env_example_documents_every_setting_and_loads_as_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = (ROOT / ".env.example").read_text().splitlines()
    for name in SETTING_NAMES:
        [at] = [i for i, line in enumerate(lines) if re.match(rf"^(# )?{name}=", line)]
        assert lines[at - 1].startswith("# "), f"{name} has no comment above it"
    for name in SETTING_NAMES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text("\n".join(lines))
    assert load_settings() == load_settings(_env_file=None)  # copied as is: all defaults


def test_readme_settings_table_lists_every_setting() -> None:
    readme = (ROOT / "README.md").read_text()
    table = readme.split("## Settings", 1)[1].split("\n## ", 1)[0]
    listed = re.findall(r"^\| `([A-Z_]+)` \|", table, re.M)
    assert sorted(listed) == SETTING_NAMES


def test_every_file_the_readme_names_under_deploy_exists() -> None:
    readme = (ROOT / "README.md").read_text()
    named = set(re.findall(r"\bdeploy/[\w.-]+", readme))
    assert {"deploy/compose.yaml", "deploy/Dockerfile", "deploy/sciatica-bot.service"} <= named
    for path in named:
        assert (ROOT / path).is_file(), path
