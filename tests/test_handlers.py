"""/who and /timeline as pure functions over a store: what the journalist is told."""

from __future__ import annotations

import pytest

from handlers import answer
from handlers.who import CARD_FACTS
from handlers.parsing import FilterError, plain_text, timeline_query
from knowledge.files.quotes import SourceText


def test_who_found_has_cited_facts_newest_first(mini_store):
    result = answer("who", "Haniyeh", mini_store)
    assert result.status == "found"
    assert result.match.id == "ismail-haniyeh"
    assert [f.as_of for f in result.facts] == ["2025-11-07", "2023-12-20"]
    assert all(f.citations for f in result.facts)
    assert result.facts[0].citations[0].published_basis == "estimated"
    assert [e.id for e in result.events] == ["2023-12-20-kamel-meets-haniyeh"]


def test_who_quotes_are_the_sources_own_words(mini_store):
    [citation] = answer("who", "Haniyeh", mini_store).facts[0].citations
    # The editor typed a straight apostrophe and a hyphen; the reader sees what the source printed.
    assert citation.quote == "Hamas’s delegation – led by Ismail Haniyeh"


def every_fact(store, entity) -> list:
    """The facts of every card of the entity, following More facts from the first."""
    facts, start = [], 0
    while True:
        result = answer("who", entity.name, store, entity_id=entity.id, facts_from=start)
        assert len(result.facts) <= CARD_FACTS and result.facts_from == start
        assert result.facts or start >= result.facts_total, "a card with facts left shows some"
        facts += result.facts
        start += len(result.facts)
        if start >= result.facts_total:
            return facts


def test_who_carries_the_cards_facts_and_how_many_there_are_in_all(real_store):
    entity = real_store.entities["hamas"]
    result = answer("who", "Hamas", real_store)
    assert len(entity.facts) > CARD_FACTS
    assert len(result.facts) == CARD_FACTS and result.facts_total == len(entity.facts)
    paged = every_fact(real_store, entity)
    assert sorted(f.text for f in paged) == sorted(f.text for f in entity.facts), "each fact on one card, once"


def test_who_lists_at_most_three_latest_events(real_store):
    result = answer("who", "Hamas", real_store)
    assert len(result.events) == 3
    assert result.more_events == len(real_store.events_about("hamas")) - 3
    dates = [e.date for e in result.events]
    assert dates == sorted(dates, reverse=True)


def test_cards_worked_out_at_build_time_agree_with_the_entrys_records(real_store):
    """A card is read from the form the build worked out; what it says of the entry's events and
    facts must be what the entry's records say."""
    for entity_id in real_store.entities:
        entity = real_store.entities[entity_id]
        events = real_store.events_about(entity_id)
        result = answer("who", entity.name, real_store, entity_id=entity_id)
        assert [e.id for e in result.events] == [e.id for e in events[::-1][:3]], entity_id
        assert result.more_events == len(events) - len(result.events), entity_id
        assert result.facts_total == len(entity.facts), entity_id
        dates = [real_store.as_of(f.citations) for f in entity.facts] + [real_store.as_of(e.citations) for e in events]
        assert result.as_of == (max(dates).isoformat() if dates else None), entity_id
        assert (result.match.name, result.description) == (entity.name, entity.description), entity_id


def test_who_ambiguous_lists_candidates_with_descriptions(mini_store):
    result = answer("who", "Abbas", mini_store)
    assert result.status == "ambiguous"
    assert {c.id for c in result.candidates} == {"abbas-kamel", "mahmoud-abbas"}
    assert all(c.description for c in result.candidates)
    assert result.facts == []


def test_who_picked_candidate(mini_store):
    result = answer("who", "Abbas", mini_store, entity_id="abbas-kamel")
    assert (result.status, result.match.id) == ("found", "abbas-kamel")


def test_who_not_found(mini_store):
    result = answer("who", "Yahya Sinwar", mini_store)
    assert result.status == "not_found"
    assert result.match is None
    assert result.message == "The desk has no entry for “Yahya Sinwar”."


@pytest.mark.parametrize("text", ["", "help", "  HELP ", "?"])
def test_help_and_empty_input(mini_store, text):
    for command in ("who", "timeline"):
        result = answer(command, text, mini_store)
        assert result.status == "usage"
        assert f"/{command}" in result.message and "Examples" in result.message


def test_slack_markup_is_reduced_to_words(mini_store):
    assert plain_text("<@U123|Ismail Haniyeh>") == "Ismail Haniyeh"
    assert plain_text("<#C1|news> <https://example.com|Haniyeh> &amp; <!here>") == "news Haniyeh &"
    assert answer("who", "<@U123|haniyeh>", mini_store).match.id == "ismail-haniyeh"


def test_timeline_of_a_place_in_date_order(mini_store):
    result = answer("timeline", "Cairo", mini_store)
    assert result.status == "found" and result.match.id == "cairo"
    assert [(e.date, e.precision) for e in result.events] == [("2023-12-20", "day"), ("2025-11", "month")]
    assert result.events[1].date_basis == "estimated"


def test_timeline_of_a_topic(mini_store):
    result = answer("timeline", "mediation", mini_store)
    assert result.status == "found" and result.match is None and result.topic == "mediation"
    assert [e.id for e in result.events] == ["2023-12-20-kamel-meets-haniyeh", "2025-11-talks-in-cairo"]


def test_timeline_since_and_until(mini_store):
    assert [e.date for e in answer("timeline", "Hamas since 2023-12", mini_store).events] == ["2023-12-20", "2025-11"]
    assert [e.date for e in answer("timeline", "Hamas until 2023", mini_store).events] == ["2007", "2023-12-20"]
    assert [e.date for e in answer("timeline", "Hamas since 2024 until 2025-10", mini_store).events] == []


def test_timeline_bad_dates_get_usage_with_the_reason(mini_store):
    result = answer("timeline", "Hamas since yesterday", mini_store)
    assert result.status == "usage"
    assert result.message.startswith("“yesterday” is not a date")
    with pytest.raises(FilterError):
        timeline_query("Hamas since 2025 until 2024")


def test_timeline_words_from_and_to_stay_in_the_subject():
    assert timeline_query("Hamas delegation to Cairo").subject == "Hamas delegation to Cairo"
    assert timeline_query("Hamas from 2025").since.iso() == "2025"


def test_timeline_pages(real_store):
    first = answer("timeline", "Hamas", real_store)
    assert first.page.total > first.page.size, "the real Hamas timeline should need more than one page"
    second = answer("timeline", "Hamas", real_store, page=2)
    assert second.page.number == 2
    assert not {e.id for e in first.events} & {e.id for e in second.events}


@pytest.mark.parametrize("subject, expected", [
    ("Rafah", "rafah"), ("Khalil al-Hayya", "khalil-al-hayya"), ("Hamas", "hamas"), ("ceasefire", None),
])
def test_the_timelines_the_issue_names_work(real_store, subject, expected):
    result = answer("timeline", subject, real_store)
    assert result.status == "found"
    assert (result.match.id if result.match else None) == expected
    assert result.events, f"/timeline {subject} has no events"
    assert all(e.citations for e in result.events)


def test_every_entity_answers_with_a_citation_found_in_its_seed(real_store):
    texts = {sid: SourceText((__import__("pathlib").Path(__file__).parent.parent / "seeds" / f"{sid}.txt")
                             .read_text(encoding="utf-8")) for sid in real_store.sources}
    for entity in real_store.entities.values():
        result = answer("who", entity.name, real_store, entity_id=entity.id)
        assert result.status == "found"
        citations = ([c for f in every_fact(real_store, entity) for c in f.citations]
                     + [c for e in result.events for c in e.citations])
        assert citations, f"/who {entity.name} states nothing with a source"
        for citation in citations:
            assert texts[citation.source].find(citation.quote) == "found", (entity.id, citation.quote)


def test_every_entity_is_found_by_its_house_name(real_store):
    missed = [e.name for e in real_store.entities.values()
              if (r := real_store.resolve(e.name)).decision != "found" or r.entity != e.id]
    assert missed == []


@pytest.mark.parametrize("subject", ["Gaza", "Gazze", "غزة", "עזה"])
def test_timeline_of_a_name_shared_by_a_place_and_a_place_within_it_is_the_larger_places(real_store, subject):
    # Bare Gaza is the Gaza Strip and Gaza City, within it: the Strip's timeline holds the City's events,
    # so it is the timeline asked for whichever was meant, and the reply says so.
    result = answer("timeline", subject, real_store)
    strip = answer("timeline", "Gaza Strip", real_store)
    assert (result.status, result.match.id) == ("found", "gaza-strip")
    assert result.page.total == strip.page.total > 0
    assert "Gaza City" in result.message and "Gaza Strip" in result.message
    assert strip.message == ""
    # /who still asks: a card would say what one of them is.
    assert answer("who", subject, real_store).status == "ambiguous"


def test_the_larger_places_timeline_still_says_when_a_period_has_no_events(real_store):
    # The note saying whose timeline it is does not replace "no events": both are said.
    result = answer("timeline", "Gaza since 2099", real_store)
    assert result.page.total == 0
    assert "Gaza Strip" in result.message and result.message.endswith("No events in that period.")


def test_timeline_of_a_name_shared_by_two_people_still_asks(real_store):
    # Refused: two people sharing a name have no timeline that holds both; neither lies within the other.
    result = answer("timeline", "Abbas", real_store)
    assert result.status == "ambiguous" and {"mahmoud-abbas", "abbas-kamel"} <= {c.id for c in result.candidates}
