"""Local mode: `python -m bot` with no Slack credentials answers what is typed, through the same app."""

from __future__ import annotations

import dataclasses
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

from slack_sdk import WebClient

from bot import run as run_module
from bot.app import create_app
from bot.local import repl
from bot.reports import ReportStore
from bot.settings import Settings
from tests.slack_fixture import PAGES, fixture_build, settings, slack, slack_store, write_knowledge  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent


def run_bot(stdin: str, build: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    env.update(KNOWLEDGE_BUILD=str(build), REPORTS_PATH=str(tmp_path / "reports.json"))
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=60)


def test_the_readme_run_command_answers_who_on_stdin(fixture_build, tmp_path):
    done = run_bot("/who hayya\nquit\n", fixture_build[0], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Local mode: no Slack." in done.stdout
    # Local mode builds the working tree's knowledge: the desk's real sources answer.
    assert "Khalil al-Hayya" in done.stdout and "The Jerusalem Post" in done.stdout
    assert "Sources ·" in done.stdout and "share = Share in channel" in done.stdout


def test_it_leaves_cleanly_at_the_end_of_input(fixture_build, tmp_path):
    done = run_bot("who abbas\n", fixture_build[0], tmp_path, "run")
    assert done.returncode == 0, done.stderr
    assert "Show Mahmoud Abbas" in done.stdout
    assert "Traceback" not in done.stderr


def session(app, slack, secret: str, lines: str) -> str:
    out = io.StringIO()
    assert repl(app, slack, secret, io.StringIO(lines), out) == 0
    return out.getvalue()


def local_app(settings, store, slack):
    local = dataclasses.replace(settings, signing_secret="local-secret")
    return create_app(local, store, client=WebClient(token="xoxb-local", base_url=slack.api_url),
                      strict_limits=True)


def test_the_buttons_can_be_pressed_by_typing(settings, slack_store, slack):
    app = local_app(settings, slack_store, slack)
    out = session(app, slack, "local-secret", "\n".join([
        "/who abbas", "2", "share", "/timeline example council", *["next"] * PAGES,
        "report", "The third meeting was in Doha", "help", "nonsense", "quit", "/who never reached",
    ]) + "\n")
    assert "(buttons: 1 = Show Abbas Kamel · 2 = Show Mahmoud Abbas" in out
    assert "[your private answer now reads]\nMahmoud Abbas" in out
    assert "[posted in #local for everyone]\nMahmoud Abbas" in out
    assert "(your private answer is removed)" in out
    assert f"page 2 of {PAGES}" in out and f"page {PAGES} of {PAGES}" in out
    assert "The last answer has no “next” button." in out
    assert "[Slack opens a form: Report a problem]" in out
    assert "[posted in the editors' channel CEDITORS]" in out
    assert "stored your report and is passing it to the editors" in out
    assert "share     Share in channel" in out and "Type a command such as /who hayya" in out
    assert "never reached" not in out.split("> quit")[-1].replace("/who never reached", "")
    [report] = ReportStore(settings.reports_path).all()
    assert report.text == "The third meeting was in Doha" and report.page == PAGES


def test_a_form_left_empty_sends_nothing(settings, slack_store, slack):
    app = local_app(settings, slack_store, slack)
    out = session(app, slack, "local-secret", "/who hayya\nreport\n")
    assert "(form closed, nothing sent)" in out
    assert ReportStore(settings.reports_path).all() == []


def test_local_mode_builds_the_working_trees_knowledge_every_time(tmp_path, monkeypatch, capsys):
    root = write_knowledge(tmp_path / "root")
    monkeypatch.setattr(run_module, "PROJECT_ROOT", root)
    settings = Settings(knowledge_build=tmp_path / "build" / "knowledge.json")
    first = run_module.open_or_build(settings)
    assert first is not None and settings.knowledge_build.is_file()
    assert capsys.readouterr().err.startswith(f"built {settings.knowledge_build}, revision {first.revision}")
    # An editor's change shows at the next start, without a separate build step.
    sources = root / "knowledge" / "data" / "sources.toml"
    sources.write_text(sources.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert run_module.open_or_build(settings).revision != first.revision


def test_local_mode_prints_the_problems_and_fails_when_the_knowledge_is_broken(tmp_path, monkeypatch, capsys):
    root = write_knowledge(tmp_path / "root")
    shutil.rmtree(root / "seeds")
    monkeypatch.setattr(run_module, "PROJECT_ROOT", root)
    out = io.StringIO()
    status = run_module.run_local(Settings(knowledge_build=tmp_path / "build" / "knowledge.json"),
                                  stdin=io.StringIO("/who hayya\n"), out=out)
    assert status == 1 and out.getvalue() == ""
    err = capsys.readouterr().err
    assert "sources.toml" in err and "does not exist" in err and "nothing was built" in err


def test_run_says_what_to_do_with_http_credentials_or_half_a_socket_mode_setup(capsys):
    assert run_module.run(Settings(signing_secret="s", bot_token="xoxb-1")) == 2
    assert "gunicorn 'bot.wsgi:create_wsgi_app()'" in capsys.readouterr().err
    assert run_module.run(Settings(app_token="xapp-1")) == 2
    assert "Socket Mode needs both" in capsys.readouterr().err
    assert run_module.run(Settings(bot_token="xoxb-1")) == 2
    assert "SLACK_APP_TOKEN" in capsys.readouterr().err


def test_socket_mode_refuses_to_start_without_a_knowledge_build(tmp_path, capsys):
    settings = Settings(app_token="xapp-1", bot_token="xoxb-1", knowledge_build=tmp_path / "none.json")
    assert run_module.run(settings) == 2
    assert "refusing to start" in capsys.readouterr().err


def test_socket_mode_checks_the_bot_token_then_hands_the_app_to_bolts_handler(settings, slack, monkeypatch,
                                                                                capsys):
    import bot.socket_mode as socket_mode

    started = []

    class Handler:  # stands in for SocketModeHandler: no WebSocket to Slack in tests
        def __init__(self, app, app_token):
            started.append((app, app_token))

        def start(self):
            raise KeyboardInterrupt  # as when the operator presses Ctrl-C

        def close(self):
            started.append("closed")

    monkeypatch.setattr(socket_mode, "CheckedSocketModeHandler", Handler)
    monkeypatch.setattr(run_module, "WebClient", lambda token: WebClient(token=token, base_url=slack.api_url))
    socket_settings = dataclasses.replace(settings, app_token="xapp-1", signing_secret=None)
    assert run_module.run(socket_settings) == 0
    (app, token), closed = started
    assert token == "xapp-1" and closed == "closed"
    assert [r.name for r in slack.take()] == ["auth.test"]
    assert "Socket Mode: answering as newsdesk in Local" in capsys.readouterr().err

    slack.failures["auth.test"] = "invalid_auth"
    assert run_module.run(socket_settings) == 2
    assert "Slack refused SLACK_BOT_TOKEN (invalid_auth)" in capsys.readouterr().err


def test_an_unknown_command_gets_the_bots_help_and_the_card_buttons_have_words(settings, slack_store, slack):
    app = local_app(settings, slack_store, slack)
    out = session(app, slack, "local-secret", "\n".join([
        "/foo bar", "/who longwinded committee", "more", "/who example council", "timeline",
        "/timeline example council page 2", "previous", "quit"]) + "\n")
    assert "There is no command “/foo”: the bot answers /who and /timeline." in out
    assert "/who <name>" in out and "Unhandled request" not in out and "404" not in out
    assert "more = More facts (59 left)" in out and "More facts (58 left)" in out
    assert "[a new private answer]\nTimeline: Example Council" in out
    assert f"page 1 of {PAGES}" in out.split("> previous")[1]
