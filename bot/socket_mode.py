"""Socket Mode: bolt's handler, with the same payload check as the HTTP gate (`bot.wsgi`).

Envelopes arrive over a WebSocket that Slack opened with the app token, so there is no signature to
check; but a payload whose parts have the wrong types would fail inside bolt just the same. Such an
envelope is acknowledged (so Slack does not send it again), logged at warning, and not handled.
"""

from __future__ import annotations

import logging

from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_sdk.socket_mode.response import SocketModeResponse

from bot.inputs import envelope_problem

logger = logging.getLogger(__name__)


class CheckedSocketModeHandler(SocketModeHandler):
    def handle(self, client, req) -> None:
        problem = envelope_problem(req.payload)
        if problem:
            logger.warning("Socket Mode envelope %s (%s) not handled: %s", req.envelope_id, req.type, problem)
            client.send_socket_mode_response(SocketModeResponse(envelope_id=req.envelope_id))
            return
        super().handle(client, req)
