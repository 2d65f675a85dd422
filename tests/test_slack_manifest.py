"""The app manifests, .env.example and the scratch README section agree with the code."""

from __future__ import annotations

import json
import re
from pathlib import Path

from bot.app import COMMAND_NAMES

ROOT = Path(__file__).resolve().parent.parent
SOCKET = json.loads((ROOT / "manifest.json").read_text())
HTTP = json.loads((ROOT / "manifest.http.json").read_text())


def test_both_manifests_declare_exactly_the_commands_the_app_answers():
    for manifest in (SOCKET, HTTP):
        commands = manifest["features"]["slash_commands"]
        assert tuple(c["command"] for c in commands) == COMMAND_NAMES
        for command in commands:
            assert command["description"] and command["usage_hint"]
            assert len(command["command"]) <= 32
        assert manifest["settings"]["interactivity"]["is_enabled"] is True


def test_only_the_scopes_used():
    # commands: the slash commands. chat:write: the post to the editors' channel (chat.postMessage).
    # views.open and response_url need no scope.
    for manifest in (SOCKET, HTTP):
        assert manifest["oauth_config"]["scopes"] == {"bot": ["commands", "chat:write"]}


def test_the_socket_mode_manifest_has_no_urls_and_the_http_one_points_at_bolt():
    assert SOCKET["settings"]["socket_mode_enabled"] is True
    assert "url" not in json.dumps(SOCKET).replace("long_description", "")
    assert HTTP["settings"]["socket_mode_enabled"] is False
    urls = {c["url"] for c in HTTP["features"]["slash_commands"]} | {HTTP["settings"]["interactivity"]["request_url"]}
    assert len(urls) == 1 and urls.pop().endswith("/slack/events")


def test_the_two_manifests_differ_only_in_how_slack_reaches_the_bot():
    def strip(manifest):
        copy = json.loads(json.dumps(manifest))
        for command in copy["features"]["slash_commands"]:
            command.pop("url", None)
        copy["settings"]["interactivity"].pop("request_url", None)
        copy["settings"].pop("socket_mode_enabled")
        return copy

    assert strip(SOCKET) == strip(HTTP)


def test_env_example_documents_every_variable_the_settings_read():
    read = set(re.findall(r'env(?:\.get\(|\[)"([A-Z_]+)"', (ROOT / "bot" / "settings.py").read_text()))
    documented = set(re.findall(r"^([A-Z_]+)=", (ROOT / ".env.example").read_text(), re.MULTILINE))
    assert read and read <= documented, read - documented
