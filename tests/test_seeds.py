"""The seeds are the desk's sources: copied byte for byte and never edited.

Each file registered in sources.toml must still have the SHA-256 recorded when it was added, so a new
article is one more registered file (`python -m knowledge add-source`), not a change to this test.
"""

import hashlib
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
REGISTERED = tomllib.loads((ROOT / "knowledge" / "data" / "sources.toml").read_text(encoding="utf-8"))["sources"]


@pytest.mark.parametrize("source", REGISTERED, ids=[source["id"] for source in REGISTERED])
def test_seed_is_unchanged(source):
    digest = hashlib.sha256((ROOT / source["file"]).read_bytes()).hexdigest()
    assert digest == source["sha256"], f"{source['file']} was edited since it was registered: restore it"


def test_every_seed_is_registered():
    registered = {(ROOT / source["file"]).resolve() for source in REGISTERED}
    unregistered = sorted(p.name for p in SEEDS.iterdir() if p.resolve() not in registered)
    assert unregistered == [], f"not in sources.toml: {unregistered}: add them with python -m knowledge add-source"


def test_an_edited_seed_fails_check_naming_it(mini_root):
    from knowledge.editing.check import check

    seed = mini_root / "seeds" / "alpha.txt"
    seed.write_bytes(seed.read_bytes().replace(b"Cairo", b"Kairo", 1))
    digest = hashlib.sha256(seed.read_bytes()).hexdigest()
    assert f"knowledge/data/sources.toml:6: seeds/alpha.txt has changed since it was registered (its SHA-256 is " \
           f"now {digest}): sources are never edited; restore it with `git checkout -- seeds/alpha.txt`, or add " \
           "the new text with `python -m knowledge add-source`" in [str(p) for p in check(mini_root)[1]]
