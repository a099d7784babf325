"""Command line: `python -m bot [run | demo | secret | health | backup PATH | stats | content]`.

With no command: run for real when a channel's token is set (TELEGRAM_TOKEN, WHATSAPP_TOKEN),
otherwise start the local demo.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from bot.settings import SettingsError, load_settings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser(
        "run", help="run every configured channel (TELEGRAM_TOKEN and/or WHATSAPP_TOKEN)"
    )
    demo = commands.add_parser("demo", help="chat with the bot in this terminal, no token needed")
    demo.add_argument(
        "--channel", choices=("telegram", "whatsapp"), default="telegram",
        help="the messaging app the demo plays (its emulator): telegram or whatsapp",
    )  # fmt: skip
    commands.add_parser("secret", help="print a new random WEBHOOK_SECRET")
    commands.add_parser("health", help="exit 0 if the database answers and reminders tick")
    backup = commands.add_parser("backup", help="copy the live database to PATH, consistently")
    backup.add_argument("path", metavar="PATH")
    commands.add_parser("stats", help="print subscriber, reminder and completion numbers")
    content = commands.add_parser("content", help="work with content/")
    content_commands = content.add_subparsers(dest="content_command", required=True)
    content_commands.add_parser("check", help="validate content/ and print a summary")
    figures = content_commands.add_parser(
        "figures", help="draw every exercise figure and a contact sheet into OUT_DIR"
    )
    figures.add_argument("out_dir", metavar="OUT_DIR")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments and run one command; problems end with one clear line, not a traceback."""
    args = _parser().parse_args(argv)
    from bot.content.loader import ContentError

    try:
        if args.command is None:
            return _run_or_demo()
        if args.command == "run":
            from bot.runner import run_bot

            return run_bot(load_settings())
        if args.command == "demo":
            return _demo(args.channel)
        if args.command == "content" and args.content_command == "figures":
            return _content_figures(args.out_dir)
        if args.command == "content":
            return _content_check()
        if args.command == "secret":
            import secrets

            print(secrets.token_urlsafe(32))  # URL-safe base64: the characters Telegram allows
            return 0
        if args.command in ("health", "backup", "stats"):
            import asyncio

            from bot.ops.commands import run_ops_command

            return asyncio.run(run_ops_command(args.command, load_settings(), args))
    except (SettingsError, ContentError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 2  # pragma: no cover - argparse rejects unknown commands first


def _demo(channel: str) -> int:
    if channel == "whatsapp":
        from bot.demo_whatsapp import run_whatsapp_demo

        return run_whatsapp_demo(load_settings())
    from bot.demo import run_demo

    return run_demo(load_settings())


def _run_or_demo() -> int:
    settings = load_settings()
    if settings.channels:
        from bot.runner import run_bot

        return run_bot(settings)
    from bot.demo import run_demo

    print(
        "No TELEGRAM_TOKEN set (nor WHATSAPP_TOKEN): starting the local demo "
        "(the bot against a built-in emulator)."
    )
    return run_demo(settings)


def _content_check() -> int:
    from bot.content.loader import default_content_dir, load_content
    from bot.core.content_report import summarize
    from bot.qa.answer import QuestionAnswerer

    settings = load_settings()
    folder = settings.content_dir or default_content_dir()
    content = load_content(folder)
    # The running bot builds its answerer (and so checks qa.yaml) only after start-up.
    answerer = QuestionAnswerer.from_content(content, folder)
    print(summarize(content))
    print(f"questions: qa.yaml OK ({len(answerer.config.concepts)} red-flag concepts)")
    return 0


def _content_figures(out_dir: str) -> int:
    from pathlib import Path

    from bot.content.loader import default_content_dir, load_content
    from bot.figures.sheet import write_figures

    settings = load_settings()
    content = load_content(settings.content_dir or default_content_dir())
    written = write_figures(content.poses, Path(out_dir))
    gifs = sum(1 for path in written if path.suffix == ".gif")
    print(f"wrote {len(content.poses)} figures, {gifs} animations and {written[-1]}")
    return 0
