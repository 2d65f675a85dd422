"""How fast and how well /who resolves names: `python bench/matching.py [--sizes 1000,100000,1000000]`.

Two parts. First the desk's real knowledge: every query of both evaluation sets (name_queries.toml and
attested_names.toml), timed through the store built by `knowledge build`. Then synthetic stores of 1k
to 1M aliases: people with Arabic, Turkish, Hebrew and English names drawn with realistic skew
(a few given names are very common), transliteration variants of each name as aliases, and queries
typed as journalists do (another variant, list order, a typo), some of them genuinely ambiguous (two
people with the same name) and some of people who are not in the store. The matcher (built from
`build_index`, as the store loads it) runs beside the naive baseline, `rapidfuzz.process.extractOne`
with `WRatio` over every alias, on the same queries: p50 and p99 per query and right, wrong and asked
counts for both. A benchmark, not a test: the machine is shared, so timings vary; ratios from one run
are what to compare.
"""

from __future__ import annotations

import argparse
import itertools
import json
import gc
import random
import statistics
import sys
import tempfile
import time
import tomllib
from pathlib import Path

from rapidfuzz import fuzz, process

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from knowledge.editing.build import build  # noqa: E402
from knowledge.names import normalise  # noqa: E402
from knowledge.names.matching import NameMatcher, NameRow, build_index  # noqa: E402
from knowledge.serving.store import KnowledgeStore  # noqa: E402

# Given names as (one name, its spellings): Muhammad and Mahmoud are two names, however alike.
GIVEN = [
    ("muhammad", ["Muhammad", "Mohammed", "Mohamed", "Mohammad"]), ("ahmad", ["Ahmad", "Ahmed"]),
    ("mahmud", ["Mahmoud", "Mahmud"]), ("ali", ["Ali"]), ("hasan", ["Hassan", "Hasan"]),
    ("husayn", ["Hussein", "Husain", "Hussain"]), ("khalil", ["Khalil", "Halil"]),
    ("umar", ["Omar", "Umar"]), ("yusuf", ["Yousef", "Youssef", "Yusuf"]), ("ibrahim", ["Ibrahim", "Ebrahim"]),
    ("ismail", ["Ismail", "Ismael"]), ("khalid", ["Khaled", "Khalid", "Halid"]), ("mustafa", ["Mustafa", "Mostafa"]),
    ("abdullah", ["Abdullah", "Abdallah"]), ("salah", ["Salah"]), ("samir", ["Samir", "Sameer"]),
    ("walid", ["Walid", "Waleed"]), ("nabil", ["Nabil", "Nabeel"]), ("tariq", ["Tariq", "Tarek"]),
    ("hamza", ["Hamza", "Hamzah"]), ("ziyad", ["Ziad", "Ziyad"]), ("majid", ["Majid", "Majed"]),
    ("yasir", ["Yasser", "Yasir"]), ("marwan", ["Marwan"]), ("fatima", ["Fatima", "Fatma"]),
    ("layla", ["Layla", "Leila"]), ("zaynab", ["Zaynab", "Zeinab"]), ("mehmet", ["Mehmet"]),
("emre", ["Emre"]), ("ayse", ["Ayşe", "Ayse"]), ("yosef", ["Yosef", "Yossi"]),
    ("david", ["David"]), ("moshe", ["Moshe"]), ("avraham", ["Avraham", "Avi"]), ("yitzhak", ["Yitzhak", "Itzik"]),
    ("michael", ["Michael"]), ("john", ["John"]), ("sarah", ["Sarah", "Sara"]), ("james", ["James"]),
]
ONSETS = "b d f g h j k l m n r s t z sh kh gh dh th q w y".split()
VOWELS = [("a", ["a", "e"]), ("i", ["i", "ee", "e"]), ("u", ["u", "ou", "o"])]


def family_names(rng: random.Random, count: int) -> list[tuple[str, list[str]]]:
    """Made-up family names, each with the spellings transliteration gives it (Haddad, Hadad)."""
    names, seen = [], set()
    while len(names) < count:
        # Longer names as the store grows: two or three syllables give under 40,000 consonant patterns.
        lengths = (2, 2, 3) if count < 20_000 else (2, 3, 3, 4)
        syllables = [(rng.choice(ONSETS), rng.choice(VOWELS)) for _ in range(rng.choice(lengths))]
        canon = "".join(onset + vowel for onset, (vowel, _) in syllables) + rng.choice(["", "n", "r", "i"])
        # Two family names never differ only in their vowels: the matcher reads such a pair as one
        # name spelled two ways, as transliteration does (issue 8), so the ground truth does too.
        consonants = normalise.skeleton(normalise.key(canon))
        if consonants in seen:
            continue
        seen.add(consonants)
        spellings = {canon.capitalize()}
        for _ in range(2):
            spelled = "".join(onset + rng.choice(forms) for onset, (_, forms) in syllables) + canon[len(
                "".join(o + v for o, (v, _) in syllables)):]
            spellings.add(spelled.capitalize())
        names.append((canon, sorted(spellings)))
    return names


def typo(rng: random.Random, word: str) -> str:
    if len(word) < 6:
        return word
    i = rng.randrange(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def synthetic(size: int, seed: int = 7) -> tuple[list[NameRow], list[tuple[str, set[str]]]]:
    """About `size` aliases, and queries with the entities each could mean (empty: not in the store)."""
    rng = random.Random(seed)
    people = max(1, size // 3)
    families = family_names(rng, max(50, people // 3))
    given_weights = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(GIVEN))))  # skewed
    family_weights = list(itertools.accumulate(1 / (rank + 1) ** 0.6 for rank in range(len(families))))
    rows: list[NameRow] = []
    canon_of: dict[str, tuple[str, str]] = {}
    by_canon: dict[tuple[str, str], set[str]] = {}
    while len(rows) < size:
        given = rng.choices(GIVEN, cum_weights=given_weights)[0]
        family = rng.choices(families, cum_weights=family_weights)[0]
        entity = f"p{len(canon_of)}"
        canon_of[entity] = (given[0], family[0])
        by_canon.setdefault(canon_of[entity], set()).add(entity)
        for spelling in {f"{rng.choice(given[1])} {rng.choice(family[1])}" for _ in range(3)}:
            rows.append(NameRow(entity, spelling, "person", tuple(normalise.entity_parts(spelling, "person")),
                                False, False))
    queries: list[tuple[str, set[str]]] = []
    entities = sorted(canon_of)
    family_by_canon = {canon: (canon, spellings) for canon, spellings in families}
    for n in range(300):
        if n % 5 == 4:  # someone not in the store, sharing a given and a family name with people who are
            given, family = rng.choice(GIVEN), rng.choice(families)
            if (given[0], family[0]) in by_canon:
                continue
            queries.append((f"{rng.choice(given[1])} {rng.choice(family[1])}", set()))
            continue
        entity = rng.choice(entities)
        given_canon, family_canon = canon_of[entity]
        given = next(g for g in GIVEN if g[0] == given_canon)
        family = family_by_canon[family_canon]
        first, last = rng.choice(given[1]), rng.choice(family[1])
        style = n % 4
        text = (f"{last.upper()}, {first}" if style == 1 else f"{first} {typo(rng, last)}" if style == 2
                else f"{first} {last}")
        queries.append((text, by_canon[(given_canon, family_canon)]))
    return rows, queries


def tally(decisions: list[tuple[str, str | None]], queries: list[tuple[str, set[str]]]) -> dict[str, int]:
    counts = {"right": 0, "wrong": 0, "asked": 0, "none": 0}
    for (decision, entity), (_text, means) in zip(decisions, queries):
        if decision == "found":
            counts["right" if means == {entity} else "wrong"] += 1
        else:
            counts["asked" if decision == "ambiguous" else "none"] += 1
    return counts


def percentiles(timings: list[float]) -> tuple[float, float]:
    timings = sorted(timings)
    return statistics.median(timings) * 1000, timings[min(len(timings) - 1, int(len(timings) * 0.99))] * 1000


def timed(function, text: str, repeat: int):
    """The query's fastest of `repeat` runs: on a shared machine the slower ones time other processes."""
    fastest = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        result = function(text)
        fastest = min(fastest, time.perf_counter() - started)
    return result, fastest


def run_matcher(matcher: NameMatcher, queries, repeat: int) -> tuple[list, list[float]]:
    decisions, timings = [], []
    for text, _ in queries:
        resolution, seconds = timed(matcher.resolve, text, repeat)
        timings.append(seconds)
        decisions.append((resolution.decision, resolution.entity))
    return decisions, timings


def run_naive(rows: list[NameRow], queries, repeat: int, cutoff: float = 90) -> tuple[list, list[float]]:
    """The floor: the single best alias by WRatio over every alias; answered at `cutoff` or above."""
    spellings = [row.spelling for row in rows]
    decisions, timings = [], []
    for text, _ in queries:
        best, seconds = timed(lambda t: process.extractOne(t, spellings, scorer=fuzz.WRatio, processor=str.casefold),
                              text, repeat)
        timings.append(seconds)
        decisions.append(("found", rows[best[2]].entity) if best and best[1] >= cutoff else ("not_found", None))
    return decisions, timings


def seed_queries() -> list[str]:
    """Every query of both evaluation sets, in file order."""
    texts = []
    for name in ("name_queries.toml", "attested_names.toml"):
        path = ROOT / "tests" / "data" / name
        if path.is_file():
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            texts += [q["query"] for group in data.values() if isinstance(group, list) for q in group]
    return texts


def forget(store: KnowledgeStore) -> None:
    """Empty every cache a query could hit, so that the next query is timed as a first time: the
    matcher's (a word's matches; a name's facts, where queries work them out: a small store's were
    worked out when it opened, `matching.scoring.FACTS_AT_OPEN`, and are no cache), every function
    cache of the `knowledge` package's modules (the normaliser's and any other, whether `normalise`
    re-exports it or not) and the store's (every table's records, summaries, a body's wholes)."""
    matcher = store.matcher
    matcher._word_matches_kept.clear()
    if not matcher.facts_made_at_open:
        matcher._row_facts.clear()
    for name, module in list(sys.modules.items()):
        if module is not None and (name == "knowledge" or name.startswith("knowledge.")):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()
    for holder in (store, *(value for value in vars(store).values() if hasattr(value, "_load"))):
        for value in vars(holder).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


def cold_timings(store: KnowledgeStore, texts: list[str], passes: int) -> list[float]:
    """Each query timed once per pass with every cache emptied first (`forget`); its median over the
    passes, so that a query a busy neighbour stalls in one pass does not move the p99."""
    passes_times = []
    for _ in range(passes):
        times = []
        for text in texts:
            forget(store)
            started = time.perf_counter()
            store.resolve(text)
            times.append(time.perf_counter() - started)
        passes_times.append(times)
    return [statistics.median(each) for each in zip(*passes_times)]


def open_seed_store() -> tuple[KnowledgeStore, float, float]:
    """The seed store built as `knowledge build` builds it: (store, build seconds, open seconds)."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "knowledge.json"
        started = time.perf_counter()
        build(ROOT, target)
        built = time.perf_counter() - started
        started = time.perf_counter()
        store = KnowledgeStore.open(target)
        opened = time.perf_counter() - started
    return store, built, opened


def naive_cold_timings(store: KnowledgeStore, texts: list[str], passes: int) -> list[float]:
    """The naive baseline over every name of the seed store, each query's median over the passes
    (it keeps nothing between queries)."""
    spellings = [row.spelling for row in store.matcher.rows]
    passes_times = []
    for _ in range(passes):
        passes_times.append([timed(lambda t: process.extractOne(t, spellings, scorer=fuzz.WRatio,
                                                                processor=str.casefold), text, 1)[1] for text in texts])
    return [statistics.median(each) for each in zip(*passes_times)]


def real_store(rounds: int, cold: int, as_json: bool = False) -> None:
    texts = seed_queries()
    store, built, opened = open_seed_store()
    gc.freeze()
    if cold:
        timings, how = cold_timings(store, texts, cold), f"each cold (no cache hit), the median of {cold} passes"
    else:
        timings, how = [timed(store.resolve, text, rounds)[1] for text in texts], f"each the fastest of {rounds} runs"
    p50, p99 = percentiles(timings)
    if as_json:  # for `python -m bench`, with the naive baseline on the same queries
        n50, n99 = percentiles(naive_cold_timings(store, texts, max(cold, 1)))
        print(json.dumps({"names": store.matcher.size, "queries": len(texts), "p50_ms": p50, "p99_ms": p99,
                          "naive_p50_ms": n50, "naive_p99_ms": n99, "passes": cold}))
        return
    print(f"seed store: build {built * 1000:.0f} ms, open {opened * 1000:.0f} ms, {store.matcher.size} names; "
          f"resolve p50 {p50:.3f} ms, p99 {p99:.3f} ms over {len(texts)} queries ({how})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="aliases per synthetic store, comma-separated")
    # Once by default: the matcher keeps the matches of recently typed words, so the fastest of several
    # runs of one query would be a cache hit, not the query's cost.
    parser.add_argument("--repeat", type=int, default=1, help="runs of each query; its fastest is kept")
    parser.add_argument("--cold", type=int, default=0, metavar="PASSES",
                        help="seed store: each query timed once per pass with every cache emptied first "
                             "(its median over PASSES passes), instead of --repeat")
    parser.add_argument("--seed-only", action="store_true", help="the seed store only, no synthetic store")
    parser.add_argument("--json", action="store_true", help="with --seed-only: one JSON line, naive baseline too")
    parser.add_argument("--naive-queries", type=int, default=100, help="queries given to the naive baseline")
    args = parser.parse_args()
    real_store(args.repeat, args.cold, args.json and args.seed_only)
    if args.seed_only:
        return
    print(f"\n{'aliases':>8} {'index':>8} {'p50 ms':>8} {'p99 ms':>8} {'naive p50':>10} {'naive p99':>10} "
          f"{'speed-up':>8}  matcher right/wrong/asked/none   naive right/wrong/asked/none")
    for size in (int(s) for s in args.sizes.split(",")):
        rows, queries = synthetic(size)
        started = time.perf_counter()
        matcher = NameMatcher.from_index(build_index(rows))
        indexed = time.perf_counter() - started
        gc.freeze()  # as bot/wsgi.py does after loading: collections skip the index's objects
        decisions, timings = run_matcher(matcher, queries, args.repeat)
        sample = queries[: args.naive_queries]
        naive, naive_timings = run_naive(rows, sample, args.repeat)
        mine = tally(decisions[: len(sample)], sample)
        floor = tally(naive, sample)
        p50, p99 = percentiles(timings)
        n50, n99 = percentiles(naive_timings)
        print(f"{len(rows):>8} {indexed:>7.1f}s {p50:>8.3f} {p99:>8.3f} {n50:>10.2f} {n99:>10.2f} {n99 / p99:>7.0f}×  "
              f"{mine['right']:>5}/{mine['wrong']}/{mine['asked']}/{mine['none']:<18} "
              f"{floor['right']:>5}/{floor['wrong']}/{floor['asked']}/{floor['none']}")


if __name__ == "__main__":
    main()
