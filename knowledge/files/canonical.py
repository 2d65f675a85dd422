"""One canonical layout for every knowledge file, so a pull request shows only real changes.

`canonical(text, kind)` rewrites a file's TOML in the layout the templates show: keys in the order the
schema declares them (every key kept, an empty one too: `headline = ""` says the desk does not know),
arrays of strings on one line when short, one item a line when long, a blank line before each table, a
full date as a TOML date (`published = 2025-11-06`, not in quotes). The comment block at the top of a file is kept;
other comments are not (say it in `notes`). `python -m knowledge format` applies it;
`python -m knowledge check` reports any file not in this form.
"""

from __future__ import annotations

import datetime as dt
import json
import tomllib

from pydantic import BaseModel

from knowledge.schema import Alias, Citation, CommonName, Entity, Event, Fact, Namesake, Source, takes_a_day

LINE_LIMIT = 100
# Per kind of file: the model of the top level, and the model of each array of tables under it.
LAYOUTS: dict[str, tuple[type[BaseModel], dict[str, type[BaseModel]]]] = {
    "entity": (Entity, {"aliases": Alias, "facts": Fact, "citations": Citation}),
    "event": (Event, {"citations": Citation}),
    "sources": (BaseModel, {"sources": Source}),
    "names": (BaseModel, {"names": CommonName, "namesakes": Namesake}),
}


def canonical(text: str, kind: str) -> str:
    """The canonical form of a file's text. Raises tomllib.TOMLDecodeError on a syntax error."""
    return render(tomllib.loads(text), kind, leading_comments(text))


def render(data: dict, kind: str, comments: list[str] = ()) -> str:
    """TOML text for `data` in the canonical layout, after the given comment lines."""
    model, tables = LAYOUTS[kind]
    body = _table(data, model, tables, prefix="")
    lines = list(comments) + ([""] if comments and body and body[0] else []) + body
    return "\n".join(lines).strip("\n") + "\n"


def leading_comments(text: str) -> list[str]:
    kept = []
    for line in text.splitlines():
        if line.startswith("#") or (not line.strip() and kept):
            kept.append(line.rstrip())
        else:
            break
    while kept and not kept[-1]:
        kept.pop()
    return kept


def _table(data: dict, model: type[BaseModel], tables: dict[str, type[BaseModel]], prefix: str) -> list[str]:
    lines: list[str] = []
    known = list(model.model_fields) if model is not BaseModel else []
    order = known + [key for key in data if key not in known]  # unknown keys kept: check reports them
    nested = []
    for key in order:
        if key not in data:
            continue
        value = data[key]
        if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
            nested.append(key)
            continue
        if isinstance(value, str) and key in known and takes_a_day(model, key):
            value = _day(value)
        lines.extend(_key_value(key, value))
    for key in nested:
        item_model = tables.get(key, BaseModel)
        for item in data[key]:
            lines += ["", f"[[{prefix}{key}]]"]
            lines += _table(item, item_model, tables, prefix=f"{prefix}{key}.")
    return lines


def _day(value: str) -> dt.date | str:
    """A full date written in quotes, as a TOML date; anything else (a month, a year, a typo) as it is."""
    try:
        return dt.date.fromisoformat(value) if len(value) == 10 else value
    except ValueError:
        return value


def _key_value(key: str, value) -> list[str]:
    if isinstance(value, list):
        items = [_scalar(item) for item in value]
        one_line = f"{key} = [{', '.join(items)}]"
        if len(one_line) <= LINE_LIMIT:
            return [one_line]
        return [f"{key} = ["] + [f"    {item}," for item in items] + ["]"]
    return [f"{key} = {_scalar(value)}"]


def _scalar(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        # JSON string escapes are valid TOML basic-string escapes; keep non-ASCII as written.
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_scalar(v)}" for k, v in value.items()) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(_scalar(item) for item in value) + "]"
    raise TypeError(f"cannot write {value!r} as TOML")
