"""The listeners: plain functions that turn a Slack request into a reply, and nothing more.

Each asks only for the arguments it uses. bolt passes its own (`ack`, `command`, `action`, `body`,
`respond`, `client`, `view`) and those `bot.app.register` puts in the context (`store`, `reports`,
`editors_channel`, `fit_reply`). The answers come from `handlers`; the messages from `bot.render`.

Every button carries the state that rebuilt its answer (`{"command", "text", "page", "entity"}`), so a
click re-runs the handler rather than trusting anything else in the payload.
"""

from __future__ import annotations

import json
import logging

from slack_sdk.errors import SlackApiError
from slack_sdk.models.blocks import (
    ContextBlock,
    InputBlock,
    MarkdownTextObject,
    PlainTextInputElement,
    PlainTextObject,
    SectionBlock,
)
from slack_sdk.models.views import View

from bot.render import escape, render
from bot.state import command_state, rebuild
from bot.reports import Report, Reporter
from bot.terminal import payload_to_text

logger = logging.getLogger(__name__)

REPORT_CALLBACK = "report_problem"
PROBLEM_BLOCK = PROBLEM_INPUT = "problem"
REPORT_TEXT_LIMIT = 2000
NO_UNFURL = {"unfurl_links": False, "unfurl_media": False}  # citations link to sources: no previews


# --- slash commands ------------------------------------------------------------------------------

def answer_command(ack, command, store, fit_reply):
    """/who and /timeline: the answer travels in the acknowledgement, visible only to the caller."""
    # The state keeps the words, not Slack's markup: no mention or link travels on in a button.
    state = command_state(command["command"], command.get("text", ""))
    ack(**fit_reply(render(rebuild(state, store), button_value=state)), **NO_UNFURL)


# --- buttons -------------------------------------------------------------------------------------

def share(ack, action, respond, store, fit_reply):
    """Post the same answer to the channel, then remove the private preview."""
    ack()
    state = json.loads(action["value"])
    respond(**fit_reply(render(rebuild(state, store), shared=True, button_value=state)),
            replace_original=False, **NO_UNFURL)
    respond(delete_original=True)


def show_entity(ack, action, body, respond, store, fit_reply):
    """A candidate picked from a list: that entity's answer in place of the list."""
    ack()
    state = json.loads(action["value"])
    _update(body, respond, fit_reply(render(rebuild(state, store), button_value=state)))


def next_page(ack, action, body, respond, store, fit_reply):
    """The next page of a long timeline."""
    ack()
    state = json.loads(action["value"])
    _update(body, respond, fit_reply(render(rebuild(state, store), button_value=state)))


def _update(body, respond, payload: dict) -> None:
    """Replace a private message in place; a click on a shared one gets a private reply instead, so
    that one reader's click does not change what the whole channel sees."""
    if body.get("container", {}).get("is_ephemeral"):
        respond(**payload, replace_original=True, **NO_UNFURL)
    else:
        respond(**{**payload, "response_type": "ephemeral"}, replace_original=False, **NO_UNFURL)


# --- reporting a problem -------------------------------------------------------------------------

def open_report(ack, action, body, client):
    """Open the form that asks what is wrong with this answer."""
    ack()
    state = json.loads(action["value"])
    channel = (body.get("channel") or {}).get("id") or body.get("container", {}).get("channel_id", "")
    client.views_open(trigger_id=body["trigger_id"], view=report_form(state, channel))


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


def submit_report(ack, body, view, client, store, reports, editors_channel, fit_reply):
    """Store the report durably, post it to the editors' channel if there is one, then say thanks."""
    text = (view["state"]["values"][PROBLEM_BLOCK][PROBLEM_INPUT].get("value") or "").strip()
    if not text:
        ack(response_action="errors", errors={PROBLEM_BLOCK: "Say what is wrong, in a few words."})
        return
    state = json.loads(view["private_metadata"])
    shown = render(rebuild(state, store), button_value=state)
    user = body["user"]
    report = reports.add(Report(
        reporter=Reporter(id=user["id"], name=user.get("username") or user.get("name") or "",
                          team=user.get("team_id") or (body.get("team") or {}).get("id") or ""),
        channel=state.get("channel", ""),
        command=command_line(state),
        page=state.get("page"),
        entity=state.get("entity"),
        revision=store.revision,
        answer=payload_to_text(shown),
        text=text[:REPORT_TEXT_LIMIT],
    ))
    posted = ""
    if editors_channel:
        try:
            client.chat_postMessage(channel=editors_channel, **fit_reply(editors_message(report)), **NO_UNFURL)
            posted = editors_channel
        except SlackApiError as error:  # the report is stored already: say so, and log why the post failed
            logger.warning("report %s stored but not posted to %s: %s", report.id, editors_channel,
                           error.response.get("error"))
    ack(response_action="update", view=thanks_view(report, posted))


def command_line(state: dict) -> str:
    return f"/{state['command']} {state.get('text', '')}".strip()


def editors_message(report: Report) -> dict:
    """The report as the editors' channel sees it. Everything a user wrote is escaped."""
    where = f" in <#{report.channel}>" if report.channel else ""
    page = f", page {report.page}" if report.page and report.page > 1 else ""
    if report.entity:
        page += f", picked from a list: {report.entity}"
    answer = escape(report.answer)
    if len(answer) > 2900:
        answer = answer[:2899].rstrip() + "…"
    return {
        "text": f"Problem report on {escape(report.command)} from <@{report.reporter.id}>: "
                f"{escape(report.text[:200])}",
        "blocks": [
            SectionBlock(text=MarkdownTextObject(
                text=f"*Problem report* from <@{report.reporter.id}>{where} on `{escape(report.command)}`{page}"
            )).to_dict(),
            SectionBlock(text=MarkdownTextObject(text=escape(report.text))).to_dict(),
            SectionBlock(text=MarkdownTextObject(text=f"*The answer they saw*\n```{answer}```")).to_dict(),
            ContextBlock(elements=[MarkdownTextObject(
                text=f"Report {report.id} · {report.reported_at} · knowledge revision {report.revision}"
            )]).to_dict(),
        ],
    }


def thanks_view(report: Report, posted: str) -> dict:
    told = " and passed it to the editors" if posted else ""
    return View(
        type="modal",
        title=PlainTextObject(text="Report received"),
        close=PlainTextObject(text="Close"),
        blocks=[SectionBlock(text=MarkdownTextObject(
            text=f"Thank you. The desk has stored your report{told} (reference {report.id})."))],
    ).to_dict()
