"""A knowledge state as the bot would serve it: the files under a folder, checked, built and opened.

The editors' tools that show answers (mentions, timelinejs, diff) read the working tree (or a git
revision's files), not whichever build the bot last wrote, so what they show is what this tree would
serve. A build takes under a second.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from knowledge.editing.build import BuildRefused, build
from knowledge.editing.errors import EditorError
from knowledge.serving.store import KnowledgeStore


def open_state(root: Path, what: str = "the knowledge") -> KnowledgeStore:
    """Build the knowledge under `root` into a temporary file and open it; EditorError when it does
    not pass check (`what` names the state in the message: "the knowledge at main")."""
    with tempfile.TemporaryDirectory(prefix="knowledge-state-") as folder:
        target = Path(folder) / "knowledge.json"
        try:
            build(root, target)
        except BuildRefused as refused:
            first = refused.problems[0]
            raise EditorError(f"{what} does not pass check ({len(refused.problems)} problem(s); the first: "
                              f"{first}): run python -m knowledge check") from None
        return KnowledgeStore.open(target)
