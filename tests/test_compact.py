"""The matcher's index as the serving index stores it (knowledge/names/compact.py, packing.py): read
back, on a machine of either byte order, it resolves every name as the index made from the rows does."""

import random
import sys
from array import array

import pytest

from knowledge.names import normalise, packing
from knowledge.names.compact import ListIndex, ShortIntLists, StringMap
from knowledge.names.matching import NameMatcher, NameRow, build_index

NAMES = [
    ("ismail-haniyeh", "Ismail Haniyeh", "person"), ("ismail-haniyeh", "إسماعيل هنية", "person"),
    ("ismail-haniyeh", "Haniyeh", "person"), ("mahmoud-abbas", "Mahmoud Abbas", "person"),
    ("mahmoud-abbas", "Abbas", "person"), ("abbas-kamel", "Abbas Kamel", "person"),
    ("abbas-kamel", "Abbas", "person"), ("cairo", "Cairo", "place"), ("cairo", "القاهرة", "place"),
    ("hamas", "Hamas", "organization"), ("hamas", "Islamic Resistance Movement", "organization"),
    ("hamas", "حركة المقاومة الإسلامية", "organization"), ("mossad", "המוסד", "organization"),
]
QUERIES = ["Ismail Haniyeh", "haniya", "Ismael Hanieh", "اسماعيل هنيه", "Abbas", "Kamel", "Mahmud Abbas",
           "Cairo", "القاهره", "Hamas", "Islamic Resistance", "במוסד", "Mossad", "nobody at all", "IRM"]


def rows() -> list[NameRow]:
    shared = {"Abbas"}
    return [NameRow(entity, spelling, kind, tuple(normalise.entity_parts(spelling, kind)),
                    normalise.is_arabic(spelling), spelling in shared) for entity, spelling, kind in NAMES]


def as_written_elsewhere(parts: dict[str, bytes]) -> dict[str, bytes]:
    """The parts as a machine of the other byte order writes them: every array's items reversed."""
    other = "big" if sys.byteorder == "little" else "little"
    text = {"rest", "byteorder", "entities.values", "spellings.values", "deletes.keys"}
    swapped = {"byteorder": other.encode()}
    for name, data in parts.items():
        if name in swapped:
            continue
        if name in text:
            swapped[name] = data
            continue
        wide = name.endswith(("starts", "digests"))
        values = array("q" if wide else "i")
        values.frombytes(data)
        values.byteswap()
        swapped[name] = values.tobytes()
    return swapped


@pytest.mark.parametrize("written", ["here", "elsewhere"])
def test_the_stored_index_resolves_as_the_rows_do(written):
    index = build_index(rows())
    parts = packing.pack(index)
    stored = NameMatcher.from_index(packing.unpack(parts if written == "here" else as_written_elsewhere(parts)))
    from_rows = NameMatcher(rows())
    for query in QUERIES:
        assert stored.resolve(query) == from_rows.resolve(query), query
    assert stored.rows == from_rows.rows


def test_a_string_map_finds_every_key_and_nothing_else():
    generator = random.Random(7)
    mapping = {"".join(generator.choice("abcdeé") for _ in range(generator.randint(0, 6))): [] for _ in range(3000)}
    for number, key in enumerate(mapping):
        mapping[key] = [number, number + 1][: number % 3]
    table = StringMap.of(mapping)
    assert len(table) == len(mapping)
    for key, values in mapping.items():
        assert list(table.get(key)) == values, key
    for missing in ("abcdeab", "x", "éééééééé"):
        assert missing not in mapping and table.get(missing, ()) == ()


def test_names_by_their_words_are_those_a_scan_finds():
    generator = random.Random(3)
    lists = [[generator.randrange(6) for _ in range(generator.randint(1, 3))] for _ in range(2000)]
    index = ListIndex.of(ShortIntLists.of(lists))
    for wanted in ([0], [1, 2], [5, 5, 5], [9]):
        assert index.rows(wanted) == [row for row, words in enumerate(lists) if words == wanted]
