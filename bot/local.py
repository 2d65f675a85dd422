"""Local mode: try the bot in a terminal, with no Slack and no credentials, through the real app.

What you type is turned into the request Slack would send (a form-encoded slash command, or a button
click's `payload=`), signed with a signing secret made up for this session, and dispatched through
the same bolt App as in production (`app.dispatch(BoltRequest(...))`), so bolt checks the signature as
it would for Slack. The reply is printed as text. Whatever the bot sends to Slack's Web API or to a
`response_url` goes to a stand-in on 127.0.0.1 (`bot.standin`) and is printed too.

    > /who hayya            a slash command (the slash may be left out)
    > share                 press "Share in channel" on the last answer
    > next                  press "Next page"
    > 1, 2, …               press "Show …" on the first, second, … candidate
    > report                press "Report a problem" (then type what is wrong)
    > help / quit           this list / leave (Ctrl-D leaves too)
"""

from __future__ import annotations

import json
import secrets
import sys
import time
from typing import Callable, TextIO
from urllib.parse import urlencode

from slack_bolt import App, BoltRequest
from slack_sdk.signature import SignatureVerifier

from bot.render import ALL_QUOTES, MORE_FACTS, NEXT_PAGE, PREVIOUS_PAGE, REPORT, SHARE, SHOW_ENTITY, TIMELINE
from bot.standin import SlackStandIn
from bot.terminal import mrkdwn_to_text, payload_to_text
from handlers.usage import unknown_command_text

USER = {"id": "ULOCAL", "username": "you", "name": "you", "team_id": "TLOCAL"}
TEAM = {"id": "TLOCAL", "domain": "local"}
CHANNEL = {"id": "CLOCAL", "name": "local"}
COMMAND_WORDS = ("who", "timeline")
BUTTON_WORDS = {"share": SHARE, "next": NEXT_PAGE, "previous": PREVIOUS_PAGE, "more": MORE_FACTS,
                "timeline": TIMELINE, "quotes": ALL_QUOTES, "report": REPORT}
HELP = """Type a command as you would in Slack:
  /who hayya                 who someone is (the slash may be left out)
  /timeline Rafah since 2025 dated events
Then press a button of the last answer by typing its word:
  share     Share in channel        next / previous  Next / Previous page
  more      More facts              timeline         Timeline (of a /who answer)
  quotes    All quotes (timeline)   1, 2…            Show the first, second… candidate
  report    Report a problem
help shows this, quit (or Ctrl-D) leaves."""


# --- what Slack sends ----------------------------------------------------------------------------

def slash_command_body(command: str, text: str, *, response_url: str) -> str:
    """The form-encoded body of a slash command, with the fields Slack sends."""
    return urlencode({
        "token": "local", "team_id": TEAM["id"], "team_domain": TEAM["domain"],
        "channel_id": CHANNEL["id"], "channel_name": CHANNEL["name"],
        "user_id": USER["id"], "user_name": USER["username"],
        "command": command, "text": text, "api_app_id": "ALOCAL", "is_enterprise_install": "false",
        "response_url": response_url, "trigger_id": f"trigger.{secrets.token_hex(4)}",
    })


def block_actions_body(button: dict, *, response_url: str, is_ephemeral: bool = True) -> str:
    """The body of a button click (`payload=` a JSON document), with the fields Slack sends."""
    payload = {
        "type": "block_actions", "user": USER, "api_app_id": "ALOCAL", "token": "local",
        "container": {"type": "message", "message_ts": "1700000000.000001", "channel_id": CHANNEL["id"],
                      "is_ephemeral": is_ephemeral},
        "trigger_id": f"trigger.{secrets.token_hex(4)}", "team": TEAM, "channel": CHANNEL,
        "response_url": response_url,
        "actions": [{"action_id": button["action_id"], "block_id": button.get("block_id", "b"),
                     "text": button["text"], "value": button.get("value", ""), "type": "button",
                     "action_ts": f"{time.time():.6f}"}],
    }
    return urlencode({"payload": json.dumps(payload, ensure_ascii=False)})


def view_submission_body(view: dict, values: dict[str, str]) -> str:
    """The body of a modal's submission; `values` maps each input's block_id (= action_id) to text."""
    submitted = {**view, "id": view.get("id", "VLOCAL"), "state": {"values": {
        block: {block: {"type": "plain_text_input", "value": value}} for block, value in values.items()}}}
    payload = {"type": "view_submission", "team": TEAM, "user": USER, "api_app_id": "ALOCAL",
               "token": "local", "trigger_id": f"trigger.{secrets.token_hex(4)}", "view": submitted,
               "response_urls": []}
    return urlencode({"payload": json.dumps(payload, ensure_ascii=False)})


def signed_headers(secret: str, body: str, timestamp: int | None = None) -> dict[str, str]:
    """The headers Slack signs a request with: v0=HMAC-SHA256(secret, "v0:{timestamp}:{body}")."""
    timestamp = str(int(time.time()) if timestamp is None else timestamp)
    signature = SignatureVerifier(secret).generate_signature(timestamp=timestamp, body=body)
    return {"content-type": "application/x-www-form-urlencoded",
            "x-slack-request-timestamp": timestamp, "x-slack-signature": signature}


# --- the terminal session ------------------------------------------------------------------------

def buttons(payload: dict) -> list[dict]:
    """Every button in a message, in order: accessories and actions blocks."""
    found = []
    for block in payload.get("blocks", []):
        accessory = block.get("accessory")
        if accessory and accessory.get("type") == "button":
            found.append({**accessory, "block_id": block.get("block_id", "b")})
        if block.get("type") == "actions":
            found += [{**e, "block_id": block.get("block_id", "b")} for e in block["elements"]
                      if e.get("type") == "button"]
    return found


class LocalSession:
    """One terminal session: the app, the stand-in it talks to, and the last message shown."""

    def __init__(self, app: App, slack: SlackStandIn, secret: str, out: TextIO,
                 ask: Callable[[str], str | None]):
        self.app, self.slack, self.secret, self.out, self.ask = app, slack, secret, out, ask
        self.message: dict | None = None
        self.ephemeral = True

    def say(self, text: str = "") -> None:
        print(text, file=self.out, flush=True)

    def dispatch(self, body: str) -> tuple[int, str]:
        response = self.app.dispatch(BoltRequest(body=body, headers=signed_headers(self.secret, body)))
        self.app.calls.settle()  # a click's calls to Slack run after its ack: show what they sent
        return response.status, response.body

    def handle(self, line: str) -> bool:
        """Act on one line; False means leave."""
        line = line.strip()
        word = line.lower()
        if not line:
            return True
        if word in {"quit", "exit", "q"}:
            return False
        if word in {"help", "?"}:
            self.say(HELP)
        elif word in BUTTON_WORDS or word.isdigit():  # "timeline" alone presses Timeline
            self.press(word)
        elif line.startswith("/") or word.split()[0] in COMMAND_WORDS:
            self.command(line if line.startswith("/") else "/" + line)
        else:
            self.say("Type a command such as /who hayya, or help.")
        return True

    def command(self, line: str) -> None:
        name, _, text = line.partition(" ")
        if name.lstrip("/").lower() not in COMMAND_WORDS:  # Slack would not send it: the bot's own help
            self.say(mrkdwn_to_text(unknown_command_text(name)) + "\n")
            return
        status, body = self.dispatch(slash_command_body(name.lower(), text.strip(),
                                                        response_url=self.slack.response_url()))
        if status != 200:
            self.say(f"(the bot answered {status}{': ' + body if body else ''})")
            return
        payload = json.loads(body) if body.startswith("{") else {"text": body}
        self.show(payload, ephemeral=payload.get("response_type", "ephemeral") == "ephemeral")
        self.relay()

    def press(self, word: str) -> None:
        found = buttons(self.message or {})
        if word.isdigit():
            picks = [b for b in found if b["action_id"].startswith(SHOW_ENTITY + ":")]
            index = int(word) - 1
            button = picks[index] if 0 <= index < len(picks) else None
        else:
            wanted = BUTTON_WORDS[word]
            button = next((b for b in found if b["action_id"] == wanted), None)
        if button is None:
            self.say(f"The last answer has no “{word}” button.")
            return
        status, body = self.dispatch(block_actions_body(button, response_url=self.slack.response_url(),
                                                        is_ephemeral=self.ephemeral))
        if status != 200:
            self.say(f"(the bot answered {status}{': ' + body if body else ''})")
        self.relay()

    def show(self, payload: dict, ephemeral: bool, heading: str = "", current: bool = True) -> None:
        """Print a message; `current` makes it the one whose buttons the next word presses."""
        if heading:
            self.say(heading)
        self.say(payload_to_text(payload))
        if not current:
            self.say()
            return
        self.message, self.ephemeral = payload, ephemeral
        hints = []
        picks = 0
        for button in buttons(payload):
            if button["action_id"].startswith(SHOW_ENTITY + ":"):
                picks += 1
                hints.append(f"{picks} = {button['text']['text']}")
            else:
                word = {action: word for word, action in BUTTON_WORDS.items()}.get(button["action_id"])
                if word:
                    hints.append(f"{word} = {button['text']['text']}")
        if hints:
            self.say("(buttons: " + " · ".join(hints) + ")")
        self.say()

    def relay(self) -> None:
        """Show what the bot sent to Slack since the last look, and answer any form it opened."""
        for received in self.slack.take():
            body = received.body
            if received.kind == "response":
                if body.get("delete_original"):
                    self.say("(your private answer is removed)")
                elif body.get("response_type") == "in_channel":
                    self.show(body, ephemeral=False, heading=f"[posted in #{CHANNEL['name']} for everyone]")
                elif body.get("replace_original"):
                    self.show(body, ephemeral=True, heading="[your private answer now reads]")
                else:
                    self.show(body, ephemeral=True, heading="[a new private answer]")
            elif received.name == "views.open":
                self.fill_form(body["view"] if isinstance(body["view"], dict) else json.loads(body["view"]))
            elif received.name == "chat.postMessage":
                self.show(body, ephemeral=False, current=False,
                          heading=f"[posted in the editors' channel {body.get('channel')}]")

    def fill_form(self, view: dict) -> None:
        inputs = [b for b in view.get("blocks", []) if b.get("type") == "input"]
        self.say(f"[Slack opens a form: {view['title']['text']}]")
        values = {}
        for block in inputs:
            answer = self.ask(f"{block['label']['text']} ")
            if answer is None or not answer.strip():
                self.say("(form closed, nothing sent)")
                return
            values[block["block_id"]] = answer.strip()
        status, body = self.dispatch(view_submission_body(view, values))
        self.relay()
        if status != 200:
            self.say(f"(the bot answered {status})")
            return
        reply = json.loads(body) if body.startswith("{") else {}
        if reply.get("response_action") == "update":
            self.say(f"[the form now reads: {payload_to_text(reply['view'])}]")
        elif reply.get("response_action") == "errors":
            self.say("[the form says: " + "; ".join(reply["errors"].values()) + "]")
        self.say()


def repl(app: App, slack: SlackStandIn, secret: str, stdin: TextIO = sys.stdin, out: TextIO = sys.stdout) -> int:
    """Read lines until quit or end of input (0), or Ctrl-C (130)."""
    interactive = stdin.isatty() and out.isatty()

    def ask(prompt: str) -> str | None:
        if interactive:
            try:
                return input(prompt)
            except EOFError:
                return None
        out.write(prompt)
        out.flush()
        line = stdin.readline()
        if not line:
            return None
        out.write(line if line.endswith("\n") else line + "\n")  # piped input: echo it, as a terminal would
        return line

    session = LocalSession(app, slack, secret, out, ask)
    try:
        while True:
            line = ask("> ")
            if line is None:
                session.say()
                return 0
            if not session.handle(line):
                return 0
    except KeyboardInterrupt:  # Ctrl-C: leave without a traceback
        session.say()
        return 130
