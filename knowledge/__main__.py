"""Editors' tools: check, build, schema, format, new, add-source, stale, mentions, diff, timelinejs.

A thin shell: each command is a function in knowledge/editing/; this file turns arguments into a call
and the result (or an EditorError) into lines of output and an exit status.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from knowledge.editing.errors import EditorError


def project_root() -> Path:
    return Path(__file__).resolve().parent.parent


class Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line (`python -m knowledge new: ...`) and exit status 2."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: {message}\n")


def parser() -> Parser:
    from knowledge.editing.build import DEFAULT_BUILD
    from knowledge.editing.new import KINDS
    from knowledge.editing.stale import DAYS_VARIABLE, DEFAULT_DAYS

    top = Parser(prog="python -m knowledge", description=__doc__.splitlines()[0])
    top.add_argument("--root", type=Path, default=project_root(),
                     help="project folder holding knowledge/data and seeds (default: this checkout)")
    commands = top.add_subparsers(dest="command", required=True, parser_class=Parser)
    commands.add_parser("check", help="check every knowledge file and report every problem")
    build = commands.add_parser("build", help="check, then compile the knowledge for the bot")
    build.add_argument("--output", type=Path, default=None,
                       help=f"where to write the build (default: $KNOWLEDGE_BUILD, the file the bot reads, "
                            f"or {DEFAULT_BUILD} in the project)")
    build.add_argument("--strict", action="store_true",
                       help="refuse on every problem check reports, the canonical layout included: check and "
                            "build in one run (the Procfile's release line)")
    schema = commands.add_parser("schema", help="print the data dictionary: every key editors may write")
    schema.add_argument("--markdown", action="store_true", help="as the Markdown tables of the editors' guide")
    commands.add_parser("format", help="rewrite the knowledge files in the canonical layout")
    new = commands.add_parser("new", help="write a new entity or event file from its template")
    new.add_argument("kind", choices=KINDS)
    new.add_argument("name", help="the name (person, organization, place) or title (event)")
    source = commands.add_parser("add-source", help="copy a new source text into seeds/ and register it")
    source.add_argument("path", type=Path, help="the article text, UTF-8, exactly as published")
    source.add_argument("--outlet", required=True, help="who published it")
    source.add_argument("--published", required=True, help="date of publication, YYYY-MM-DD")
    source.add_argument("--estimated", metavar="NOTE", default=None,
                        help="the date is the desk's estimate: the range or reasoning")
    source.add_argument("--headline", default="", help="the headline, if known")
    source.add_argument("--url", default="", help="the address, if known")
    source.add_argument("--language-note", default=None, help="original language or translation history")
    stale = commands.add_parser("stale", help="list what has not been reviewed or cites only old sources")
    stale.add_argument("--days", type=int, default=None,
                       help=f"a source older than this is old (default ${DAYS_VARIABLE}, else {DEFAULT_DAYS})")
    mentions = commands.add_parser("mentions", help="what an article says: known entities, new names, dates")
    mentions.add_argument("path", type=Path, help="the article text (registered with add-source, or not yet)")
    mentions.add_argument("--json", action="store_true", help="print the documented JSON instead of text")
    mentions.add_argument("--published", default=None,
                          help="publication date, YYYY-MM-DD, for an article not registered in sources.toml")
    mentions.add_argument("--draft", type=Path, default=None, metavar="DIR",
                          help="write draft entity and event files under DIR (e.g. knowledge/data)")
    diff = commands.add_parser("diff", help="print, as Markdown, every answer a change alters, before and after")
    diff.add_argument("base", help="the git revision before the change (a branch, tag or commit)")
    diff.add_argument("head", nargs="?", default=None, help="the git revision after it (default: the working tree)")
    export = commands.add_parser("timelinejs", help="print the events /timeline SUBJECT lists, as TimelineJS JSON")
    export.add_argument("subject", nargs="+", help="what /timeline takes: SUBJECT [since DATE] [until DATE]")
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except EditorError as error:
        print(f"python -m knowledge {args.command}: {error}", file=sys.stderr)
        return 1


def _check(args) -> int:
    from knowledge.editing.build import counts
    from knowledge.editing.check import check

    knowledge, problems = check(args.root)
    if problems:
        return _report(problems)
    print("ok: " + ", ".join(f"{n} {what}" for what, n in counts(knowledge).items()))
    return 0


def _build(args) -> int:
    from knowledge.editing.build import DEFAULT_BUILD, BuildRefused, build

    output = args.output or (Path(os.environ["KNOWLEDGE_BUILD"]) if os.environ.get("KNOWLEDGE_BUILD")
                             else args.root / DEFAULT_BUILD)
    try:
        meta = build(args.root, output, layout=args.strict, layouts=_bot_layouts())
    except BuildRefused as refused:
        _report(refused.problems)
        print("nothing was built", file=sys.stderr)
        return 1
    print(f"built {output} revision {meta['revision']} at {meta['built_at']}: "
          + ", ".join(f"{n} {what}" for what, n in meta["counts"].items()))
    return 0


def _bot_layouts():
    """The bot's renderer, so that the build lays out its large cards once (`bot.replies.build_layouts`)."""
    from bot.replies import build_layouts

    return build_layouts()


def _schema(args) -> int:
    from knowledge.editing.dictionary import data_dictionary, field_table

    print(field_table() if args.markdown else data_dictionary(), end="" if args.markdown else "\n")
    return 0


def _format(args) -> int:
    from knowledge.editing.format import format_files

    done = format_files(args.root)
    for path in done.rewritten:
        print(f"rewrote {path}")
    if not done.rewritten:
        every = "all " if not done.unreadable else ""
        print(f"nothing to change: {every}{done.unchanged} files are in the canonical layout")
    for line in done.unreadable:
        print(line, file=sys.stderr)
    return 1 if done.unreadable else 0


def _new(args) -> int:
    from knowledge.editing.check import today
    from knowledge.editing.new import new_record

    path = new_record(args.root, args.kind, args.name, today())
    print(f"wrote {path.relative_to(args.root).as_posix()}: fill in what its comments ask, then run "
          "python -m knowledge check")
    return 0


def _add_source(args) -> int:
    from knowledge.editing.check import today
    from knowledge.editing.sources import add_source, parse_day

    source = add_source(args.root, args.path, outlet=args.outlet, published=parse_day(args.published, "--published"),
                        today=today(), estimated=args.estimated, headline=args.headline, url=args.url,
                        language_note=args.language_note)
    print(f"added {source.file} as source {source.id} (SHA-256 {source.sha256[:16]}…), registered in "
          f"knowledge/data/sources.toml: cite it as source = \"{source.id}\"")
    return 0


def _stale(args) -> int:
    from knowledge.editing.check import today
    from knowledge.editing.stale import default_days, stale

    days = args.days if args.days is not None else default_days()
    lines, looked_at = stale(args.root, days, today())
    for line in lines:
        print(line)
    print(f"{len(lines)} of {looked_at} records to review (never reviewed, or newest source older than {days} days)")
    return 0


def _mentions(args) -> int:
    import json

    from knowledge.editing.check import today
    from knowledge.editing.mentions import basis_words, mentions, registered_source, write_drafts
    from knowledge.editing.sources import parse_day
    from knowledge.editing.states import open_state

    if not args.path.is_file():
        raise EditorError(f"{args.path}: no such file")
    try:
        text = args.path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise EditorError(f"{args.path} is not UTF-8 text: save it as UTF-8 and try again") from None
    registered = registered_source(args.root, args.path)
    if registered:
        source, published = registered
    elif args.published:
        source, published = args.path.as_posix(), parse_day(args.published, "--published")
    else:
        raise EditorError(f"{args.path} is not registered in sources.toml: register it with add-source, or give "
                          "--published YYYY-MM-DD")
    found = mentions(text, source, published, open_state(args.root))
    drafts = write_drafts(found, args.draft, today()) if args.draft else []
    if args.json:
        print(json.dumps(found.as_json(), ensure_ascii=False, indent=2))
    else:
        print(f"{args.path}: source {source}, published {published.isoformat()}")
        print(f"Known ({len(found.known)}), each with a sentence to quote:")
        for known in found.known:
            spelling = "" if known.spelling == known.name else f" as “{known.spelling}”"
            print(f"  {known.name} ({known.id}){spelling}\n    “{known.sentence}”")
        if found.unsure:
            print(f"Not sure ({len(found.unsure)}): the matcher would ask; if it is one of these, add the "
                  "spelling as an alias")
            for unsure in found.unsure:
                print(f"  “{unsure.spelling}”: {' or '.join(unsure.candidates)}?\n    “{unsure.sentence}”")
        print(f"New ({len(found.new)}), not in the store; the kind is a guess:")
        for new in found.new:
            print(f"  {new.name} ({new.kind}?)")
            for sentence in new.sentences:
                print(f"    “{sentence}”")
        print(f"Dates ({len(found.dates)}), as suggestions:")
        for dated in found.dates:
            print(f"  “{dated.text}” → {dated.date} ({dated.precision}; {basis_words(dated, published)})"
                  f"\n    “{dated.sentence}”")
    for path in drafts:
        shown = path.relative_to(args.root).as_posix() if path.is_relative_to(args.root) else path
        print(f"drafted {shown}: complete it, then run python -m knowledge check", file=sys.stderr)
    return 0


def _diff(args) -> int:
    import tempfile

    from knowledge.editing.diff import answers_diff, extract_revision
    from knowledge.editing.states import open_state

    ask = _bot_answer()
    with tempfile.TemporaryDirectory(prefix="knowledge-diff-") as folder:
        before = open_state(extract_revision(args.root, args.base, Path(folder) / "base"), f"the knowledge at {args.base}")
        if args.head is None:
            after, head = open_state(args.root, "the working tree's knowledge"), "working tree"
        else:
            after = open_state(extract_revision(args.root, args.head, Path(folder) / "head"),
                               f"the knowledge at {args.head}")
            head = args.head
    print(answers_diff(before, after, ask, args.base, head), end="")
    return 0


def _bot_answer():
    """The bot's answer to a command line, as `python -m bot ask` prints it (freshness from the
    environment, as the bot reads it)."""
    from bot.preview import ask_text
    from handlers import Freshness
    from knowledge.editing.check import today
    from knowledge.editing.stale import default_days

    freshness = Freshness(stale_days=default_days(), today=today())
    return lambda line, store: ask_text(line, store, freshness)


def _timelinejs(args) -> int:
    import json

    from knowledge.editing.states import open_state
    from knowledge.editing.timelinejs import timelinejs

    store = open_state(args.root)
    document = timelinejs(_bot_listing(" ".join(args.subject), store), store, _bot_wording())
    print(json.dumps(document, ensure_ascii=False, indent=2))
    return 0


def _bot_listing(text: str, store):
    """The events `/timeline text` lists, as the bot selects them; EditorError saying why when it
    lists none (help, a name it asks about, no entry)."""
    from handlers.answers import Answer
    from handlers.timeline import select_events
    from knowledge.editing.timelinejs import Listing, nothing_listed

    selection = select_events(text, store)
    if isinstance(selection, Answer):
        raise nothing_listed(text, selection.status, selection.message, [c.name for c in selection.candidates])
    match = selection.match
    return Listing(selection.subject, selection.since, selection.until, match.id if match else None,
                   match.name if match else None, selection.events)


def _bot_wording():
    """How the bot words a date and a source, as plain text. Here, in _bot_listing, _bot_answer and
    _bot_layouts, and nowhere else under knowledge/, the editors' CLI imports bot/ and handlers/
    (tests/test_layers.py): its renderer is the one renderer, so an export, a diff or a card laid
    out by the build reads exactly as the bot does; the library is handed what it needs."""
    from bot.render import Sources, event_date
    from bot.terminal import mrkdwn_to_text
    from handlers.answers import Citation, Event
    from knowledge.editing.timelinejs import Wording

    return Wording(event_date=lambda event: mrkdwn_to_text(event_date(Event.model_validate(event))),
                   source_label=lambda citation: mrkdwn_to_text(Sources().label(Citation.model_validate(citation))))


def _report(problems) -> int:
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(problems)} problem(s) found", file=sys.stderr)
    return 1


COMMANDS = {"check": _check, "build": _build, "schema": _schema, "format": _format, "new": _new,
            "add-source": _add_source, "stale": _stale,
            "mentions": _mentions, "diff": _diff, "timelinejs": _timelinejs}


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:
        # The reader went away (`... | head`): stop quietly, as the Python docs advise for
        # SIGPIPE, and point stdout at /dev/null so the exit's own flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
