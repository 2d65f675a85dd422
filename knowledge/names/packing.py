"""The matcher's index (`matching.build_index`) in compact tables, and as the serving index stores it.

The parts with an entry per name or per entity (spellings, each name's words, postings, which are
as long as the names) become `compact` tables, entities' kinds a list of a handful of shared strings,
and so does the deletion neighbourhood (some ten keys per word of the vocabulary). The vocabulary's
words and forms, read at every step of scoring, stay as `build_index` made them, Python lists, and are
stored as JSON. `NameMatcher` reads the same tables whether it was given `build_index`'s lists
(`compact`) or the stored parts (`unpack`)."""

from __future__ import annotations

import json
import sys

from knowledge.names.compact import IntLists, IntSet, ListIndex, ShortIntLists, StringMap, Strings, ints, ints_from

# key in build_index's output → how it is kept
TABLES = {
    "entities": "strings", "spellings": "strings",
    "row_entity": "ints", "row_words": "lists", "postings": "views", "shared": "set",
    "deletes": "map",
}
MAP_PARTS = ("keys", "key_starts", "values", "value_starts", "slots")
# Kept as lists, but each distinct value one object: an entity's kind is one of a handful of words.
LABELS = ("kinds",)
REST = "rest"  # the name of the JSON part
EXACT = "exact"  # rows by their words: a table of its own, made from row_words
BYTEORDER = "byteorder"


def compact(index: dict) -> dict:
    """The index with its big lists as compact tables (those already compact are kept)."""
    made = dict(index)
    for key, kind in TABLES.items():
        value = index[key]
        if kind == "strings":
            made[key] = Strings.of(value)
        elif kind == "ints":
            made[key] = value if not isinstance(value, list) else ints(value)
        elif kind in ("lists", "views"):
            made[key] = (ShortIntLists if kind == "lists" else IntLists).of(value)
        elif kind == "map":
            made[key] = StringMap.of(value)
        else:
            made[key] = IntSet.of(value)
    for key in LABELS:
        made[key] = _one_object_each(index[key])
    # Names by their whole list of words (exact matches), worked out here when not stored.
    if not isinstance(index.get(EXACT), ListIndex):
        made[EXACT] = ListIndex.of(made["row_words"])
    return made


def _one_object_each(values: list[str]) -> list[str]:
    """The list, each distinct value one object (JSON gives a new string per entry)."""
    seen: dict[str, str] = {}
    return [seen.setdefault(value, value) for value in values]


def pack(index: dict) -> dict[str, bytes]:
    """name → bytes: what the serving index stores (`unpack` reads it back)."""
    tables = compact(index)
    parts = {BYTEORDER: sys.byteorder.encode(),
             REST: json.dumps({k: v for k, v in index.items() if k not in TABLES and k != EXACT},
                              ensure_ascii=False, separators=(",", ":")).encode("utf-8")}
    parts[f"{EXACT}.digests"], parts[f"{EXACT}.rows"] = tables[EXACT].parts()
    for key, kind in TABLES.items():
        table = tables[key]
        if kind in ("strings", "lists", "views"):
            parts[f"{key}.values"], parts[f"{key}.starts"] = table.parts()
        elif kind == "ints":
            parts[key] = table.tobytes()
        elif kind == "map":
            parts.update({f"{key}.{name}": data for name, data in zip(MAP_PARTS, table.parts())})
        else:
            parts[key] = table.parts()
    return parts


def unpack(parts: dict[str, bytes]) -> dict:
    """`pack`'s parts → the index, its big lists as compact tables, for `NameMatcher.from_index`."""
    order = parts[BYTEORDER].decode()
    index = json.loads(parts[REST])
    for key, kind in TABLES.items():
        if kind == "strings":
            index[key] = Strings.from_parts(parts[f"{key}.values"], parts[f"{key}.starts"], order)
        elif kind in ("lists", "views"):
            table = ShortIntLists if kind == "lists" else IntLists
            index[key] = table.from_parts(parts[f"{key}.values"], parts[f"{key}.starts"], order)
        elif kind == "ints":
            index[key] = ints_from(parts[key], order)
        elif kind == "map":
            index[key] = StringMap.from_parts(*(parts[f"{key}.{name}"] for name in MAP_PARTS), order)
        else:
            index[key] = IntSet.from_parts(parts[key], order)
    for key in LABELS:
        index[key] = _one_object_each(index[key])
    index[EXACT] = ListIndex.from_parts(index["row_words"], parts[f"{EXACT}.digests"], parts[f"{EXACT}.rows"], order)
    return index
