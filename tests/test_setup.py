"""The README's first command works as written on every python3 this machine has.

A distribution's own python3 (Debian's /usr/bin/python3) refuses `pip install` outside a virtual
environment (PEP 668) and may lack ensurepip (Debian's separate python3-venv package); the command
must work there, on a Python installed by hand, and from inside another virtual environment. Each
run copies the project into a temporary folder, so nothing here touches the checkout's own .venv.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_docs import readme_commands

ROOT = Path(__file__).resolve().parent.parent
NOT_COPIED = shutil.ignore_patterns(".venv", ".git", "build", "var", "__pycache__", "*.egg-info", ".pytest_cache",
                                    ".hypothesis", ".cache")  # bench/.cache: synthetic stores of GBs


def interpreters() -> list[str]:
    """Each distinct python3 of 3.11+ here: the one on PATH, the distribution's, and the running one."""
    found: dict[str, str] = {}
    for candidate in (shutil.which("python3"), "/usr/bin/python3", sys.executable):
        if not candidate or not Path(candidate).exists():
            continue
        probe = subprocess.run(
            [candidate, "-c", "import os, sys; print(sys.version_info >= (3, 11), os.path.realpath(sys.executable), sys.prefix)"],
            capture_output=True, text=True)
        new_enough, _, identity = probe.stdout.strip().partition(" ")
        if new_enough == "True":  # one run per interpreter and environment, however many names lead to it
            found.setdefault(identity, candidate)
    return list(found.values())


def externally_managed(python: str) -> bool:
    probe = subprocess.run(
        [python, "-c", "import os, sys, sysconfig; print(sys.prefix == sys.base_prefix and "
         "os.path.exists(os.path.join(sysconfig.get_path('stdlib'), 'EXTERNALLY-MANAGED')))"],
        capture_output=True, text=True, check=True)
    return probe.stdout.strip() == "True"


@pytest.mark.parametrize("python", interpreters())
def test_readme_run_command_works_as_written(python, tmp_path):
    project = tmp_path / "project"
    shutil.copytree(ROOT, project, ignore=NOT_COPIED)
    shim = tmp_path / "shim"
    shim.mkdir()
    (shim / "python3").symlink_to(python)  # `python3` in the command means this interpreter
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("SLACK_", "VIRTUAL_ENV", "PYTHON"))}
    env["PATH"] = f"{shim}{os.pathsep}{env.get('PATH', '')}"
    run_command = readme_commands()[0]
    session = subprocess.run(["bash", "-c", run_command], cwd=project, env=env, input="/who hayya\nquit\n",
                             capture_output=True, text=True, timeout=600)
    assert session.returncode == 0, session.stderr[-3000:]
    assert "Khalil al-Hayya" in session.stdout
    assert (project / ".venv" / "bin" / "python").exists()
    if externally_managed(python):
        # The distribution's python3 itself still refuses a plain install, so the command really
        # did its work inside the virtual environment.
        refused = subprocess.run([python, "-m", "pip", "install", "--dry-run", "tinydb"],
                                 capture_output=True, text=True, env=env)
        assert refused.returncode != 0 and "externally-managed-environment" in refused.stderr
