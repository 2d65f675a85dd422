"""The bolt App: built by a factory from settings and the knowledge store, never at import time.

`create_app` touches no network: there is no `auth.test` call, neither at construction (bolt's token
verification) nor on the first request (bolt's single-workspace authorization would make one). The
bot token from the settings is handed to each request by a small `authorize` function instead.

Every listener is registered in one place, `register`; the listeners themselves are plain functions
in `bot.listeners`. They get what they need from the request context, where a global middleware puts
the knowledge store, the report store, the editors' channel and `fit_reply` (the limits check).
"""

from __future__ import annotations

import re
import secrets
from functools import partial

from slack_bolt import App
from slack_bolt.authorization import AuthorizeResult
from slack_sdk import WebClient

from bot import limits, listeners
from bot.render import NEXT_PAGE, REPORT, SHARE, SHOW_ENTITY
from bot.reports import ReportStore
from bot.settings import Settings
from handlers import COMMANDS
from knowledge.serving.store import KnowledgeStore

COMMAND_NAMES = tuple(f"/{name}" for name in COMMANDS)  # what the manifests declare


def create_app(settings: Settings, store: KnowledgeStore, *, client: WebClient | None = None,
               reports: ReportStore | None = None, strict_limits: bool = False) -> App:
    """The bot's App. `client` replaces the Web API client (tests pass one with a loopback base_url);
    `strict_limits` makes a reply that breaks Slack's limits raise instead of being cut to fit."""
    client = client or WebClient(token=settings.bot_token)
    token = client.token or settings.bot_token
    app = App(
        name="newsdesk-bot",
        # Without a secret no HTTP request can be signed: a random one refuses them all (Socket Mode
        # requests are not signed and are not checked).
        signing_secret=settings.signing_secret or secrets.token_hex(32),
        client=WebClient(base_url=client.base_url, timeout=client.timeout, headers=client.headers,
                         logger=client.logger, retry_handlers=client.retry_handlers),
        authorize=partial(_authorize, token),
        process_before_response=True,  # the reply travels in the ack; no thread hand-off
    )
    register(app, store, reports or ReportStore(settings.reports_path), settings, strict_limits=strict_limits)
    return app


def _authorize(token: str | None, enterprise_id: str | None, team_id: str | None,
               user_id: str | None) -> AuthorizeResult:
    return AuthorizeResult(enterprise_id=enterprise_id, team_id=team_id, user_id=user_id, bot_token=token)


def register(app: App, store: KnowledgeStore, reports: ReportStore, settings: Settings, *,
             strict_limits: bool = False) -> None:
    """The one registration seam: dependencies into the context, then every listener."""
    fit_reply = partial(limits.enforce, strict=strict_limits)

    def provide(context, next):
        context["store"] = store
        context["reports"] = reports
        context["editors_channel"] = settings.editors_channel
        context["fit_reply"] = fit_reply
        next()

    app.middleware(provide)
    for name in COMMAND_NAMES:
        app.command(name)(listeners.answer_command)
    app.action(SHARE)(listeners.share)
    app.action(re.compile(rf"^{re.escape(SHOW_ENTITY)}:"))(listeners.show_entity)
    app.action(NEXT_PAGE)(listeners.next_page)
    app.action(REPORT)(listeners.open_report)
    app.view(listeners.REPORT_CALLBACK)(listeners.submit_report)
