"""How often one slip of the keyboard turns a name into another real name, by the name's length: the
figures behind the matcher's typo lengths (`SURE_TYPO_LENGTH`, `SWAPPED` in
knowledge/names/matching/thresholds.py).

For every given and family name in Faker's Latin-script person lists (`LOCALES`), in `parts` form, it counts the names that have
another name one edit away (Damerau: a transposition is one edit; names that differ only in vowels are
left out, as the matcher reads those apart), and those that have one two neighbouring letters swapped.
Needs Faker, which the bot does not depend on: `pip install faker`, then `python bench/typo_neighbours.py`.
"""

from __future__ import annotations

import importlib
from collections import defaultdict

from rapidfuzz.distance import OSA

from knowledge.names import normalise

# The Latin-script lists: English, Turkish, Azerbaijani, German, French, Algerian French (Arabic names
# as French writes them), Spanish, Italian, Pakistani English (Arabic and Persian names in English).
LOCALES = ("en_US", "en_GB", "tr_TR", "az_AZ", "de_DE", "fr_FR", "fr_DZ", "es_ES", "it_IT", "en_PK")
LISTS = ("first_names", "last_names", "first_names_male", "first_names_female", "last_names_male",
         "last_names_female")


def name_words() -> list[str]:
    words = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in LISTS:
            names = getattr(provider, attribute, None) or ()
            for name in (names.keys() if hasattr(names, "keys") else names):
                words.update(w for w in normalise.parts(name) if w.isascii() and w.isalpha())
    return sorted(words)


def main() -> None:
    words = name_words()
    by_length = defaultdict(list)
    for word in words:
        by_length[len(word)].append(word)
    print(f"{len(words)} Latin-script name words")
    print("letters  names  another name one edit away  one swap away")
    for length in range(3, 13):
        near = [w for n in (length - 1, length, length + 1) for w in by_length.get(n, ())]
        edited = swapped = 0
        for word in by_length.get(length, ()):
            others = [w for w in near if w != word and OSA.distance(word, w, score_cutoff=1) <= 1]
            edited += any(normalise.skeleton(w) != normalise.skeleton(word) for w in others)
            swapped += any(len(w) == length and sorted(w) == sorted(word) for w in others)
        total = len(by_length.get(length, ()))
        if total:
            print(f"{length:7}  {total:5}  {edited / total:26.0%}  {swapped / total:13.0%}")


if __name__ == "__main__":
    main()
