"""Production HTTP: the bolt App behind bolt's WSGI adapter, for gunicorn (the Procfile's web line).

    gunicorn --preload 'bot.wsgi:create_wsgi_app()'

Slack sends slash commands and button clicks to POST /slack/events; bolt verifies every request's
signature (401 otherwise). GET /healthz answers 200 with the knowledge revision, for load balancers.
Start-up refuses to serve without SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN and a valid knowledge build,
with a message that says what to do.
"""

from __future__ import annotations

from slack_bolt.adapter.wsgi import SlackRequestHandler

from bot.app import create_app
from bot.settings import Settings
from knowledge.serving.store import KnowledgeStore, StoreUnavailable

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"


class StartupRefused(SystemExit):
    """Raised while loading the app: gunicorn stops with this message rather than serving."""

    def __init__(self, message: str):
        super().__init__(f"newsdesk-bot refuses to start: {message}")


def create_wsgi_app(settings: Settings | None = None):
    settings = settings or Settings.from_env()
    missing = [name for name, value in (("SLACK_SIGNING_SECRET", settings.signing_secret),
                                        ("SLACK_BOT_TOKEN", settings.bot_token)) if not value]
    if missing:
        raise StartupRefused(f"{' and '.join(missing)} not set: HTTP mode needs the app's signing secret "
                             "(Basic Information) and bot token (OAuth & Permissions); see .env.example")
    try:
        store = KnowledgeStore.open(settings.knowledge_build)
    except StoreUnavailable as error:
        raise StartupRefused(str(error)) from None
    handler = SlackRequestHandler(create_app(settings, store), path=EVENTS_PATH)
    health = f"ok revision {store.revision}\n".encode()

    def application(environ, start_response):
        if environ.get("REQUEST_METHOD") == "GET" and environ.get("PATH_INFO") == HEALTH_PATH:
            start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8"),
                                      ("Content-Length", str(len(health)))])
            return [health]
        return handler(environ, start_response)

    return application
