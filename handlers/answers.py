"""The answer a handler returns: what the bot will say, before it is rendered for Slack or a terminal.

A fact or an event cannot be built without at least one citation, and every citation carries the
source's outlet and date: whatever renders an answer has what it needs to cite.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

REVIEWED = "YYYY-MM-DD: the day an editor last checked it against its sources; None if never."
REVIEWER = "Who checked it, where the desk recorded that."

Status = Literal["found", "ambiguous", "not_found", "usage", "error"]
Command = Literal["who", "timeline"]


class AnswerModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Citation(AnswerModel):
    source: str = Field(description="The source's id: the seed's file name without .txt.")
    quote: str = Field(description="The source's exact words.")
    outlet: str
    headline: str = Field(description="Empty where the desk does not know it.")
    published: str = Field(description="YYYY-MM-DD")
    published_basis: Literal["in_text", "confirmed", "estimated"]
    url: str = Field(description="Empty where the desk does not know it.")
    derivation: str = Field(default="", description="How the text reached the desk when it is not the "
                            "outlet's original (a machine translation, a rewrite); empty for an original.")


class Fact(AnswerModel):
    text: str
    key: bool = Field(default=False, description="The editors mark it as leading the card.")
    as_of: str = Field(description="YYYY-MM-DD: the newest publication date among its sources.")
    citations: list[Citation] = Field(min_length=1)


class Event(AnswerModel):
    id: str
    date: str = Field(description="2007, 2023-12 or 2025-11-05: as precise as the date is known.")
    end: str | None = None
    precision: Literal["year", "month", "day"]
    date_basis: Literal["in_text", "confirmed", "estimated"]
    date_window: bool = Field(default=False, description="date–end is when it happened, not how long it lasted.")
    title: str
    place: str | None = Field(default=None, description="House name of the place where it happened.")
    via: str | None = Field(default=None, description="On a place's timeline because it happened in this "
                            "place, which lies within the subject.")
    citations: list[Citation] = Field(min_length=1)
    reviewed: str | None = Field(default=None, description=REVIEWED)
    reviewer: str | None = Field(default=None, description=REVIEWER)


class EntityRef(AnswerModel):
    id: str
    name: str
    kind: Literal["person", "organization", "place"]


class Candidate(EntityRef):
    description: str
    found_by: Literal["name", "description"] = Field(
        default="name", description="name: a spelling is near; description: its description or facts say so.")


class Page(AnswerModel):
    number: int = Field(ge=1)
    pages: int = Field(ge=1)
    size: int = Field(ge=1, description="Events per page.")
    total: int = Field(ge=0, description="Events in the whole timeline, on every page.")


class Answer(AnswerModel):
    command: Command | None = Field(description="None for a command the bot does not have.")
    query: str = Field(description="What the user typed, reduced to plain words.")
    status: Status
    match: EntityRef | None = None
    topic: str | None = Field(default=None, description="For a timeline of a topic rather than an entity.")
    description: str = ""
    aliases: list[str] = Field(default_factory=list)
    candidates: list[Candidate] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list, description="/who: the card's facts: of every fact (key facts "
                              "first, then newest), up to five from facts_from.")
    facts_from: int = Field(default=0, ge=0, description="/who: where the card's facts start among every fact "
                            "(More facts).")
    facts_total: int = Field(default=0, ge=0, description="/who: how many facts the entry has in all.")
    events: list[Event] = Field(default_factory=list)
    more_events: int = Field(default=0, description="/who: events beyond those listed, on /timeline.")
    page: Page | None = None
    since: str | None = None
    until: str | None = None
    message: str = Field(default="", description="Usage text, or why nothing was found.")
    revision: str = Field(description="The knowledge build the answer came from.")
    as_of: str | None = Field(default=None, description="YYYY-MM-DD: the newest source behind the answer.")
    stale: bool = Field(default=False, description="The newest source is older than the desk's freshness limit.")
    reviewed: str | None = Field(default=None, description="YYYY-MM-DD: an editor last checked the entry.")
    reviewer: str | None = None
