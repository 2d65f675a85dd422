"""TOML syntax errors said the way an editor can act on them: the line, and for the common mistakes
what to write instead.

tomllib reports where it stopped ("Expected newline or end of document after a statement (at line 2,
column 12)"), not what the editor meant: an impossible date written without quotes, a string left
open, a key written twice because a `[[facts]]` or `[[facts.citations]]` line is missing.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import tomllib

AT = re.compile(r"\s*\(at line (\d+), column \d+\)|\s*\(at end of document\)")
KEY_VALUE = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=\s*(.*?)\s*$")
UNQUOTED_DATE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d:T])")
HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_.-]+)\s*\]\]")
WHAT = {"facts": "fact", "facts.citations": "citation", "citations": "citation", "aliases": "alias",
        "sources": "source"}


def syntax_problem(text: str, error: tomllib.TOMLDecodeError) -> tuple[int, str]:
    """(line, message) for a TOML syntax error in `text`."""
    message = getattr(error, "msg", None) or str(error)
    found = re.search(r"line (\d+)", str(error))
    lines = text.splitlines()
    line = int(found[1]) if found else _open_string_line(lines)
    message = AT.sub("", message)
    hint = _hint(lines, line, message)
    return line, f"TOML syntax: {message}" + (f": {hint}" if hint else "")


def _hint(lines: list[str], line: int, message: str) -> str:
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    pair = KEY_VALUE.match(source)
    if message.startswith("Unterminated string"):
        return 'the """ text that starts here is never closed: end it with """'
    if message.startswith("Unclosed array"):
        return 'a [ is not closed, or two items have no comma between them: write a list as ["a", "b"]'
    if message.startswith("Expected ']]'"):
        return "a table's header has two brackets each side: [[facts]], [[facts.citations]], [[aliases]]"
    if message.startswith("Expected '=' after a key"):
        key = source.split("=")[0].strip()
        return f"a key is one word: {re.sub(r'[ -]+', '_', key)} = ..." if " " in key else ""
    if not pair:
        return ""
    key, value = pair[1], pair[2]
    if message.startswith("Cannot overwrite a value"):
        return _written_twice(lines, line, key)
    date = UNQUOTED_DATE.match(value)
    if date:
        return _date_hint(key, *date.groups())
    after_statement = message.startswith("Expected newline or end of document")
    if value.startswith('"') and not value.startswith('"""'):
        if _closing_quote(value) is None:
            return (f"the text of {key} has no closing \": end it with \" on this line, or write text over "
                    'several lines between """ and """')
        if after_statement:
            return f"a \" inside the text ends it: write {key} = '''…''' around text that contains \", or type \\\" for each"
    if value.startswith("'") and not value.startswith("'''") and after_statement:
        return f"an apostrophe inside '…' ends the text: write {key} = \"…\" around text that contains '"
    if value[:1] in "“‘«":
        return f"curly quotes do not start text in TOML: use straight ones, {key} = \"{value.strip('“”‘’«»')}\""
    if value in {"True", "False", "TRUE", "FALSE"}:
        return f"true and false are written in lower case: {key} = {value.lower()}"
    if message.startswith("Invalid value"):
        return f"write text in quotes: {key} = \"{value}\"" if value else f"write a value after {key} ="
    return ""


def _date_hint(key: str, year: str, month: str, day: str | None) -> str:
    if day is None:
        return f"a month is written in quotes: {key} = \"{year}-{month}\""
    if not 1 <= int(month) <= 12:
        return f"{year}-{month}-{day} is not a date (there is no month {month}): write a real day, e.g. {key} = {year}-12-31"
    last = calendar.monthrange(int(year), int(month))[1]
    try:
        dt.date(int(year), int(month), int(day))
    except ValueError:
        named = dt.date(int(year), int(month), 1).strftime("%B")
        return (f"{year}-{month}-{day} is not a date ({named} {year} has {last} days): write a real day, e.g. "
                f"{key} = {year}-{month}-{last:02d}, or the month in quotes, {key} = \"{year}-{month}\"")
    return ""


def _written_twice(lines: list[str], line: int, key: str) -> str:
    for number in range(line - 1, 0, -1):
        header = HEADER.match(lines[number - 1])
        if header:
            table = header[1]
            what = WHAT.get(table, "table")
            return (f"{key} is already set in the [[{table}]] of line {number}: to start another {what}, "
                    f"write [[{table}]] on the line above this one")
    return f"{key} is set twice: keep one"


def _closing_quote(value: str) -> int | None:
    index = 1
    while index < len(value):
        if value[index] == "\\":
            index += 2
            continue
        if value[index] == '"':
            return index
        index += 1
    return None


def _open_string_line(lines: list[str]) -> int:
    """The line where a \"\"\" string that is never closed opens (tomllib says only "end of document")."""
    opened = 0
    for number, text in enumerate(lines, start=1):
        for _ in range(text.count('"""')):
            opened = 0 if opened else number
    return opened or max(len(lines), 1)
