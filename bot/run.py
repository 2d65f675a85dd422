"""`python -m bot run`: connect the way the environment says.

* SLACK_APP_TOKEN and SLACK_BOT_TOKEN: Socket Mode (no public URL; one process per app token).
* SLACK_SIGNING_SECRET (and SLACK_BOT_TOKEN), no app token: HTTP mode is served by gunicorn, not
  by this command; it says what to run instead.
* none of the three: local mode, a terminal session through the same app (see `bot.local`), which
  builds the knowledge first if there is no build yet.
"""

from __future__ import annotations

import dataclasses
import logging
import secrets
import signal
import sys
import threading

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.app import create_app, ready_to_serve
from bot.reloading import LiveKnowledge
from bot.settings import PROJECT_ROOT, Settings
from knowledge.serving.store import KnowledgeStore, StoreUnavailable

HTTP_COMMAND = "gunicorn 'bot.wsgi:create_wsgi_app()'"


def run(settings: Settings) -> int:
    if settings.app_token and settings.bot_token:
        return run_socket_mode(settings)
    if settings.app_token:
        return _fail("SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not: Socket Mode needs both "
                     "(see .env.example)")
    if settings.signing_secret:
        return _fail("SLACK_SIGNING_SECRET is set: HTTP mode is served by the production server, not by "
                     f"this command. Run the Procfile's web line:\n    {HTTP_COMMAND}\n"
                     "or set SLACK_APP_TOKEN (and SLACK_BOT_TOKEN) to use Socket Mode instead.")
    if settings.bot_token:
        return _fail("SLACK_BOT_TOKEN alone is not enough: add SLACK_APP_TOKEN for Socket Mode, or "
                     f"SLACK_SIGNING_SECRET and run {HTTP_COMMAND} for HTTP (see .env.example)")
    return run_local(settings)


def run_socket_mode(settings: Settings) -> int:
    from bot.socket_mode import CheckedSocketModeHandler

    try:
        store = KnowledgeStore.open(settings.knowledge_build)
    except StoreUnavailable as error:
        return _fail(f"refusing to start: {error}")
    client = WebClient(token=settings.bot_token)
    try:
        identity = client.auth_test()
    except SlackApiError as error:
        return _fail(f"Slack refused SLACK_BOT_TOKEN ({error.response.get('error')}): copy the Bot User "
                     "OAuth Token (xoxb-…) from the app's OAuth & Permissions page")
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    live = LiveKnowledge(settings.knowledge_build, store)
    # A new build is picked up when the file changes; SIGHUP loads it at once.
    signal.signal(signal.SIGHUP, lambda signum, frame: threading.Thread(target=live.reload, daemon=True).start())
    app = create_app(settings, live, client=client)
    handler = CheckedSocketModeHandler(app, settings.app_token)
    ready_to_serve()
    print(f"Socket Mode: answering as {identity.get('user')} in {identity.get('team')} from knowledge "
          f"revision {store.revision}; Ctrl-C stops, a new build is served without a restart",
          file=sys.stderr, flush=True)
    try:
        handler.start()
    except KeyboardInterrupt:
        pass
    finally:
        handler.close()
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
    return 0


def run_local(settings: Settings, stdin=None, out=None) -> int:
    from bot.local import repl
    from bot.standin import SlackStandIn

    stdin, out = stdin or sys.stdin, out or sys.stdout
    store = open_or_build(settings)
    if store is None:
        return 1
    with SlackStandIn() as slack:
        secret = secrets.token_hex(32)  # made up for this session: bolt checks every request against it
        local = dataclasses.replace(settings, signing_secret=secret, bot_token="xoxb-local-stand-in")
        app = create_app(local, store, client=WebClient(token=local.bot_token, base_url=slack.api_url))
        print(f"Local mode: no Slack. Knowledge revision {store.revision} ({settings.knowledge_build}).\n"
              "Type /who NAME or /timeline SUBJECT, help for the buttons, quit or Ctrl-D to leave.\n",
              file=out, flush=True)
        return repl(app, slack, secret, stdin, out)


def open_or_build(settings: Settings) -> KnowledgeStore | None:
    """Local mode is how editors try their changes: check and build the working tree's knowledge
    every time (it takes under a second), then open it. None, problems printed, if the check fails."""
    from bot.replies import build_layouts
    from knowledge.editing.build import BuildRefused, build

    try:
        meta = build(PROJECT_ROOT, settings.knowledge_build, layouts=build_layouts())
    except BuildRefused as refused:
        for problem in refused.problems:
            print(problem, file=sys.stderr)
        print(f"{len(refused.problems)} problem(s) in the knowledge files: nothing was built. Fix them "
              "(python -m knowledge check lists them) and run again.", file=sys.stderr)
        return None
    print(f"built {settings.knowledge_build}, revision {meta['revision']}", file=sys.stderr, flush=True)
    return KnowledgeStore.open(settings.knowledge_build)


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 2
