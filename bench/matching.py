"""How fast /who resolves names, on the desk's real knowledge: `python bench/matching.py`.

Runs every query of the evaluation set (tests/data/name_queries.toml) many times and prints the time
per query. A benchmark, not a test: the machine is shared, so timings vary and nothing here fails.
Also prints the time to open the store (what a web process pays once at start-up).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from knowledge.editing.build import build  # noqa: E402
from knowledge.serving.store import KnowledgeStore  # noqa: E402


def main(rounds: int = 20) -> None:
    queries = tomllib.loads((ROOT / "tests" / "data" / "name_queries.toml").read_text(encoding="utf-8"))
    texts = [q["query"] for group in queries.values() for q in group]
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "knowledge.json"
        started = time.perf_counter()
        build(ROOT, target)
        built = time.perf_counter() - started
        started = time.perf_counter()
        store = KnowledgeStore.open(target)
        opened = time.perf_counter() - started
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        for text in texts:
            store.resolve(text)
        timings.append((time.perf_counter() - started) / len(texts))
    print(f"build: {built * 1000:.0f} ms; open store: {opened * 1000:.0f} ms; "
          f"{store.matcher.size} names, {len(store.entities)} entities")
    print(f"resolve: median {statistics.median(timings) * 1e6:.0f} µs per query, "
          f"best {min(timings) * 1e6:.0f} µs, over {len(texts)} queries × {rounds} rounds")


if __name__ == "__main__":
    main()
