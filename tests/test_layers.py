"""Data flows one way: Slack -> bot/ -> handlers/ -> knowledge/. Nothing under knowledge/ imports the
layers above it; each file's imports are read from its syntax tree, wherever they stand (at the top,
inside a function, behind TYPE_CHECKING).

The one exception is the editors' CLI, knowledge/__main__.py, where the editors' tools meet the bot:
`diff` and `timelinejs` read as the bot answers, through the bot's one renderer, and `build` lays out
large cards with it, so a few named functions there import bot/ and handlers/ when the command runs
and hand the library what it needs.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import PROJECT_ROOT

ABOVE = {"bot", "handlers"}
KNOWLEDGE = PROJECT_ROOT / "knowledge"
# The CLI's functions that wire the bot into an editors' command, and nothing else there.
CLI_WIRING = {"_bot_answer", "_bot_layouts", "_bot_listing", "_bot_wording"}


def imports_from_above(path: Path) -> list[tuple[int, str, str | None]]:
    """(line, module, the function it is imported in, or None at module level) of each import of
    bot/ or handlers/ in a file."""
    found = []

    def visit(node: ast.AST, function: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                visit(child, function or child.name)
                continue
            modules = []
            if isinstance(child, ast.Import):
                modules = [alias.name for alias in child.names]
            elif isinstance(child, ast.ImportFrom) and child.level == 0 and child.module:
                modules = [child.module]
            found.extend((child.lineno, module, function) for module in modules if module.split(".")[0] in ABOVE)
            visit(child, function)

    visit(ast.parse(path.read_text(encoding="utf-8"), str(path)), None)
    return found


def test_nothing_under_knowledge_imports_bot_or_handlers():
    files = sorted(KNOWLEDGE.rglob("*.py"))
    assert len(files) > 20
    wrong = []
    for path in files:
        for line, module, function in imports_from_above(path):
            if path == KNOWLEDGE / "__main__.py" and function in CLI_WIRING:
                continue
            wrong.append(f"{path.relative_to(PROJECT_ROOT)}:{line}: imports {module}")
    assert not wrong, "\n".join(wrong)


def test_the_reader_sees_every_kind_of_import(tmp_path):
    """The check reads top-level, nested and `from` imports alike, and tells module level from a function."""
    sample = tmp_path / "sample.py"
    sample.write_text("import bot.render\nfrom handlers import answers\nimport knowledge\n"
                      "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                      "    from handlers.timeline import select_events\n"
                      "def wire():\n    import bot\n    def inner():\n        from handlers.answers import Answer\n",
                      encoding="utf-8")
    assert imports_from_above(sample) == [(1, "bot.render", None), (2, "handlers", None),
                                          (6, "handlers.timeline", None), (8, "bot", "wire"),
                                          (10, "handlers.answers", "wire")]
