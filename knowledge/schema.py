"""The shape of the editors' files: one pydantic model per kind of TOML file.

Unknown keys are rejected so that a misspelt key (`qoute = ...`) is an error, not silently ignored.
Every field carries a description: `python -m knowledge schema` prints them as the data dictionary.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from enum import Enum
from typing import Annotated, Literal, get_args

from pydantic import (AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, field_validator,
                      model_validator)

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
# After this many days without a newer source, the bot says an answer "may be out of date" and
# `python -m knowledge stale` lists the record (KNOWLEDGE_STALE_DAYS overrides it for both).
STALE_DAYS = 180
SOURCE_ID_PATTERN = r"^[A-Za-z0-9_]+$"

# A string that must say something: empty or whitespace-only text is an error everywhere.
Text = Annotated[str, Field(min_length=1, pattern=r"\S")]
EntityId = Annotated[str, Field(pattern=ID_PATTERN)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


class DateBasis(str, Enum):
    """How a date is known."""

    in_text = "in_text"  # the source itself gives the date
    confirmed = "confirmed"  # worked out from the text and confirmed by dated reports
    estimated = "estimated"  # worked out from the text; not confirmed


class Precision(str, Enum):
    year = "year"
    month = "month"
    day = "day"


PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?$")


class PartialDate(Strict):
    """A date known to the year, the month or the day (as in TimelineJS)."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.day
        if self.month is not None:
            return Precision.month
        return Precision.year

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        if self.day is not None:
            return self.first_day()
        if self.month is None:
            return dt.date(self.year, 12, 31)
        next_month = dt.date(self.year + self.month // 12, self.month % 12 + 1, 1)
        return next_month - dt.timedelta(days=1)

    def iso(self) -> str:
        """`2007`, `2023-12` or `2025-11-05`: the form editors write and the JSON carries."""
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    @classmethod
    def parse(cls, value: object) -> "PartialDate":
        """Accept a TOML date (full precision) or a string `YYYY` / `YYYY-MM` / `YYYY-MM-DD`."""
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, dt.datetime):
            raise ValueError("give a date without a time of day, e.g. 2025-11-05")
        if isinstance(value, dt.date):
            return cls(year=value.year, month=value.month, day=value.day)
        if isinstance(value, str):
            text = value.strip()
            try:
                return cls.parse(dt.date.fromisoformat(text))
            except ValueError:
                pass
            match = PARTIAL_DATE.match(text)
            if match:
                year, month = int(match[1]), match[2]
                if month is not None and not 1 <= int(month) <= 12:
                    raise ValueError(f"month {month} does not exist in {text!r}")
                return cls(year=year, month=int(month) if month else None)
        raise ValueError(
            f"{value!r} is not a date: write 2025-11-05 (a day), \"2025-11\" (a month) or \"2025\" (a year)"
        )


def _full_date(value: object) -> object:
    """A day, never a date and time: `published = 2025-11-06`, `reviewed = 2026-11-21`."""
    if isinstance(value, dt.datetime):
        raise ValueError("give the date without a time of day, e.g. 2025-11-06")
    return value


FullDate = Annotated[dt.date, BeforeValidator(_full_date)]


@functools.cache  # asked for every key of every file by check and format; the models never change
def takes_a_day(model: type[BaseModel], name: str) -> bool:
    """Whether a field holds a date that may be a full day: such a day is a TOML date, never a string
    ("2025-11-05" in quotes is reported by check and unquoted by format)."""
    field = model.model_fields.get(name)
    return field is not None and _mentions(field.annotation, (dt.date, PartialDate))


def _mentions(annotation, types: tuple) -> bool:
    return annotation in types or any(_mentions(inner, types) for inner in get_args(annotation))


# When an editor last checked a record against its sources: the card shows it, `stale` lists the rest.
REVIEWED = "The day an editor last checked this record against its sources, e.g. 2026-11-21."
REVIEWER = "Who checked it (name or initials); optional."


class Citation(Strict):
    """Where a statement comes from: a source and the exact words in it that support the statement."""

    source: Text = Field(description="Id of a source in sources.toml (the seed's file name without .txt).")
    quote: Text = Field(
        description="Words copied verbatim from the source: enough to stand alone, not a whole paragraph. "
        "Only whitespace, typographic quotes, apostrophes and dashes may differ."
    )

    @field_validator("quote")
    @classmethod
    def _quote_length(cls, quote: str) -> str:
        words = len(quote.split())
        if words < 3:
            raise ValueError(f"quote has {words} word(s); quote at least 3 words so it stands alone")
        if len(quote) > 600:
            raise ValueError(f"quote is {len(quote)} characters; cut it to the words that support the text (600 at most)")
        return quote


Citations = Annotated[list[Citation], Field(min_length=1)]


# Where a spelling was published: an address, or a publication and the date it printed the spelling.
ATTESTATION = re.compile(r"^(https?://\S+|[^,]*\S[^,]*, \d{4}(-\d{2}){0,2})( \(.*\S.*\))?$")


def _attestation(entry: str) -> str:
    if not ATTESTATION.match(entry.strip()):
        raise ValueError(
            f"{entry!r} does not say where: give the address (https://..., optionally followed by "
            "\"(what it is)\") or the publication and date (\"Anadolu Agency, 2025-11-05\")"
        )
    return entry


Attestation = Annotated[str, AfterValidator(_attestation)]


class Alias(Strict):
    """Another way the name is written, and where that spelling comes from.

    Every alias names its provenance, at least one of: `seen_in` (a seed prints it), `attested` (an
    outlet, wire, list or reference work printed it) or `standard` (the editor's note that it is a
    standard form: a transliteration, the name in its own script, an official name, an acronym). `check`
    requires one.
    """

    name: Text = Field(description="The spelling exactly as written, in any script but one script a word: "
                                   "`check` refuses a word mixing two (a Cyrillic а pasted into a Latin name), "
                                   "which no query would ever match.")
    seen_in: list[Text] = Field(
        default_factory=list,
        description="Ids of sources that use this spelling; checked against the source text.",
    )
    attested: list[Attestation] = Field(
        default_factory=list,
        description="Where else this spelling was printed, one entry each: the address the editor saw it at, "
        "optionally followed by what it is in brackets (\"https://de.wikipedia.org/wiki/Kairo (German "
        "Wikipedia)\"), or, with no address, the publication and date (\"Anadolu Agency, 2025-11-05\").",
    )
    standard: str = Field(
        default="",
        description="The editor's note that this is a standard form of the name rather than one seen "
        "printed: a transliteration (which convention, of which form: \"Romanisation of محمد as Muhammad\"), "
        "the name in its own script, a translation, an official name or an acronym (\"Initials of United "
        "Nations Security Council\"). Prefer seen_in or attested where a printed source exists.",
    )
    shared: bool = Field(
        default=False,
        description="Set to true, in every entity that carries this alias, when two entities really share "
        "it (\"Abbas\"): a deliberate ambiguity. Without it a shared alias is an error.",
    )

    @property
    def has_provenance(self) -> bool:
        return bool(self.seen_in or self.attested or self.standard.strip())


class CommonName(Strict):
    """A name that on its own says too little to answer with: a family name many people carry (a ruling
    family, a large clan, a common surname), or a name that is also an ordinary word. A query that matches only these words of an entity's name lists the entity as a candidate;
    with the given name beside it (Mohammed Al Thani), or any other word of the name, it answers."""

    spellings: list[Text] = Field(
        min_length=1,
        description="The name as the store's names and aliases write it, each spelling and script that "
        "should only list (\"Al Thani\", \"Al Sani\", \"آل ثاني\", \"Аль Тани\"): whole words of at least one "
        "entity's name or alias; check says which are not. A spelling left out still answers alone.",
    )
    reason: Text = Field(description="Why it says too little on its own: whose family it is, how many carry "
                         "it, what else the word means (\"Arabic for 'the snake'\").")
    others: list[Text] = Field(
        default_factory=list,
        description="Other people known by it, as a source printed their names (\"Tamim bin Hamad Al "
        "Thani\"), where the desk has one; empty for an ordinary word.",
    )
    seen_in: list[Text] = Field(
        default_factory=list,
        description="Ids of sources that print one of `others`; check verifies that they do.",
    )
    attested: list[Attestation] = Field(
        default_factory=list,
        description="Where else one of `others` was printed: an address, optionally followed by what it is "
        "in brackets, or a publication and date.",
    )


class Namesake(Strict):
    """Another person, not in the store, whose name holds the whole of an entity's name: a query naming
    him is not answered with the entity (Yitzhak HaLevi Herzog, Isaac Herzog's grandfather, is not
    Yitzhak Herzog). His words beside the entity's are not a middle name that costs little."""

    name: Text = Field(description="His name as a source printed it, whole (\"Yitzhak HaLevi Herzog\"); "
                       "it must hold every word of some entity's name or alias, and be no entity's name.")
    reason: Text = Field(description="Who he is, and whose name his holds.")
    attested: list[Attestation] = Field(
        min_length=1,
        description="Where his name was printed: an address, optionally followed by what it is in brackets, "
        "or a publication and date.",
    )


class CommonNamesFile(Strict):
    names: list[CommonName] = Field(min_length=1)
    namesakes: list[Namesake] = Field(
        default_factory=list, description="Other people whose names hold an entity's whole name.")


class Fact(Strict):
    """One statement the bot may make about an entity."""

    text: Text = Field(description="The editor's sentence. It says nothing its quotes do not support.")
    key: bool = Field(
        default=False,
        description="Set to true to make this fact lead the /who card, before the newest facts: only for "
        "the one or two facts a journalist needs first (the current role). Leave it out otherwise.",
    )
    citations: Citations = Field(description="One or more citations that support the sentence.")


EntityKind = Literal["person", "organization", "place"]


class Entity(Strict):
    """A person, organisation or place: one file under people/, organizations/ or places/."""

    id: EntityId = Field(description="Lower-case words joined by hyphens; equal to the file name.")
    kind: EntityKind = Field(description="person, organization or place; must match the folder.")
    name: Text = Field(description="The house spelling.")
    description: Text = Field(description="One line: who or what this is, as the sources describe it.")
    within: EntityId | None = Field(
        default=None,
        description="Places only: id of the place this one lies in (Cairo within egypt, Rafah within "
        "gaza-strip), so that the larger place's timeline includes events located here.",
    )
    aliases: list[Alias] = Field(default_factory=list, description="Every other spelling.")
    facts: list[Fact] = Field(default_factory=list, description="Cited statements.")
    reviewed: FullDate | None = Field(default=None, description=REVIEWED)
    reviewer: Text | None = Field(default=None, description=REVIEWER)
    notes: str = Field(default="", description="Editors' notes; never shown to users.")


class Event(Strict):
    """A dated event: one file under events/."""

    id: EntityId = Field(description="Lower-case words joined by hyphens; equal to the file name.")
    date: PartialDate = Field(description="2025-11-05 (day), \"2025-11\" (month) or \"2025\" (year).")
    end: PartialDate | None = Field(default=None, description="Last day of an event that spans days.")
    date_window: bool = Field(
        default=False,
        description="Set to true when date and end are the window in which the event happened, not how "
        "long it lasted (an arrival reported as 11 or 12 August 2025; a meeting some day in one week): "
        "the bot then shows \"11 or 12 August 2025\", never a two-day visit. Needs end.",
    )
    date_basis: DateBasis = Field(description="in_text, confirmed or estimated.")
    date_note: Text = Field(description="How the date was worked out, e.g. the expression in the text.")
    title: Text = Field(description="One line, under 100 characters.", max_length=100)
    summary: Text = Field(description="Two or three sentences that the citations support.")
    entities: list[EntityId] = Field(
        default_factory=list,
        description="Ids of every party taking part, as the quotes show them: people, organisations, and "
        "places acting as parties (Qatar mediating, the United States submitting a resolution).",
    )
    place: EntityId | None = Field(default=None, description="Id of the place where it happened.")
    topics: list[Annotated[str, Field(pattern=r"^[a-z][a-z -]*$")]] = Field(
        default_factory=list, description="Lower-case topic words, e.g. ceasefire, hostages, disarmament."
    )
    citations: Citations = Field(description="One or more citations that support the title and summary.")
    reviewed: FullDate | None = Field(default=None, description=REVIEWED)
    reviewer: Text | None = Field(default=None, description=REVIEWER)
    notes: str = Field(default="", description="Editors' notes; never shown to users.")

    @field_validator("date", "end", mode="before")
    @classmethod
    def _parse_date(cls, value: object) -> object:
        return None if value is None else PartialDate.parse(value)

    @model_validator(mode="after")
    def _window_has_an_end(self) -> "Event":
        if self.date_window and self.end is None:
            raise ValueError("date_window = true needs an end: the last day the event may have happened")
        return self


class Source(Strict):
    """A source document: one [[sources]] table in sources.toml."""

    id: Annotated[str, Field(pattern=SOURCE_ID_PATTERN)] = Field(description="The file name without .txt.")
    file: Text = Field(description="Path of the text, relative to the project root (seeds/...).")
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")] = Field(
        description="SHA-256 of the file's bytes, written by `python -m knowledge add-source`: check "
        "fails if the text changes.")
    outlet: Text = Field(description="Who published it.")
    headline: str = Field(default="", description="Headline where the desk knows it; empty otherwise.")
    published: FullDate = Field(description="Date of publication.")
    published_basis: DateBasis = Field(description="confirmed (seen on a published copy) or estimated.")
    published_note: str = Field(default="", description="Range or reasoning for an estimated date.")
    url: str = Field(default="", description="Address where known; empty otherwise.")
    language_note: Text = Field(description="Original language or translation history.")
    derivation: str = Field(
        default="",
        description="Shown with every citation of this source when its text is not the outlet's own "
        "original: how it reached the desk (\"machine translation of an Indonesian rewrite of a Jerusalem "
        "Post report\"). Empty for an original.",
    )
    notes: str = Field(default="", description="What else the desk knows about it.")
    debris: list[Text] = Field(
        default_factory=list,
        description="Exact passages of page debris (widgets, repeated captions): never quoted as a source.",
    )

    @field_validator("url")
    @classmethod
    def _url(cls, url: str) -> str:
        if url and not url.startswith(("https://", "http://")):
            raise ValueError(f"{url!r} is not an address: start it with https://")
        return url


class SourcesFile(Strict):
    sources: list[Source] = Field(min_length=1)


ENTITY_FOLDERS: dict[str, EntityKind] = {
    "people": "person",
    "organizations": "organization",
    "places": "place",
}
EVENT_FOLDER = "events"
