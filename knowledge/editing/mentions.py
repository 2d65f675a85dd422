"""`python -m knowledge mentions PATH [--json] [--published DATE] [--draft DIR]`: what a new article says.

- **Known**: every entity in the store the article names, under whatever spelling it prints. Candidate
  name spans (runs of capitalised words, with the particles of Arabic and Hebrew names between them,
  and runs of Arabic or Hebrew script) are resolved through the store, the same matcher the bot
  answers with. A span the matcher is not sure about is listed apart, with its candidates: adding it as
  a new entity could make a second entry for someone the desk already has.
- **New**: names the store does not have, grouped by name, each with its sentences and a guess at the
  kind from the words around it (a title or "said" → person; "Movement", "Ministry", … → organisation;
  "in/to/from X" → place). Only a guess.
- **Dates**: dates and relative dates ("on Wednesday", "last week", "earlier this month", "on
  5 November") worked out from the article's publication date: the desk's estimate unless the text
  prints the year.

Every sentence given is the article's own text, cut at sentence ends, so it can be pasted as a quote
that `check` accepts (at least three words, at most 600 characters, no word cut). `write_drafts` turns
the new names and the dated sentences into entity and event files that fail `check` until an editor
completes them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from knowledge.editing.errors import EditorError
from knowledge.editing.new import make_id
from knowledge.files.canonical import render
from knowledge.names import normalise
from knowledge.schema import ENTITY_FOLDERS, EVENT_FOLDER
from knowledge.serving.store import KnowledgeStore

QUOTE_LIMIT = 600
MONTHS = [m.casefold() for m in calendar.month_name[1:]]
MONTH_ABBREVIATIONS = {m[:3]: n for n, m in enumerate(MONTHS, 1)} | {"sept": 9}
WEEKDAYS = [d.casefold() for d in calendar.day_name]
# Capitalised words that begin a sentence or a clause without naming anyone.
FUNCTION_WORDS = frozenset("""
    the a an in on at but and or earlier later meanwhile he she they it we i this that these those his her their
    its our after before as if when while for from with by to of there here what who some one two three both
    last next since until during according however also officials sources reporting editing
    """.split())
PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "abd", "ben", "bat", "abi", "ould", "de", "da",
                       "van", "von", "der", "du", "le", "la"})
ORGANIZATION_WORDS = frozenset("""
    movement agency ministry council party brigades brigade authority committee front organisation organization
    union army forces force bureau office bank institute centre center group association commission court
    corporation company university foundation network service services department mission command news wire
    times post guard police parliament assembly government cabinet
    """.split())
PERSON_CUES = frozenset("""
    said says told added mr mrs ms dr president minister sheikh general spokesman spokeswoman spokesperson
    analyst official leader chief envoy ambassador prime commander director head negotiator adviser advisor
    """.split())
PLACE_CUES = frozenset({"in", "to", "from", "near", "into", "across", "outside"})
DEMONYM = re.compile(r"(?:ian|ish|ese|i)$")

_WORD = re.compile(r"[^\W\d_][\w'’\-]*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?=\s+[\"“‘(]?[A-Z\u0600-\u06ff\u0590-\u05ff])|\n\s*\n")
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|"
                           r"Dec|No|vs|U\.S|U\.N)|\b[A-Z])\.$")


@dataclass
class Known:
    id: str
    name: str
    spelling: str
    sentence: str


@dataclass
class New:
    name: str
    kind: str
    sentences: list[str]


@dataclass
class Dated:
    text: str
    date: str
    precision: str  # day, week (date is its Monday), month or year
    basis: str  # in_text (the text prints it, year included) or estimated (the desk worked it out)
    sentence: str


@dataclass
class Unsure:
    spelling: str
    candidates: list[str]
    sentence: str


@dataclass
class Mentions:
    source: str
    published: dt.date
    known: list[Known] = field(default_factory=list)
    new: list[New] = field(default_factory=list)
    dates: list[Dated] = field(default_factory=list)
    unsure: list[Unsure] = field(default_factory=list)

    def as_json(self) -> dict:
        """Exactly the documented fields."""
        return {"source": self.source, "known": [asdict(k) for k in self.known],
                "new": [asdict(n) for n in self.new], "dates": [asdict(d) for d in self.dates]}


def sentences(text: str) -> list[str]:
    """The article's sentences, verbatim and stripped; one longer than a quote may be is cut at a clause
    (a comma or semicolon) so that each piece is a quote `check` accepts."""
    pieces, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        stop = end.end() if end[0].strip() else end.start()
        if _ABBREVIATION.search(text[start:end.start() + 1]):
            continue
        pieces.append(text[start:stop])
        start = stop
    pieces.append(text[start:])
    result = []
    for piece in pieces:
        for line in re.split(r"\n\s*\n", piece):
            result += _within_limit(line.strip())
    return [s for s in result if len(s.split()) >= 3]


def _within_limit(sentence: str) -> list[str]:
    if len(sentence) <= QUOTE_LIMIT:
        return [sentence] if sentence else []
    cut = max(sentence.rfind(mark, 0, QUOTE_LIMIT) for mark in (", ", "; ", " – ", " - "))
    cut = cut + 1 if cut > 0 else sentence.rfind(" ", 0, QUOTE_LIMIT)
    return [sentence[:cut].strip(), *_within_limit(sentence[cut:].strip())]


@dataclass
class _Span:
    text: str
    words: list[str]
    possessive: bool  # "Egypt's intelligence chief": the chief is someone else
    start: int  # index of its first word in the sentence
    before: list[str]  # the words before it, lower-cased
    after: list[str]


def name_spans(sentence: str) -> list[_Span]:
    """Runs of capitalised words (particles such as al-, bin and Abu inside them), or of Arabic or Hebrew
    words, not crossing punctuation; a possessive ends its run ("Egypt's" → Egypt)."""
    matches = list(_WORD.finditer(sentence))
    lowered = [m[0].casefold() for m in matches]
    spans: list[_Span] = []
    run: list[re.Match] = []

    def close() -> None:
        while run and (_bare(run[-1][0]).casefold() in PARTICLES):
            run.pop()
        while run and _bare(run[0][0]).casefold() in FUNCTION_WORDS | set(WEEKDAYS) | set(MONTHS):
            run.pop(0)
        if run:
            first = matches.index(run[0])
            last = matches.index(run[-1])
            text = sentence[run[0].start():run[-1].end()]
            possessive = bool(re.search(r"['’]s$", text))
            text = re.sub(r"['’]s$", "", text)
            spans.append(_Span(text, [_bare(m[0]) for m in run], possessive, first, lowered[max(0, first - 4):first],
                               lowered[last + 1:last + 5]))
        run.clear()

    for index, match in enumerate(matches):
        word = match[0]
        gap = sentence[run[-1].end():match.start()] if run else ""
        if run and gap.strip():
            close()
        bare = _bare(word).casefold()
        if bare in set(WEEKDAYS) | set(MONTHS) or bare in MONTH_ABBREVIATIONS and word[:1].isupper():
            close()
            continue
        namelike = _capitalised(word) or normalise.script(word) in ("arabic", "hebrew")
        if namelike or (run and bare in PARTICLES):
            run.append(match)
            if re.search(r"['’]s$", word):
                close()
        else:
            close()
    close()
    return spans


def _bare(word: str) -> str:
    return re.sub(r"['’]s$", "", word)


def _capitalised(word: str) -> bool:
    letters = re.sub(r"^(?:al|el|Al|El)[\-‐]", "", word)
    return letters[:1].isupper()


def mentions(text: str, source: str, published: dt.date, store: KnowledgeStore) -> Mentions:
    found = Mentions(source, published)
    seen_known: set[tuple[str, str]] = set()
    new_names: dict[str, dict] = {}
    for sentence in sentences(text):
        for span in name_spans(sentence):
            _resolve_span(span, sentence, store, found, seen_known, new_names)
        found.dates += dates_in(sentence, published)
    found.new = _group_new(new_names)
    return found


def _resolve_span(span: _Span, sentence: str, store: KnowledgeStore, found: Mentions,
                  seen_known: set, new_names: dict) -> None:
    resolution = store.resolve(span.text)
    if resolution.decision == "found":
        if (resolution.entity, span.text.casefold()) not in seen_known:  # CAIRO and Cairo: one spelling
            seen_known.add((resolution.entity, span.text.casefold()))
            found.known.append(Known(resolution.entity, store.entities[resolution.entity].name, span.text, sentence))
        return
    if resolution.decision == "ambiguous":
        if len(span.words) == 1 and _adjective(span.words[0]):
            return  # "Palestinian", "Turkish": an adjective, not a name
        found.unsure.append(Unsure(span.text, [store.entities[c.entity].name for c in resolution.candidates],
                                   sentence))
        return
    if resolution.candidates:
        # Near someone the desk has without being them (Ahmed Haniyeh is not Ismail Haniyeh): a new
        # name, never a part of it taken for the known one.
        _add_new(span, sentence, new_names)
        return
    # Nothing near: the run may join a known name to other words ("Hamas Chief Ismail Haniya" with a
    # capitalised title); try the longest parts that resolve, the rest as new.
    for length in range(len(span.words) - 1, 0, -1):
        for first in range(0, len(span.words) - length + 1):
            part = " ".join(span.words[first:first + length])
            if part in span.text and store.resolve(part).decision == "found":
                head, tail = span.words[:first], span.words[first + length:]

                def rest(words: list[str]) -> None:
                    piece = " ".join(words)
                    if words and piece in span.text:
                        _resolve_span(_Span(piece, words, span.possessive, span.start, span.before, span.after),
                                      sentence, store, found, seen_known, new_names)

                rest(head)  # in the order the text gives them
                entity = store.resolve(part).entity
                if (entity, part.casefold()) not in seen_known:
                    seen_known.add((entity, part.casefold()))
                    found.known.append(Known(entity, store.entities[entity].name, part, sentence))
                rest(tail)
                return
    _add_new(span, sentence, new_names)


def _add_new(span: _Span, sentence: str, new_names: dict) -> None:
    if normalise.script(span.text) in ("arabic", "hebrew"):
        return  # no capitals to tell a name from other words: only spans the store knows are reported
    words = [w for w in span.words if w.casefold() not in PARTICLES]
    if not words or all(w.casefold() in normalise.TITLES for w in words):
        return
    if len(words) == 1:
        word = words[0]
        fuller = [name for name in new_names if name.endswith(" " + word)]
        if len(fuller) == 1:  # a surname after the full name ("Darwish said"): the same person
            if sentence not in new_names[fuller[0]]["sentences"]:
                new_names[fuller[0]]["sentences"].append(sentence)
            return
        # One capitalised word: a name only where nothing else explains the capital.
        if span.start == 0 or len(word) < 3 or word.isupper() and len(word) <= 4 or _adjective(word):
            return
    entry = new_names.setdefault(span.text, {"sentences": [], "votes": {"person": 0, "organization": 0, "place": 0}})
    if sentence not in entry["sentences"]:
        entry["sentences"].append(sentence)
    votes = entry["votes"]
    lowered = [w.casefold() for w in span.words]
    if any(w in ORGANIZATION_WORDS for w in lowered):
        votes["organization"] += 4  # the strongest cue: "Palestinian Authority, Leila Haddad, said"
    if span.possessive:  # "Egypt's", "Turkey's": a country or an organisation, rarely a person
        votes["place"] += 1
    elif any(w in normalise.TITLES or w in PERSON_CUES for w in lowered[:1]) or set(span.before[-2:]) & PERSON_CUES \
            or set(span.after[:3]) & PERSON_CUES:
        votes["person"] += 2
    if span.before[-1:] and span.before[-1] in PLACE_CUES:
        votes["place"] += 2
    votes["person" if len(words) >= 2 else "place"] += 1  # with nothing else to go on


def _adjective(word: str) -> bool:
    return word.casefold() in normalise.NATIONALITIES or bool(DEMONYM.search(word.casefold()))


def _group_new(new_names: dict) -> list[New]:
    """One entry per name; a surname alone ("Nassar") joins the full name it ends ("Samir Nassar")."""
    names = list(new_names)
    for name in names:
        fuller = [other for other in names if other != name and other.endswith(" " + name) and other in new_names]
        if len(fuller) == 1 and name in new_names:
            entry, into = new_names.pop(name), new_names[fuller[0]]
            into["sentences"] += [s for s in entry["sentences"] if s not in into["sentences"]]
            into["votes"] = {k: into["votes"][k] + entry["votes"][k] for k in into["votes"]}
    result = []
    for name, entry in new_names.items():
        votes = entry["votes"]
        kind = max(("person", "organization", "place"), key=lambda k: votes[k])  # ties: person first
        result.append(New(name, kind, entry["sentences"]))
    return result


# --- dates -----------------------------------------------------------------------------------------

_DAY_MONTH = re.compile(r"\b(?:on\s+)?(\d{1,2})\s+(" + "|".join(MONTHS) + r"|(?:"
                        + "|".join(MONTH_ABBREVIATIONS) + r")\.?)(?:,?\s+(\d{4}))?\b", re.IGNORECASE)
_MONTH_DAY = re.compile(r"\b(?:on\s+)?(" + "|".join(MONTHS) + r"|(?:" + "|".join(MONTH_ABBREVIATIONS)
                        + r")\.?)\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(?:on\s+|last\s+)?(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(yesterday|today|last week|this week|earlier this week|earlier this month|"
                       r"this month|last month|earlier this year|last year)\b", re.IGNORECASE)
_IN_MONTH = re.compile(r"\bin\s+(" + "|".join(MONTHS) + r")(?:\s+(\d{4}))?\b", re.IGNORECASE)
_IN_YEAR = re.compile(r"\bin\s+((?:19|20)\d\d)\b")


def dates_in(sentence: str, published: dt.date) -> list[Dated]:
    """Each date expression of the sentence, worked out from the publication date."""
    found: list[tuple[int, Dated]] = []
    taken: list[range] = []

    def add(match: re.Match, date: str, precision: str, basis: str) -> None:
        where = range(match.start(), match.end())
        if any(where.start < t.stop and t.start < where.stop for t in taken):
            return
        taken.append(where)
        found.append((match.start(), Dated(match[0], date, precision, basis, sentence)))

    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        for match in pattern.finditer(sentence):
            month = _month_number(match[month_group])
            day, year = int(match[day_group]), match[3]
            if month is None or not 1 <= day <= 31:
                continue
            if year:
                date, basis = _safe_date(int(year), month, day), "in_text"
            else:  # the year of publication, or the one before if that would be after publication
                date, basis = _safe_date(published.year, month, day), "estimated"
                if date and date > published:
                    date = _safe_date(published.year - 1, month, day)
            if date:
                add(match, date.isoformat(), "day", basis)
    for match in _RELATIVE.finditer(sentence):
        phrase = match[1].casefold()
        if phrase in ("yesterday", "today"):
            add(match, (published - dt.timedelta(days=phrase == "yesterday")).isoformat(), "day", "estimated")
        elif phrase.endswith("week"):
            monday = published - dt.timedelta(days=published.weekday() + (7 if phrase == "last week" else 0))
            add(match, monday.isoformat(), "week", "estimated")
        elif phrase.endswith("month"):
            month = published.replace(day=1) if phrase != "last month" else (
                published.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
            add(match, month.isoformat()[:7], "month", "estimated")
        else:
            add(match, str(published.year - (phrase == "last year")), "year", "estimated")
    for match in _WEEKDAY.finditer(sentence):
        weekday = WEEKDAYS.index(match[1].casefold())
        back = (published.weekday() - weekday) % 7
        if match[0].casefold().startswith("last") and back == 0:
            back = 7
        add(match, (published - dt.timedelta(days=back)).isoformat(), "day", "estimated")
    for match in _IN_MONTH.finditer(sentence):
        month = MONTHS.index(match[1].casefold()) + 1
        year = int(match[2]) if match[2] else published.year - (month > published.month)
        add(match, f"{year:04d}-{month:02d}", "month", "in_text" if match[2] else "estimated")
    for match in _IN_YEAR.finditer(sentence):
        add(match, match[1], "year", "in_text")
    return [dated for _, dated in sorted(found, key=lambda pair: pair[0])]


def _month_number(word: str) -> int | None:
    word = word.rstrip(".").casefold()
    if word in MONTHS:
        return MONTHS.index(word) + 1
    return MONTH_ABBREVIATIONS.get(word)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def basis_words(dated: Dated, published: dt.date) -> str:
    if dated.basis == "in_text":
        return "printed in the text"
    return f"the desk's estimate: “{dated.text}” in an article published on {published:%A} {published.isoformat()}"


# --- drafts ------------------------------------------------------------------------------------------

FOLDERS = {kind: folder for folder, kind in ENTITY_FOLDERS.items()}
DRAFT_NOTE = ("# A draft from `python -m knowledge mentions`: it fails check until you finish it.\n"
              "# {what}\n"
              "# Check the quote says what you write, then delete these comments.")


def write_drafts(found: Mentions, folder: Path, today: dt.date) -> list[Path]:
    """Entity files for the new names and event files for the dated sentences, under `folder` (a
    knowledge data folder: people/, organizations/, places/, events/). Never overwrites a file."""
    written = []
    drafted_ids = {}
    for new in found.new:
        entity_id = make_id(new.name)
        if not entity_id:
            continue
        drafted_ids[new.name] = entity_id
        data = {"id": entity_id, "kind": new.kind, "name": new.name, "description": "", "reviewed": today,
                "facts": [{"text": "", "citations": [{"source": found.source, "quote": new.sentences[0]}]}]}
        what = (f"Kind guessed as {new.kind} from the words around the name: move the file to the right folder "
                "and fix kind if not.\n# Write description (one line, as the source describes them) and "
                "facts.text (what the quote supports).")
        written += _write(folder / FOLDERS[new.kind] / f"{entity_id}.toml", data, "entity", what)
    for dated in _one_per_sentence(found.dates, found.published):
        parties = [k.id for k in found.known if k.sentence == dated.sentence] + [
            drafted_ids[n.name] for n in found.new if dated.sentence in n.sentences and n.name in drafted_ids]
        event_id = f"{dated.date}-{'-'.join(make_id(dated.sentence).split('-')[:6])}"
        data = {"id": event_id, "date": _draft_date(dated), "date_basis": dated.basis,
                "date_note": f"“{dated.text}”; " + basis_words(dated, found.published) + ".",
                "title": "", "summary": "", "entities": list(dict.fromkeys(parties)), "topics": [],
                "reviewed": today, "citations": [{"source": found.source, "quote": dated.sentence}]}
        if dated.precision == "week":
            data["end"] = dt.date.fromisoformat(dated.date) + dt.timedelta(days=6)
            data["date_window"] = True
        what = ("Write title and summary (no more than the quote says); check date, date_basis and entities;\n"
                "# add place and topics. Delete this file if the date is not an event's.")
        written += _write(folder / EVENT_FOLDER / f"{event_id}.toml", data, "event", what)
    return written


def _one_per_sentence(dates: list[Dated], published: dt.date) -> list[Dated]:
    """A sentence is one event: its date is the one that is not the publication day (a dateline's
    "Nov 19"), where it has another."""
    chosen: dict[str, Dated] = {}
    for dated in dates:
        held = chosen.get(dated.sentence)
        if held is None or held.date == published.isoformat() and dated.date != held.date:
            chosen[dated.sentence] = dated
    return list(chosen.values())


def _draft_date(dated: Dated):
    if dated.precision in ("day", "week"):
        return dt.date.fromisoformat(dated.date)
    return dated.date


def _write(path: Path, data: dict, kind: str, what: str) -> list[Path]:
    if path.exists() or any(path.parent.parent.glob(f"*/{path.name}")):
        return []  # an entry by that id exists: the editor extends it instead
    path.parent.mkdir(parents=True, exist_ok=True)
    comments = DRAFT_NOTE.format(what=what).splitlines()
    with open(path, "x", encoding="utf-8") as out:
        out.write(render(data, kind, comments))
    return [path]


def registered_source(root: Path, text_path: Path) -> tuple[str, dt.date] | None:
    """The source id and publication date of an article already in sources.toml (by its SHA-256)."""
    import hashlib
    import tomllib

    from knowledge.files.loading import SOURCES_FILE, data_dir

    registry = data_dir(root) / SOURCES_FILE
    if not registry.is_file():
        return None
    digest = hashlib.sha256(text_path.read_bytes()).hexdigest()
    try:
        entries = tomllib.loads(registry.read_text(encoding="utf-8")).get("sources", [])
    except tomllib.TOMLDecodeError:
        raise EditorError(f"{registry.relative_to(root).as_posix()} does not read as TOML: run python -m knowledge "
                          "check") from None
    for entry in entries:
        if entry.get("sha256") == digest:
            published = entry.get("published")
            return entry["id"], published if isinstance(published, dt.date) else dt.date.fromisoformat(str(published))
    return None
