"""Production HTTP: the bolt App behind bolt's WSGI adapter, for gunicorn (the Procfile's web line).

    gunicorn --preload 'bot.wsgi:create_wsgi_app()'

Slack sends slash commands and button clicks to POST /slack/events. Before bolt sees a request, the
gate here (`SlackGate`) turns away what bolt would otherwise fail on with a 500:

1. a body over MAX_BODY bytes: 413 (a Content-Length over it is refused unread; otherwise at most
   MAX_BODY + 1 bytes are read);
2. a missing or non-numeric X-Slack-Request-Timestamp, or a missing or malformed X-Slack-Signature:
   401;
3. a signature that does not match the raw bytes (or a request over 5 minutes old): 401;
4. then, from a signed sender, a body that is not UTF-8, a `payload=` that is not a JSON object, or
   one whose parts bolt reads have the wrong types (`bot.inputs.Envelope`): 400.

bolt then checks the signature again, as it always does. GET /healthz answers 200 with the
knowledge revision being served (it changes when a new build is picked up: `bot.reloading`).
Start-up refuses to serve without SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN and a valid knowledge build,
with a message that says what to do.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import logging
import re

from slack_bolt import BoltRequest, BoltResponse
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_bolt.adapter.wsgi.http_request import WsgiHttpRequest
from slack_sdk.signature import SignatureVerifier

from bot.app import create_app, ready_to_serve
from bot.inputs import envelope_problem, request_body
from bot.reloading import LiveKnowledge
from bot.settings import Settings
from knowledge.serving.store import KnowledgeStore, StoreUnavailable

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
# Slack's largest request to this bot is a click on a long answer, whose payload carries the whole
# message (50 blocks of up to 3,000 characters, URL-encoded): well under 1 MiB.
MAX_BODY = 1024 * 1024
_TIMESTAMP = re.compile(r"^[0-9]{1,12}$")
_SIGNATURE = re.compile(r"^v0=[0-9a-f]{64}$")

logger = logging.getLogger(__name__)


class StartupRefused(SystemExit):
    """Raised while loading the app: gunicorn stops with this message rather than serving."""

    def __init__(self, message: str):
        super().__init__(f"newsdesk-bot refuses to start: {message}")


class RawBodyVerifier(SignatureVerifier):
    """slack_sdk's verifier (its 5-minute window, its constant-time comparison), hashing the body's
    bytes as Slack signs them: slack_sdk decodes them as UTF-8 first, which fails on other bytes."""

    def generate_signature(self, *, timestamp: str, body: str | bytes) -> str | None:
        if not isinstance(body, bytes):
            return super().generate_signature(timestamp=timestamp, body=body)
        message = b"v0:" + timestamp.encode() + b":" + body
        return "v0=" + hmac.new(self.signing_secret.encode(), message, hashlib.sha256).hexdigest()


class Refused(Exception):
    def __init__(self, status: str, reason: str):
        super().__init__(reason)
        self.status = status


class SlackGate:
    """Reads and checks a request to EVENTS_PATH; `admit` returns the raw body and what it holds."""

    def __init__(self, signing_secret: str, max_body: int = MAX_BODY):
        self.verifier = RawBodyVerifier(signing_secret)
        self.max_body = max_body

    def admit(self, environ: dict) -> tuple[bytes, str, dict]:
        length = environ.get("CONTENT_LENGTH") or ""
        if length and not length.isdigit():
            raise Refused("400 Bad Request", "Content-Length is not a number")
        if length and int(length) > self.max_body:
            raise Refused("413 Content Too Large", f"Content-Length {length} over {self.max_body}")
        timestamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP") or ""
        signature = environ.get("HTTP_X_SLACK_SIGNATURE") or ""
        if not _TIMESTAMP.match(timestamp) or not _SIGNATURE.match(signature):
            raise Refused("401 Unauthorized", "no usable Slack timestamp and signature")
        wanted = int(length) if length else self.max_body + 1
        body = environ["wsgi.input"].read(min(wanted, self.max_body + 1)) if wanted else b""
        if len(body) > self.max_body:
            raise Refused("413 Content Too Large", f"body over {self.max_body} bytes")
        if not self.verifier.is_valid(body=body, timestamp=timestamp, signature=signature):
            raise Refused("401 Unauthorized", "signature does not match, or the request is too old")
        try:
            text = body.decode("utf-8")
            parsed = request_body(text, environ.get("CONTENT_TYPE"))  # as the app will read it
        except ValueError as error:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
            raise Refused("400 Bad Request", f"signed, but unreadable: {type(error).__name__}") from None
        problem = envelope_problem(parsed)
        if problem:
            raise Refused("400 Bad Request", f"signed, but not a payload this bot can read: {problem}")
        return body, text, parsed


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
    if not logging.getLogger().handlers:  # gunicorn configures its own loggers, not the bot's
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    live = LiveKnowledge(settings.knowledge_build, store)
    application = wsgi_application(create_app(settings, live), live, settings.signing_secret)
    ready_to_serve()  # under --preload, in gunicorn's master, before it forks the workers
    return application


ADMITTED = "newsdesk.admitted"  # the environ key of what the gate read: (the body as text, parsed)


class GatedHandler(SlackRequestHandler):
    """bolt's WSGI adapter, handing bolt the body the gate has read and parsed already, instead of
    reading and parsing it again (parsing a form costs about 10 µs, a tenth of a request's work)."""

    def dispatch(self, request: WsgiHttpRequest) -> BoltResponse:
        admitted = request.environ.get(ADMITTED)
        if admitted is None:
            return super().dispatch(request)
        text, parsed = admitted
        # What BoltRequest(body=text) builds (it would parse the text again): a request is made from
        # the parsed body, then holds the raw text and its mode as an HTTP request does; bolt checks
        # the signature on that text again.
        bolt_request = BoltRequest(body=parsed, query=request.query_string, headers=request.get_headers(),
                                   mode="socket_mode")
        bolt_request.raw_body, bolt_request.mode = text, "http"
        return self.app.dispatch(bolt_request)


def wsgi_application(app, live: LiveKnowledge, signing_secret: str, max_body: int = MAX_BODY):
    """The WSGI callable: the gate, then bolt's adapter; /healthz beside them."""
    handler = GatedHandler(app, path=EVENTS_PATH)
    gate = SlackGate(signing_secret, max_body)

    def application(environ, start_response):
        path, method = environ.get("PATH_INFO"), environ.get("REQUEST_METHOD")
        if method == "GET" and path == HEALTH_PATH:
            live.check()
            return _answer(start_response, "200 OK", f"ok revision {live.revision}\n")
        if method == "POST" and path == EVENTS_PATH:
            try:
                body, text, parsed = gate.admit(environ)
            except Refused as refused:
                logger.warning("request refused before bolt (%s): %s", refused.status, refused)
                return _answer(start_response, refused.status, refused.status.split(" ", 1)[1] + "\n")
            environ = {**environ, "wsgi.input": io.BytesIO(body), "CONTENT_LENGTH": str(len(body)),
                       ADMITTED: (text, parsed)}
        return handler(environ, start_response)

    return application


def _answer(start_response, status: str, text: str):
    data = text.encode()
    start_response(status, [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(data)))])
    return [data]
