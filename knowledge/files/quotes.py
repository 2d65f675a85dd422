"""Finding a quote in its source, verbatim.

Only differences that an editor cannot see or cannot type easily are forgiven: runs of whitespace
(including line breaks), typographic versus straight quotes and apostrophes, and the dashes. Case,
spelling and punctuation otherwise must match exactly: one changed word and the quote is not found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FORGIVEN = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
        "\u00a0": " ", "\u2009": " ", "\u202f": " ",
    }
)
_WHITESPACE = re.compile(r"\s+")
_NOT_WHITESPACE = re.compile(r"\S+")


def comparable(text: str) -> str:
    """Text with the forgiven differences removed, whitespace collapsed to single spaces."""
    return _WHITESPACE.sub(" ", text.translate(_FORGIVEN)).strip()


def _comparable_with_positions(text: str) -> tuple[str, list[int]]:
    """`comparable(text)` and, for each of its characters, the index of the original character (a run
    of whitespace becomes one space, at the index of the run's first character)."""
    pieces: list[str] = []
    positions: list[int] = []
    for word in _NOT_WHITESPACE.finditer(text.translate(_FORGIVEN)):
        if pieces:
            pieces.append(" ")
            positions.append(previous_end)
        pieces.append(word[0])
        positions.extend(range(word.start(), word.end()))
        previous_end = word.end()
    return "".join(pieces), positions


@dataclass(frozen=True)
class SourceText:
    """A source's text prepared for quote look-ups, with its page debris marked."""

    text: str
    debris: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        flattened, positions = _comparable_with_positions(self.text)
        object.__setattr__(self, "_comparable", flattened)
        object.__setattr__(self, "_positions", positions)
        spans = []
        for passage in self.debris:
            needle = comparable(passage)
            start = self._comparable.find(needle)
            while needle and start != -1:
                spans.append((start, start + len(needle)))
                start = self._comparable.find(needle, start + 1)
        object.__setattr__(self, "_debris_spans", tuple(spans))
        object.__setattr__(self, "_folded", flattened.casefold())
        # Each quote's place, once: check finds every quote, then build asks for its exact words.
        object.__setattr__(self, "_located", {})

    def debris_missing(self) -> list[str]:
        """Declared debris passages that do not occur in the text (a typo in sources.toml)."""
        return [p for p in self.debris if comparable(p) not in self._comparable]

    def find(self, quote: str) -> "QuoteMatch":
        return self._locate(quote)[0]

    def exact(self, quote: str) -> str:
        """The source's own words for a quote that `find` found: its quotation marks, apostrophes and
        dashes, with runs of whitespace shown as one space."""
        match, start, end = self._locate(quote)
        if match != QuoteMatch.found:
            raise ValueError(f"quote not in source: {quote!r}")
        original = self.text[self._positions[start] : self._positions[end - 1] + 1]
        return _WHITESPACE.sub(" ", original)

    def _locate(self, quote: str) -> tuple[str, int, int]:
        found = self._located.get(quote)
        if found is None:
            found = self._located[quote] = self._search(quote)
        return found

    def _search(self, quote: str) -> tuple[str, int, int]:
        needle = comparable(quote)
        if not needle:
            return QuoteMatch.absent, 0, 0
        start = self._comparable.find(needle)
        found_any = False
        while start != -1:
            end = start + len(needle)
            if self._whole_words(start, end):
                found_any = True
                if not any(d_start <= start and end <= d_end for d_start, d_end in self._debris_spans):
                    return QuoteMatch.found, start, end
            start = self._comparable.find(needle, start + 1)
        return (QuoteMatch.only_in_debris if found_any else QuoteMatch.absent), 0, 0

    def _whole_words(self, start: int, end: int) -> bool:
        """A quote may not start or end inside a word: "Ismail Haniye" is not the source's words."""
        text = self._comparable
        cuts_start = start > 0 and text[start].isalnum() and text[start - 1].isalnum()
        cuts_end = end < len(text) and text[end - 1].isalnum() and text[end].isalnum()
        return not (cuts_start or cuts_end)

    def contains_words(self, phrase: str) -> bool:
        """True when `phrase` occurs in the text ignoring case (for spellings an alias says a source uses)."""
        return comparable(phrase).casefold() in self._folded


class QuoteMatch:
    found = "found"
    absent = "absent"
    only_in_debris = "only_in_debris"


def closest_passage(text: str, quote: str) -> str:
    """The stretch of the source most like `quote`, to show the editor what differs."""
    from rapidfuzz import fuzz

    haystack = comparable(text)
    needle = comparable(quote)
    alignment = fuzz.partial_ratio_alignment(needle, haystack)
    if alignment is None or alignment.score < 60:
        return ""
    # Widen the alignment to whole words so the editor sees words, not fragments.
    start = haystack.rfind(" ", 0, alignment.dest_start + 1) + 1
    end = haystack.find(" ", max(alignment.dest_end - 1, start))
    return haystack[start : end if end != -1 else len(haystack)].strip(" .,;:")
