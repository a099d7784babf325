"""Start-up imports no question answering: the answerer (numpy, bm25s, about 0.2 s to import)
is built after start-up in a worker thread (BotServices.build_answerer), which imports it then.

Each check runs in a fresh interpreter: this test process has long since imported everything.
"""

from __future__ import annotations

from tests.reminders.test_sender_imports import loaded_after

# What `python -m bot run` imports before it serves: the command line, the runner, the
# composition root and the conversation every channel shares.
STARTUP_MODULES = ("bot.cli", "bot.runner", "bot.app", "bot.chat.dispatch")


def test_the_start_up_modules_import_no_question_answering() -> None:
    imports = "\n".join(f"import {module}" for module in STARTUP_MODULES)
    assert loaded_after(imports) == []


def test_building_the_answerer_imports_it() -> None:
    # The check above can fail: the same interpreter, building the answerer, has it.
    code = (
        "from bot.app import build_services\n"
        "from bot.settings import Settings\n"
        "services = build_services(Settings(_env_file=None))\n"
        "assert services.qa is not None"
    )
    assert loaded_after(code) == ["bot.qa", "numpy"]
