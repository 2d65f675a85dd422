"""The seeds are the desk's sources: copied byte for byte and never edited."""

import hashlib
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PINNED = {
    "000_e3f1b9cd469cc413.txt": "f46a8d3b67820609d2ae70d6e32cd9996681dd498de4e9123ee10762ff2c1d53",
    "001_fe903cde1a3de735.txt": "f8feb6928ea954f868c1dfb9bb414e6aa43baee880efaa29a0338e24fb8876c3",
    "002_48fe82d3630012ac.txt": "d0dddb0f2e5fc3da4b413babd06515da9949924a06a094b63bff8a7bb2b310ac",
    "003_886e115b067cc19e.txt": "da841d8ef06223b40fc361add230f0bde390c356b7d39f620194462aec628ffb",
    "004_fa0c7fc083449b93.txt": "d23f6894c484572bbd1effb35a1560e81f990542329cf45e38237126b8c0b6d1",
}


@pytest.mark.parametrize("name", sorted(PINNED))
def test_seed_is_unchanged(name):
    assert hashlib.sha256((SEEDS / name).read_bytes()).hexdigest() == PINNED[name]


def test_no_other_seed_files():
    assert sorted(p.name for p in SEEDS.iterdir()) == sorted(PINNED)
