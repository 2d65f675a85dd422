"""The figures the matcher is tuned by, each with why it is what it is.

In one place because each is a decision about what the bot answers, asks about or leaves as "no
entry": change one and rerun `python -m pytest -q -s tests/test_matching_attested.py` (the attested
figures, 0 wrong) and `python bench/matching.py`. Word similarities are on `fuzz.ratio`'s 0-100 scale.
"""

# A person's family name ending in a consonant answers with the German genitive -s after it (Arafats)
# only from this many letters: of the Latin-script family names in Faker's lists (`bench/typo_neighbours.py`'s)
# ending in a consonant, 1.3% of five letters, 1.1% of six, 0.4% of seven are another name with -s
# after them (Roberts, Edwards), as SWAPPED's one swap away is one in a hundred.
CONSONANT_GENITIVE_STEM = 6
# A query of one word with a typo in it is answered only if the word is this long; shorter, we ask.
# One edit turns a name of five letters into another real name 70% of the time, of six 42%, of seven
# 23%, fewer beyond (9,737 Latin-script given and family names in Faker's lists; `bench/typo_neighbours.py`).
SURE_TYPO_LENGTH = 7
# Answer when the best entity scores this much and leads the next by MARGIN; list candidates from ASK.
ANSWER = 84
MARGIN = 10
ASK = 60
# Not found: names this close are offered as "nearest names".
NEAREST = 40
MAX_CANDIDATES = 5
# A query word whose candidate words are in more names than this is too common to fetch names with
# (when a rarer word can); names fetched beyond it are not all scored, so the bot will not answer.
FETCH_LIMIT = 200
# Names scored when a single common word is all that matches: only nearest names can come of it.
NEAREST_SAMPLE = 20
# Once the rarest word has fetched its names, another word fetches too only if the total stays this small.
FETCH_MORE = 60
# Word similarities by how two spellings relate.
SAME, CONVENTION, PREFIX, GENITIVE, VOWELS, SHORT_VOWELS, LOOKALIKE = 100.0, 97.0, 95.0, 95.0, 90.0, 85.0, 60.0
INITIAL = 90.0  # an initial for a given name (K. Mashal)
# Two neighbouring letters swapped in a word of SURE_TYPO_LENGTH or more: as good as the word itself,
# nearly: from seven letters on, such a swap is another real name about one time in a hundred.
SWAPPED = 95.0
# One edit in a word of three or four letters is another name nine times in ten ("Kiryat Gta": Kiryat Gat
# or Kiryat Ata), so only a reason to list, never to answer; nor does such a word fetch names.
SHORT_TYPO = 70.0
# ... except in an organisation's or place's name of this many words, every other of which is typed as
# it is: there the rest of the name says which word it is (`scoring`).
LONG_NAME_WORDS = 4
# A person's name word found after an Arabic proclitic answers only from this many letters: shorter
# Arabic names are too often another name with ب, ك, ل, و or ف before it (كريم, كامل, بسام).
SURE_PROCLITIC_STEM = 5
# A Hebrew word found without its one-letter prefix answers only if this many letters remain: a word of
# three after ב, ה, ו, כ, ל, מ or ש is too often a word of the language (מכאן, from here; מפתח, a key).
SURE_HEBREW_STEM = 4
# A person's name of this many parts or more is a chain (given, father's, grandfather's and family
# names): answered only (nearly) whole (`scoring.RowFacts.nearly_whole`).
CHAIN_PARTS = 4
# An extra query word (a middle name, a patronymic) beside a full match of a person's name costs this.
EXTRA_NAME_COST = 0.05
# A made-up acronym (`index._acronyms`: no outlet was seen printing it) of this many letters or fewer only
# lists: three letters make 17,576 acronyms, and the world's bodies are far more (USC, of UN Security
# Council, is the University of Southern California). Acronyms outlets print are aliases, with where.
MADE_UP_ACRONYM_LETTERS = 3
