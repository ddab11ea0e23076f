"""Keep the Dutch translation files in step with the sources (a developer tool).

One ``.ts`` file per source folder, so people working on different parts
never edit the same file: the Python files directly in ``desktop_app/ui/map``
are translated in ``resources/i18n/ui_map_nl.ts``.

    python -m desktop_app.i18n_tool update     # sources -> .ts (new strings unfinished)
    python -m desktop_app.i18n_tool todo       # list strings without a Dutch translation
    python -m desktop_app.i18n_tool fill F.json  # {"Context": {"source": "vertaling"}} -> .ts
    python -m desktop_app.i18n_tool release    # .ts -> .qm
    python -m desktop_app.i18n_tool check      # exit 1 when anything is missing or stale

Plural sources (``%n``) take a list of two forms in the JSON: ``["1 netwerk", "%n netwerken"]``.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop_app"
I18N_DIR = ROOT / "resources" / "i18n"
LANGUAGE = "nl"
_TR_CALL = re.compile(r"(\.tr\(|QCoreApplication\.translate\(|QT_TRANSLATE_NOOP\(|QT_TR_NOOP\()")


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or str(
        Path(sys.executable).with_name(f"pyside6-{name}")
    )
    return found


def source_groups() -> dict[str, list[Path]]:
    """Map of .ts stem (without language) to the Python files it covers."""
    groups: dict[str, list[Path]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "i18n_tool.py" or not _TR_CALL.search(path.read_text(encoding="utf-8")):
            continue
        rel = path.parent.relative_to(PACKAGE)
        stem = "_".join(rel.parts) or "app"
        groups.setdefault(stem, []).append(path)
    return groups


def ts_path(stem: str) -> Path:
    return I18N_DIR / f"{stem}_{LANGUAGE}.ts"


def _lupdate(files: list[Path], ts: Path) -> None:
    subprocess.run(
        [
            _tool("lupdate"),
            *map(str, files),
            "-ts",
            str(ts),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            "nl_NL",
            "-source-language",
            "en",
        ],
        check=True,
        capture_output=True,
    )


def update() -> None:
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    groups = source_groups()
    for stem, files in groups.items():
        _lupdate(files, ts_path(stem))
    for stale in I18N_DIR.glob(f"*_{LANGUAGE}.ts"):
        if stale.name.removesuffix(f"_{LANGUAGE}.ts") not in groups:
            stale.unlink()
            stale.with_suffix(".qm").unlink(missing_ok=True)


def _messages(ts: Path):
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield tree, name, message


def unfinished() -> list[tuple[str, str, str]]:
    """(file, context, source) of every message without a finished translation."""
    missing = []
    for ts in sorted(I18N_DIR.glob(f"*_{LANGUAGE}.ts")):
        for _, context, message in _messages(ts):
            translation = message.find("translation")
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
                (f or "").strip() for f in forms
            ):
                missing.append((ts.name, context, message.findtext("source")))
    return missing


def fill(mapping: dict[str, dict[str, str | list[str]]]) -> int:
    filled = 0
    groups = source_groups()
    for ts in sorted(I18N_DIR.glob(f"*_{LANGUAGE}.ts")):
        tree = ET.parse(ts)
        changed = False
        for context in tree.getroot().iter("context"):
            table = mapping.get(context.findtext("name"), {})
            for message in context.iter("message"):
                text = table.get(message.findtext("source"))
                if text is None:
                    continue
                translation = message.find("translation")
                for child in list(translation):
                    translation.remove(child)
                if message.get("numerus") == "yes":
                    forms = text if isinstance(text, list) else [text, text]
                    translation.text = None
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = text if isinstance(text, str) else text[-1]
                translation.attrib.pop("type", None)
                changed = True
                filled += 1
        if changed:
            _write(tree, ts)
            # Let lupdate write the file in its own layout, so the next update changes nothing.
            stem = ts.name.removesuffix(f"_{LANGUAGE}.ts")
            if stem in groups:
                _lupdate(groups[stem], ts)
    return filled


def _write(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def release() -> None:
    for ts in sorted(I18N_DIR.glob(f"*_{LANGUAGE}.ts")):
        subprocess.run(
            [_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
            capture_output=True,
        )


def stale() -> list[str]:
    """Problems that make the committed translations out of date with the sources."""
    problems = []
    groups = source_groups()
    with tempfile.TemporaryDirectory() as tmp:
        for stem, files in groups.items():
            committed = ts_path(stem)
            if not committed.exists():
                problems.append(f"{committed.name} missing: run update")
                continue
            fresh = Path(tmp) / committed.name
            shutil.copy(committed, fresh)
            _lupdate(files, fresh)
            if _source_set(fresh) != _source_set(committed):
                problems.append(f"{committed.name} out of date with the sources: run update")
            qm = committed.with_suffix(".qm")
            if not qm.exists():
                problems.append(f"{qm.name} missing: run release")
                continue
            built = Path(tmp) / qm.name
            subprocess.run(
                [_tool("lrelease"), "-silent", str(committed), "-qm", str(built)],
                check=True,
                capture_output=True,
            )
            if built.read_bytes() != qm.read_bytes():
                problems.append(f"{qm.name} out of date with {committed.name}: run release")
    return problems


def _source_set(ts: Path) -> set[tuple[str, str]]:
    return {(ctx, m.findtext("source")) for _, ctx, m in _messages(ts)}


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "todo":
        todo = unfinished()
        grouped: dict[str, dict[str, str]] = {}
        for _, context, source in todo:
            grouped.setdefault(context, {})[source] = ""
        print(json.dumps(grouped, ensure_ascii=False, indent=2))
        return 1 if todo else 0
    elif command == "fill":
        mapping = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        print(f"filled {fill(mapping)} translations")
    elif command == "check":
        problems = stale() + [
            f"{f}: {c}: {s!r} has no Dutch translation" for f, c, s in unfinished()
        ]
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
