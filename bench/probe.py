"""Run in a fresh process by the benchmark: open one build, then time matching on its queries.

    python -m bench.probe BUILD QUERIES [--naive N]

Prints one JSON object: the store's open time and the process's resident memory before and after
opening (and its proportional share, PSS), then for the bot's matcher and for the naive baseline
(`rapidfuzz.process.extractOne` with `WRatio` over every alias) the time per query and how many
answers were right, wrong, asked (candidates listed) or none. A fresh process per store keeps one
store's memory out of the next one's figures.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path


def memory() -> dict[str, int]:
    """This process's resident and proportional set sizes, in bytes (Linux)."""
    found = {}
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in {"Rss", "Pss"}:
            found[key.lower()] = int(rest.split()[0]) * 1024
    return found


def score(decision: str, answered: str | None, meant: list[str]) -> str:
    """right: answered the one person meant; wrong: answered anyone else, or answered at all when
    the name could mean several people or nobody the desk knows; asked: listed candidates (rightly,
    "asked_ambiguous", when the name could mean several); none: said there is no entry."""
    if decision == "found":
        return "right" if meant == [answered] else "wrong"
    if decision == "ambiguous":
        return "asked_ambiguous" if len(meant) > 1 else "asked"
    return "none"


def tally(verdicts: list[str]) -> dict[str, int]:
    counts = {"right": 0, "wrong": 0, "asked": 0, "asked_ambiguous": 0, "none": 0}
    for verdict in verdicts:
        counts[verdict] += 1
    counts["asked_ambiguous"], counts["asked"] = counts["asked_ambiguous"], counts["asked"] + counts["asked_ambiguous"]
    return counts


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def timings(values: list[float]) -> dict[str, float]:
    return {"p50": percentile(values, 0.5), "p99": percentile(values, 0.99), "n": len(values)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("build", type=Path)
    parser.add_argument("queries", type=Path)
    parser.add_argument("--naive", type=int, default=0, help="queries to run the naive baseline on (0: none)")
    # Once by default, as the naive baseline is run: the matcher keeps the matches of recently typed
    # words, so a second round of the same query would time a cache hit, not the query.
    parser.add_argument("--rounds", type=int, default=1, help="times each query is resolved (the median is kept)")
    args = parser.parse_args(argv)

    from knowledge.serving.store import KnowledgeStore

    before = memory()
    started = time.perf_counter()
    store = KnowledgeStore.open(args.build)
    opened = time.perf_counter() - started
    after = memory()
    asked = json.loads(args.queries.read_text(encoding="utf-8"))

    result: dict = {"open_s": opened, "rss_before": before["rss"], "rss_after": after["rss"],
                    "pss_after": after["pss"], "queries": len(asked),
                    "ambiguous": sum(len(q["meant"]) > 1 for q in asked),
                    "absent": sum(not q["meant"] for q in asked)}
    spent, verdicts = [], []
    by_kind: dict[str, list[str]] = {}
    for query in asked:
        rounds = []
        for _ in range(args.rounds):
            started = time.perf_counter()
            resolution = store.resolve(query["text"])
            rounds.append(time.perf_counter() - started)
        spent.append(sorted(rounds)[len(rounds) // 2])
        verdict = score(resolution.decision, resolution.entity, query["meant"])
        verdicts.append(verdict)
        by_kind.setdefault(query["kind"], []).append(verdict)
    result["matcher"] = {**timings(spent), **tally(verdicts), "times": spent,
                         "by_kind": {kind: tally(found) for kind, found in by_kind.items()}}

    if args.naive:
        from rapidfuzz import fuzz, process, utils

        spellings, owners = [], []
        for entity_id, spelling in store_names(store):
            spellings.append(utils.default_process(spelling))
            owners.append(entity_id)
        subset = asked[: args.naive]
        spent, verdicts = [], []
        for query in subset:
            started = time.perf_counter()
            best = process.extractOne(utils.default_process(query["text"]), spellings, scorer=fuzz.WRatio)
            spent.append(time.perf_counter() - started)
            verdicts.append(score("found" if best else "not_found", owners[best[2]] if best else None, query["meant"]))
        counts = tally(verdicts)
        # The bot's matcher on the same subset, so the counts compare like with like.
        mine = tally([score(r.decision, r.entity, q["meant"]) for q in subset for r in [store.resolve(q["text"])]])
        result["naive"] = {**timings(spent), **counts, "matcher_on_same": mine, "times": spent,
                           "ambiguous": sum(len(q["meant"]) > 1 for q in subset),
                           "absent": sum(not q["meant"] for q in subset)}
    json.dump(result, sys.stdout)
    return 0


def store_names(store) -> list[tuple[str, str]]:
    """(entity id, spelling) of every name and alias in the store."""
    if hasattr(store, "spellings"):
        return list(store.spellings())
    return [(row.entity, row.spelling) for row in store.matcher.rows]  # the store before issue 11


if __name__ == "__main__":
    sys.exit(main())
