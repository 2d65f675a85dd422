"""What Slack sends, parsed at the edge: every value the listeners use passes one of these models first.

A button's value, a form's `private_metadata` and its fields come back from Slack as they were sent,
but a request can still be old (a button made by a previous version of the bot), cut, or tampered
with by someone holding the signing secret. Whatever does not parse is not an error of ours: the
listener answers "that button has expired" and logs the reason at warning, never a traceback.

The models name only what the listeners read; everything else Slack sends is ignored, except in
the state the bot itself wrote (`ButtonState`), where an unknown key means the value is not ours.
"""

from __future__ import annotations

import json
from typing import Annotated, Literal
from urllib.parse import parse_qsl

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, model_validator
from slack_bolt.request.internals import parse_body

from bot.state import BUTTON_VALUE_LIMIT
from knowledge.schema import ID_PATTERN

MAX_PAGE = 10_000
SlackId = Annotated[str, StringConstraints(pattern=r"^[A-Z0-9]{1,32}$")]
Url = Annotated[str, StringConstraints(pattern=r"^https?://\S+$", max_length=2000)]


def request_body(raw: str, content_type: str | None) -> dict:
    """A request's body as bolt reads it, but for one case: bolt takes any form with "payload"
    anywhere in it for a click (`payload=…`) and, finding no such field, reads nothing, so a slash
    command whose text, channel or user name holds the word (`/who payload`) went unanswered (404).
    Such a form is read as the form it is."""
    parsed = parse_body(raw, content_type)
    if not parsed and "payload" in raw and not raw.startswith("{"):
        form = dict(parse_qsl(raw, keep_blank_values=True))
        if "payload" not in form:
            return form
    return parsed


class InvalidInput(ValueError):
    """A value from Slack that the bot cannot use; the message says why (for the log)."""


class ButtonState(BaseModel):
    """The state a button carries (see `bot.state`): the command and its words, and where in the
    answer the button leads. New state keys are declared here, so that a button cannot carry
    anything the listeners do not check."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    command: Literal["who", "timeline"]
    text: Annotated[str, StringConstraints(max_length=BUTTON_VALUE_LIMIT)] = ""
    page: Annotated[int, Field(ge=1, le=MAX_PAGE)] = 1
    entity: Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=200)] | None = None
    facts: Annotated[int, Field(ge=0, le=100_000)] = 0  # where More facts continues a /who card
    all_quotes: bool = False  # a timeline page with every quote of its events (All quotes)

    def as_state(self) -> dict:
        """The state as `bot.state` and `bot.render` use it: only the keys the button carried."""
        return self.model_dump(exclude_unset=True)


class ReportContext(ButtonState):
    """A report form's `private_metadata`: the answer's state and the channel it was shown in."""

    channel: Annotated[str, StringConstraints(pattern=r"^[A-Z0-9]{0,32}$")] = ""


class _Loose(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class User(_Loose):
    id: SlackId
    username: str = ""
    name: str = ""
    team_id: str = ""


class Action(_Loose):
    action_id: Annotated[str, StringConstraints(max_length=255)]
    value: str = ""


class Container(_Loose):
    is_ephemeral: bool = False
    channel_id: str = ""


class Channel(_Loose):
    id: str = ""


class Click(_Loose):
    """A button click (`block_actions`), as far as the listeners read it."""

    user: User
    actions: Annotated[list[Action], Field(min_length=1)]
    response_url: Url
    trigger_id: str = ""
    container: Container = Container()
    channel: Channel | None = None

    @property
    def channel_id(self) -> str:
        return (self.channel.id if self.channel else "") or self.container.channel_id


class SlashCommand(_Loose):
    command: Annotated[str, StringConstraints(min_length=2, max_length=32)]
    text: str = ""


# --- the envelope, before bolt ------------------------------------------------------------------
# bolt reads a few parts of every request while building it (team, user, channel, enterprise, the
# first action, the view's callback_id) and assumes their types: an int where it expects a dict is a
# TypeError inside bolt, a 500. These models check those parts, in HTTP and Socket Mode alike.

OptionalText = Annotated[str, StringConstraints(max_length=100_000)] | None


class _Part(_Loose):
    model_config = ConfigDict(extra="ignore", frozen=True, strict=True)

    id: OptionalText = None
    team_id: OptionalText = None
    enterprise_id: OptionalText = None


class _ActionPart(_Part):
    action_id: str
    block_id: OptionalText = None
    value: OptionalText = None
    type: OptionalText = None


class _ViewPart(_Part):
    callback_id: str = ""
    private_metadata: OptionalText = None
    app_installed_team_id: OptionalText = None
    external_id: OptionalText = None
    state: dict[str, dict[str, dict]] | None = None


class _Authorization(_Part):
    user_id: OptionalText = None
    is_enterprise_install: bool | None = None


class Envelope(_Loose):
    """The parts of a request that bolt reads before any listener runs."""

    model_config = ConfigDict(extra="ignore", frozen=True, strict=True)

    type: OptionalText = None
    team: _Part | str | None = None
    user: _Part | str | None = None
    channel: _Part | str | None = None
    enterprise: _Part | str | None = None
    container: dict | None = None
    authorizations: list[_Authorization] | None = None
    event: dict | None = None
    view: _ViewPart | None = None
    actions: list[_ActionPart] | None = None
    # slash commands (form fields; strings in HTTP, and must be in Socket Mode too)
    command: OptionalText = None
    text: OptionalText = None
    user_id: OptionalText = None
    team_id: OptionalText = None
    channel_id: OptionalText = None
    enterprise_id: OptionalText = None
    response_url: OptionalText = None
    trigger_id: OptionalText = None

    @model_validator(mode="before")
    @classmethod
    def _no_nulls(cls, data):
        """Slack may send a null team or enterprise (org-wide installs), never a null view or event,
        and bolt reads those without checking."""
        if isinstance(data, dict):
            for key in ("view", "event", "actions", "container", "authorizations"):
                if key in data and data[key] is None:
                    raise ValueError(f"{key} is null")
        return data

    @model_validator(mode="after")
    def _complete(self) -> "Envelope":
        if self.type == "block_actions" and not self.actions:
            raise ValueError("a block_actions payload without actions")
        if self.type in {"view_submission", "view_closed"} and self.view is None:
            raise ValueError(f"a {self.type} payload without its view")
        if self.type == "event_callback" and self.event is None:
            raise ValueError("an event_callback without its event")
        return self


def envelope_problem(body) -> str | None:
    """Why bolt could not safely handle this parsed request body, or None if it can."""
    if not isinstance(body, dict):
        return f"the payload is {type(body).__name__}, not an object"
    try:
        Envelope.model_validate(body)
    except ValidationError as error:
        return _reasons(error)
    return None


def click(body: dict) -> Click:
    return _parse(Click, body, "click")


def button_state(value: str) -> dict:
    """A button's value → its state, or InvalidInput saying why not."""
    return _parse_json(ButtonState, value, "button value").as_state()


def report_context(private_metadata: str) -> tuple[dict, str]:
    """A report form's private_metadata → (the answer's state, the channel id)."""
    context = _parse_json(ReportContext, private_metadata, "form metadata")
    state = context.model_dump(exclude_unset=True)
    return {key: value for key, value in state.items() if key != "channel"}, context.channel


def form_text(view: dict, block_id: str, action_id: str) -> str:
    """What was typed in one plain-text input of a submitted form ("" when left empty)."""
    try:
        value = view["state"]["values"][block_id][action_id].get("value")
    except (KeyError, TypeError, AttributeError) as error:
        raise InvalidInput(f"form field {block_id}.{action_id} missing ({error!r})") from None
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidInput(f"form field {block_id}.{action_id} is {type(value).__name__}, not text")
    return value


def _parse(model: type[BaseModel], data, what: str):
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise InvalidInput(f"{what}: {_reasons(error)}") from None


def _parse_json(model: type[BaseModel], text, what: str):
    if not isinstance(text, str):
        raise InvalidInput(f"{what} is {type(text).__name__}, not text")
    try:
        data = json.loads(text)
    except ValueError as error:
        raise InvalidInput(f"{what} is not JSON ({error})") from None
    return _parse(model, data, what)


def _reasons(error: ValidationError) -> str:
    return "; ".join(f"{'.'.join(map(str, e['loc'])) or '(value)'}: {e['msg']}" for e in error.errors())[:500]
