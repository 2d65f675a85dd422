"""A bounded load generator for the HTTP benchmark, run as its own process (so that its work does
not share the server's interpreter): `python -m bench.load PORT CONCURRENCY REQUESTS SECRET`.

Sends signed /who commands (the seed store's evaluation queries, in turn) to 127.0.0.1:PORT from
CONCURRENCY threads over keep-alive connections, REQUESTS in all, and prints the latency of each and
the wall time as JSON. Loopback only, a fixed number of requests: it stops by itself.
"""

from __future__ import annotations

import http.client
import json
import sys
import threading
import time

from bench.inprocess import who_texts
from bot.local import signed_headers, slash_command_body


def main(port: int, concurrency: int, requests: int, secret: str) -> None:
    texts = who_texts()
    bodies = []
    for n in range(requests):
        body = slash_command_body("/who", texts[n % len(texts)], response_url="http://127.0.0.1:9/unused")
        bodies.append((body.encode(), signed_headers(secret, body)))
    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()
    next_request = iter(range(requests))

    def worker() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while True:
            with lock:
                n = next(next_request, None)
            if n is None:
                break
            body, headers = bodies[n]
            started = time.perf_counter()
            try:
                connection.request("POST", "/slack/events", body=body, headers=headers)
                response = connection.getresponse()
                response.read()
                ok = response.status == 200
            except (OSError, http.client.HTTPException) as error:
                ok, response = False, error
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            spent = time.perf_counter() - started
            with lock:
                (latencies.append(spent) if ok else failures.append(str(getattr(response, "status", response))))
        connection.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    json.dump({"wall": time.perf_counter() - started, "latencies": latencies, "failures": failures[:5],
               "failed": len(failures)}, sys.stdout)


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
