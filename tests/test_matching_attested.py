"""How /who does on names as the world printed them (tests/data/attested_names.toml).

Every spelling in the set was printed by an outlet, wire, encyclopedia, sanctions list or naming standard,
with where; none comes from the desk's alias lists. The real matcher runs through the real store built
from the real knowledge. Figures are printed by script, kind and category (run with -s), so a regression
shows where it is. The spellings themselves are printed only with ATTESTED_SHOW=1 (and in a failing
gate's message), so that whoever curates aliases can run the suite without reading the set: aliases are
to come from the curator's own sources, or the set stops measuring anything. Gates that never move: no wrong answer, no absent name answered, no ambiguous name
answered. The floors below are the share of attested found spellings answered with the right entity;
the few typos made up here (attested = false) are reported apart and count towards no floor.
Entries with a `batch` were gathered later, by someone who had not seen the aliases, and recorded before the
matcher ran on them: their figures are printed apart and held to their own floors (BATCH_FLOORS), a
held-out check on rules and aliases tuned while the original batch's figures were watched.
A held-out batch, once it has measured what it can, is opened to those who write rules, and a new one is
gathered to take its place: 2026-12-01 was held out for two sessions (89.5% people, 88.1% organisations,
95.8% places at its last held-out reading, 2026-12-01, fourth session) and is open from the fifth; 2026-12-01b
was held out for two sessions (90.3% people, 88.1% organisations, 91.7% places, 75.6% other scripts at its last
held-out reading, fifth session) and is open from the sixth, when 2026-12-02 (gathered in the fifth) holds out
alone; 2026-12-02 was held out for two sessions (89.8% people, 89.3% organisations, 94.2% places; Latin 91.3%,
Arabic 88.0%, Hebrew 98.0%, other scripts 92.2% at its last held-out reading) and is open to rule writers from
the seventh session (2026-12-02, third), when 2026-12-03 (gathered in the seventh) holds out alone; 2026-12-03
and later batches stay held out until a newer batch replaces them.
"""

from __future__ import annotations

import os
import re
import tomllib
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

# Floors: the share of found spellings answered with the right entity, per group. Raise them as matching
# and aliases improve; never lower them to make a change pass. Issue 8's targets: people 0.97,
# organizations and places 0.92, Arabic and Hebrew script 0.85.
# Organisations went 0.74 -> 0.73 once, on purpose: made-up acronyms come only from house names now
# (from every translated alias they answered RIP, GAS, FDI with Pakistan, the Gulf states, the IDF),
# which lost two acronyms outlets do print; they belong in the aliases, with where they were printed.
# Hebrew went 0.95 -> 0.93 in both batches once, on purpose (2026-12-01, third session): ברנע alone
# lists, as Barnea alone does, since Nahum Barnea, Yedioth's columnist, is quoted by it as often as the
# Mossad's chief; each batch holds one bare ברנע that outlets printed for David Barnea.
# Arabic went 0.91 -> 0.90 (2026-12-01) and 0.90 -> 0.89 (2026-12-01b) once, on purpose (fourth session):
# a name of generic words only answers only in its own order, so جهاز الأمن العام (the General Security
# Service) lists the Shin Bet, whose Arabic name here is الجهاز العام للأمن: Lebanon's General Security
# (الأمن العام) and Jordan's Public Security carry the same words. Each batch holds one, printed for the Shin Bet.
# People 0.969 -> 0.955, Arabic 0.925 -> 0.92, Hebrew 0.95 -> 0.94 (original) and Latin 0.90 -> 0.895 (held-out
# 2026-12-02) once, on purpose (2026-12-02, second session): Herzog alone lists, in every script, since Israel's
# presidents include his father Chaim and his brother Michael was its ambassador in Washington; an office he
# holds still answers ("President Herzog"). Four spellings outlets printed for Isaac Herzog alone now ask.
# Arabic 0.93 -> 0.925 (original) once, on purpose (2026-12-02, third session): فتح alone lists Fatah, since
# it is also the verb and noun "opened/opening" of a thousand Gaza headlines (فتح معبر رفح) and a word of
# Fatah al-Islam's and Fatah al-Intifada's names; حركة فتح and the full name still answer. A spelling outlets
# printed for Fatah in the original batch now lists it (another in 2026-12-02, whose floor still holds).
FLOORS = {
    "kind": {"person": 0.955, "organization": 0.94, "place": 0.98},
    "script": {"arabic": 0.925, "hebrew": 0.94},
}
# Later batches, gathered afterwards by someone who had not seen the desk's aliases (the `batch` field;
# entries without one are the original batch, which FLOORS gates): each batch's floors start at what it
# measured when it was added, and are raised, as FLOORS are, to what rules and aliases made without
# reading its spellings reach (2026-12-01, second session: 89.5% people, 85.5% organisations, 94.5% places).
BATCH_FLOORS = {
    # Opened to rule writers in the fifth session (2026-12-02): raised to what it measures since (94.7% people,
    # 90.2% organisations; Latin 91.9%, Arabic 94.5%, Hebrew 97.9%, other scripts 95.8%).
    # Raised at the sixth session's end (91.5% organisations, 97.5% places; Latin 93.3%, Arabic 95.7%).
    # Latin 0.93 -> 0.92 on purpose (2026-12-02, third session): "Guyane" for Guyana, as one French outlet
    # printed it, now asks (Guyana the only name listed): Guyane is French Guiana in French, and answering
    # Guyana for it is a confident wrong answer (normalise.LOOKALIKES). 331 of 356, 93.0%, just under 93%.
    "2026-12-01": {"kind": {"person": 0.94, "organization": 0.91, "place": 0.97},
                   "script": {"latin": 0.92, "arabic": 0.95, "hebrew": 0.97, "other": 0.95}},
    # A third held-out batch, gathered the same day by someone else (89.2% people, 88.6% organisations,
    # 91.7% places; Latin 90.8%, Arabic 90.5%, Hebrew 97.1%, other scripts 73.2% when it was added).
    # Raised in the fifth session to what it measures there, still held out (90.3% people, Latin 91.2%, other 75.6%).
    # Opened to rule writers in the sixth session (2026-12-02, second), at those figures.
    # Raised at that session's end (91.9% people, 89.8% organisations, 95.9% places; Arabic 91.2%, other 95.1%).
    "2026-12-01b": {"kind": {"person": 0.91, "organization": 0.89, "place": 0.95},
                    "script": {"latin": 0.91, "arabic": 0.91, "hebrew": 0.97, "other": 0.95}},
    # A fourth held-out batch, gathered by someone else who read neither the aliases nor the earlier batches and
    # recorded before the matcher ran on it (88.8% people, 87.4% organisations, 88.8% places; Latin 89.3%,
    # Arabic 85.2%, Hebrew 98.0%, other scripts 86.3% when it was added, 2026-12-02, on main at 8aff1b7).
    # Raised at the session's end to what it measures (89.8% people, Latin 90.2%).
    # Raised at the sixth session's end, still held out (89.3% organisations, 94.2% places; Latin 91.3%,
    # Arabic 88.0%, other scripts 92.2%).
    "2026-12-02": {"kind": {"person": 0.89, "organization": 0.89, "place": 0.94},
                   "script": {"latin": 0.91, "arabic": 0.87, "hebrew": 0.97, "other": 0.92}},
    # A fifth held-out batch, gathered by helper "heldout" (2026-12-02, third session), who read neither the
    # aliases nor the earlier batches, and recorded before the matcher ran on it (on main at 9a71189): 92.2%
    # people, 88.1% organisations, 84.8% places; Latin 87.6%, Arabic 93.8%, Hebrew 100.0%, other scripts 76.2%
    # when it was added (commit 461cfea), with one wrong answer, fixed by a general rule before landing
    # (`holds._two_consonant_vowel_word`). On main at 3c19665 with that rule: organisations 87.4%, Arabic 93.1%
    # (one organisation's spelling that answered at recording asks under that session's rules), the rest as above.
    "2026-12-03": {"kind": {"person": 0.92, "organization": 0.87, "place": 0.84},
                   "script": {"latin": 0.87, "arabic": 0.93, "hebrew": 1.0, "other": 0.76}},
}
ORIGINAL = "original"
# The set's own size: issue 8 asks for at least 600 attested found spellings and keeps 250 absent names.
MIN_FOUND, MIN_ABSENT = 600, 250

SET = tomllib.loads((Path(__file__).parent / "data" / "attested_names.toml").read_text(encoding="utf-8"))
CATEGORIES = {"transliteration", "other-language convention", "full name", "list order", "typo", "acronym",
              "exonym", "script"}
SCRIPTS = {"latin", "arabic", "hebrew", "other"}
# asked+: a list of candidates with the right entity in it; asked-: a list without it.
OUTCOMES = ("right", "asked+", "asked-", "no entry", "WRONG")


def batch_of(entry: dict) -> str:
    return entry.get("batch", ORIGINAL)


def script_of(text: str) -> str:
    if re.search(r"[\u0600-\u06FF]", text):
        return "arabic"
    if re.search(r"[\u0590-\u05FF]", text):
        return "hebrew"
    letters = [c for c in text if unicodedata.category(c) in ("Lu", "Ll", "Lt", "Lo")]
    return "latin" if all(unicodedata.name(c, "").startswith("LATIN") for c in letters) else "other"


def source_of(where: str) -> str:
    """Where a spelling was printed: a naming standard (CLDR's names of countries, through
    umpirsky/country-list), the US sanctions list (OFAC's SDN list) or an outlet or reference work.
    Aliases may cite the same standard or list, so the outlets' rows are the figures independent of them."""
    if "umpirsky/country-list" in where or "CLDR" in where:
        return "CLDR"
    if "moov-io" in where or "SDN" in where:
        return "SDN list"
    return "outlets"


def outcome(resolution, expected: str) -> str:
    if resolution.decision == "found":
        return "right" if resolution.entity == expected else "WRONG"
    if resolution.decision == "ambiguous":
        listed = {c.entity for c in resolution.candidates}
        return "asked+" if expected in listed else "asked-"
    return "no entry"


def table(title: str, rows: dict[str, Counter]) -> list[str]:
    lines = [title, f"  {'':28}{'names':>6}  " + "  ".join(f"{o:>8}" for o in OUTCOMES) + f"  {'share':>7}"]
    for group, counts in sorted(rows.items()):
        asked = sum(counts.values())
        share = counts["right"] / asked if asked else 0.0
        lines.append(f"  {group:28}{asked:>6}  " + "  ".join(f"{counts[o]:>8}" for o in OUTCOMES)
                     + f"  {share:>7.1%}")
    return lines


def test_the_set_is_well_formed(real_store):
    entities = real_store.entities
    problems = []
    seen: set[tuple] = set()
    for section in ("found", "absent", "ambiguous"):
        for number, entry in enumerate(SET[section], start=1):
            label = f"{section} #{number} {entry.get('query')!r}"
            if not str(entry.get("where", "")).strip():
                problems.append(f"{label}: no 'where'")
            if entry.get("script") not in SCRIPTS or entry["script"] != script_of(entry["query"]):
                problems.append(f"{label}: script {entry.get('script')!r}, the text is {script_of(entry['query'])}")
            if not re.fullmatch(r"[a-z]{2,3}", str(entry.get("language", ""))):
                problems.append(f"{label}: language should be an ISO 639 code")
            if batch_of(entry) != ORIGINAL and batch_of(entry) not in BATCH_FLOORS:
                problems.append(f"{label}: batch {batch_of(entry)!r} has no floors in BATCH_FLOORS")
            # A later batch is its own sample: a spelling both batches found is in both.
            key = (section, entry["query"].casefold(), entry.get("entity"), batch_of(entry))
            if key in seen:
                problems.append(f"{label}: duplicate entry")
            seen.add(key)
    for number, entry in enumerate(SET["found"], start=1):
        label = f"found #{number} {entry['query']!r}"
        entity = entities.get(entry["entity"])
        if entity is None:
            problems.append(f"{label}: no entity {entry['entity']!r} in the store")
            continue
        if entry.get("kind") != entity.kind:
            problems.append(f"{label}: kind {entry.get('kind')!r}, the store says {entity.kind!r}")
        if entry.get("category") not in CATEGORIES:
            problems.append(f"{label}: category {entry.get('category')!r} is not one of {sorted(CATEGORIES)}")
        if entry.get("attested", True) is False and entry.get("category") != "typo":
            problems.append(f"{label}: only typos may be unattested")
        if entry["query"].casefold() == entity.name.casefold():
            problems.append(f"{label}: the house spelling itself tests nothing")
    for number, entry in enumerate(SET["ambiguous"], start=1):
        unknown = [e for e in entry["entities"] if e not in entities]
        if unknown or len(entry["entities"]) < 2:
            problems.append(f"ambiguous #{number} {entry['query']!r}: needs two or more known ids, unknown {unknown}")
    sections = {section: {entry["query"].casefold() for entry in SET[section]} for section in ("found", "absent", "ambiguous")}
    for first, second in (("found", "absent"), ("found", "ambiguous"), ("absent", "ambiguous")):
        both = sections[first] & sections[second]
        if both:
            problems.append(f"in both {first} and {second}: {sorted(both)}")
    house_names = {entity.name.casefold() for entity in entities.values()}
    for entry in SET["absent"]:
        if entry["query"].casefold() in house_names:
            problems.append(f"absent {entry['query']!r} is the name of an entity in the store")
    assert problems == [], "\n".join(problems)
    assert sum(1 for entry in SET["found"] if entry.get("attested", True)) >= MIN_FOUND
    assert len(SET["absent"]) >= MIN_ABSENT
    unattested = sum(1 for entry in SET["found"] if entry.get("attested", True) is False)
    assert unattested <= len(SET["found"]) // 20, "unattested typos must stay a small minority"


def test_found_spellings(real_store, capsys):
    by: dict[str, dict[str, Counter]] = {"kind": defaultdict(Counter), "script": defaultdict(Counter),
                                          "category": defaultdict(Counter), "source": defaultdict(Counter),
                                          "attested": defaultdict(Counter)}
    batches: dict[str, dict[str, dict[str, Counter]]] = defaultdict(
        lambda: {"kind": defaultdict(Counter), "script": defaultdict(Counter)})
    misses = []
    for entry in SET["found"]:
        resolution = real_store.resolve(entry["query"])
        result = outcome(resolution, entry["entity"])
        attested = entry.get("attested", True)
        by["attested"]["attested" if attested else "not attested (typos)"][result] += 1
        if attested:
            batches[batch_of(entry)]["kind"][entry["kind"]][result] += 1
            batches[batch_of(entry)]["script"][entry["script"]][result] += 1
            # The few typos made up here are reported apart and count towards no floor.
            by["kind"][entry["kind"]][result] += 1
            by["script"][entry["script"]][result] += 1
            by["category"][entry["category"]][result] += 1
            by["source"][f"{source_of(entry['where'])}, {entry['kind']}"][result] += 1
        if result != "right":
            listed = [c.entity for c in resolution.candidates]
            misses.append(f"  {result:9} {entry['query']!r} → {resolution.entity or listed} "
                          f"(expected {entry['entity']}; {entry['category']})")
    total = by["attested"]["attested"]
    with capsys.disabled():
        print(f"\nattested names: {total['right']} of {sum(total.values())} attested spellings answered right "
              f"({total['right'] / sum(total.values()):.1%}), {total['WRONG']} wrong")
        for name in ("kind", "script", "category", "source", "attested"):
            print("\n".join(table(f"by {name}:", by[name])))
        for batch in sorted(batches, key=lambda b: (b != ORIGINAL, b)):
            for name in ("kind", "script"):
                print("\n".join(table(f"batch {batch}, by {name}:", batches[batch][name])))
        if os.environ.get("ATTESTED_SHOW") == "1":
            print("not answered right:")
            print("\n".join(sorted(misses)))
    wrong = [line for line in misses if "WRONG" in line]
    assert wrong == [], "a confident answer about the wrong entity:\n" + "\n".join(wrong)
    below = []
    for batch, batch_floors in ((ORIGINAL, FLOORS), *BATCH_FLOORS.items()):
        for group_by, floors in batch_floors.items():
            for group, floor in floors.items():
                counts = batches[batch][group_by][group]
                share = counts["right"] / sum(counts.values())
                if share < floor:
                    below.append(f"batch {batch}, {group_by} {group}: {share:.1%} right, floor {floor:.0%}")
    assert below == []


def test_absent_names_are_never_answered(real_store, capsys):
    answered, per_batch = [], Counter()
    for entry in SET["absent"]:
        per_batch[batch_of(entry)] += 1
        resolution = real_store.resolve(entry["query"])
        if resolution.decision == "found":
            answered.append(f"  {entry['query']!r} → {resolution.entity} ({entry['why']}; batch {batch_of(entry)})")
    with capsys.disabled():
        print(f"\nattested absent names: {len(answered)} of {len(SET['absent'])} answered "
              f"(by batch: {', '.join(f'{b} {n}' for b, n in sorted(per_batch.items()))})")
    assert answered == [], "absent names answered:\n" + "\n".join(answered)


def test_ambiguous_names_are_never_answered(real_store, capsys):
    answered, incomplete = [], []
    for entry in SET["ambiguous"]:
        resolution = real_store.resolve(entry["query"])
        if resolution.decision == "found":
            answered.append(f"  {entry['query']!r} → {resolution.entity} (could be {entry['entities']})")
        elif not set(entry["entities"]) <= {c.entity for c in resolution.candidates}:
            incomplete.append(f"  {entry['query']!r} lists {[c.entity for c in resolution.candidates]} "
                              f"(could be {entry['entities']})")
    with capsys.disabled():
        print(f"\nattested ambiguous names: {len(answered)} of {len(SET['ambiguous'])} answered; "
              f"{len(incomplete)} listed without every entity they could mean")
        if os.environ.get("ATTESTED_SHOW") == "1":
            print("\n".join(incomplete))
    assert answered == [], "ambiguous names answered:\n" + "\n".join(answered)

