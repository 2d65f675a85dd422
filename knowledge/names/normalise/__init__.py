"""Normalising names, once when the store is built and once per query.

Latin script: NFKC, Turkish dotless/dotted i handled before casefolding, diacritics folded, apostrophes
and dots dropped, hyphens split, honorific titles dropped, the article al/el made optional.
Arabic script is kept in Arabic script (transliterating unvocalised Arabic loses the vowels that tell
names apart) and folded the way Lucene's ArabicNormalizer does: alef and hamza forms, ta marbuta, alef
maksura, tatweel, short-vowel marks, and the Persian yeh and keheh. Hebrew keeps its script too: points
dropped, final letter forms folded, gershayim and geresh removed so that צה"ל is one word.

Besides a word's `parts` form, three coarser forms serve the matcher (see `word_forms`): the `folded`
form, where other languages' ways of writing an Arabic name meet (Turkish, German, Spanish, French);
the `skeleton`, the folded form without its vowels (a vowel-only difference); and the `script_skeleton`,
consonants in broad classes that a Latin name and one in any other script share.

The package's modules, each one part: `scripts` (scripts, folds and the marks that are no letters),
`latin` (Latin folds and other languages' conventions), `lexicon` (articles, stop words, particles,
demonyms), `arabic`, `hebrew`, `titles` (titles before a name), `case_endings`, `tokenise` (a name as
tokens and parts, a query's readings), `offices` (what a query says besides a name), `skeletons` (the
forms compared across scripts) and `lookalikes`. Callers import this package (`from knowledge.names
import normalise`), which holds every name they use.

A name another module of the package uses has no leading underscore; one with it is its own module's.
"""

from __future__ import annotations

from knowledge.names.normalise.arabic import (ARABIC_ARTICLE_TITLES, ARABIC_NATIONALITIES, ARABIC_TITLES,
                                              PERSIAN_AND_URDU_TITLES, arabic_proclitic_stems, arabic_spellings)
from knowledge.names.normalise.case_endings import body_forms, case_ending_readings, russian_case_readings
from knowledge.names.normalise.hebrew import HEBREW_NATIONALITIES, HEBREW_PREFIXES, HEBREW_TITLES
from knowledge.names.normalise.latin import digraph_skeleton, fold_transliteration, folded, skeleton
from knowledge.names.normalise.lexicon import (ARTICLES, COUNTRY_GENITIVES, DEMONYM_COUNTRIES, DEMONYM_COUNTRY,
                                               FILIATION, PARTICLES, SCRIPT_DEMONYM_COUNTRY, STOPWORDS)
from knowledge.names.normalise.lookalikes import LOOKALIKES, lookalike_group, same_name, told_apart_across_scripts
from knowledge.names.normalise.offices import (HEAD_WORDS, OFFICES, head_of_body_before_a_name, head_of_body_before_one_word, name_before_an_office,
                                               office_and_body_splits, offices_before_one_word, vocations_typed,
                                               vocations_unsupported, womans_honorific_before_one_word)
from knowledge.names.normalise.scripts import is_arabic, script, typed_without_marks
from knowledge.names.normalise.skeletons import (endings_agree, latin_script_skeletons, nisba_apart, openings_agree,
                                                 romanised, script_skeleton, script_skeletons, spelled_alike,
                                                 word_forms)
from knowledge.names.normalise.titles import (FORMER, NATIONALITIES, OFFICES_AFTER_BODY, OTHER_LANGUAGE_TITLES,
                                              TITLE_QUALIFIERS, TITLES, is_title)
from knowledge.names.normalise.tokenise import (entity_parts, hebrew_acronyms, initials_apart, key, leading_initial,
                                                middle_initials, parts,
                                                parts_as_typed, query_readings, query_texts, tokens, typed_initials)

# Every function whose results are cached, so that clearing what `vars(normalise)` holds clears
# them all (bench/matching.py's `forget`).
from knowledge.names.normalise.skeletons import opening
from knowledge.names.normalise.tokenise import name_tokens
