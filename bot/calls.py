"""Talking to Slack after the acknowledgement: short timeouts, retries where repeating is safe, and a
bounded pool of threads of its own.

Slack waits 3 seconds for an acknowledgement; slack_sdk waits 30 for an answer. So no listener calls
Slack before it acknowledges: it acks, hands the call to `SlackCalls.submit`, and returns. The calls
run on at most `POOL_SIZE` threads that belong to this pool, never on the server's threads that
answer slash commands, so a Slack that hangs delays nothing but these calls, each of which gives up
after `TIMEOUT` seconds an attempt.

Retries use slack_sdk's handlers: a refused connection is tried once more (nothing was sent); a 429 is
retried after its `Retry-After` (unless Slack asks for more than `MAX_RETRY_AFTER` seconds); a 500 or
503 is retried only for calls that are safe to repeat (replacing or deleting a message, opening a form
whose trigger can be used once), not for posts that a retry could make twice (a share in the channel,
a report to the editors).
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Callable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.http_retry.handler import RetryHandler
from slack_sdk.webhook import WebhookClient

logger = logging.getLogger(__name__)

TIMEOUT = 3.0  # seconds for one attempt at one call
POOL_SIZE = 8  # threads for calls to Slack, per process
MAX_QUEUED = 500  # calls waiting for a thread; beyond this (Slack down for minutes) new ones are dropped
MAX_RETRY_AFTER = 5  # seconds: a rate limit asking for longer is not waited out


class SlackCallFailed(Exception):
    """A call to Slack that did not succeed; the message says how (for the log)."""


class _ShortRateLimitHandler(RateLimitErrorRetryHandler):
    """slack_sdk's 429 handler (waits Retry-After, then retries), but not for a long wait: a pool
    thread asleep for a minute is a thread the next click does not get."""

    def _can_retry(self, *, state, request, response=None, error=None) -> bool:
        if not super()._can_retry(state=state, request=request, response=response, error=error):
            return False
        wait = next((v for k, v in response.headers.items() if k.lower() == "retry-after"), ["1"])
        try:
            return int(wait[0] if isinstance(wait, list) else wait) <= MAX_RETRY_AFTER
        except ValueError:
            return False


def retry_handlers(*, repeatable: bool) -> list[RetryHandler]:
    handlers: list[RetryHandler] = [ConnectionErrorRetryHandler(max_retry_count=1),
                                    _ShortRateLimitHandler(max_retry_count=2)]
    if repeatable:
        handlers.append(ServerErrorRetryHandler(max_retry_count=2))
    return handlers


class SlackCalls:
    """The bot's way to Slack after an acknowledgement: Web API clients and `response_url` posts with
    explicit timeouts and retries, and the bounded pool they run on."""

    def __init__(self, client: WebClient, *, timeout: float = TIMEOUT, pool_size: int = POOL_SIZE,
                 max_queued: int = MAX_QUEUED):
        self.timeout = timeout
        common = dict(token=client.token, base_url=client.base_url, headers=client.headers, timeout=timeout)
        self.client = WebClient(**common, retry_handlers=retry_handlers(repeatable=True))
        self.client_once = WebClient(**common, retry_handlers=retry_handlers(repeatable=False))
        self._pool = ThreadPoolExecutor(max_workers=pool_size, thread_name_prefix="slack-call")
        self._room = threading.BoundedSemaphore(pool_size + max_queued)
        self._pending = 0
        self._idle = threading.Condition()

    # --- the pool ------------------------------------------------------------------------------

    def submit(self, call: Callable, *args, **kwargs) -> Future | None:
        """Run `call` on the pool; None (and an error in the log) if the pool is full."""
        if not self._room.acquire(blocking=False):
            logger.error("calls to Slack are backed up (%s waiting): dropped %s", MAX_QUEUED,
                         getattr(call, "__name__", call))
            return None
        with self._idle:
            self._pending += 1
        future = self._pool.submit(self._run, call, args, kwargs)
        return future

    def _run(self, call: Callable, args, kwargs) -> None:
        try:
            call(*args, **kwargs)
        except Exception:  # a bug in a call must not vanish with its thread
            logger.exception("a call to Slack failed unexpectedly")
        finally:
            self._room.release()
            with self._idle:
                self._pending -= 1
                if not self._pending:
                    self._idle.notify_all()

    def settle(self, timeout: float = 60.0) -> bool:
        """Wait until every submitted call has finished (local mode and tests show what was sent)."""
        with self._idle:
            return self._idle.wait_for(lambda: not self._pending, timeout)

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    # --- the calls -----------------------------------------------------------------------------

    def respond(self, response_url: str, message: dict, *, repeatable: bool) -> None:
        """Post to an interaction's response_url; SlackCallFailed unless Slack answered 200.
        (WebhookClient does not raise on an HTTP error: its status is read here.)"""
        webhook = WebhookClient(url=response_url, timeout=self.timeout,
                                retry_handlers=retry_handlers(repeatable=repeatable))
        try:
            response = webhook.send_dict(message)
        except (OSError, ValueError) as error:  # refused, reset, timed out; a malformed URL
            raise SlackCallFailed(f"{type(error).__name__}: {error}") from None
        if response.status_code != 200:
            raise SlackCallFailed(f"HTTP {response.status_code}: {str(response.body)[:200]}")

    def web(self, method: str, *, repeatable: bool, **arguments) -> dict:
        """A Web API call (`views_open`, `chat_postMessage`); SlackCallFailed unless Slack said ok."""
        client = self.client if repeatable else self.client_once
        try:
            return getattr(client, method)(**arguments).data
        except SlackApiError as error:
            raise SlackCallFailed(f"{method}: {error.response.get('error') or error.response.status_code}") from None
        except (OSError, ValueError) as error:
            raise SlackCallFailed(f"{method}: {type(error).__name__}: {error}") from None
