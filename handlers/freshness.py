"""When the newest source behind an answer is old enough that the answer may be out of date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from knowledge.schema import STALE_DAYS


@dataclass(frozen=True)
class Freshness:
    stale_days: int = STALE_DAYS  # KNOWLEDGE_STALE_DAYS
    today: dt.date | None = None  # KNOWLEDGE_TODAY; None: the real date, read at each answer

    def is_stale(self, newest: dt.date) -> bool:
        return ((self.today or dt.date.today()) - newest).days > self.stale_days
