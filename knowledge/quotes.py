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


def comparable(text: str) -> str:
    """Text with the forgiven differences removed, whitespace collapsed to single spaces."""
    return _WHITESPACE.sub(" ", text.translate(_FORGIVEN)).strip()


@dataclass(frozen=True)
class SourceText:
    """A source's text prepared for quote look-ups, with its page debris marked."""

    text: str
    debris: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "_comparable", comparable(self.text))
        spans = []
        for passage in self.debris:
            needle = comparable(passage)
            start = self._comparable.find(needle)
            while needle and start != -1:
                spans.append((start, start + len(needle)))
                start = self._comparable.find(needle, start + 1)
        object.__setattr__(self, "_debris_spans", tuple(spans))

    def debris_missing(self) -> list[str]:
        """Declared debris passages that do not occur in the text (a typo in sources.toml)."""
        return [p for p in self.debris if comparable(p) not in self._comparable]

    def find(self, quote: str) -> "QuoteMatch":
        needle = comparable(quote)
        if not needle:
            return QuoteMatch.absent
        start = self._comparable.find(needle)
        found_any = start != -1
        while start != -1:
            end = start + len(needle)
            if not any(d_start <= start and end <= d_end for d_start, d_end in self._debris_spans):
                return QuoteMatch.found
            start = self._comparable.find(needle, start + 1)
        return QuoteMatch.only_in_debris if found_any else QuoteMatch.absent

    def contains_words(self, phrase: str) -> bool:
        """True when `phrase` occurs in the text ignoring case (for spellings an alias says a source uses)."""
        return comparable(phrase).casefold() in self._comparable.casefold()


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
    return haystack[alignment.dest_start : alignment.dest_end]
