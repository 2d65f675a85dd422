"""New knowledge without a restart: the store being served, replaced when its build file changes.

`python -m knowledge build` writes a new build beside the old one and renames it over it, so the
build file's identity (inode, size, modification time) changes in one step. Every request asks
`LiveKnowledge.check()`, which looks at the file at most once a second; when it has changed, the new
build is opened and tried on a background thread while requests go on being answered from the
current one. Only a build that opens (format, schema) and answers a question replaces it, in one
assignment: a request in flight keeps the store it started with, so none fails during the switch. A
build that does not load is logged at error with the reason, and the previous one stays.

`reload()` does the same at once (SIGHUP in Socket Mode, and the tests).
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from pathlib import Path
from typing import Callable

import handlers
from knowledge.serving.store import KnowledgeStore

logger = logging.getLogger(__name__)

CHECK_EVERY = 1.0  # seconds between two looks at the build file


def fingerprint(path: Path) -> tuple[int, int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_ino, status.st_size, status.st_mtime_ns


def try_out(store: KnowledgeStore) -> None:
    """Raise unless the store can answer: one entity asked for by name, one timeline."""
    if not store.entities:
        raise ValueError("the build has no entities")
    entity = next(iter(store.entities.values()))
    handlers.answer("who", entity.name, store)
    handlers.answer("timeline", entity.name, store)


class LiveKnowledge:
    """The knowledge store being served (`store`), and its replacement by a new build."""

    def __init__(self, path: Path, store: KnowledgeStore, *,
                 open_store: Callable[[Path], KnowledgeStore] = KnowledgeStore.open,
                 check_every: float = CHECK_EVERY, watch: bool = True):
        self.path = Path(path)
        self.store = store
        self._open = open_store
        self._check_every = check_every
        self._watch = watch
        self._seen = fingerprint(self.path)
        self._next_look = 0.0
        self._loading = False
        self._lock = threading.Lock()

    @classmethod
    def fixed(cls, store: KnowledgeStore) -> "LiveKnowledge":
        """A store that is never replaced (tests, `python -m bot ask`)."""
        return cls(Path("/nonexistent"), store, watch=False)

    @property
    def revision(self) -> str:
        return self.store.revision

    def check(self) -> None:
        """Cheap enough for every request: start loading the build in the background if it changed."""
        if not self._watch or time.monotonic() < self._next_look:
            return
        with self._lock:
            if self._loading or time.monotonic() < self._next_look:
                return
            self._next_look = time.monotonic() + self._check_every
            now = fingerprint(self.path)
            if now == self._seen:
                return
            self._loading = True
        threading.Thread(target=self._load, args=(now,), name="knowledge-reload", daemon=True).start()

    def reload(self) -> bool:
        """Load the build now; True if it replaced the one being served."""
        with self._lock:
            if self._loading:
                return False
            self._loading = True
        return self._load(fingerprint(self.path))

    def _load(self, seen: tuple[int, int, int] | None) -> bool:
        try:
            store = self._open(self.path)
            try_out(store)
        except Exception as error:  # any failure of any kind keeps the build being served
            logger.error("knowledge build at %s not loaded, still serving revision %s: %s: %s", self.path,
                         self.store.revision, type(error).__name__, error)
            return False
        else:
            was, self.store = self.store.revision, store
            if gc.get_freeze_count():
                _freeze_again()
            if store.revision != was:
                logger.info("now serving knowledge revision %s (was %s)", store.revision, was)
            return True
        finally:
            self._seen = seen  # a broken file is not tried again until it changes
            self._loading = False


def _freeze_again() -> None:
    """In a process that froze what it loaded (`bot.app.ready_to_serve`), the store just loaded is
    frozen too, so that no collection walks it inside a request; the old one is freed first (its
    cycles would be kept for good once frozen). One full collection, here on the loading thread."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()

