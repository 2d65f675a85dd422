"""A bounded soak of the production server on loopback: a benchmark to run by hand, not a test.

    python bench/soak.py [--seconds 30] [--clients 8] [--code DIR]

It builds the desk's knowledge, starts the Procfile's web line (gunicorn, 2 workers of 4 threads)
on 127.0.0.1 and a stand-in for Slack (`bot.standin`) that is slow now and then: every few seconds
its response_url answers only after 2 seconds, for a few seconds. Client threads send signed
/who and /timeline commands and button clicks (Share, Next page, a candidate, More facts, Timeline;
not Report, whose form goes through the Web API) for a bounded
time. Then two measurements side by side, in the same run:

* burst: with every response_url hanging, 16 clicks at once, then 20 /who one after another; beside
  the same 20 /who with Slack answering (the baseline);
* soak: errors, p50 and p99 per kind of request, while Slack is fast and while it is slow, and the
  workers' memory (RSS) after warm-up and at the end.

`--code DIR` runs the server from another checkout (an older commit, for a before/after figure);
the clients and the stand-in stay this checkout's. Nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.local import block_actions_body, buttons, slash_command_body  # noqa: E402
from bot.standin import Fault, SlackStandIn  # noqa: E402
from bot.wsgi import RawBodyVerifier  # noqa: E402

SECRET = "soak-signing-secret"
SLOW = 2.0  # seconds a slow response_url takes to answer


def signed(body: str) -> dict[str, str]:
    timestamp = str(int(time.time()))
    return {"content-type": "application/x-www-form-urlencoded", "x-slack-request-timestamp": timestamp,
            "x-slack-signature": RawBodyVerifier(SECRET).generate_signature(timestamp=timestamp, body=body)}


def post(url: str, body: str, timeout: float = 60) -> tuple[int, str]:
    request = urllib.request.Request(url, data=body.encode(), headers=signed(body), method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, ""
    except OSError as error:
        return -1, repr(error)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(code: Path, build_path: Path, folder: Path, port: int) -> subprocess.Popen:
    web = next(line.split(": ", 1)[1] for line in (ROOT / "Procfile").read_text().splitlines()
               if line.startswith("web: "))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "GUNICORN"))}
    env.update(PORT=str(port), GUNICORN_CMD_ARGS=f"--bind 127.0.0.1:{port} --workers 2 --access-logfile /dev/null",
               SLACK_SIGNING_SECRET=SECRET, SLACK_BOT_TOKEN="xoxb-soak", KNOWLEDGE_BUILD=str(build_path),
               REPORTS_PATH=str(folder / "reports.json"),
               PATH=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]))
    log = open(folder / "server.log", "w")
    process = subprocess.Popen(["bash", "-c", f"exec {web}"], cwd=code, env=env, stdout=log,
                               stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
                return process
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the server did not start; see {folder / 'server.log'}")
            time.sleep(0.2)


def workers_rss_kib(master: int) -> int:
    total = 0
    for task in Path(f"/proc/{master}/task").iterdir():
        for child in (task / "children").read_text().split():
            for line in Path(f"/proc/{child}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
    return total


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


class Soak:
    def __init__(self, url: str, slack: SlackStandIn, names: list[str]):
        self.url, self.slack, self.names = url, slack, names
        self.samples: list[tuple[str, bool, float, bool]] = []  # kind, slack slow, seconds, ok
        self.lock = threading.Lock()
        self.slow = False

    def command(self, name: str, text: str) -> tuple[bool, float, dict | None]:
        body = slash_command_body(name, text, response_url=self.slack.response_url())
        started = time.perf_counter()
        status, reply = post(self.url, body)
        elapsed = time.perf_counter() - started
        ok = status == 200
        return ok, elapsed, (json.loads(reply) if ok and reply.startswith("{") else None)

    def click(self, message: dict) -> tuple[bool, float]:
        # Not Report: it opens a form through the Web API, which this soak does not point at the stand-in.
        choices = [b for b in buttons(message) if b["action_id"] != "report"]
        if not choices:
            return True, 0.0
        body = block_actions_body(random.choice(choices), response_url=self.slack.response_url())
        started = time.perf_counter()
        status, _ = post(self.url, body)
        return status == 200, time.perf_counter() - started

    def record(self, kind: str, slow: bool, seconds: float, ok: bool) -> None:
        with self.lock:
            self.samples.append((kind, slow, seconds, ok))

    def client(self, until: float) -> None:
        last: dict | None = None
        while time.monotonic() < until:
            slow = self.slow
            roll = random.random()
            if roll < 0.3 and last is not None:
                ok, seconds = self.click(last)
                self.record("click", slow, seconds, ok)
                continue
            name = "/who" if roll < 0.75 else "/timeline"
            text = random.choice(self.names) if random.random() < 0.85 else random.choice(["nobody known", "abbas", "x" * 300])
            ok, seconds, reply = self.command(name, text)
            self.record(name, slow, seconds, ok)
            last = reply or last

    def weather(self, until: float) -> None:
        """Slack slow for 3 seconds in every 8."""
        while time.monotonic() < until:
            self.slow = False
            self.slack.heal()
            time.sleep(5)
            self.slow = True
            self.slack.fail("response", Fault.slow(SLOW))
            time.sleep(3)
        self.slow = False
        self.slack.heal()


def burst(soak: Soak, clicks: int = 16, commands: int = 20) -> tuple[list[float], list[float], int]:
    """/who times with Slack answering, then with every response_url hanging and `clicks` clicks held."""
    _, _, message = soak.command("/who", soak.names[0])
    healthy = [soak.command("/who", random.choice(soak.names))[1] for _ in range(commands)]
    soak.slack.fail("response", Fault.hang())
    threads = [threading.Thread(target=soak.click, args=(message,)) for _ in range(clicks)]
    for thread in threads:
        thread.start()
    time.sleep(0.5)
    hanging = [soak.command("/who", random.choice(soak.names))[1] for _ in range(commands)]
    held = soak.slack.hanging
    soak.slack.heal()
    for thread in threads:
        thread.join(timeout=120)
    return healthy, hanging, held


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=30, help="how long the soak runs (bounded)")
    parser.add_argument("--clients", type=int, default=8, help="client threads")
    parser.add_argument("--burst", type=int, default=20, help="/who commands timed in each half of the burst")
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout to run the server from")
    args = parser.parse_args()
    random.seed(1)
    folder = Path(tempfile.mkdtemp(prefix="soak-"))
    build_path = folder / "knowledge.json"
    code = args.code.resolve()
    # Built by the server's own checkout: another commit may write another build format.
    subprocess.run([sys.executable, "-m", "knowledge", "build"], cwd=code, check=True, capture_output=True,
                   env={**os.environ, "KNOWLEDGE_BUILD": str(build_path)})
    names = [row["name"] for row in json.loads(build_path.read_text(encoding="utf-8"))["entities"].values()]
    with SlackStandIn() as slack:
        port = free_port()
        server = start_server(code, build_path, folder, port)
        try:
            soak = Soak(f"http://127.0.0.1:{port}/slack/events", slack, names)
            for _ in range(50):  # warm-up
                soak.command("/who", random.choice(names))
            rss_start = workers_rss_kib(server.pid)
            healthy, hanging, held = burst(soak, commands=args.burst)
            print(f"server code: {code}")
            print(f"burst: /who with Slack answering   p50 {percentile(healthy, .5) * 1000:7.1f} ms  "
                  f"max {max(healthy) * 1000:7.1f} ms  ({len(healthy)} commands)")
            print(f"burst: /who, 16 clicks on a hanging response_url ({held} held by Slack)   "
                  f"p50 {percentile(hanging, .5) * 1000:7.1f} ms  max {max(hanging) * 1000:7.1f} ms")
            until = time.monotonic() + args.seconds
            threads = [threading.Thread(target=soak.client, args=(until,)) for _ in range(args.clients)]
            threads.append(threading.Thread(target=soak.weather, args=(until,)))
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            slack.heal()
            time.sleep(SLOW + 1)
            rss_end = workers_rss_kib(server.pid)
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
    log = (folder / "server.log").read_text()
    print(f"soak: {args.seconds:.0f} s, {args.clients} clients, {len(soak.samples)} requests, "
          f"{sum(not ok for *_, ok in soak.samples)} errors, {log.count('Traceback')} tracebacks in the server log")
    for kind in ("/who", "/timeline", "click"):
        for slow in (False, True):
            times = [s for k, w, s, ok in soak.samples if k == kind and w == slow]
            errors = sum(1 for k, w, _, ok in soak.samples if k == kind and w == slow and not ok)
            if times:
                print(f"  {kind:10} Slack {'slow' if slow else 'fast'}: {len(times):5} requests, {errors} errors, "
                      f"p50 {percentile(times, .5) * 1000:7.1f} ms, p99 {percentile(times, .99) * 1000:7.1f} ms")
    print(f"workers' memory: {rss_start / 1024:.1f} MiB after warm-up, {rss_end / 1024:.1f} MiB at the end "
          f"({(rss_end - rss_start) / 1024:+.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
