"""The listeners: plain functions that turn a Slack request into a reply, and nothing more.

Each asks only for the arguments it uses. bolt passes its own (`ack`, `command`, `body`, `view`) and
those `bot.app.register` puts in the context (`store`, `reports`, `editors_channel`, `fit_reply`, `replies`,
`calls`, `freshness`). The answers come from `handlers`; the messages from `bot.render`.

Every button carries the state that rebuilt its answer (`{"command", "text", "page", "entity", "facts"}`), so a
click re-runs the handler rather than trusting anything else in the payload. Every value from Slack
is parsed by a model of `bot.inputs` first; one that does not parse gets "expired", not an error.

Slash commands answer inside the acknowledgement. A button's listener (`after_ack`) acknowledges at
once and makes its calls to Slack afterwards, on the bounded pool of `bot.calls`, with short timeouts:
a new button follows the same pattern, `@after_ack def work(clicked): ...`.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from typing import Callable

from pydantic import ValidationError
from slack_bolt import BoltResponse
from slack_sdk.models.blocks import (
    ContextBlock,
    InputBlock,
    MarkdownTextObject,
    PlainTextInputElement,
    PlainTextObject,
    SectionBlock,
)
from slack_sdk.models.views import View

from bot import inputs
from bot.calls import SlackCallFailed, SlackCalls
from bot.render import escape, render
from bot.state import command_state, rebuild
from bot.replies import Replies
from bot.reports import Report, Reporter
from bot.terminal import payload_to_text
from handlers import Freshness

logger = logging.getLogger(__name__)

REPORT_CALLBACK = "report_problem"
PROBLEM_BLOCK = PROBLEM_INPUT = "problem"
REPORT_TEXT_LIMIT = 2000
EXPIRED_BUTTON = "That button has expired: run the command again."
EXPIRED_FORM = "This form has expired: run the command again and press Report a problem."
UNREADABLE_COMMAND = "That command could not be read: try `/who NAME` or `/timeline SUBJECT`."
SHARE_FAILED = ("Slack did not take the post, so nothing was shared in the channel; your private answer "
                "is kept. Press Share in channel again in a moment.")
FORM_FAILED = "Slack did not open the report form just now. Press Report a problem again in a moment."
NOT_STORED = ("Your report was NOT stored: the desk's report file could not be written. Nothing was "
              "saved; press Send again in a moment.")
NO_UNFURL = {"unfurl_links": False, "unfurl_media": False}  # citations link to sources: no previews


# --- slash commands ------------------------------------------------------------------------------

def answer_command(ack, command, store, replies, freshness=None):
    """/who and /timeline: the answer travels in the acknowledgement (the response returned, which
    bolt sends as it would an `ack`), visible only to the caller."""
    try:
        typed = inputs.SlashCommand.model_validate(command)
    except ValidationError as error:
        logger.warning("unreadable slash command: %s", error.errors()[:3])
        ack(text=UNREADABLE_COMMAND)
        return
    # The state keeps the words, not Slack's markup: no mention or link travels on in a button.
    state = command_state(typed.command, typed.text)
    # What ack(**payload, **NO_UNFURL) would send, from the reply kept as JSON: not encoded again.
    return BoltResponse(status=200, body=replies.rendered(state, store, freshness).ack_body(**NO_UNFURL))


# --- buttons -------------------------------------------------------------------------------------
# A click is acknowledged at once; what it asks of Slack (a post to its response_url, a form) runs
# afterwards on the pool of `bot.calls`, so neither a slow Slack nor a hanging response_url can hold
# the acknowledgement past Slack's 3 seconds or take the threads that answer slash commands.

@dataclass(frozen=True)
class Clicked:
    """A checked click, and what its work needs."""

    click: inputs.Click
    state: dict
    store: object
    replies: Replies
    calls: SlackCalls
    freshness: Freshness | None = None

    def answer(self, shared: bool = False) -> dict:
        """The answer the button's state describes, rendered and fitted to Slack's limits."""
        return self.replies.reply(self.state, self.store, self.freshness, shared=shared)

    @property
    def response_url(self) -> str:
        return self.click.response_url


def after_ack(work: Callable[[Clicked], None]) -> Callable:
    """A button's listener: ack, check the click and its value, then hand `work` to the pool.
    A value that does not parse (an old or tampered button) gets a private "expired" reply."""

    def listener(ack, body, store, replies, calls, freshness=None):
        ack()
        try:
            click = inputs.click(body)
        except inputs.InvalidInput as error:
            logger.warning("click ignored, it cannot be answered: %s", error)
            return
        try:
            state = inputs.button_state(click.actions[0].value)
        except inputs.InvalidInput as error:
            logger.warning("expired button %s: %s", click.actions[0].action_id, error)
            calls.submit(tell, calls, click.response_url, EXPIRED_BUTTON)
            return
        calls.submit(work, Clicked(click, state, store, replies, calls, freshness))

    listener.__name__ = listener.__qualname__ = work.__name__
    listener.__doc__ = work.__doc__
    return listener


def tell(calls: SlackCalls, response_url: str, text: str) -> None:
    """A short private note to the person who clicked; if even that fails, the log says so."""
    try:
        calls.respond(response_url, {"response_type": "ephemeral", "replace_original": False, "text": text},
                      repeatable=False)
    except SlackCallFailed as error:
        logger.warning("could not tell the user %r: %s", text, error)


@after_ack
def share(clicked: Clicked) -> None:
    """Post the same answer to the channel; only once that worked, remove the private preview."""
    payload = clicked.answer(shared=True)
    try:
        clicked.calls.respond(clicked.response_url, {**payload, "replace_original": False, **NO_UNFURL},
                              repeatable=False)
    except SlackCallFailed as error:
        logger.warning("share failed, the private answer is kept: %s", error)
        tell(clicked.calls, clicked.response_url, SHARE_FAILED)
        return
    try:
        clicked.calls.respond(clicked.response_url, {"delete_original": True}, repeatable=True)
    except SlackCallFailed as error:
        logger.warning("shared, but the private preview was not removed: %s", error)


@after_ack
def show_in_place(clicked: Clicked) -> None:
    """A click that changes the answer itself (a candidate picked, Next or Previous page, More facts):
    the new answer in place of the old."""
    _update(clicked, clicked.answer())


@after_ack
def show_timeline(clicked: Clicked) -> None:
    """Timeline on a /who card: that entity's /timeline, as a new private answer below the card."""
    message = {**clicked.answer(), "response_type": "ephemeral", "replace_original": False, **NO_UNFURL}
    try:
        clicked.calls.respond(clicked.response_url, message, repeatable=False)
    except SlackCallFailed as error:
        logger.warning("the timeline for a click did not reach Slack: %s", error)


def _update(clicked: Clicked, payload: dict) -> None:
    """Replace a private message in place; a click on a shared one gets a private reply instead, so
    that one reader's click does not change what the whole channel sees."""
    if clicked.click.container.is_ephemeral:
        message, repeatable = {**payload, "replace_original": True, **NO_UNFURL}, True
    else:
        message, repeatable = {**payload, "response_type": "ephemeral", "replace_original": False, **NO_UNFURL}, False
    try:
        clicked.calls.respond(clicked.response_url, message, repeatable=repeatable)
    except SlackCallFailed as error:
        logger.warning("the answer to a click did not reach Slack: %s", error)


# --- reporting a problem -------------------------------------------------------------------------

@after_ack
def open_report(clicked: Clicked) -> None:
    """Open the form that asks what is wrong with this answer."""
    try:
        clicked.calls.web("views_open", repeatable=True, trigger_id=clicked.click.trigger_id,
                          view=report_form(clicked.state, clicked.click.channel_id))
    except SlackCallFailed as error:
        logger.warning("the report form did not open: %s", error)
        tell(clicked.calls, clicked.response_url, FORM_FAILED)


def report_form(state: dict, channel: str) -> dict:
    return View(
        type="modal",
        callback_id=REPORT_CALLBACK,
        title=PlainTextObject(text="Report a problem"),
        submit=PlainTextObject(text="Send to the desk"),
        close=PlainTextObject(text="Cancel"),
        private_metadata=json.dumps({**state, "channel": channel}, ensure_ascii=False),
        blocks=[
            SectionBlock(text=MarkdownTextObject(text=f"About the answer to `{escape(command_line(state))}`")),
            InputBlock(
                block_id=PROBLEM_BLOCK,
                label=PlainTextObject(text="What is wrong?"),
                hint=PlainTextObject(text="A wrong fact, a missing person or event, a bad source: "
                                          "the editors read every report."),
                element=PlainTextInputElement(action_id=PROBLEM_INPUT, multiline=True,
                                              max_length=REPORT_TEXT_LIMIT),
            ),
        ],
    ).to_dict()


def submit_report(ack, body, view, store, reports, editors_channel, fit_reply, calls, freshness=None):
    """Store the report first; then say so in the form, and post it to the editors' channel after the
    acknowledgement. A report that cannot be stored is said to be not stored, and goes to the log."""
    try:
        text = inputs.form_text(view, PROBLEM_BLOCK, PROBLEM_INPUT).strip()
        state, channel = inputs.report_context(view.get("private_metadata"))
        user = inputs.User.model_validate(body.get("user"))
    except (inputs.InvalidInput, ValidationError) as error:
        logger.warning("expired report form: %s", error)
        ack(response_action="update", view=notice_view("Report a problem", EXPIRED_FORM))
        return
    if not text:
        ack(response_action="errors", errors={PROBLEM_BLOCK: "Say what is wrong, in a few words."})
        return
    shown = render(rebuild(state, store, freshness), button_value=state)
    report = Report(
        reporter=Reporter(id=user.id, name=user.username or user.name,
                          team=user.team_id or str((body.get("team") or {}).get("id") or "")),
        channel=channel,
        command=command_line(state),
        page=state.get("page"),
        entity=state.get("entity"),
        revision=store.revision,
        answer=payload_to_text(shown),
        text=text[:REPORT_TEXT_LIMIT],
    )
    try:
        reports.add(report)
    except Exception as error:  # whatever the store's failure (full disk, read-only, database down)
        logger.error("report NOT stored (%s: %s); its content, for the desk: %s", type(error).__name__, error,
                     report.model_dump_json())
        ack(response_action="errors", errors={PROBLEM_BLOCK: NOT_STORED})
        return
    ack(response_action="update", view=thanks_view(report, bool(editors_channel)))
    if editors_channel:
        calls.submit(post_to_editors, calls, editors_channel, report, fit_reply)


def post_to_editors(calls: SlackCalls, channel: str, report: Report, fit_reply) -> None:
    try:
        calls.web("chat_postMessage", repeatable=False, channel=channel, **fit_reply(editors_message(report)),
                  **NO_UNFURL)
    except SlackCallFailed as error:  # stored already, and the user was told so: the log says why
        logger.warning("report %s stored but not posted to %s: %s", report.id, channel, error)


def command_line(state: dict) -> str:
    return f"/{state['command']} {state.get('text', '')}".strip()


def editors_message(report: Report) -> dict:
    """The report as the editors' channel sees it. Everything a user wrote is escaped, and cut to
    fit a section once escaped (each `&` costs five characters); the stored report keeps it all."""
    where = f" in <#{report.channel}>" if report.channel else ""
    page = f", page {report.page}" if report.page and report.page > 1 else ""
    if report.entity:
        page += f", picked from a list: {report.entity}"
    command = escaped_clip(report.command, 1000)
    return {
        "text": f"Problem report on {escaped_clip(report.command, 200)} from <@{report.reporter.id}>: "
                f"{escaped_clip(report.text, 1000)}",
        "blocks": [
            SectionBlock(text=MarkdownTextObject(
                text=f"*Problem report* from <@{report.reporter.id}>{where} on `{command}`{page}"
            )).to_dict(),
            SectionBlock(text=MarkdownTextObject(text=escaped_clip(report.text, 2900))).to_dict(),
            SectionBlock(text=MarkdownTextObject(
                text=f"*The answer they saw*\n```{escaped_clip(report.answer, 2900)}```")).to_dict(),
            ContextBlock(elements=[MarkdownTextObject(
                text=f"Report {report.id} · {report.reported_at} · knowledge revision {report.revision}"
            )]).to_dict(),
        ],
    }


def escaped_clip(text: str, limit: int) -> str:
    """`text` escaped for Slack, at most `limit` characters, never ending inside an `&amp;`."""
    escaped = escape(text)
    if len(escaped) <= limit:
        return escaped
    return re.sub(r"&[a-z]{0,3}$", "", escaped[: limit - 1]).rstrip() + "…"


def thanks_view(report: Report, passing_on: bool) -> dict:
    told = " and is passing it to the editors" if passing_on else ""
    return notice_view("Report received", f"Thank you. The desk has stored your report{told} (reference {report.id}).")


def notice_view(title: str, text: str) -> dict:
    return View(
        type="modal",
        title=PlainTextObject(text=title),
        close=PlainTextObject(text="Close"),
        blocks=[SectionBlock(text=MarkdownTextObject(text=text))],
    ).to_dict()
