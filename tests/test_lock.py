"""The lock file a deploy installs from (`requirements.lock`) matches pyproject.toml's dependencies,
pins every package to one version, and carries hashes, so `pip install --require-hashes` accepts it.

Regenerate it after changing the dependencies (the README's "Reliability" section has the command):
    uv pip compile pyproject.toml --generate-hashes --universal --python-version 3.11 -o requirements.lock
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements.lock"
REGENERATE = ("regenerate it: uv pip compile pyproject.toml --generate-hashes --universal --python-version 3.11 "
              "-o requirements.lock")
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)")


def pins() -> dict[str, tuple[str, list[str], list[str]]]:
    """name → (version, hashes, what it is pulled in by)."""
    found: dict[str, tuple[str, list[str], list[str]]] = {}
    current = None
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match:
            current = canonicalize_name(match[1])
            found[current] = (match[2], [], [])
        elif current and line.strip().startswith("--hash=sha256:"):
            found[current][1].append(line.strip().removeprefix("--hash=sha256:").rstrip(" \\"))
        elif current and line.strip().startswith("#"):
            found[current][2].append(line.strip().lstrip("# ").removeprefix("via ").strip())
    return found


def test_the_lock_pins_every_dependency_of_pyproject_within_its_range():
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    locked = pins()
    for dependency in map(Requirement, dependencies):
        name = canonicalize_name(dependency.name)
        assert name in locked, f"{dependency.name} is in pyproject.toml but not in requirements.lock: {REGENERATE}"
        version = locked[name][0]
        assert dependency.specifier.contains(version, prereleases=True), \
            f"requirements.lock pins {name}=={version}, outside pyproject.toml's {dependency}: {REGENERATE}"
    direct = {name for name, (_, _, via) in locked.items() if any("pyproject.toml" in v for v in via)}
    assert direct == {canonicalize_name(Requirement(d).name) for d in dependencies}, \
        f"requirements.lock was made from other dependencies than pyproject.toml's: {REGENERATE}"


def test_every_locked_package_has_hashes():
    for name, (version, hashes, _) in pins().items():
        assert hashes and all(re.fullmatch(r"[0-9a-f]{64}", h) for h in hashes), f"{name}=={version} has no hash"
