"""`python -m bot`: run the bot, or preview an answer in the terminal.

    python -m bot                      run: Slack if credentials are set, otherwise a local session
    python -m bot ask "/who Haniyeh"   print one answer as text
    python -m bot ask --json "/who Haniyeh"
    python -m bot ask --json -         one command per line on stdin, one JSON object per line out
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from bot.preview import ask_json, ask_text, stale_build_warning
from bot.settings import PROJECT_ROOT, Settings
from knowledge.serving.store import KnowledgeStore, StoreUnavailable


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description="The newsroom knowledge bot.")
    commands = parser.add_subparsers(dest="mode")
    ask = commands.add_parser("ask", help="answer one command and print it")
    ask.add_argument("command", help='a slash command, e.g. "/who Khalil al-Hayya", or - to read lines from stdin')
    ask.add_argument("--json", action="store_true", help="print JSON (the documented preview format)")
    commands.add_parser("run", help="run the bot (the default)")
    args = parser.parse_args(argv)
    settings = Settings.from_env()

    if args.mode == "ask":
        try:
            store = KnowledgeStore.open(settings.knowledge_build)
        except StoreUnavailable as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        warning = stale_build_warning(settings.knowledge_build, PROJECT_ROOT)
        if warning:
            print(f"warning: {warning}", file=sys.stderr)
        if args.command == "-":
            if not args.json:
                parser.error("reading commands from stdin needs --json")
            for line in sys.stdin:  # one object per line, a blank line too: line n answers line n
                print(json.dumps(ask_json(line, store, settings.freshness), ensure_ascii=False), flush=True)
            return 0
        if args.json:
            print(json.dumps(ask_json(args.command, store, settings.freshness), ensure_ascii=False, indent=2))
        else:
            print(ask_text(args.command, store, settings.freshness))
        return 0

    from bot.run import run

    return run(settings)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:
        # The reader went away (`... | head`): stop quietly, as the Python docs advise for
        # SIGPIPE, and point stdout at /dev/null so the exit's own flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
