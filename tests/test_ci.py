"""CI runs the README's test command unchanged, and fails on style and layer violations."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ci_runs_the_readme_test_command_and_the_checks():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = re.search(r"\.venv/bin/python -m pytest[^\n`]*", readme).group(0)
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    lines = [line.strip() for line in script.splitlines()]
    assert command in lines
    for check in (
        ".venv/bin/ruff check .",
        ".venv/bin/ruff format --check .",
        ".venv/bin/lint-imports",
    ):
        # Each check marks the run failed when it fails (the tests still run).
        assert any(line.startswith(check) and "failed=" in line for line in lines), check
    assert 'if [ -n "$failed" ]; then' in lines
