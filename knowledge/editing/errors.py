"""The one kind of error an editors' command reports: bad input, said in one line."""

from __future__ import annotations

from pathlib import Path

from knowledge.files.loading import data_dir


class EditorError(Exception):
    """Something the editor asked for cannot be done; the message says what and how to fix it."""


def knowledge_folder(root: Path) -> Path:
    """`root/knowledge/data`, which every command but check needs to exist."""
    folder = data_dir(root)
    if not folder.is_dir():
        raise EditorError(f"no knowledge folder at {folder}: run this in the project, or pass --root")
    return folder
