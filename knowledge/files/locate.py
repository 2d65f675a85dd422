"""Line numbers for values in a TOML file.

`tomllib` gives values without positions, but every problem `check` reports must say `path:line`.
This scanner follows the table headers and keys of a file in the shape editors write (top-level keys,
`[[facts]]`, `[[facts.citations]]`, arrays with one item per line) and maps each value's path, as
pydantic reports it (`("facts", 2, "citations", 0, "quote")`), to the line where it is written.
A path it does not know falls back to its nearest known parent, then to line 1.
"""

from __future__ import annotations

import re

HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-]+)\s*\]\]?\s*(?:#.*)?$")
KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+)\s*=\s*(.*)$")
ARRAY_ITEM = re.compile(r"^\s*(?:\"|'|\{|[0-9])")

Path = tuple[str | int, ...]


def line_map(text: str) -> dict[Path, int]:
    lines: dict[Path, int] = {}
    table: Path = ()
    counters: dict[Path, int] = {}
    open_array: Path | None = None
    open_array_index = 0
    in_multiline_string = False

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if in_multiline_string:
            if line.count('"""') % 2 == 1:
                in_multiline_string = False
            continue
        if not line or line.startswith("#"):
            continue
        if open_array is not None:
            if line.startswith("]"):
                open_array = None
                continue
            if ARRAY_ITEM.match(line):
                lines.setdefault(open_array + (open_array_index,), number)
                open_array_index += 1
                if line.rstrip(",").endswith("]"):
                    open_array = None
                continue
        header = HEADER.match(raw)
        if header:
            is_array = header[1] == "[["
            dotted = tuple(header[2].split("."))
            table = _resolve(dotted, table, counters, is_array)
            for end in range(1, len(table) + 1):  # `[[facts.citations]]` with no `[[facts]]` locates facts too
                lines.setdefault(table[:end], number)
            continue
        key = KEY.match(raw)
        if key:
            path = table + (key[1],)
            lines.setdefault(path, number)
            value = key[2].strip()
            if value.startswith("[") and not _closes(value):
                open_array, open_array_index = path, 0
            elif value.startswith("[") and value.count('"') >= 2:
                # A one-line array: every item is on this line.
                for index in range(value.count(",") + 1):
                    lines.setdefault(path + (index,), number)
            if value.startswith('"""') and value.count('"""') == 1:
                in_multiline_string = True
    return lines


def _closes(value: str) -> bool:
    without_strings = re.sub(r'"(?:[^"\\]|\\.)*"', "", value)
    return without_strings.count("[") <= without_strings.count("]")


def _resolve(dotted: tuple[str, ...], current: Path, counters: dict[Path, int], is_array: bool) -> Path:
    """Turn `facts.citations` into `("facts", 3, "citations", 0)` given the tables seen so far."""
    path: Path = ()
    for depth, name in enumerate(dotted):
        path = path + (name,)
        last = depth == len(dotted) - 1
        if last and is_array:
            index = counters.get(path, -1) + 1
            counters[path] = index
            # A new parent element restarts the numbering of its children.
            for key in [k for k in counters if len(k) > len(path) and k[: len(path)] == path]:
                del counters[key]
            path = path + (index,)
        elif not last and path in counters:
            path = path + (counters[path],)
    return path


def find_line(lines: dict[Path, int], path: Path) -> int:
    """The line of `path`, or of its nearest parent that has one, or 1."""
    for end in range(len(path), 0, -1):
        if path[:end] in lines:
            return lines[path[:end]]
    return 1
