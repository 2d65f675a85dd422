"""Shared fixtures: a small made-up knowledge tree (tests/fixtures/mini) and the desk's real one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.replies import build_layouts
from knowledge.editing.build import build
from knowledge.serving.store import KnowledgeStore
from tests.postgres import postgres_server, postgres_url  # noqa: F401  (fixtures)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
MINI = Path(__file__).resolve().parent / "fixtures" / "mini"


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    """Date rules give the same result on every run."""
    monkeypatch.setenv("KNOWLEDGE_TODAY", "2026-11-21")


@pytest.fixture
def mini_root(tmp_path) -> Path:
    """A private copy of the small knowledge tree, for tests that break it on purpose."""
    root = tmp_path / "mini"
    shutil.copytree(MINI, root)
    return root


def _build(tmp_path_factory, root: Path, name: str) -> Path:
    """Built as `python -m knowledge build` builds (large cards laid out by the bot's renderer)."""
    target = tmp_path_factory.mktemp(name) / "knowledge.json"
    build(root, target, layouts=build_layouts())
    return target


@pytest.fixture(scope="session")
def mini_build(tmp_path_factory) -> Path:
    return _build(tmp_path_factory, MINI, "mini-build")


@pytest.fixture(scope="session")
def real_build(tmp_path_factory) -> Path:
    return _build(tmp_path_factory, PROJECT_ROOT, "real-build")


@pytest.fixture(scope="session")
def mini_store(mini_build) -> KnowledgeStore:
    return KnowledgeStore.open(mini_build)


@pytest.fixture(scope="session")
def real_store(real_build) -> KnowledgeStore:
    return KnowledgeStore.open(real_build)
