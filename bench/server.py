"""The production server, started exactly as the Procfile's web line says, on 127.0.0.1.

`serve(app_spec, ...)` runs that line (for the ack-only floor, the same line with the app swapped for
`bench.ackapp`), times start-up to the first answered /who, and stops the server when done. Load
comes from `bench.load` in a process of its own.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from bot.local import signed_headers, slash_command_body

ROOT = Path(__file__).resolve().parent.parent
SECRET = "bench-signing-secret"
BOT_APP = "'bot.wsgi:create_wsgi_app()'"
ACK_APP = "'bench.ackapp:create_wsgi_app()'"


def web_line() -> str:
    lines = (ROOT / "Procfile").read_text().splitlines()
    return dict(line.split(": ", 1) for line in lines if ": " in line)["web"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def ask(port: int, text: str = "hayya") -> int:
    body = slash_command_body("/who", text, response_url="http://127.0.0.1:9/unused")
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("POST", "/slack/events", body=body.encode(), headers=signed_headers(SECRET, body))
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


@contextlib.contextmanager
def serve(app_spec: str, build: Path, reports: Path, timeout: float = 300):
    """Yields (port, seconds from start to the first answered /who, the server's process)."""
    line = web_line()
    if BOT_APP not in line:
        raise RuntimeError(f"the Procfile's web line no longer serves {BOT_APP}: {line}")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "GUNICORN"))}
    env.update(SLACK_SIGNING_SECRET=SECRET, SLACK_BOT_TOKEN="xoxb-bench", KNOWLEDGE_BUILD=str(build),
               REPORTS_PATH=str(reports), GUNICORN_CMD_ARGS=f"--bind 127.0.0.1:{port}",
               PATH=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]))
    started = time.perf_counter()
    process = subprocess.Popen(["bash", "-c", f"exec {line.replace(BOT_APP, app_spec)}"], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the server stopped: {process.stderr.read().decode()[-2000:]}")
            try:
                if ask(port) == 200:
                    break
            except OSError:
                pass
            if time.perf_counter() - started > timeout:
                raise RuntimeError("the server did not answer in time")
            time.sleep(0.02)
        yield port, time.perf_counter() - started, process
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def load(port: int, concurrency: int, requests: int) -> dict:
    done = subprocess.run([sys.executable, "-m", "bench.load", str(port), str(concurrency), str(requests), SECRET],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    if done.returncode:
        raise RuntimeError(done.stderr[-2000:])
    return json.loads(done.stdout)


def worker_memory(process: subprocess.Popen) -> dict[str, int]:
    """Resident and proportional set size of each gunicorn worker (the master's children), in bytes."""
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
    sizes = {"rss": 0, "pss": 0}
    for child in children:
        for line in Path(f"/proc/{child}/smaps_rollup").read_text().splitlines():
            key, _, rest = line.partition(":")
            if key.lower() in sizes:
                sizes[key.lower()] = max(sizes[key.lower()], int(rest.split()[0]) * 1024)
    return sizes
