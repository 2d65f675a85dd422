"""Settings, read from the environment once at start-up and passed in from there."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    bot_token: str | None = None  # SLACK_BOT_TOKEN (xoxb-…)
    app_token: str | None = None  # SLACK_APP_TOKEN (xapp-…): Socket Mode
    signing_secret: str | None = None  # SLACK_SIGNING_SECRET: HTTP mode
    knowledge_build: Path = PROJECT_ROOT / "build" / "knowledge.json"  # KNOWLEDGE_BUILD
    reports_path: Path = PROJECT_ROOT / "var" / "reports.json"  # REPORTS_PATH
    editors_channel: str | None = None  # EDITORS_CHANNEL: channel id that receives problem reports

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
            editors_channel=env.get("EDITORS_CHANNEL") or None,
        )
