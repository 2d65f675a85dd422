"""Rules about people's names that look across all of one person's names, not one name at a time.

Scoring (`scoring.py`) sees one name; a person has several (given and family name, a full name with
a father's name, a kunya, other scripts). These decide, for the decision in `matcher.py`, whether a
query of two words takes its given name from one of the person's names and its family name from
another; whether the query is a short form of a longer name (middle parts left out) and so could be
a namesake's; which query words are extra; whether an extra word stands where another of the
person's names has a different one; and whether the query and a name cover each other whole.
"""

from __future__ import annotations

from knowledge.names import normalise
from knowledge.names.matching.lexicon import AMBIGUOUS_FILIATION, KUNYA_WORDS
from knowledge.names.matching.scoring import Scoring
from knowledge.names.matching.thresholds import CHAIN_PARTS
from knowledge.names.matching.words import WordMatch, QueryWord


# No match, for a word that has none with a name's word.
_NO_MATCH = WordMatch(0.0, "", False)


class PersonRules(Scoring):
    """A person's names read together."""

    def _given_and_family_across_names(self, rows: list[int], matches: list[dict[int, WordMatch]]) -> float:
        """A query of two words, a person's given name as one of the person's names writes it and the
        family name as another does, alone (a spelling of the family name the longer names have, by
        consonants) or after a given name: "دونالد ترمب" where the store has دونالد ترامب and ترمب.
        The score of the two words, or 0. Never from a kunya ("Mazen Abbas" is not Abu Mazen), a
        father's name after bin, a family name's word after its Abu ("Ibrahim Mustafa" is not Ibraheem Abu
        Mustafa), a shared name or a nickname alone ("Benjamin Bibi")."""
        if len(matches) != 2:
            return 0.0
        named = [(row, self._row_words[row], self._distinctive(self._row_words[row])) for row in rows
                 if row not in self._shared and self._words[self._row_words[row][0]] not in KUNYA_WORDS]
        # A long full name's first and last parts are no short form of it ("Mohammed al-Husseini").
        named = [(row, name, distinctive) for row, name, distinctive in named if len(distinctive) < CHAIN_PARTS]
        family_sounds = {self._forms[name[distinctive[-1]]][2] for _row, name, distinctive in named if len(distinctive) >= 2}
        found = [0.0, 0.0]
        for _row, name, distinctive in named:
            if not distinctive or self._words[name[distinctive[-1] - 1]] in (
                    normalise.FILIATION | AMBIGUOUS_FILIATION | KUNYA_WORDS):
                continue  # a father's name after bin, or a family name with Abu (Abu Mustafa) without it
            for index, position in enumerate((distinctive[0], distinctive[-1])):
                if len(distinctive) == 1 and (index == 0 or self._forms[name[position]][2] not in family_sounds):
                    continue  # one word alone is a family name only as a spelling of the longer names' one
                match = matches[index].get(name[position])
                if match is not None and match.level in {"same", "convention"}:
                    found[index] = max(found[index], match.score)
        return round(sum(found) / 2, 1) if all(found) else 0.0

    def _other_kunya(self, entity_id: int, words: list[QueryWord], matches: list[dict[int, WordMatch]],
                     extras: list[int]) -> bool:
        """Whether the query's extra words hold a kunya (Abu or Umm and the word after it) that is none of
        the person's own, where the person has one: a kunya says whose father someone is, so "Abu Ali
        Mahmoud Abbas" is not Abu Mazen's Mahmoud Abbas; beside a person with no kunya known it stays
        a cheap extra word."""
        own = self._kunyas.get(entity_id)
        if not own:
            return False
        return any(words[i - 1].text in KUNYA_WORDS and not any(
            match.level in {"same", "convention", "vowels"} for w, match in matches[i].items() if w in own)
            and not self._own_kunya_in_another_script(words[i], own)
            for i in extras if i > 0)

    def _own_kunya_in_another_script(self, word: QueryWord, own: frozenset[int]) -> bool:
        """Whether a kunya's word is, in another script, the word of one of the person's own kunyas, by
        its consonants and how it opens: Latin "Abu al-Walid" is Khaled Mashal's أبو الوليد, which the
        desk has in Arabic only; "Abu Ali" is not."""
        script = normalise.script(word.text)
        return any(normalise.script(self._words[w]) != script and self._forms[w][2] == word.script_skeleton
                   and normalise.openings_agree(word.text, self._words[w]) for w in own)

    def _frame(self, rows: list[int], words: list[QueryWord], matches: list[dict[int, WordMatch]]) -> str | None:
        """How the query holds one person's names: "short" if it is a short form of one (its given and
        family names, every query word a word of the name, middle parts left out), "frame" if it has
        that name's given and family names, None otherwise."""
        found = None
        for row in rows:
            name = self._row_words[row]
            query_used, name_used = self._pair(name, matches, "person")
            distinctive = self._distinctive(name)
            if len(distinctive) < 2 or distinctive[0] not in name_used or distinctive[-1] not in name_used:
                continue
            if len(query_used) == len(words) and not all(j in name_used for j in distinctive):
                return "short"
            found = "frame"
        return found

    def _middle_letters(self, rows: list[int]) -> set[str]:
        """The first letters of a person's middle names, as its names write them in full or as initials."""
        letters = set()
        for row in rows:
            distinctive = [w for w in self._row_words[row] if w not in self._particles]
            letters |= {self._words[w][0] for w in distinctive[1:-1] if self._words[w].isascii()}
            letters |= normalise.middle_initials(self._spellings[row])
        return letters

    def _given_letters(self, rows: list[int]) -> set[str]:
        """The first letters of a person's given names, as his Latin names of two parts or more write them,
        as typed and folded (Jassir, Yasser: j, y)."""
        letters = set()
        for row in rows:
            distinctive = [w for w in self._row_words[row] if w not in self._particles]
            if len(distinctive) >= 2 and self._words[distinctive[0]].isascii():
                letters |= {self._words[distinctive[0]][0], self._forms[distinctive[0]][0][:1]}
        return letters

    def _extra_words(self, rows: list[int], words: list[QueryWord], matches: list[dict[int, WordMatch]]) -> list[int]:
        """The query's words (particles aside) that the entity's name pairing most of them leaves out: a
        middle name none of its names has ("Zaynab Nabeel al-Barghouti"), or a given name typed again as
        one ("Yaakov Yaakob Barnea": each spelling is in some name, but no name has both). Every equally
        good reading's: where names pair as many words (Khaled Mashal and Khalid Mashal, for "Abu Khalid
        Khaled Mashal"), or two query words pair a name's word equally well ("Abu Khaled Khaled Mashal"),
        a word any reading leaves out is extra, so that what the checks of extras say (`_other_kunya`)
        never turns on which name or word pairs first: the order of the desk's names is no evidence."""
        own = [i for i, word in enumerate(words) if word.text not in normalise.PARTICLES]
        most, extras = 0, set(own)
        # The names pairing most of the query's own words, particles aside (they are never extra): "бен"
        # paired with Мухаммед бен Абдель Рахман Аль Тани's ben left "Абдулрахман" out, where Мухаммед бин
        # Абдулрахман Аль Тани has it.
        for r in rows:
            name = self._row_words[r]
            query_used, _name_used = self._pair(name, matches, "person")
            here = {i for i, j in query_used.items() if matches[i][name[j]].level != "lookalike"
                    and words[i].text not in normalise.PARTICLES}
            if not here or len(here) < most:
                continue
            left = {i for i in own if i not in here}
            # A paired word that a word left out matches as well is left out in an equal reading.
            left |= {i for i in here if any(matches[k].get(name[query_used[i]], _NO_MATCH).score
                                            == matches[i][name[query_used[i]]].score for k in left)}
            extras = left if len(here) > most else extras | left
            most = len(here)
        return sorted(extras)

    def _whole(self, row: int, words: list[QueryWord], matches: list[dict[int, WordMatch]]) -> bool:
        """Whether a person's name of two or more parts and the query cover each other word for word."""
        name = self._row_words[row]
        query_used, name_used = self._pair(name, matches, "person")
        distinctive = self._distinctive(name)
        return (len(distinctive) >= 2 and len(query_used) == len(words) and all(j in name_used for j in distinctive)
                and all(matches[i][name[j]].level not in {"lookalike", "genitive", "turkish case"} for i, j in query_used.items()))

    def _other_middle_name(self, rows: list[int], matches: list[dict[int, WordMatch]]) -> bool:
        """Whether the query's extra words stand where another of the entity's names has a different
        word: "Zaynab Nabeel al-Barghouti" is not Zaynab Mahmoud al-Barghouti, even though "Zaynab
        al-Barghouti" is one of her names. A father's name is who someone is, so a different one is a
        different person; where the entity's names have nothing (a grandfather after the father),
        an extra word stays a cheap middle name."""
        for row in rows:
            name = self._row_words[row]
            _query_used, name_used = self._pair(name, matches, "person")
            distinctive = self._distinctive(name)
            if (len(distinctive) >= 3 and distinctive[0] in name_used and distinctive[-1] in name_used
                    and not all(j in name_used for j in distinctive[1:-1])):
                return True  # this name has a middle word the query lacks, the query one it lacks
        return False
