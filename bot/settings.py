"""Settings, read from the environment once at start-up and passed in from there."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from handlers.freshness import STALE_DAYS, Freshness

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    bot_token: str | None = None  # SLACK_BOT_TOKEN (xoxb-…)
    app_token: str | None = None  # SLACK_APP_TOKEN (xapp-…): Socket Mode
    signing_secret: str | None = None  # SLACK_SIGNING_SECRET: HTTP mode
    knowledge_build: Path = PROJECT_ROOT / "build" / "knowledge.json"  # KNOWLEDGE_BUILD
    reports_path: Path = PROJECT_ROOT / "var" / "reports.json"  # REPORTS_PATH
    reports_url: str | None = None  # REPORTS_URL: postgresql://… instead of the TinyDB file
    editors_channel: str | None = None  # EDITORS_CHANNEL: channel id that receives problem reports
    stale_days: int = STALE_DAYS  # KNOWLEDGE_STALE_DAYS: older newest source → "may be out of date"
    today: dt.date | None = None  # KNOWLEDGE_TODAY (YYYY-MM-DD): fixes today, for tests and previews

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "Settings":
        env = os.environ if environ is None else environ
        defaults = cls()
        return cls(
            bot_token=env.get("SLACK_BOT_TOKEN") or None,
            app_token=env.get("SLACK_APP_TOKEN") or None,
            signing_secret=env.get("SLACK_SIGNING_SECRET") or None,
            knowledge_build=Path(env["KNOWLEDGE_BUILD"]) if env.get("KNOWLEDGE_BUILD") else defaults.knowledge_build,
            reports_path=Path(env["REPORTS_PATH"]) if env.get("REPORTS_PATH") else defaults.reports_path,
            reports_url=env.get("REPORTS_URL") or None,
            editors_channel=env.get("EDITORS_CHANNEL") or None,
            stale_days=_days(env.get("KNOWLEDGE_STALE_DAYS")) if env.get("KNOWLEDGE_STALE_DAYS") else STALE_DAYS,
            today=_date(env.get("KNOWLEDGE_TODAY")) if env.get("KNOWLEDGE_TODAY") else None,
        )

    @property
    def freshness(self) -> Freshness:
        return Freshness(stale_days=self.stale_days, today=self.today)


def _days(value: str) -> int:
    if not value.strip().isdigit():
        raise ValueError(f"KNOWLEDGE_STALE_DAYS={value!r} is not a number of days, e.g. 180")
    return int(value)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"KNOWLEDGE_TODAY={value!r} is not a date: write it as YYYY-MM-DD") from None
