"""Finding the entity a typed name means (the matcher, being split into modules: `matcher.py`)."""

from knowledge.names.matching.matcher import (AMBIGUOUS_FILIATION, ANSWER, ASK, INDEX_VERSION, MARGIN,
                                              MAX_CANDIDATES, NEAREST, SURE_TYPO_LENGTH, SWAPPED,
                                              WORD_MATCHES_KEPT, NameMatcher, NameRow, Resolution, Scored,
                                              build_index, covered_by, max_edits)

__all__ = ["AMBIGUOUS_FILIATION", "ANSWER", "ASK", "INDEX_VERSION", "MARGIN", "MAX_CANDIDATES", "NEAREST",
           "SURE_TYPO_LENGTH", "SWAPPED", "WORD_MATCHES_KEPT", "NameMatcher", "NameRow", "Resolution", "Scored",
           "build_index", "covered_by", "max_edits"]
