"""Which of the store's names a query scores: its readings, and the names its rarest words fetch.

Work grows with the query, not the store. A query is read several ways (`_readings`: titles kept or
dropped, list order, two words joined or one split where the result is a name's word); each word's
matches come from `words.py`; then the rarest words fetch the names that hold them (`_candidate_rows`),
so a common given name alone never fetches thousands. When even the rarest words are too common the
result is cut and marked, and the decision will not answer from a partial list.
"""

from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz.distance import OSA

from knowledge.names import normalise
from knowledge.names.matching.thresholds import FETCH_LIMIT, FETCH_MORE, NEAREST_SAMPLE, SHORT_TYPO
from knowledge.names.matching.words import WordMatching, WordMatch, QueryWord

# Candidates narrowed to the names holding every one of the rarest query words: answerable only by a
# name the query covers whole (`_candidate_rows`).
WHOLE_ONLY = "whole only"
_ARABIC_BIN = "\u0628\u0646"  # بن, son of
# Words a photo credit puts after the agency's name ("AP Photo", "Getty Images", "Pool via Reuters").
_CREDIT_WORDS = frozenset({"photo", "photos", "foto", "images", "image", "pool", "via", "handout"})
# A possessive of up to four words opening the query, a name after it: "Hamas's Khalil al-Hayya".
_POSSESSOR = re.compile(r"^\s*((?:[^\s']+\s+){0,3}[^\s']+?)['\u2019](?:s)?\s+(\S.*)$")


class Candidates(WordMatching):
    """A query's readings and the names to score for each."""

    def _readings(self, query: str) -> list[tuple[list[str], bool]]:
        """The query's readings (normalise.query_readings), plus each with two adjacent words joined
        or one word split where the result is in the store's vocabulary: Kiryat Gat, Kiryatgat.

        Each comes with whether it may be read only as a person's name: a reading that exists only
        because a leading title was dropped. Titles start people's names, so "US ambassador to the
        UN" may find a person, never the United Nations."""
        untitled = [normalise.parts(text, titles=False) for text in normalise.query_texts(query)]
        readings: list[tuple[list[str], bool]] = []
        for base in normalise.query_readings(query):
            people_only = base not in untitled
            for reading in [base, *self._joins_and_splits(base)]:
                if all(reading != seen for seen, _ in readings):
                    readings.append((reading, people_only))
        before_office = normalise.name_before_an_office(query)
        # Initials typed together ("R.T. Erdoğan") are a person's initials, or an acronym ("U.S."): apart,
        # a person's name only.
        apart = normalise.initials_apart(query)
        initials = [normalise.parts(apart)] if apart else []
        for reading in (initials + self._without_case_endings(query) + self._after_office_and_body(query)
                        + [before_office] * bool(before_office) + self._credited(query) + self._after_possessor(query)):
            if all(reading != seen for seen, _ in readings):
                readings.append((reading, True))
        return readings

    def _after_office_and_body(self, query: str) -> list[list[str]]:
        """The name after an office and the whole name of the organisation or place it is of, in any
        language ("head of the Hamas political bureau Ismail Haniyeh", "رئيس المكتب السياسي لحركة حماس
        إسماعيل هنية", "مدير وكالة المخابرات المركزية الأمريكية وليام بيرنز"): a person's name only, and
        only where the body is one of the store's names, word for word."""
        found = []
        for body, name in normalise.office_and_body_splits(query):
            bodies = {self._row_entity[row] for form in normalise.body_forms(body) for row in self._exact_rows(form)
                      if self._kinds[self._row_entity[row]] != "person"}
            if bodies:
                found.append(name)
                # The name in the case the office put it in ("директором ЦРУ Уильямом Бернсом").
                found += [reading for reading in normalise.case_ending_readings(name)
                          if all(self._is_store_word(word) for word in reading)]
                # The body's acronym after its name ("National Intelligence Organization (MIT) İbrahim Kalın").
                if len(name) > 2 and bodies & {self._row_entity[row] for row in self._exact_rows(name[:1])}:
                    found.append(name[1:])
        return found

    def _after_possessor(self, query: str) -> list[list[str]]:
        """The person's name after the body or place he belongs to, in the possessive ("Hamas's Khalil
        al-Hayya", "Qatar's Mohammed bin Abdulrahman Al Thani"): a person's name of two words or more,
        where the possessor is one of the store's organisations' or places' names, word for word."""
        found = _POSSESSOR.match(query)
        if not found:
            return []
        owner, name = normalise.parts(found.group(1), False), normalise.parts(found.group(2))
        if len(name) < 2 or not any(self._kinds[self._row_entity[row]] != "person" for row in self._exact_rows(owner)):
            return []
        return [name]

    def _credited(self, query: str) -> list[list[str]]:
        """The photographer's or writer's name in a credit, the agency on the other side of a slash
        ("REUTERS/Ibraheem Abu Mustafa", "Mahmud Hams/AFP", "Anadolu Agency/Ali Jadallah"): a person's
        name of two words or more, where the other side is an organisation's name in the store or one
        word in capitals, as credits print an agency (AFP, EPA), with "Photo", "Images" or "Pool" after
        it perhaps. Never a side of one word (Hamas/Fatah) as the name."""
        sides = query.split("/")
        if len(sides) != 2:
            return []
        found = []
        for agency, name in (sides, sides[::-1]):
            words = [w for w in agency.split() if w.casefold() not in _CREDIT_WORDS]
            person = normalise.parts(name)
            if len(person) < 2 or not words:
                continue
            capitals = len(words) == 1 and len(words[0]) >= 2 and words[0].isupper()
            if capitals or any(self._kinds[self._row_entity[row]] == "organization"
                               for row in self._exact_rows(normalise.parts(" ".join(words), False))):
                found.append(person)
        return found

    def _without_case_endings(self, query: str) -> list[list[str]]:
        """The query read without the case endings of a person's name (`normalise.case_ending_readings`:
        "Mahmudowi Abbasowi", "Дональдом Трампом", "Benjámin Netanjahuval"), where every word left is a
        word of the store's names or has one's consonants, and no word an ending was read off is a
        person's name's word as typed (Kalin is Kalin; Трампа, in "администрация Дональда Трампа", the
        administration's name, is still Trump's genitive): a person's name only, never an organisation's."""
        found: list[list[str]] = []
        for text in normalise.query_texts(query)[:1]:
            for titles in (True, False):
                typed = normalise.parts_as_typed(text, titles)
                as_is = [normalise.fold_transliteration(word) for word in typed]
                for reading in normalise.case_ending_readings(list(typed)):
                    # A one-letter word is an initial, which takes no ending ("J. Arafatem").
                    if (reading not in found and all(len(word) == 1 or self._is_store_word(word) for word in reading)
                            and not any(old != new and self._in_a_persons_name(old) for old, new in zip(as_is, reading))
                            and not (len(reading) == 1 and self._opens_a_persons_name(reading[0]))):
                        found.append(reading)
        return found

    def _in_a_persons_name(self, word: str) -> bool:
        """Whether a word, as typed, is a word of one of the store's people's names."""
        word_id = self._word_id.get(word)
        return word_id is not None and any(self._kinds[self._row_entity[row]] == "person" for row in self._postings[word_id])

    def _opens_a_persons_name(self, word: str) -> bool:
        """Whether a word opens one of the store's people's names of two words or more (a given name): read off a lone word,
        its ending may be a woman's (Самира, Samira; Джамила), not a case of the man's name."""
        word_id = self._word_id.get(word)
        return word_id is not None and any(
            len(self._row_words[row]) > 1 and self._row_words[row][0] == word_id and self._kinds[self._row_entity[row]] == "person"
            for row in self._postings[word_id])

    def _is_store_word(self, word: str) -> bool:
        if word in self._word_id:
            return True
        if word.isascii():
            return len(normalise.skeleton(word)) >= 2 and normalise.skeleton(word) in self._by_skeleton
        return normalise.script_skeleton(word) in self._by_script_skeleton

    def _joins_and_splits(self, reading: list[str]) -> list[list[str]]:
        extra = []
        for i in range(len(reading) - 1):
            joined = normalise.fold_transliteration(reading[i] + reading[i + 1])
            if joined in self._word_id:
                extra.append(reading[:i] + [joined] + reading[i + 2:])
        for i, word in enumerate(reading):
            glued = self._split_glued_bin(word)
            if glued:
                extra.append(reading[:i] + glued + reading[i + 1:])
                continue
            if word in self._word_id or len(word) < 6 or not word.isalpha():
                continue
            for cut in range(3, len(word) - 2):
                left, right = (normalise.fold_transliteration(p) for p in (word[:cut], word[cut:]))
                if left in self._word_id and right in self._word_id:
                    extra.append(reading[:i] + [left, right] + reading[i + 1:])
                    break
        return extra

    def _split_glued_bin(self, word: str) -> list[str]:
        """A given name and بن (son of) typed as one word, as Arabic keyboards often join them
        ("محمدبن عبد الرحمن آل ثاني", safiralchamal.com): the name and بن, where the name is a word of
        the store's and not the whole word already (a name that ends in بن of its own stays whole)."""
        if (not word.endswith(_ARABIC_BIN) or word in self._word_id or len(word) < len(_ARABIC_BIN) + 3
                or not normalise.is_arabic(word)):
            return []
        given = word[:-len(_ARABIC_BIN)]
        return [given, _ARABIC_BIN] if given in self._word_id and _ARABIC_BIN in self._word_id else []

    @staticmethod
    def _typed_forms(query: str) -> dict[str, str]:
        """Each word of the query's readings (`parts` form) → the word as typed, before the fold."""
        typed: dict[str, str] = {}
        for text in normalise.query_texts(query):
            for titles in (True, False):
                for word, form in zip(normalise.parts(text, titles), normalise.parts_as_typed(text, titles)):
                    typed.setdefault(word, form)
        return typed

    def _add_short_typos(self, words: list[QueryWord], matches: list[dict[int, WordMatch]], rows: list[int]) -> None:
        """A query word of three or four letters that is no name's word, one edit from a short word of
        the names fetched: a match to list them by ("Kiryat Gta" lists Kiryat Gat), never to answer."""
        short = [(word, found) for word, found in zip(words, matches)
                 if 3 <= len(word.text) <= 4 and word.text not in self._word_id and word.text.isalpha()]
        if not short or len(rows) > FETCH_LIMIT:
            return
        names = {w for row in rows for w in self._row_words[row] if 3 <= len(self._words[w]) <= 5}
        for word, found in short:
            for word_id in names:
                if word_id not in found and OSA.distance(word.text, self._words[word_id], score_cutoff=2) == 1:
                    found[word_id] = WordMatch(SHORT_TYPO, "short typo", False)

    def _candidate_rows(self, matches: list[dict[int, WordMatch]], exact: list[int]) -> tuple[list[int], bool | str]:
        """Names to score: those holding a match of the rarest query words. A word whose matches are
        in more than FETCH_LIMIT names fetches none when a rarer word can; when none can, the
        names holding matches of the two rarest words are taken, and if that is still too many the
        result is cut and marked so: the bot will not answer from a partial list."""
        sizes = [sum(len(self._postings[w]) for w in m) for m in matches]
        order = sorted((i for i, size in enumerate(sizes) if size), key=lambda i: sizes[i])
        rows: set[int] = set(exact)
        if not order:
            return list(rows), False
        if sizes[order[0]] <= FETCH_LIMIT:
            # The rarest word fetches; the others only while they add few names (a surname typed
            # with "Mohamed" fetches the surname's names, not every Mohamed's).
            fetched = 0
            for i in order:
                if fetched and fetched + sizes[i] > FETCH_MORE:
                    break
                fetched += sizes[i]
                for word_id in matches[i]:
                    rows.update(self._postings[word_id])
            return list(rows), False
        if len(order) == 1:
            # One common word and nothing else that matches ("Mohammed" and a name not in the store):
            # no answer can come of it, so a few of its names are enough to offer as the nearest.
            first = [r for w in matches[order[0]] for r in self._postings[w][:NEAREST_SAMPLE]]
            rows.update(first[:NEAREST_SAMPLE])
            return list(rows), True
        # Look-alikes (Mahmoud for Muhammad) can only make the bot ask, so they fetch nothing here.
        strict = [{w for w, match in found.items() if match.level != "lookalike"} for found in matches]
        first = [r for w in strict[order[0]] for r in self._postings[w]]
        first = self._holding_any(first, strict[order[1]])
        # Still too many: the names holding the next rarest words too (a word typed twice, twice:
        # Ismail Ismail). A name left out then lacks a word the query has, so only a name the query
        # covers whole may be answered from the rest.
        narrowed = False
        for n in range(2, len(order)):
            if len(first) <= FETCH_LIMIT:
                break
            first, narrowed = self._holding_all(first, [strict[i] for i in order[:n + 1]]), True
        rows.update(first[:FETCH_LIMIT])
        return list(rows), True if len(first) > FETCH_LIMIT else WHOLE_ONLY if narrowed else False

    def _holding_all(self, rows: list[int], wanted: list[set[int]]) -> list[int]:
        """The rows whose name holds a word of each set, as many as the sets that are alike."""
        needed: dict[frozenset[int], int] = defaultdict(int)
        for words in wanted:
            needed[frozenset(words)] += 1
        for words in needed:  # first those holding one of each (by postings where they are fewer than rows)
            rows = self._holding_any(rows, set(words))
        return [r for r in rows
                if all(sum(w in words for w in self._row_words[r]) >= count for words, count in needed.items() if count > 1)]

    def _holding_any(self, rows: list[int], words: set[int]) -> list[int]:
        """The rows among `rows` (in their order) whose name holds any of `words`: by the words'
        postings when they are not many more than the rows, else by reading each row's words."""
        postings = [self._postings[w] for w in words]
        if sum(len(p) for p in postings) > 8 * len(rows):
            return self._row_words.holding_any(rows, words)
        holding: set[int] = set()
        for posting in postings:
            holding.update(posting)
        return [r for r in rows if r in holding]
