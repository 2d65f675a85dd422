"""/timeline selects events by reference (id, date order, the days they span) and reads only the
records of the page it shows: the same events, in the same order, as selecting from every record."""

from __future__ import annotations

import pytest

from handlers import answer
from handlers.answers import Answer
from handlers.timeline import PAGE_SIZE, select_events
from knowledge.schema import Event, PartialDate
from knowledge.serving.store import KnowledgeStore, chronological

PERIODS = ["", " since 2025", " until 2023-12", " since 2025-11-05", " since 2024-06 until 2025-03", " until 2007"]
TOPICS = ["ceasefire", "hostages", "Rafah", "mediation", "Gaza ceasefire"]


def from_every_record(store: KnowledgeStore, subject: str, since: PartialDate | None,
                      until: PartialDate | None, entity: str | None) -> list[str]:
    """The selection as it was made before references: from the events' records."""
    events: dict[str, Event] = {}
    groups = [store.events] if not subject else [store.events_about(entity)] if entity else []
    if subject:
        groups.append(store.events_on_topic(subject))
    for group in groups:
        for event in group:
            events.setdefault(event.id, event)

    def within(event: Event) -> bool:
        last = (event.end or event.date).last_day()
        return not (since and last < since.first_day() or until and event.date.first_day() > until.last_day())

    return [e.id for e in sorted(events.values(), key=chronological) if within(e)]


def test_the_same_events_as_from_every_record(real_store):
    subjects = [real_store.summary(entity).name for entity in real_store.entities] + TOPICS
    compared = 0
    for subject in subjects:
        for period in PERIODS:
            selection = select_events(subject + period, real_store)
            if isinstance(selection, Answer):
                continue
            entity = selection.match.id if selection.match else None
            expected = from_every_record(real_store, selection.subject, selection.since, selection.until, entity)
            assert [e.id for e in selection.events] == expected, subject + period
            compared += 1
    assert compared > 300
    every = select_events("since 2025", real_store)
    assert [e.id for e in every.events] == from_every_record(real_store, "", PartialDate.parse("2025"), None, None)


def test_a_page_reads_the_records_of_its_events_and_no_others(real_build):
    store = KnowledgeStore.open(real_build)  # nothing read yet
    result = answer("timeline", "Hamas", store)
    assert result.page.total > 2 * PAGE_SIZE, "the real Hamas timeline should be several pages long"
    assert store._events._load.cache_info().currsize == PAGE_SIZE
    second = answer("timeline", "Hamas", store, page=2)
    assert [e.id for e in second.events] == [e.id for e in select_events("Hamas", store).events][PAGE_SIZE:2 * PAGE_SIZE]


@pytest.mark.parametrize("period, kept", [
    ("since 2025-11-30", True), ("since 2025-12-01", False), ("until 2025-11-01", True), ("until 2025-10-31", False),
])
def test_an_event_known_to_the_month_spans_every_day_of_it(mini_store, period, kept):
    """The mini tree's Hamas timeline has an event dated only 2025-11."""
    dates = [e.date for e in answer("timeline", f"Hamas {period}", mini_store).events]
    assert ("2025-11" in dates) is kept, dates
