"""The floor for the HTTP benchmark: a bolt app that only acknowledges, served the Procfile's way.

    gunicorn --preload --threads 4 --access-logfile - 'bench.ackapp:create_wsgi_app()'

Built like the bot's (`bot.app.create_app`: the same signing secret, the same `authorize`, the reply
in the acknowledgement) but with no knowledge: /who and /timeline answer "ok". The difference between
the two servers is what answering costs.
"""

from __future__ import annotations

from functools import partial

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_bolt.authorization import AuthorizeResult
from slack_sdk import WebClient

from bot.settings import Settings
from bot.wsgi import EVENTS_PATH


def _authorize(token, enterprise_id, team_id, user_id) -> AuthorizeResult:
    return AuthorizeResult(enterprise_id=enterprise_id, team_id=team_id, user_id=user_id, bot_token=token)


def create_wsgi_app():
    settings = Settings.from_env()
    app = App(name="ack-only", signing_secret=settings.signing_secret, client=WebClient(),
              authorize=partial(_authorize, settings.bot_token), process_before_response=True)
    for command in ("/who", "/timeline"):
        app.command(command)(lambda ack: ack(text="ok"))
    return SlackRequestHandler(app, path=EVENTS_PATH)
