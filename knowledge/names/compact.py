"""Read-only tables kept compact: many short lists of ints, or many strings, in two flat arrays each.

A million names held as Python lists cost hundreds of megabytes (an object per int, per list, per
string), and a forked worker copies every page whose objects' reference counts change as it reads
them. The same values in a few `array`s cost a tenth of that, are written by `build` as blobs of the
serving index (SQLite: no file format of our own), load in one read each, and stay shared between
gunicorn's workers: nothing writes to an array's buffer once it is loaded.

Each table is made from plain lists (`of`), or from its `parts()` as stored (`from_parts`).
"""

from __future__ import annotations

import hashlib
import struct
import sys
import zlib
from array import array
from bisect import bisect_left
from typing import Iterable, Iterator, Sequence

VALUE = "i"  # ids: rows, words, entities, texts
OFFSET = "q"  # positions in a flat array or in a blob of text; digests
if array(VALUE).itemsize != 4 or array(OFFSET).itemsize != 8:
    raise ImportError("knowledge.names.compact needs 4-byte C ints and 8-byte long longs")


def ints(values: Iterable[int]) -> array:
    return array(VALUE, values)


def ints_from(data: bytes, byteorder: str, typecode: str = VALUE) -> array:
    """An array from `array.tobytes()` output written on a machine of `byteorder`."""
    values = array(typecode)
    values.frombytes(data)
    if byteorder != sys.byteorder:
        values.byteswap()
    return values


class IntLists:
    """A read-only list of lists of ints; `lists[i]` is a memoryview, which costs nothing to make
    however long the list is, with len, iteration, indexing and slicing as a list's."""

    def __init__(self, flat: array, starts: array):
        self._flat, self._starts = flat, starts
        self._view = memoryview(flat)

    @classmethod
    def of(cls, lists: Iterable[Iterable[int]]):
        if isinstance(lists, cls):
            return lists
        flat, starts = array(VALUE), array(OFFSET, [0])
        for values in lists:
            flat.extend(values)
            starts.append(len(flat))
        return cls(flat, starts)

    def parts(self) -> tuple[bytes, bytes]:
        return self._flat.tobytes(), self._starts.tobytes()

    @classmethod
    def from_parts(cls, flat: bytes, starts: bytes, byteorder: str):
        return cls(ints_from(flat, byteorder), ints_from(starts, byteorder, OFFSET))

    def __getitem__(self, index: int) -> memoryview:
        # On the matcher's hot path: starts[index + 1] is what raises IndexError past the end.
        starts = self._starts
        if index < 0:
            index += len(starts) - 1
        return self._view[starts[index]:starts[index + 1]]

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __iter__(self) -> Iterator:
        return (self[i] for i in range(len(self)))


class ShortIntLists(IntLists):
    """IntLists of short lists (a name's words), each given as a list: compared equal to a list."""

    def __getitem__(self, index: int) -> list[int]:  # type: ignore[override]
        starts = self._starts
        if index < 0:
            index += len(starts) - 1
        return self._flat[starts[index]:starts[index + 1]].tolist()

    # Filters over many rows at once, without a list made per row: the matcher's candidate lookups.
    def equal_to(self, rows: Iterable[int], values: list[int]) -> list[int]:
        """The rows among `rows` whose list is `values`."""
        flat, starts, wanted, size = self._flat, self._starts, array(VALUE, values), len(values)
        return [r for r in rows if starts[r + 1] - starts[r] == size and flat[starts[r]:starts[r + 1]] == wanted]

    def holding_any(self, rows: Iterable[int], values: set[int]) -> list[int]:
        """The rows among `rows` whose list holds any of `values`, in their order."""
        flat, starts = self._flat, self._starts
        return [r for r in rows if not values.isdisjoint(flat[starts[r]:starts[r + 1]])]


class Strings(Sequence[str]):
    """A read-only list of strings: their UTF-8 in one blob, and where each starts."""

    def __init__(self, blob: bytes, starts: array):
        self._blob, self._starts = memoryview(blob), starts

    @classmethod
    def of(cls, strings: Iterable[str]) -> "Strings":
        if isinstance(strings, Strings):
            return strings
        encoded = [s.encode("utf-8") for s in strings]
        starts = array(OFFSET, [0])
        for data in encoded:
            starts.append(starts[-1] + len(data))
        return cls(b"".join(encoded), starts)

    def parts(self) -> tuple[bytes, bytes]:
        return bytes(self._blob), self._starts.tobytes()

    @classmethod
    def from_parts(cls, blob: bytes, starts: bytes, byteorder: str) -> "Strings":
        return cls(blob, ints_from(starts, byteorder, OFFSET))

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        starts = self._starts
        if index < 0:
            index += len(starts) - 1
        return str(self._blob[starts[index]:starts[index + 1]], "utf-8")

    def __len__(self) -> int:
        return len(self._starts) - 1


class IntSet:
    """A read-only set of ints, as a sorted array: membership by bisection."""

    def __init__(self, values: array):
        self._values = values

    @classmethod
    def of(cls, values: Iterable[int]) -> "IntSet":
        if isinstance(values, IntSet):
            return values
        return cls(array(VALUE, sorted(set(values))))

    def parts(self) -> bytes:
        return self._values.tobytes()

    @classmethod
    def from_parts(cls, data: bytes, byteorder: str) -> "IntSet":
        return cls(ints_from(data, byteorder))

    def __contains__(self, value: object) -> bool:
        if not isinstance(value, int):
            return False
        at = bisect_left(self._values, value)
        return at < len(self._values) and self._values[at] == value

    def __iter__(self) -> Iterator[int]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


class ListIndex:
    """The rows of a ShortIntLists by their whole list: a sorted array of each list's 64-bit digest,
    the rows beside it. `rows(values)` finds in a few steps, whatever the size, what scanning every
    row would (in the same order); a digest two lists share only costs a comparison."""

    def __init__(self, lists: ShortIntLists, digests: array, rows: array):
        self._lists, self._digests, self._rows = lists, digests, rows

    @staticmethod
    def digest(values: list[int]) -> int:
        """The same on every machine: the values as little-endian 4-byte ints, hashed."""
        data = hashlib.blake2b(struct.pack(f"<{len(values)}i", *values), digest_size=8).digest()
        return int.from_bytes(data, "little", signed=True)

    @classmethod
    def of(cls, lists: ShortIntLists) -> "ListIndex":
        pairs = sorted((cls.digest(values), row) for row, values in enumerate(lists))
        return cls(lists, array(OFFSET, (d for d, _ in pairs)), array(VALUE, (r for _, r in pairs)))

    def parts(self) -> tuple[bytes, bytes]:
        return self._digests.tobytes(), self._rows.tobytes()

    @classmethod
    def from_parts(cls, lists: ShortIntLists, digests: bytes, rows: bytes, byteorder: str) -> "ListIndex":
        return cls(lists, ints_from(digests, byteorder, OFFSET), ints_from(rows, byteorder))

    def rows(self, values: list[int]) -> list[int]:
        """The rows whose list is `values`, in row order."""
        digest, digests = self.digest(values), self._digests
        at, found = bisect_left(digests, digest), []
        while at < len(digests) and digests[at] == digest:
            found.append(self._rows[at])
            at += 1
        return self._lists.equal_to(found, values)


class StringMap:
    """A read-only mapping of strings to lists of ints (`get` only), for the matcher's deletion
    neighbourhood: a million keys as a dict of lists cost well over 100 MB, here a tenth of that.
    The keys' UTF-8 in one blob; an open-addressing table of slots (crc32 of the key, then the next
    slot) pointing at them; each key's list in an IntLists."""

    def __init__(self, keys: Strings, values: IntLists, slots: array):
        self._keys, self._values, self._slots = keys, values, slots
        self._blob, self._starts, self._mask = keys._blob, keys._starts, len(slots) - 1

    @classmethod
    def of(cls, mapping: "dict[str, list[int]] | StringMap") -> "StringMap":
        if isinstance(mapping, StringMap):
            return mapping
        keys = Strings.of(mapping)
        size = 8
        while size < 2 * len(keys):
            size *= 2
        slots, mask = array(VALUE, [-1]) * size, size - 1
        for number, key in enumerate(mapping):
            at = zlib.crc32(key.encode("utf-8")) & mask
            while slots[at] >= 0:
                at = (at + 1) & mask
            slots[at] = number
        return cls(keys, IntLists.of(mapping.values()), slots)

    def parts(self) -> tuple[bytes, bytes, bytes, bytes, bytes]:
        return (*self._keys.parts(), *self._values.parts(), self._slots.tobytes())

    @classmethod
    def from_parts(cls, keys: bytes, key_starts: bytes, values: bytes, value_starts: bytes, slots: bytes,
                   byteorder: str) -> "StringMap":
        return cls(Strings.from_parts(keys, key_starts, byteorder),
                   IntLists.from_parts(values, value_starts, byteorder), ints_from(slots, byteorder))

    def get(self, key: str, default=None):
        data = key.encode("utf-8")
        slots, starts, blob, mask = self._slots, self._starts, self._blob, self._mask
        at = zlib.crc32(data) & mask
        while (number := slots[at]) >= 0:
            if blob[starts[number]:starts[number + 1]] == data:
                return self._values[number]
            at = (at + 1) & mask
        return default

    def __len__(self) -> int:
        return len(self._keys)
