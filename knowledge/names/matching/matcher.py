"""The decision: answer one entity, ask (list candidates), or say there is no entry.

`NameMatcher.resolve` scores every reading of the query (`_score_readings`, over `candidates.py` and
`scoring.py`), and answers only when the best entity scores ANSWER or more and leads the next by
MARGIN, and nothing says it is unsafe: an alias the desk declared shared, a namesake of the desk's
(common-names.toml), an extra word that another of the person's names or a namesake contradicts, a
middle initial that does not fit, a French "M." that may be Monsieur, a non-Latin word that is also
another person's. An Arabic, Hebrew, Greek or Cyrillic query with no answer in its own script is
compared with the Latin names through consonant skeletons, which may list and answers only on
strong evidence (`_score_across_scripts`). Otherwise the candidates from ASK are listed, otherwise
"no entry" with the nearest names.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from knowledge.names import normalise
from knowledge.names.matching.apposition import Appositions
from knowledge.names.matching.candidates import WHOLE_ONLY, Candidates
from knowledge.names.matching.described import Described
from knowledge.names.matching.index import sound_keys
from knowledge.names.matching.lexicon import GENERIC_WORDS, HONORIFIC_INITIAL, only_demonyms, without_joined_article
from knowledge.names.matching.people import PersonRules
from knowledge.names.matching.tables import WORDS_MATCHED, matching_code_stamp
from knowledge.names.matching.thresholds import ANSWER, ASK, MARGIN, MAX_CANDIDATES, NEAREST, SAME
from knowledge.names.matching.words import WordMatch, QueryWord

Decision = Literal["found", "ambiguous", "not_found"]


@dataclass(frozen=True)
class Scored:
    """An entity's score for a query, and the spelling of its name that scored it."""

    entity: str
    score: float
    spelling: str
    # A person's name of two or more parts that the query covers whole, word for word, nothing
    # added or left out: strong evidence (see `resolve`).
    whole: bool = field(default=False, compare=False)
    # Held below an answer because the query's extra words contradict the entity's own names or a
    # namesake's (`_score_readings`): no weaker evidence lifts it (`_resolve`).
    held: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class Resolution:
    """What `resolve` decided: "found" (`entity`), "ambiguous" (the `candidates` to list) or
    "not_found" (the nearest names as `candidates`, if any)."""

    decision: Decision
    entity: str | None = None
    candidates: tuple[Scored, ...] = field(default_factory=tuple)


# Query words whose matches are kept: the store is read-only, so a word's matches are the same in every
# query (journalists type the same given names, "Hamas", "Mohammed", all day).
WORD_MATCHES_KEPT = 4_096
# A store of up to this many names carries its own words' matches, worked out at build time
# (`with_words_matched`); a larger one's vocabulary would make the build and the index too big.
WORDS_MATCHED_AT_BUILD = 10_000


class NameMatcher(Candidates, PersonRules, Appositions, Described):
    """Built from `build_index`'s output (`NameMatcher.from_index`), or from rows for small stores and
    tests (`NameMatcher(rows)`). `resolve(text)` is the whole interface."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.facts_made_at_open:
            self._facts_of_every_name()

    @classmethod
    def from_index(cls, index: dict) -> "NameMatcher":
        return cls(index=index)

    def resolve(self, query: str, known: dict[str, Resolution] | None = None) -> Resolution:
        """`known`, if given, keeps the resolutions of the query's segments (`Appositions`) for
        `bodies_described` on the same query."""
        resolution = self._resolve_query(query)
        if (resolution.decision == "found" and self._kind_of.get(resolution.entity) == "person"
                and normalise.womans_honorific_before_one_word(query)):
            # "Mrs Netanyahu": the store knows no one's sex, and his wife bears his name.
            return Resolution("ambiguous", candidates=resolution.candidates)
        if resolution.decision != "found":
            # "Ismail Haniyeh, Hamas leader", "Abu Mazen Mahmoud Abbas": a name with an apposition.
            apposed = self._apposition(query, listed_already=resolution.decision == "ambiguous", known=known)
            if apposed is not None:
                return apposed
        return resolution

    def _resolve_query(self, query: str) -> Resolution:
        resolution = self._resolve(query)
        described = self._described(query, resolution)
        if described is not None:
            return described
        if resolution.decision == "found" and (self._names_a_namesake(query)
                                               or self._marks_a_namesake(query, resolution.entity)):
            # The desk knows another person by these words (Yitzhak HaLevi Herzog, not Yitzhak Herzog):
            # no entry for him, the entity only offered as the nearest name.
            return Resolution("not_found", candidates=resolution.candidates)
        if resolution.decision == "found" and self._bare_word_of_an_arabic_name_in_hebrew(query, resolution.entity):
            return Resolution("ambiguous", candidates=resolution.candidates)
        if not HONORIFIC_INITIAL.match(query):
            return resolution
        # "M. Abbas": Mahmoud Abbas by his initial, or Monsieur Abbas, who may be Abbas Kamel. An answer
        # stands only if the other reading names no one else; where they answer two people, the bot asks.
        other = self._resolve(HONORIFIC_INITIAL.sub("", query))
        named = {c.entity for r in (resolution, other) for c in r.candidates}
        if resolution.decision == "found" and named == {resolution.entity}:
            return resolution
        # French copy writes M. before a family name as Monsieur ("M. Haniyeh", "M. Netanyahou"): the
        # name after it answers as it would alone, unless someone else is listed from ASK for whom M. is
        # his initial ("M. Netanyahu" beside a Miriam Netanyahu asks).
        if other.decision == "found" and resolution.decision != "found" and not any(
                c.entity != other.entity and c.score >= ASK for c in resolution.candidates):
            return other
        if "found" not in {resolution.decision, other.decision}:
            return resolution
        listed: dict[str, Scored] = {}
        for scored in (*resolution.candidates, *other.candidates):
            if scored.entity not in listed or scored.score > listed[scored.entity].score:
                listed[scored.entity] = scored
        ranked = sorted(listed.values(), key=lambda s: (-s.score, s.entity))
        return Resolution("ambiguous", candidates=tuple(ranked[:MAX_CANDIDATES]))

    def _resolve(self, query: str) -> Resolution:
        scores, truncated, exact_rows, whole_only = self._score_readings(query)
        if normalise.script(query) != "latin" and not self._answerable(scores, truncated or whole_only):
            # Once someone is listed from ASK, names across scripts below it change nothing (`_best_rows`).
            listed = any(s.score >= ASK for s in scores.values()) and not any(r in self._shared for r in exact_rows)
            for entity, scored in self._score_across_scripts(query, ASK if listed else NEAREST).items():
                # Consonants across scripts are weaker evidence than the same script: where a name in the
                # query's own script was held below an answer by a kunya that is not the person's own
                # ("أبو علي محمود عباس" beside أبو مازن), the Latin names do not lift it.
                if entity not in scores or scored.score > scores[entity].score and not scores[entity].held:
                    scores[entity] = scored
        if self._only_generic_words(query):
            # "news", "agency", "movement", "berita": a word any body's name may hold says no body's name;
            # a few of the many that hold them (or Beirut, a vowel from berita) would be a list of strangers.
            # Only a name the desk writes so, word for word, is offered ("Islamic Resistance Movement").
            named = {self._entities[self._row_entity[r]] for r in exact_rows}
            scores = {entity: scored for entity, scored in scores.items() if entity in named}
        if not scores:
            return Resolution("not_found")
        ranked = sorted(scores.values(), key=lambda s: (-s.score, s.entity))
        best = ranked[0]

        shared = {self._entities[self._row_entity[r]] for r in exact_rows if r in self._shared}
        if normalise.middle_initials(query):
            # "Michael T. Thompson" is read as Michael Thompson, a name several may share; the initial
            # said whose it is, and those it contradicts were scored down (`_score_readings`).
            shared = {entity for entity in shared if scores[entity].score >= ANSWER}
        if len(shared) > 1:
            # Editors declared this name ambiguous: always ask.
            listed = [s for s in ranked if s.entity in shared] + [s for s in ranked if s.entity not in shared]
            return Resolution("ambiguous", candidates=tuple(listed[:MAX_CANDIDATES]))

        if self._kind_of.get(best.entity) == "place" and only_demonyms(query) and not self._typed_as_named(
                query, best.entity, exact_rows):
            # "Turkish", "التركي": a nationality alone says whose, not which place: the country is listed,
            # unless the desk lists the very word as its name (Saudi, السعودية: Saudi Arabia).
            return Resolution("ambiguous", candidates=tuple(s for s in ranked if s.score >= ASK)[:MAX_CANDIDATES] or (best,))
        if self._answerable(scores, truncated or whole_only):
            others = self._other_bearers_across_scripts(query, best, exact_rows)
            if others:
                return Resolution("ambiguous", candidates=(best, *others[:MAX_CANDIDATES - 1]))
            return Resolution("found", entity=best.entity, candidates=(best,))
        # An exact, whole name of two or more parts held by one entity only is strong evidence beside
        # names the query covers only in part or by reading one of its words as a middle name:
        # "Eyal Ehud Peretz" beside Eyal Peretz, "Avi Friedman" beside Dror Avi Friedman.
        whole = [s for s in ranked if s.whole]
        if not truncated and len(whole) == 1 and whole[0] is best:
            return Resolution("found", entity=best.entity, candidates=(best,))
        asked = [s for s in ranked if s.score >= ASK]
        if asked:
            return Resolution("ambiguous", candidates=tuple(asked[:MAX_CANDIDATES]))
        nearest = [s for s in ranked if s.score >= NEAREST]
        return Resolution("not_found", candidates=tuple(nearest[:MAX_CANDIDATES]))

    def _described(self, query: str, resolution: Resolution) -> Resolution | None:
        """A description that two or more bodies fit, or one that another body than the one answered
        fits (`Described.bodies_fitting`): every body it fits listed, the best scored first, none
        answered. None where the description fits no body, or only the one answered or listed."""
        if resolution.decision == "not_found" and not resolution.candidates:
            return None
        fits = self.bodies_fitting(query)
        listed = {c.entity for c in resolution.candidates} if resolution.decision == "found" else set()
        if not fits or (len(fits) == 1 and (not listed or set(fits) == listed)):
            return None
        scored = {c.entity: c for c in resolution.candidates if c.entity in fits}
        ranked = sorted((scored.get(entity) or Scored(entity, ASK, spelling) for entity, spelling in fits.items()),
                        key=lambda s: (-s.score, s.entity))
        others = [c for c in resolution.candidates if c.entity not in fits and c.score >= ASK]
        return Resolution("ambiguous", candidates=tuple([*ranked, *others][:MAX_CANDIDATES]))

    @staticmethod
    def _only_generic_words(query: str) -> bool:
        """Whether the query, articles and function words aside, is one type or generic word of the
        lexicons (`GENERIC_WORDS`: news, agency, Islamic, resistance), titles kept. Two or more are a
        body's descriptive name ("Central Intelligence Agency", "General Security"), matched as any."""
        content = [w for w in normalise.parts(query, False) if w not in normalise.ARTICLES and w not in normalise.STOPWORDS]
        return len(content) == 1 and content[0] in GENERIC_WORDS

    def _typed_as_named(self, query: str, entity: str, exact_rows: list[int]) -> bool:
        """Whether the query is one of the entity's names word for word, articles included (السعودية,
        not التركية for Persian ترکیه, which folds to its letters)."""
        typed = normalise.tokens(query, titles=False)
        return any(self._entities[self._row_entity[r]] == entity and normalise.tokens(self._spellings[r], titles=False) == typed
                   for r in exact_rows)

    def _names_a_namesake(self, query: str) -> bool:
        """Whether a reading of the query holds every word of a namesake's name (common-names.toml), in a
        run of words, in any order: a word between them makes another name ("l'organisation terroriste
        Jihad islamique" is Islamic Jihad, "Organisation du Jihad islamique" the Lebanese group)."""
        for reading in normalise.query_readings(query):
            folded = [normalise.folded(w) for w in reading]
            for names in self._namesakes:
                if names <= set(folded) and any(set(folded[k:k + len(names)]) == names
                                                for k in range(len(folded) - len(names) + 1)):
                    return True
        return False

    def _marks_a_namesake(self, query: str, entity: str) -> bool:
        """Whether the query, answered as the entity, holds a word of a namesake's name that is none of
        the entity's own (`index._namesake_marks`), in any script: "יצחק הלוי הרצוג", "إسحاق هاليفي
        هرتسوغ" are Yitzhak HaLevi Herzog, whose Latin and Hebrew names the desk lists, not Isaac Herzog.
        Two words typed apart count as one too (Ha-Levi)."""
        marks = self._namesake_marks.get(entity)
        if not marks:
            return False
        # Titles and ranks before the name are not his words (האלוף, the major general, has HaLevi's h-l-v).
        reading = normalise.parts(query)
        own = [w for w in reading if not self._is_word_of(w, entity)]
        return any(not sound_keys(w).isdisjoint(marks) for w in own + [a + b for a, b in zip(reading, reading[1:])])

    def _bare_word_of_an_arabic_name_in_hebrew(self, query: str, entity: str) -> bool:
        """Whether the query is one Hebrew word that the person's Hebrew names write only after the
        Arabic article (אל-חיה, Khalil al-Hayya), typed without it: Hebrew writes an Arabic family name
        with its article, and the bare letters are as often a word of Hebrew's own or another name (חיה is
        "animal" and Chaya, a woman's given name). Listed; with the article, joined or not, answered."""
        words = normalise.tokens(query)
        if len(words) != 1 or not _HEBREW.search(words[0]) or self._kind_of.get(entity) != "person":
            return False
        word_id = self._word_id.get(words[0])
        if word_id is None:
            return False
        before = [spelled[k - 1] if k else "" for r in self._postings[word_id]
                  if self._entities[self._row_entity[r]] == entity and _HEBREW.search(self._spellings[r])
                  for spelled in [normalise.tokens(self._spellings[r], titles=False)]
                  for k, w in enumerate(spelled) if w == words[0]]
        return bool(before) and all(w in normalise.ARTICLES for w in before)

    def _is_word_of(self, word: str, entity: str) -> bool:
        word_id = self._word_id.get(word)
        return word_id is not None and any(self._entities[self._row_entity[r]] == entity for r in self._postings[word_id])

    def _other_bearers_across_scripts(self, query: str, best: Scored, exact_rows: list[int]) -> list[Scored]:
        """Other people whose Latin names have a lone non-Latin word that the best person's name has only
        as a part: Greek Αμπάς is Mahmoud Abbas's family name (Μαχμούντ Αμπάς), and Abbas is Abbas Kamel's
        given name too, though no Greek alias of his says so (Latin "Abbas" lists both). The same Latin
        word in both people's names, not only the same consonants: هنية is Haniyeh's, not Hani's."""
        if (normalise.script(query) == "latin" or self._kind_of.get(best.entity) != "person"
                or any(len(reading) != 1 for reading in normalise.query_readings(query, persian_as_arabic=False))
                or any(self._entities[self._row_entity[r]] == best.entity for r in exact_rows)):
            return []
        sounds = {key for reading in normalise.query_readings(query, persian_as_arabic=False) for key in normalise.script_skeletons(reading[0])}
        owners: dict[int, set[str]] = {}
        for word_id in {w for key in sounds for w in self._by_script_skeleton.get(key, ())}:
            owners[word_id] = {self._entities[self._row_entity[r]] for r in self._postings[word_id]
                               if self._row_script[r] == "l"}
        others = {e for entities in owners.values() if best.entity in entities for e in entities
                  if e != best.entity and self._kind_of.get(e) == "person"}
        if not others:
            return []
        across = self._score_across_scripts(query)
        return sorted((across[e] for e in others if e in across), key=lambda s: (-s.score, s.entity))

    def common_part_of(self, word: str, entity: str) -> bool:
        """Whether a word (`parts` form) is a part of one of the entity's names that the desk lists as
        saying too little alone (common-names.toml), which is all that holds it below an answer."""
        word_id = self._word_id.get(word)
        return word_id is not None and any(
            self._entities[self._row_entity[row]] == entity
            and self._row_words[row].index(word_id) in self._common_name_parts.get(row, ())
            for row in self._postings[word_id])

    def ends_a_name_of(self, word: str, entity: str, *, of_words: int = 1) -> bool:
        """Whether a word (`parts` form) is the last word of one of the entity's names of at least
        `of_words` words."""
        word_id = self._word_id.get(word)
        return word_id is not None and any(
            self._entities[self._row_entity[row]] == entity and self._row_words[row][-1] == word_id
            and len(self._row_words[row]) >= of_words for row in self._postings[word_id])

    def scores(self, query: str) -> dict[str, float]:
        """Each candidate entity's score for the query (for tests and for explaining a decision); a
        person who could not be listed may be left out (`_best_rows`)."""
        return {entity: scored.score for entity, scored in self._score_readings(query)[0].items()}

    @staticmethod
    def _answerable(scores: dict[str, Scored], truncated: bool) -> bool:
        if truncated or not scores:
            return False
        ranked = sorted((s.score for s in scores.values()), reverse=True)
        runner_up = ranked[1] if len(ranked) > 1 else 0.0
        return ranked[0] >= ANSWER and ranked[0] - runner_up >= MARGIN

    def _score_readings(self, query: str) -> tuple[dict[str, Scored], bool, list[int], bool]:
        initials = normalise.middle_initials(query) if "," not in query else set()  # not list order
        # The given name's initial before middle ones ("R. T. Erdoğan"); not French M., which may be Monsieur.
        leading = normalise.leading_initial(query) if "," not in query and not HONORIFIC_INITIAL.match(query) else None
        scores: dict[str, Scored] = {}
        truncated = whole_only = False
        exact_rows: list[int] = []
        typed = self._typed_forms(query)
        acronym = _typed_as_acronym(query)
        hebrew_acronyms = normalise.hebrew_acronyms(query)
        readings = self._readings(query)
        # People's names below `floor` are not scored (`_best_rows`): below NEAREST, or below ASK once
        # someone scores ASK; not where the desk declared a name shared, whose list takes any score.
        floor = NEAREST
        exact_of = [self._exact_rows(reading) for reading, _people in readings]
        may_skip = not any(r in self._shared for exact in exact_of for r in exact)
        query_words: dict[str, QueryWord] = {}  # a word of several readings: its forms worked out once
        for (reading, people_only), exact in zip(readings, exact_of):
            for w in reading:
                if w not in query_words:
                    query_words[w] = self._query_word(w, typed.get(w, w), w in hebrew_acronyms)
            words = [query_words[w] for w in reading]
            matches = []
            for word in words:
                found = self._matches_kept(word)
                # A copy: each reading adds its own short typos (`_add_short_typos`). Initials typed in
                # capitals are letters, not sounds: no vowel variant of a word is them ("GID" is no "God",
                # of Hezbollah's Party of God), as a word the desk writes in capitals has none (`words._compare`).
                matches.append({w: m for w, m in found.items() if m.level != "vowels"} if acronym else dict(found))
            exact_rows += exact
            rows, cut = self._candidate_rows(matches, exact)
            self._add_short_typos(words, matches, rows)
            whole_only |= cut == WHOLE_ONLY
            truncated |= cut is True
            best, rows_of, floor = self._best_rows(rows, exact, words, matches, people_only, query if acronym else None,
                                                   floor, ASK if may_skip else NEAREST)
            for entity_id, (score, row) in best.items():
                if score < ANSWER and self._kinds[entity_id] == "person":
                    best[entity_id] = (max(score, self._given_and_family_across_names(rows_of[entity_id], matches)), row)
            # People whose names' given and family names the query has (namesakes of one another),
            # and those of them whose name the query is a short form of (its middle parts left out).
            # (Only worked out when a person could be answered, and only for those who could be listed.)
            answerable = any(score >= ANSWER for score, _row in best.values())
            frames = {e: self._frame(rows_of[e], words, matches) for e, (score, _row) in best.items()
                      if answerable and score >= ASK and self._kinds[e] == "person"}
            namesakes = {e for e, frame in frames.items() if frame}
            short_forms = {e for e, frame in frames.items() if frame == "short"}
            for entity_id, (score, row) in best.items():
                whole = held = False
                if score >= ANSWER and entity_id in frames:
                    extras = self._extra_words(rows_of[entity_id], words, matches)
                    # An extra word read as a middle name is a guess when another of the entity's
                    # names has a different word there, or when a namesake has the same given and
                    # family names ("Yosef Miri Katz": Yosef Katz, or Yosef Avi Katz's namesake?).
                    if extras and (namesakes - {entity_id} or self._other_middle_name(rows_of[entity_id], matches)):
                        score = ANSWER - 1
                    # A kunya that is not the person's own ("Abu Ali" beside Abu Mazen) says whose father
                    # he is: held, and not lifted by consonants across scripts either.
                    if extras and self._other_kunya(entity_id, words, matches, extras):
                        score, held = ANSWER - 1, True
                    # A middle initial is a middle name: "Michael T. Thompson" is not Michael Anne Thompson.
                    letters = self._middle_letters(rows_of[entity_id]) if initials else set()
                    if letters and not initials <= letters:
                        score = ANSWER - 1
                    # And the given name's: "X. T. Erdoğan" is not Recep Tayyip Erdoğan.
                    if leading and leading not in self._given_letters(rows_of[entity_id]):
                        score = ANSWER - 1
                    # Whole, and strong evidence, only if the query is no one else's short form.
                    whole = not extras and not short_forms - {entity_id} and self._whole(row, words, matches)
                entity = self._entities[entity_id]
                if entity not in scores or score > scores[entity].score:
                    scores[entity] = Scored(entity, score, self._spellings[row], whole, held)
        return scores, truncated, exact_rows, whole_only

    def _matches_kept(self, word: QueryWord) -> dict[int, WordMatch]:
        """The word's matches (`_word_matches`, which reads only its text and the form typed), worked
        out once for every reading, query and description (`bodies_fitting`) that has it, or read from
        those the build worked out (`with_words_matched`). Not to be changed: callers copy it."""
        looked_up = self._word_matches_kept
        found = looked_up.get((word.text, word.typed))
        if found is None:
            if len(looked_up) >= WORD_MATCHES_KEPT:
                looked_up.clear()  # never a word of this query's in hand: those are the callers' copies
            built = self._matched_at_build.get((word.text, word.typed))
            found = looked_up[word.text, word.typed] = (
                self._word_matches(word) if built is None
                else {word_id: WordMatch(score, level, same_length, swapped)
                      for word_id, score, level, same_length, swapped in built})
        return found

    def _best_rows(self, rows: list[int], exact: list[int], words: list[QueryWord], matches: list[dict[int, WordMatch]],
                   people_only: bool, acronym: str | None, floor: float, listed_from: float
                   ) -> tuple[dict[int, tuple[float, int]], dict[int, list[int]], float]:
        """Each entity's best score and row among `rows` (the first of equal ones), its rows in order,
        and the floor for the next reading.

        A name whose bound (`_name_bound`) is under `floor` is not scored, nor one whose bound cannot
        raise its entity's best (an entity scored SAME has no name left to score); an organisation's or
        place's only where no name is shared (`listed_from` ASK), since a shared name's list takes any
        score. The floor is
        NEAREST, under which no name is offered; once an entity scores ASK, which it keeps whatever the
        rules below do, the bot lists or answers, and it rises to `listed_from` (ASK): a score under ASK
        is then never listed, never within MARGIN of an answer, never a namesake or a short form.
        Only a query of two words lifts a person from below it (`_given_and_family_across_names`);
        where it would, that person's names are scored after all."""
        known: dict[int, float] = {}

        def score_of(row: int) -> float:
            if row not in known:
                score = self._score_row(row, words, matches)
                if acronym and not _writes_as_initials(self._spellings[row], acronym.strip()):
                    # "IRA" typed in capitals is initials: not Irã (Iran in Portuguese), listed.
                    score = min(score, ANSWER - 1)
                known[row] = score
            return known[row]

        def best_of(entity_rows: list[int]) -> tuple[float, int] | None:
            found = None
            for row in entity_rows:
                score = score_of(row)
                if score > 0 and (found is None or score > found[0]):
                    found = (score, row)
            return found

        if floor < listed_from and any(self._kinds[self._row_entity[r]] == "person" and score_of(r) >= ASK for r in exact):
            floor = listed_from  # the name typed exactly: scored first, someone will be listed
        best: dict[int, tuple[float, int]] = {}
        rows_of: dict[int, list[int]] = defaultdict(list)
        skipped: set[int] = set()
        for row in rows:
            entity_id = self._row_entity[row]
            if people_only and self._kinds[entity_id] != "person":
                continue
            rows_of[entity_id].append(row)
            if entity_id in best and best[entity_id][0] >= SAME:
                continue  # no score is higher (and the floor rose when it was scored, ASK being lower)
            if row not in known and (self._kinds[entity_id] == "person" or listed_from > NEAREST):
                bound = self._name_bound(row, words, matches)
                if bound < floor - 0.1:
                    if self._kinds[entity_id] == "person":
                        skipped.add(entity_id)  # may yet be lifted (below)
                    continue
                if entity_id in best and best[entity_id][0] >= round(bound + 1e-9, 1):
                    continue  # cannot raise the entity's best
            score = score_of(row)
            if score >= ASK:
                floor = listed_from
            if score > 0 and (entity_id not in best or score > best[entity_id][0]):
                best[entity_id] = (score, row)
        for entity_id in skipped if len(words) == 2 else ():
            # The lift takes each of the two words from one of the person's names: none, if no name has it.
            if all(any(not found.keys().isdisjoint(self._row_words[r]) for r in rows_of[entity_id]) for found in matches) \
                    and best.get(entity_id, (0.0,))[0] < ASK <= self._given_and_family_across_names(rows_of[entity_id], matches):
                found = best_of(rows_of[entity_id])
                if found is not None:
                    best[entity_id] = found
        return best, rows_of, floor

    def _score_across_scripts(self, query: str, floor: float = NEAREST) -> dict[str, Scored]:
        """A query in any script but Latin compared with the Latin names through consonant
        skeletons: enough to list candidates; answered only when every distinctive part of a name of
        two or more parts matches with at least five consonants between them. Scores from `floor`:
        a person's name whose bound is below it is not scored."""
        best: dict[str, Scored] = {}
        # Also without a declined person's case endings ("Махмуда Аббаса", whose names the desk has in
        # Latin script only), as the same-script readings are (`_readings`).
        for reading in normalise.query_readings(query, persian_as_arabic=False) + self._without_case_endings(query):
            words = [self._query_word(w) for w in reading]
            own_words = any(q.text not in GENERIC_WORDS for q in words)
            # A Hebrew word with the article אל glued on (אלמסרי, al-Masri) is also read without it.
            matches = [{w: WordMatch(SAME, "skeleton", True)
                        for form in (q.text, *filter(None, [without_joined_article(q.text)]))
                        for key in normalise.script_skeletons(form)
                        for w in self._by_script_skeleton.get(key, ())
                        if normalise.openings_agree(form, self._words[w]) and self._same_group_across_scripts(q.group, w)
                        and (normalise.endings_agree(form, self._words[w]) or self._words[w] in self._thing_words)
                        and (len(words) > 1 or self._enough_consonants_across_scripts(form, self._words[w]))}
                       # Beside a word of the name's own, a type or generic word says what a body is, not by
                       # its consonants: قناة (channel) is "kn", as KAN is, and "قناة الجزيرة" offered KAN. A
                       # name of such words only is matched by them (שירות הביטחון הכללי, the Shin Bet).
                       if q.text not in GENERIC_WORDS or not own_words else {} for q in words]
            # A word of one consonant (אבו: "b") is too little to fetch names with; it only scores.
            fetching = [m if len(q.script_skeleton) >= 2 else {} for q, m in zip(words, matches)]
            rows, cut = self._candidate_rows(fetching, [])
            for row in rows:
                if self._row_script[row] != "l":
                    continue
                bound = self._name_bound(row, words, matches)
                if bound < floor - 0.1:
                    continue  # under the floor even as strong evidence, so whether it is does not matter
                entity = self._entities[self._row_entity[row]]
                if entity in best and best[entity].score >= round(bound + 1e-9, 1):
                    continue  # cannot raise the entity's best (a weak score is lower still)
                name = self._row_words[row]
                consonants = sum(len(self._forms[w][2]) for w in name if any(w in m for m in matches))
                distinctive = [w for w in name if w not in self._particles]
                # Never a name of generic words only (`Scoring._facts`): its consonants say what a body
                # is, not whose ("جهاز الأمن العام" against Jihaz al-Amn al-Ami: Lebanon's, Jordan's too).
                strong = (not cut and len(distinctive) >= 2 and consonants >= 5
                          and all(any(w in m for m in matches) for w in distinctive)
                          and not (self._row_facts.get(row) or self._facts(row)).rest_generic
                          ) or self._spelled_alike(words, name, row)
                if not strong and bound * (ANSWER - 1) / 100 < floor - 0.1:
                    continue
                score = self._score_row(row, words, matches)
                if not strong:
                    score = round(score * (ANSWER - 1) / 100, 1)  # listed, in the same order
                if score >= max(NEAREST, floor) and (entity not in best or score > best[entity].score):
                    best[entity] = Scored(entity, score, self._spellings[row])
        return best

    @staticmethod
    def _enough_consonants_across_scripts(word: str, latin: str) -> bool:
        """Two consonants or fewer say little across scripts (Бар is "br", as Büro and břeh are; Тани
        "tn", as Watani and Taʿawun): typed alone, a word of a script that writes its vowels (Cyrillic,
        Greek, the Indian scripts) that short must be the Latin word spelled alike, vowels and length
        too (`normalise.spelled_alike`: Бар, Bar). Beside other words it is one part of the evidence.
        Arabic and Hebrew leave vowels out, so have only consonants."""
        if len(normalise.script_skeleton(word)) > 2 or normalise.is_arabic(word) or _HEBREW.search(word):
            return True
        # Also with a case ending of one letter off (Аббаса, Abbas's genitive: Abbas).
        return normalise.spelled_alike(word, latin) or len(word) > 3 and normalise.spelled_alike(word[:-1], latin)

    def _same_group_across_scripts(self, group: int | None, word_id: int) -> bool:
        """A non-Latin query word's look-alike group against a Latin word's (محمد is not Mahmoud): a
        group with no forms in other scripts counts as none there (`told_apart_across_scripts`)."""
        latin = self._groups.get(word_id)
        return group == latin or (group is None and not normalise.told_apart_across_scripts(latin))

    def _spelled_alike(self, words: list[QueryWord], name: Sequence[int], row: int) -> bool:
        """A one-word place's or organisation's name typed in a script that writes its vowels, which
        romanised is the name as a Latin query typed so would be answered by (`normalise.spelled_alike`):
        পানামা, Panama. Never a person's: one word of a person's name is a part others may share."""
        return (len(words) == 1 and len(name) == 1 and len(self._words[name[0]]) >= 4
                and self._kind_of.get(self._entities[self._row_entity[row]]) != "person"
                and normalise.spelled_alike(words[0].text, self._words[name[0]]))


def with_words_matched(index: dict) -> dict:
    """`build_index`'s output with, for a store of up to WORDS_MATCHED_AT_BUILD names, the matches of
    every word of its names as the name types it (`WordMatching._word_matches`, stamped with the code
    that made them): the words journalists type most, read at a first question instead of matched."""
    matcher = NameMatcher.from_index(index)
    if matcher.size > WORDS_MATCHED_AT_BUILD:
        return index
    typed_words = dict.fromkeys(
        pair for spelling in matcher._spellings for titles in (True, False)
        for pair in zip(normalise.parts(spelling, titles), normalise.parts_as_typed(spelling, titles)))
    # In word order: the order matching finds them in follows string hashes, which differ by process.
    words = [[text, typed, [[word_id, m.score, m.level, m.same_length, m.swapped] for word_id, m in
                            sorted(matcher._word_matches(matcher._query_word(text, typed)).items())]]
             for text, typed in typed_words]
    return {**index, WORDS_MATCHED: {"code": matching_code_stamp(), "words": words}}


_HEBREW = re.compile("[\u05d0-\u05ea]")


def _typed_as_acronym(query: str) -> bool:
    """One word of two to four Latin capitals: initials (IRA, ABD, KAN), answered only from a name that
    writes them so, or writes that very word (IRAN, GAZA)."""
    word = query.strip()
    return 2 <= len(word) <= 4 and word.isascii() and word.isalpha() and word.isupper()


def _writes_as_initials(spelling: str, typed: str) -> bool:
    return any(len(w) >= 2 and (w.isupper() or w.casefold() == typed.casefold())
               for w in re.split(r"[^\w]+", spelling))
