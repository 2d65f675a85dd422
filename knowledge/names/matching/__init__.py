"""Finding the entity a typed name means, or admitting that we are not sure.

Three stages, as in OpenSanctions' matchers:
1. Normalise: the store's names were normalised when it was built, and their index written with the
   build (`build_index`); the query is normalised here, once, into its possible readings.
2. Candidates from the index, with work that grows with the query, not the store: each query word
   looks up the name words equal to it in one of its forms (as typed, other languages' conventions
   folded, vowels dropped) or one edit away (a SymSpell deletion neighbourhood), and the rarest query
   words fetch the names: a common given name alone never fetches thousands of them.
3. Score and decide: query words are aligned one to one with the name's words, best pairs first, and
   the entity answered only when it is clearly best; otherwise the candidates are listed, otherwise
   there is no entry. In a store of near-identical names the bot asks rather than guesses.

Word similarity is `fuzz.ratio` held to a number of edits (Damerau: a transposition is one), never
`WRatio`, whose partial matching scores unrelated names sharing one word at 86-90.

The modules, in the order a query meets them:
- `index.py`: the index, built once with the store (`build_index`, `NameRow`, INDEX_VERSION).
- `tables.py`: that index loaded for serving, the tables every stage reads.
- `words.py`: one query word's matches among the store's words (forms, typos, vowels, look-alikes).
- `candidates.py`: the query's readings and the names its rarest words fetch.
- `scoring.py`: one name's score: its words paired with the query's, the query's words weighed.
- `holds.py`: the safety rules that hold a score below an answer, one check each, by kind of name.
- `people.py`: rules that read all of one person's names together.
- `apposition.py`: a person's name with a descriptor, a kunya or another of his names beside it.
- `matcher.py`: the decision, answer, ask or no entry (`NameMatcher`, `Resolution`, `Scored`).
- `thresholds.py`: every figure the matcher is tuned by; `lexicon.py`: the word lists.

A name another module of the package uses has no leading underscore; one with it is its own
module's. The names below are this package's interface. A test that changes a figure patches the module that
reads it (`matching.matcher.WORD_MATCHES_KEPT`), not the copy imported here.
"""

from knowledge.names.matching.index import INDEX_VERSION, NameRow, build_index, covered_by
from knowledge.names.matching.lexicon import (AMBIGUOUS_FILIATION, DEMONYMS, GENERATIONS, H_ONSETS,
                                              HONORIFIC_INITIAL, KUNYA_WORDS, NAME_TYPES, ORGANISATION_TYPES,
                                              STATE_TYPES, TYPE_KINDS, VOWEL_ONSETS)
from knowledge.names.matching.candidates import WHOLE_ONLY
from knowledge.names.matching.matcher import (WORD_MATCHES_KEPT, WORDS_MATCHED_AT_BUILD, Decision, NameMatcher, Resolution,
                                             Scored, with_words_matched)
from knowledge.names.matching.scoring import ROW_FACTS_KEPT
from knowledge.names.matching.thresholds import (ANSWER, ASK, CONVENTION, EXTRA_NAME_COST, FETCH_LIMIT, FETCH_MORE,
                                                 GENITIVE, INITIAL, LOOKALIKE, MARGIN, MAX_CANDIDATES, NEAREST,
                                                 NEAREST_SAMPLE, PREFIX, SAME, SHORT_TYPO, SHORT_VOWELS,
                                                 SURE_TYPO_LENGTH, SWAPPED, VOWELS)
from knowledge.names.matching.words import max_edits

__all__ = [
    "AMBIGUOUS_FILIATION", "ANSWER", "ASK", "CONVENTION", "DEMONYMS", "Decision", "EXTRA_NAME_COST", "FETCH_LIMIT",
    "FETCH_MORE", "GENERATIONS", "GENITIVE", "HONORIFIC_INITIAL", "H_ONSETS", "INDEX_VERSION", "INITIAL",
    "KUNYA_WORDS", "LOOKALIKE", "MARGIN", "MAX_CANDIDATES", "NAME_TYPES", "NEAREST", "NEAREST_SAMPLE",
    "NameMatcher", "NameRow", "ORGANISATION_TYPES", "PREFIX", "ROW_FACTS_KEPT", "Resolution", "SAME",
    "SHORT_TYPO", "SHORT_VOWELS", "STATE_TYPES", "SURE_TYPO_LENGTH", "SWAPPED", "Scored", "TYPE_KINDS",
    "VOWELS", "VOWEL_ONSETS", "WHOLE_ONLY", "WORDS_MATCHED_AT_BUILD", "WORD_MATCHES_KEPT", "build_index", "covered_by",
    "max_edits", "with_words_matched",
]
