"""The layer rules of DESIGN.md, checked by import-linter."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold():
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache", "--config", str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 3 kept, 0 broken" in result.stdout


def test_the_main_window_composes_its_parts_explicitly():
    """No plugin host: no importlib, no install(window), no part reaching into the window."""
    import ast

    ui = ROOT / "desktop_app" / "ui"
    main_window = (ui / "main_window.py").read_text(encoding="utf-8")
    assert "importlib" not in main_window
    assert "EXTENSIONS" not in main_window
    offenders = []
    for path in sorted(ui.rglob("*.py")):
        if path.name in ("main_window.py", "app.py"):
            continue
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text)
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name == "install":
                offenders.append(f"{path.relative_to(ROOT)}: def install")
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in ("window", "window_")
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: window.{node.attr}")
            if (
                isinstance(node, ast.Attribute)
                and node.attr == "window_"
                and isinstance(node.value, ast.Name)
                and node.value.id == "self"
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: self.window_")
    assert offenders == []


def test_the_ui_translates_its_text_one_way_only():
    """UI text goes through Qt's tr() and the .ts files; NL/EN pairs live below the UI."""
    import ast

    offenders = []
    for path in sorted((ROOT / "desktop_app" / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "desktop_app.i18n":
                names = {alias.name for alias in node.names}
                if "Text" in names:
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: imports i18n.Text")
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "Text":
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: makes an i18n.Text")
            if isinstance(node, ast.keyword) and node.arg in ("nl", "en"):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.arg}= text")
    assert offenders == []
