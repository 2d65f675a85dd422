"""Editors' tools: `python -m knowledge check | build | schema | format`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from knowledge.editing.build import DEFAULT_BUILD, BuildRefused, build
from knowledge.editing.check import check
from knowledge.files.loading import Problem
from knowledge.schema import Alias, Citation, Entity, Event, Fact, Source


def project_root() -> Path:
    return Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m knowledge", description=__doc__)
    parser.add_argument("--root", type=Path, default=project_root(),
                        help="project folder holding knowledge/data and seeds (default: this checkout)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="check every knowledge file and report every problem")
    build_parser = commands.add_parser("build", help="check, then compile the knowledge for the bot")
    build_parser.add_argument("--output", type=Path, default=None,
                              help=f"where to write the build (default: $KNOWLEDGE_BUILD, the file the bot "
                                   f"reads, or {DEFAULT_BUILD} in the project)")
    commands.add_parser("schema", help="print the data dictionary: every key editors may write")
    commands.add_parser("format", help="rewrite the knowledge files in the canonical layout")
    args = parser.parse_args(argv)

    if args.command == "schema":
        print(data_dictionary())
        return 0
    if args.command == "format":
        return format_files(args.root)
    if args.command == "check":
        from knowledge.editing.build import counts

        knowledge, problems = check(args.root)
        if problems:
            return _report(problems)
        print("ok: " + ", ".join(f"{n} {what}" for what, n in counts(knowledge).items()))
        return 0
    output = args.output or (Path(os.environ["KNOWLEDGE_BUILD"]) if os.environ.get("KNOWLEDGE_BUILD")
                             else args.root / DEFAULT_BUILD)
    try:
        meta = build(args.root, output)
    except BuildRefused as refused:
        _report(refused.problems)
        print("nothing was built", file=sys.stderr)
        return 1
    print(f"built {output} revision {meta['revision']} at {meta['built_at']}: "
          + ", ".join(f"{n} {what}" for what, n in meta["counts"].items()))
    return 0


def format_files(root: Path) -> int:
    """Rewrite every readable knowledge file in the canonical layout; list the files changed."""
    import tomllib

    from knowledge.files.canonical import canonical
    from knowledge.files.loading import data_dir

    folder = data_dir(root)
    status = 0
    for path in sorted(folder.glob("*.toml")) + sorted(folder.glob("*/*.toml")):
        kind = "sources" if path.parent == folder else "event" if path.parent.name == "events" else "entity"
        text = path.read_text(encoding="utf-8")
        try:
            wanted = canonical(text, kind)
        except tomllib.TOMLDecodeError as error:
            print(f"{path.relative_to(root)}: not rewritten, TOML syntax: {error}", file=sys.stderr)
            status = 1
            continue
        if wanted != text:
            path.write_text(wanted, encoding="utf-8")
            print(f"rewrote {path.relative_to(root)}")
    return status


def _report(problems: list[Problem]) -> int:
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(problems)} problem(s) found", file=sys.stderr)
    return 1


def data_dictionary() -> str:
    lines = []
    for model in (Source, Entity, Alias, Fact, Citation, Event):
        lines.append(f"{model.__name__}: {(model.__doc__ or '').strip()}")
        for name, field in model.model_fields.items():
            required = "required" if field.is_required() else "optional"
            lines.append(f"  {name} ({required}): {field.description or ''}")
        lines.append("")
    return "\n".join(lines).rstrip()


if __name__ == "__main__":
    sys.exit(main())
