"""The bolt App: built by a factory from settings and the knowledge store, never at import time.

`create_app` touches no network: there is no `auth.test` call, neither at construction (bolt's token
verification) nor on the first request (bolt's single-workspace authorization would make one). The
bot token from the settings is handed to each request by a small `authorize` function instead.

Every listener is registered in one place, `register`; the listeners themselves are plain functions
in `bot.listeners`. They get what they need from the request context, where a global middleware puts
the knowledge store, the report store, the editors' channel, `fit_reply` (the limits check), `replies` (rendered replies, cached per revision: `bot.replies`),
`calls` (how a listener reaches Slack once it has acknowledged: `bot.calls`) and `freshness` (when an
answer may be out of date).
"""

from __future__ import annotations

import gc
import re
import secrets
from functools import partial

from slack_bolt import App, BoltRequest, BoltResponse
from slack_bolt.authorization import AuthorizeResult
from slack_bolt.request.internals import build_context
from slack_sdk import WebClient

from bot import inputs, limits, listeners
from bot.calls import SlackCalls
from bot.reloading import LiveKnowledge
from bot.render import ALL_QUOTES, MORE_FACTS, NEXT_PAGE, PREVIOUS_PAGE, REPORT, SHARE, SHOW_ENTITY, TIMELINE
from bot.replies import Replies, renderer_stamp
from bot.reports import ReportStore, open_reports
from bot.settings import Settings
from handlers import COMMANDS
from knowledge.serving.store import KnowledgeStore

COMMAND_NAMES = tuple(f"/{name}" for name in COMMANDS)  # what the manifests declare


class NewsdeskApp(App):
    """bolt's App, with the pool its listeners hand their calls to Slack to (`bot.calls`)."""

    calls: SlackCalls

    def dispatch(self, req: BoltRequest) -> BoltResponse:
        if not req.body and req.raw_body:  # bolt read nothing: a form it mistook for a click?
            body = inputs.request_body(req.raw_body, req.content_type)
            if body:
                req.body, req.context = body, build_context(req.context, body)
        return super().dispatch(req)


def create_app(settings: Settings, store: KnowledgeStore | LiveKnowledge, *, client: WebClient | None = None,
               reports: ReportStore | None = None, strict_limits: bool = False,
               calls: SlackCalls | None = None) -> NewsdeskApp:
    """The bot's App, answering from `store`: a LiveKnowledge is watched for new builds, a plain
    KnowledgeStore is served as it is. `client` replaces the Web API client (tests pass one with a loopback base_url);
    `strict_limits` makes a reply that breaks Slack's limits raise instead of being cut to fit;
    `calls` replaces how the listeners reach Slack after acknowledging (tests shorten its timeout)."""
    client = client or WebClient(token=settings.bot_token)
    if client.token is None and settings.bot_token:
        client = WebClient(token=settings.bot_token, base_url=client.base_url)
    calls = calls or SlackCalls(client)
    app = NewsdeskApp(
        name="newsdesk-bot",
        # Without a secret no HTTP request can be signed: a random one refuses them all (Socket Mode
        # requests are not signed and are not checked).
        signing_secret=settings.signing_secret or secrets.token_hex(32),
        # bolt's own client is not used for calls (`calls` makes them); without a token it does not
        # warn that `authorize` supplies one.
        client=WebClient(base_url=calls.client.base_url, timeout=calls.timeout),
        authorize=partial(_authorize, calls.client.token),
        # The reply travels in the ack, with no thread hand-off; listeners that call Slack do it
        # after acknowledging, on `calls`' own pool.
        process_before_response=True,
    )
    app.calls = calls
    live = store if isinstance(store, LiveKnowledge) else LiveKnowledge.fixed(store)
    register(app, live, reports or open_reports(settings.reports_url or settings.reports_path), settings, calls,
             strict_limits=strict_limits)
    return app


def ready_to_serve() -> None:
    """Called by a serving process once it has opened the store and built the app, before the first
    request: `bot.wsgi` (gunicorn, the Procfile's web line) and Socket Mode (`python -m bot run`, its
    worker line); the in-process benchmark builds its app the same way, to measure what they serve.

    What is loaded by then (the matcher's index above all: tens of thousands of objects on the seed
    store, millions at scale) lives as long as the process, so the collector is told to leave it alone
    (`gc.freeze`). Otherwise the first full collection walks all of it, inside whichever request set
    it off (about 20 ms on the seed store, against a reply's 0.3 ms); and under gunicorn's --preload,
    where this runs in the master before the fork, a collection in a worker would write to, and so
    copy, the memory pages it shares with the master and the other workers."""
    gc.freeze()


def _authorize(token: str | None, enterprise_id: str | None, team_id: str | None,
               user_id: str | None) -> AuthorizeResult:
    return AuthorizeResult(enterprise_id=enterprise_id, team_id=team_id, user_id=user_id, bot_token=token)


def register(app: App, live: LiveKnowledge, reports: ReportStore, settings: Settings, calls: SlackCalls,
             *, strict_limits: bool = False) -> None:
    """The one registration seam: dependencies into the context, then every listener."""
    fit_reply = partial(limits.enforce, strict=strict_limits)
    replies = Replies(fit_reply)
    # Which renderer this is (a hash of its source files, to tell whether the build's card layouts
    # are its own): read here, before gunicorn's --preload fork, not in a worker's first card.
    renderer_stamp()
    # One object for the app's life: a new one per request would be a new key object kept by every
    # cached reply (the settings are frozen, so it never changes).
    freshness = settings.freshness

    def provide(context, next):
        live.check()  # a new build, if there is one, is loaded in the background
        context["store"] = live.store  # one store for the whole request, even if a new one arrives
        context["reports"] = reports
        context["editors_channel"] = settings.editors_channel
        context["fit_reply"] = fit_reply
        context["replies"] = replies
        context["calls"] = calls
        context["freshness"] = freshness
        next()

    app.middleware(provide)
    for name in COMMAND_NAMES:
        app.command(name)(listeners.answer_command)
    app.action(SHARE)(listeners.share)
    app.action(re.compile(rf"^{re.escape(SHOW_ENTITY)}:"))(listeners.show_in_place)
    for action_id in (NEXT_PAGE, PREVIOUS_PAGE, MORE_FACTS, ALL_QUOTES):
        app.action(action_id)(listeners.show_in_place)
    app.action(TIMELINE)(listeners.show_timeline)
    app.action(REPORT)(listeners.open_report)
    app.view(listeners.REPORT_CALLBACK)(listeners.submit_report)
