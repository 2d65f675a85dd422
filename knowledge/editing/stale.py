"""`python -m knowledge stale [--days N]`: what an editor should look at again, most urgent first.

A record is stale when no editor has reviewed it (`reviewed` is not set) or when the newest source it
cites is older than N days (default $KNOWLEDGE_STALE_DAYS, else 180): the world may have moved on.
Never-reviewed records come first, then the rest; within each, the oldest newest-source first.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from knowledge.editing.errors import EditorError, knowledge_folder
from knowledge.files.loading import Knowledge, Located, load
from knowledge.schema import STALE_DAYS, Event

DAYS_VARIABLE = "KNOWLEDGE_STALE_DAYS"
DEFAULT_DAYS = STALE_DAYS


def default_days() -> int:
    value = os.environ.get(DAYS_VARIABLE, "").strip()
    if not value:
        return DEFAULT_DAYS
    if not value.isdigit() or int(value) < 1:
        raise EditorError(f"{DAYS_VARIABLE}={value!r} is not a number of days: set it to a whole number, e.g. 180")
    return int(value)


def stale(root: Path, days: int, today: dt.date) -> tuple[list[str], int]:
    """(`path: why` lines, most urgent first; how many records were looked at)."""
    if days < 1:
        raise EditorError(f"--days {days}: give a whole number of days, 1 or more")
    knowledge_folder(root)
    knowledge, _ = load(root)  # a file that cannot be read is check's business; the rest is listed
    found = []
    for located in knowledge.records:
        newest = _newest_source(knowledge, located)
        age = (today - newest).days if newest else None
        reasons = []
        reviewed = located.record.reviewed
        reasons.append("never reviewed" if reviewed is None else f"reviewed {reviewed}")
        if newest is None:
            reasons.append("cites no source")
        else:
            reasons.append(f"newest source {newest} ({age} days old)")
        if reviewed is None or newest is None or age > days:
            found.append(((reviewed is not None, -(age if age is not None else 10**6), located.file),
                          f"{located.file}: {'; '.join(reasons)}"))
    return [line for _, line in sorted(found)], len(knowledge.records)


def _newest_source(knowledge: Knowledge, located: Located) -> dt.date | None:
    record = located.record
    cited = record.citations if isinstance(record, Event) else [c for f in record.facts for c in f.citations]
    dates = [knowledge.sources[c.source].record.published for c in cited if c.source in knowledge.sources]
    return max(dates, default=None)
