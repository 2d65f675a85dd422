"""A name with something beside it: an apposition, a descriptor, a kunya, an acronym in brackets.

Outlets and journalists paste a name with what stands beside it in the copy: "Ismail Haniyeh, Hamas
leader", "Ismail Haniyeh (Hamas)", "Mahmoud Abbas (Abu Mazen)", "Abu Mazen Mahmoud Abbas", "محمود عباس
أبو مازن". As one name none of these answers: the extra words cost a whole word each. Read in segments,
they answer when exactly one person is answered by a segment, every other segment either answers that
same person (another of his names: the kunya, a second spelling) or only describes (titles, offices,
nationalities and the name of an organisation or place), and nothing else is named. A descriptor is
never read for what it says, so the answer is the one the name alone would give: a descriptor can only
make the bot answer where the name alone already does. A segment that is a word of someone's name
("Netanyahu, Yair": Yair is not a descriptor) leaves the query as it was. An organisation or place
takes no descriptor, only its own names: every segment must answer it alone ("ABD Merkez Kuvvetler
Komutanlığı (CENTCOM)").
"""

from __future__ import annotations

import re

from knowledge.names import normalise
from knowledge.names.matching.lexicon import DESCRIPTOR_WORDS, KUNYA_WORDS, NATIONALITY_WORDS, PART_OF_WORDS

# Where an apposition starts or ends: a comma (Latin or Arabic), brackets, quotes, a dash between spaces.
_APPOSITION = re.compile("\\s*[,\u060c()\\[\\]\"\u201c\u201d\u201e\u00ab\u00bb]\\s*|\\s+[-\u2013\u2014]\\s+")
# More segments than this are a list of names, not a name with an apposition.
MAX_SEGMENTS = 3


def segments(query: str) -> tuple[list[str], bool] | None:
    """The query's segments, and whether a segment may be a descriptor (not for a kunya typed beside a
    name without punctuation: both halves must be names of the person); None if it has no apposition."""
    pieces = [piece for piece in _APPOSITION.split(query) if piece.strip()]
    if 2 <= len(pieces) <= MAX_SEGMENTS:
        return pieces, True
    if len(pieces) > MAX_SEGMENTS:
        return None
    words = query.split()
    if len(words) < 3:
        return None
    # A kunya leading or closing the name: Abu Mazen Mahmoud Abbas, Abu Mazen Abbas, أبو العبد هنية.
    for start in (0, len(words) - 2):
        opening = normalise.parts(words[start], titles=False)
        if len(opening) == 1 and opening[0] in KUNYA_WORDS:
            kunya = words[start:start + 2]
            rest = words[:start] + words[start + 2:]
            return [" ".join(kunya), " ".join(rest)], False
    return None


def _initials_of(name: str, acronym: str) -> bool:
    """Whether `acronym` is one word of two letters or more made of the first letters of `name`'s words,
    with or without its function words and articles (OLP of "Organisation de libération de la Palestine")."""
    typed = normalise.tokens(acronym, titles=False)
    words = normalise.tokens(name, titles=False)
    if len(typed) != 1 or not 2 <= len(typed[0]) == len(acronym.strip()) or len(words) < 2:
        return False
    content = [w for w in words if w not in normalise.STOPWORDS and w not in normalise.ARTICLES]
    return typed[0] in {"".join(w[0] for w in words), "".join(w[0] for w in content)}


class Appositions:
    """`_apposition`, for `NameMatcher.resolve`, which supplies `_resolve_query`."""

    def _apposition(self, query: str, listed_already: bool, known: dict | None = None):
        """The query read as a name with an apposition: the Resolution of the segment that answers the
        person, or, where the name first and itself only asks ("Abbas, Egyptian intelligence chief"),
        that list when the query as a whole found nobody to list (`listed_already` False); else None.
        `known`: the segments' resolutions, kept for `bodies_described` in the same request."""
        found = segments(query)
        if found is None:
            return None
        pieces, descriptors = found
        if descriptors:
            resolved = [(piece, self._resolved_piece(piece, known)) for piece in pieces]
        else:
            resolved = self._kunya_and_name(pieces, known)
            if resolved is None:
                return None
        # An acronym made of the initials of the organisation's or place's name before it ("l'Autorità
        # palestinese (Ap)", "Organizzazione per la liberazione della Palestina (Olp)") says nothing more
        # than that name: the name answers as it would alone.
        resolved = [(piece, r) for k, (piece, r) in enumerate(resolved)
                    if not (k and descriptors and _initials_of(pieces[k - 1], piece) and resolved[k - 1][1].decision == "found"
                            and self._kind_of.get(resolved[k - 1][1].entity) != "person")]
        people = {r.entity for _piece, r in resolved if r.decision == "found" and self._kind_of.get(r.entity) == "person"}
        if len(people) > 1:
            return None
        named = {r.entity for _piece, r in resolved if r.decision == "found"}
        if not people and len(named) == 1 and all(r.decision == "found" for _piece, r in resolved):
            # An organisation or place with another of its own names beside it, as copy introduces an
            # acronym ("Milli İstihbarat Teşkilatı (MİT)"): each segment alone answers the same entity.
            return max((r for _piece, r in resolved), key=lambda r: r.candidates[0].score)
        if not people and descriptors and (confirmed := self._confirmed_by_own_name(pieces, resolved)) is not None:
            return confirmed
        if not people and descriptors and (part := self._part_of_a_body(pieces, resolved, known)) is not None:
            return part
        if not people:
            # The name asks: its list, if every other segment only describes.
            if listed_already or not descriptors or resolved[0][1].decision != "ambiguous":
                return None
            if not all(self._describes(piece, after_name=True, known=known) for piece, _r in resolved[1:]):
                return None
            return resolved[0][1]
        entity = people.pop()
        own = [r for _piece, r in resolved if r.decision == "found" and r.entity == entity]
        best = max(own, key=lambda r: r.candidates[0].score)
        if all(r.entity == entity or self._own_name_listed(piece, r, entity) for piece, r in resolved):
            return best
        first = next(k for k, (_piece, r) in enumerate(resolved) if r.entity == entity)
        if not descriptors or not all(r.entity == entity or self._describes(piece, after_name=k > first, known=known)
                                      for k, (piece, r) in enumerate(resolved)):
            return None
        return best

    def _confirmed_by_own_name(self, pieces: list[str], resolved: list):
        """An organisation's name and another of its own names beside it, where one alone answers and the
        other alone only asks with that body first ("US Army Central Command (CENTCOM)", "„Internationalen
        Stabilisierungstruppe“ (ISF)"): copy puts a body's acronym or short name beside its long one, and
        each says which body the other means. The Resolution of the segment that answers; else None.
        Two segments only, the one that answers an organisation's; the other's best candidate is that
        body, not held back by words that contradict it, and it does not hold the answering segment's
        words (a part or office of the body named with the body beside it: "Hamas Shura Council (Hamas)")."""
        if len(pieces) != 2:
            return None
        found = [k for k, (_piece, r) in enumerate(resolved) if r.decision == "found"]
        if len(found) != 1 or self._kind_of.get(resolved[found[0]][1].entity) != "organization":
            return None
        answer, other = resolved[found[0]][1], resolved[1 - found[0]][1]
        if other.decision != "ambiguous" or other.candidates[0].entity != answer.entity or other.candidates[0].held:
            return None
        answering_words = set(normalise.tokens(pieces[found[0]], titles=False))
        if answering_words <= set(normalise.tokens(pieces[1 - found[0]], titles=False)):
            return None
        return answer

    def _kunya_and_name(self, pieces: list[str], known: dict | None):
        """The two segments of a kunya typed beside a name, each resolved, or None as soon as one shows
        that the reading answers no one: both must be the same person's (`_apposition`), so a segment
        that finds no one, or lists people none of whom bears it word for word as a name of his own
        (`_own_name_listed`), ends it before the other is resolved. In a large store a given name or an
        "Abu X" that hundreds bear alone scores hundreds of names; the name goes first, as it more
        often ends the reading (a given name alone lists, and is rarely anyone's whole name)."""
        resolutions = {}
        for piece in reversed(pieces):  # `segments` puts the kunya first
            resolution = resolutions[piece] = self._resolved_piece(piece, known)
            if resolution.decision == "not_found":
                return None
            if resolution.decision == "ambiguous" and not self._listed_by_own_name(piece, resolution):
                return None
        return [(piece, resolutions[piece]) for piece in pieces]

    def _listed_by_own_name(self, piece: str, resolution) -> bool:
        """Whether a segment that lists is, word for word, a name of one of the people it lists."""
        listed = {c.entity for c in resolution.candidates}
        return any(self._entities[self._row_entity[row]] in listed
                   for reading in normalise.query_readings(piece) for row in self._exact_rows(reading))

    def _part_of_a_body(self, pieces: list[str], resolved: list, known: dict | None):
        """An organisation's name beside an apposition saying whose part it is ("Qassam Brigades, Hamas'
        military wing", "the armed wing of Hamas, the Qassam Brigades"): two segments, one answering an
        organisation, the other a word saying part (wing, arm, branch: `PART_OF_WORDS`) with descriptors
        and another organisation's name only. The Resolution of the name, which answers as it would alone;
        else None. Another body's part may bear the name (Hezbollah's Islamic Jihad Organization), so the
        store answers only where the desk ties the two (`KnowledgeStore._part_of`)."""
        if len(pieces) != 2:
            return None
        found = [k for k, (_piece, r) in enumerate(resolved)
                 if r.decision == "found" and self._kind_of.get(r.entity) == "organization"]
        if len(found) != 1:
            return None
        name, other = found[0], 1 - found[0]
        if PART_OF_WORDS.isdisjoint(normalise.tokens(pieces[other], titles=False)):
            return None
        whole = self._describes(pieces[other], after_name=other > name, known=known)
        if isinstance(whole, str) and whole != resolved[name][1].entity and self._kind_of.get(whole) == "organization":
            return resolved[name][1]
        return None

    def _own_name_listed(self, piece: str, resolution, entity: str) -> bool:
        """Whether a segment that only lists is, word for word, one of the person's own names: a kunya
        or a family name others bear too ("خالد مشعل (أبو الوليد)", "Abu Mazen Abbas": أبو الوليد and
        Abbas alone list). Beside a segment that answers him, it agrees: his names, nothing else."""
        if resolution.decision != "ambiguous" or entity not in {c.entity for c in resolution.candidates}:
            return False
        return any(self._entities[self._row_entity[row]] == entity
                   for reading in normalise.query_readings(piece) for row in self._exact_rows(reading))

    def bodies_described(self, query: str, known: dict | None = None) -> set[str]:
        """The organisations the query's descriptors name ("Abu Ubaida (Islamic Jihad)": islamic-jihad),
        for the store to check against the person's description, which the matcher does not have.
        `known`: the segments' resolutions `resolve` worked out for the same query, if any."""
        found = segments(query)
        if found is None or not found[1]:
            return set()
        named = set()
        for piece in found[0]:
            resolution = self._resolved_piece(piece, known)
            if resolution.decision == "found":
                body = resolution.entity  # the name or another of the person's, or the body's name alone
            else:
                body = self._describes(piece, after_name=True, known=known)
            if isinstance(body, str) and self._kind_of.get(body) == "organization":
                named.add(body)
        return named

    def _resolved_piece(self, piece: str, known: dict | None):
        """A segment's resolution, read from `known` when this request resolved it already: `resolve`
        and then `bodies_described` read the same segments and descriptors."""
        if known is None:
            return self._resolve_query(piece)
        if piece not in known:
            known[piece] = self._resolve_query(piece)
        return known[piece]

    def _describes(self, piece: str, after_name: bool, known: dict | None = None) -> bool | str:
        """Whether a segment only describes someone: titles, offices and nationalities in the languages
        the lexicons hold, numbers (an age, years), and at most the name of one organisation or place
        ("Hamas leader", "head of MIT", "Israeli prime minister"), with no word of any person's name. An organisation's or place's
        name alone describes only after the person's name ("Ismail Haniyeh (Hamas)"): before it
        ("Hamas, Ismail Haniyeh") the query may be about either. True, or the id of the body it names."""
        for text in normalise.query_texts(piece):
            words = normalise.tokens(text, titles=False)
            # Numbers describe too: an age or years of birth and death ("Ismail Haniyeh, 61", "(1929–2004)").
            # An initial with its full stop is a name's, even where the letter is a word ("Haniyeh, Y.").
            initials = normalise.typed_initials(text)
            rest = [w for w in words if (w not in DESCRIPTOR_WORDS or w in initials) and not w.isdigit()]
            if not rest:
                return True
            if (len(rest) == len(words) and not after_name
                    or any(self._person_word(normalise.fold_transliteration(w)) for w in rest)):
                continue
            # The organisation or place, with its nationality if it opens the name ("Egyptian
            # intelligence chief": Egyptian intelligence).
            named = [w for w in words if w in rest or w in NATIONALITY_WORDS]
            for name in {" ".join(rest), " ".join(named)}:
                resolution = self._resolved_piece(name, known)
                if resolution.decision == "found" and self._kind_of.get(resolution.entity) != "person":
                    return resolution.entity
                # A body's name the desk lists as saying too little alone (Asharq: also Asharq Al-Awsat)
                # names its one candidate beside a person: the store then answers only a person it ties
                # to that body ("Mohammed Daraghmeh (Asharq)", its bureau chief).
                if (resolution.decision == "ambiguous" and len(resolution.candidates) == 1
                        and self._kind_of.get(body := resolution.candidates[0].entity) == "organization"
                        and (said := normalise.parts(name, titles=False)) and all(self.common_part_of(w, body) for w in said)):
                    return body
        return False

    def _person_word(self, word: str) -> bool:
        word_id = self._word_id.get(word)
        return word_id is not None and any(self._kinds[self._row_entity[r]] == "person" for r in self._postings[word_id])
