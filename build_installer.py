"""Build the Zwermkaart application bundle for the platform this runs on.

    python build_installer.py            # build, package, and self-test the bundle
    python build_installer.py --dry-run  # check the plan (entry, data, excludes) without building

Linux: ``dist/Zwermkaart/`` (one folder) with a ``.desktop`` file and icon, packed as
``dist/Zwermkaart-<version>-linux-x86_64.tar.gz``. Windows: ``dist/Zwermkaart/Zwermkaart.exe``
plus ``dist/zwermkaart.iss`` for Inno Setup. macOS: ``dist/Zwermkaart.app``.

After building, the bundle runs ``--self-test`` (offscreen: opens the demo atlas, draws
the map, writes a PDF, exits 0); a failing self-test fails the build.
"""

from __future__ import annotations

import argparse
import fnmatch
import importlib.util
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent
APP_NAME = "Zwermkaart"

#: Folders copied into the bundle (source, destination inside the bundle).
DATA = [
    ("db/migrations", "db/migrations"),
    ("db/demo", "db/demo"),
    ("resources", "resources"),
    ("docs", "docs"),
    ("LICENSE", "."),
]

#: Never used by the app; left out to keep the bundle small. pyqtgraph needs
#: PySide6.QtOpenGL at import (MEASURED.md), so it stays in.
EXCLUDES = [
    "tkinter",
    "unittest",
    "pydoc_data",
    "test",
    "pytest",
    "hypothesis",
    "IPython",
    "matplotlib",
    "pandas",
    "scipy",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtSql",
    "PySide6.QtXml",
    "PySide6.QtDBus",
    "PySide6.QtConcurrent",
    "PySide6.QtNetwork",
    "pyqtgraph.opengl",
    "pyqtgraph.examples",
    "pyqtgraph.jupyter",
    "pyqtgraph.console",
    # Pulled in by build-time tools, never imported by the app or its libraries.
    "yaml",
    "pygments",
    "charset_normalizer",
    "setuptools",
    "pkg_resources",
]

#: Files Qt brings along that the app never loads (fnmatch patterns on the path
#: inside the bundle). Kept: the xcb, wayland, offscreen and minimal platforms,
#: input methods (dead keys and compose for é, ë), svg/ico/jpeg/gif images, and
#: Qt's own Dutch and English words (qtbase_nl.qm is loaded by desktop_app.qt_i18n).
DROP = [
    "*/Qt/translations/*",
    "!*/Qt/translations/qtbase_nl.qm",
    "!*/Qt/translations/qtbase_en.qm",
    "!*/Qt/translations/qt_nl.qm",
    "!*/Qt/translations/qt_en.qm",
    "*/Qt/plugins/egldeviceintegrations/*",
    "*/Qt/plugins/generic/*",
    "*/Qt/plugins/platformthemes/libqgtk3.so",
    "*/Qt/plugins/printsupport/*",
    "*/Qt/plugins/platforms/libqeglfs.so",
    "*/Qt/plugins/platforms/libqlinuxfb.so",
    "*/Qt/plugins/platforms/libqminimalegl.so",
    "*/Qt/plugins/platforms/libqvkkhrdisplay.so",
    "*/Qt/plugins/platforms/libqvnc.so",
    "*/Qt/plugins/imageformats/libq[tw]*.so",
    "*/Qt/plugins/imageformats/libqicns.so",
    "*/Qt/lib/libQt6EglFS*",
    "*/Qt/lib/libQt6EglFs*",
    "*/Qt/lib/libQt6Network.so*",
    "*/Qt/lib/libQt6Quick*",
    "*/Qt/lib/libQt6Qml*",
    "*/Qt/lib/libQt6Pdf*",
]

#: Imported lazily (by name) somewhere, so PyInstaller's analysis cannot see them.
HIDDEN_IMPORTS = [
    "desktop_app.cli.atlas_commands",
    "desktop_app.ui.main_window",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSvg",
    "PySide6.QtPrintSupport",
]


@dataclass
class Plan:
    system: str
    entry: Path
    datas: list[tuple[Path, str]]
    excludes: list[str]
    hidden: list[str]
    icon: Path
    drop: list[str] = field(default_factory=lambda: list(DROP))
    problems: list[str] = field(default_factory=list)


def make_plan() -> Plan:
    system = platform.system()
    entry = ROOT / "desktop_app" / "__main__.py"
    icon = (
        ROOT
        / "resources"
        / "icons"
        / ("zwermkaart.ico" if system == "Windows" else "zwermkaart.png")
    )
    datas = [(ROOT / src, dest) for src, dest in DATA]
    plan = Plan(system, entry, datas, EXCLUDES, _hidden_imports(), icon)
    if not entry.exists():
        plan.problems.append(f"entry script missing: {entry}")
    for src, _ in datas:
        if not src.exists() or (src.is_dir() and not any(src.iterdir())):
            plan.problems.append(f"data missing or empty: {src}")
    if not list((ROOT / "resources" / "i18n").glob("*_nl.qm")):
        plan.problems.append("no compiled translations (resources/i18n/*_nl.qm)")
    if not (ROOT / "db" / "migrations" / "0001_initial.sql").exists():
        plan.problems.append("schema migration 0001 missing")
    if not icon.exists() and system != "Windows":
        plan.problems.append(f"icon missing: {icon}")
    for module in plan.hidden:
        if importlib.util.find_spec(module) is None:
            plan.problems.append(f"hidden import not found: {module}")
    for module in ("PySide6.QtOpenGL", "PySide6.QtWidgets"):
        if module in plan.excludes:
            plan.problems.append(f"{module} is needed and must not be excluded")
    return plan


def kept(dest: str, drop: list[str] = DROP) -> bool:
    """Whether the file at ``dest`` (path inside the bundle) stays: the last matching
    pattern of ``drop`` decides ("!pattern" keeps), no match keeps it."""
    dest = dest.replace("\\", "/")
    verdict = True
    for pattern in drop:
        if pattern.startswith("!"):
            if fnmatch.fnmatch(dest, pattern[1:]):
                verdict = True
        elif fnmatch.fnmatch(dest, pattern):
            verdict = False
    return verdict


def _hidden_imports() -> list[str]:
    """The fixed list plus every CLI subcommand module (imported by name)."""
    from desktop_app.cli.main import COMMANDS

    return list(dict.fromkeys([*HIDDEN_IMPORTS, *COMMANDS]))


def spec_text(plan: Plan) -> str:
    datas = ",\n        ".join(f"({str(src)!r}, {dest!r})" for src, dest in plan.datas)
    icon = repr(str(plan.icon)) if plan.icon.exists() else "None"
    return textwrap.dedent(
        f"""\
        # Generated by build_installer.py; do not edit.
        import sys

        sys.path.insert(0, {str(ROOT)!r})
        from build_installer import kept

        a = Analysis(
            [{str(plan.entry)!r}],
            pathex=[{str(ROOT)!r}],
            datas=[
                {datas}
            ],
            hiddenimports={plan.hidden!r},
            excludes={plan.excludes!r},
            noarchive=False,
        )
        drop = {plan.drop!r}
        a.binaries = [entry for entry in a.binaries if kept(entry[0], drop)]
        a.datas = [entry for entry in a.datas if kept(entry[0], drop)]
        pyz = PYZ(a.pure)
        exe = EXE(
            pyz,
            a.scripts,
            [],
            exclude_binaries=True,
            name={APP_NAME!r},
            console=False,
            icon={icon},
        )
        coll = COLLECT(exe, a.binaries, a.datas, strip=False, upx=False, name={APP_NAME!r})
        """
    ) + (
        f"app = BUNDLE(coll, name='{APP_NAME}.app', icon={icon}, "
        "bundle_identifier='nl.zwermkaart.app')\n"
        if plan.system == "Darwin"
        else ""
    )


def desktop_entry() -> str:
    return textwrap.dedent(
        f"""\
        [Desktop Entry]
        Type=Application
        Name={APP_NAME}
        GenericName=Atlas van bewonersnetwerken
        GenericName[en]=Atlas of residents' networks
        Comment=Kaart van de netwerken van bewoners in de gemeente
        Comment[en]=Map of residents' networks in the municipality
        Exec=Zwermkaart %f
        Icon=zwermkaart
        Terminal=false
        Categories=Office;Science;
        MimeType=application/x-zwermkaart;
        """
    )


#: Linux: puts Zwermkaart in the user's application menu, pointing at wherever the
#: archive was unpacked (the .desktop file's Exec needs an absolute path there).
MENU_ENTRY_SCRIPT = """#!/bin/sh
# Zwermkaart in het programmamenu / in the application menu (for this user only).
set -e
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
mkdir -p "$apps" "$icons"
cp "$here/zwermkaart.png" "$icons/zwermkaart.png"
sed "s|^Exec=Zwermkaart|Exec=\\"$here/Zwermkaart\\"|" "$here/zwermkaart.desktop" \\
    > "$apps/zwermkaart.desktop"
echo "Zwermkaart: $apps/zwermkaart.desktop"
"""


def inno_setup_script(version: str) -> str:
    return textwrap.dedent(
        f"""\
        ; Inno Setup script generated by build_installer.py
        [Setup]
        AppName={APP_NAME}
        AppVersion={version}
        DefaultDirName={{autopf}}\\{APP_NAME}
        DefaultGroupName={APP_NAME}
        OutputBaseFilename={APP_NAME}-{version}-setup
        LicenseFile=..\\LICENSE
        PrivilegesRequired=lowest
        ChangesAssociations=yes

        [Languages]
        Name: "dutch"; MessagesFile: "compiler:Languages\\Dutch.isl"
        Name: "english"; MessagesFile: "compiler:Default.isl"

        [Files]
        Source: "{APP_NAME}\\*"; DestDir: "{{app}}"; Flags: recursesubdirs

        [Icons]
        Name: "{{group}}\\{APP_NAME}"; Filename: "{{app}}\\{APP_NAME}.exe"
        Name: "{{autodesktop}}\\{APP_NAME}"; Filename: "{{app}}\\{APP_NAME}.exe"; Tasks: desktopicon

        [Tasks]
        Name: "desktopicon"; Description: "{{cm:CreateDesktopIcon}}"; Flags: unchecked

        [Run]
        Filename: "{{app}}\\{APP_NAME}.exe"; Flags: nowait postinstall skipifsilent

        """
    )


def _registry_lines() -> str:
    """File association for .zwerm in the Inno Setup script."""
    classes = "Software\\Classes"
    command = f'"""{{app}}\\{APP_NAME}.exe"" ""%1"""'
    return (
        "\n[Registry]\n"
        f'Root: HKCU; Subkey: "{classes}\\.zwerm"; ValueType: string; '
        'ValueData: "Zwermkaart.Atlas"\n'
        f'Root: HKCU; Subkey: "{classes}\\Zwermkaart.Atlas\\shell\\open\\command"; '
        f"ValueType: string; ValueData: {command}\n"
    )


def folder_size(path: Path) -> int:
    """Bytes on disk, counting each file once (the bundle holds symlinks to its libraries)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(plan: Plan) -> Path:
    from desktop_app import __version__

    work = ROOT / "build"
    dist = ROOT / "dist"
    work.mkdir(exist_ok=True)
    spec = work / "zwermkaart.spec"
    spec.write_text(spec_text(plan), encoding="utf-8")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--distpath",
            str(dist),
            "--workpath",
            str(work / "pyinstaller"),
            str(spec),
        ],
        check=True,
    )
    bundle = dist / APP_NAME
    if plan.system == "Linux":
        strip_python(bundle)
        prune_orphan_libraries(bundle)
        (bundle / "zwermkaart.desktop").write_text(desktop_entry(), encoding="utf-8")
        installer = bundle / "install-menu-entry.sh"
        installer.write_text(MENU_ENTRY_SCRIPT, encoding="utf-8")
        installer.chmod(0o755)
        shutil.copy(plan.icon, bundle / "zwermkaart.png")
        archive = dist / f"{APP_NAME}-{__version__}-linux-{platform.machine()}.tar.gz"
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(bundle, arcname=APP_NAME)
        print(f"archive: {archive} ({archive.stat().st_size / 1e6:.0f} MB)")
    elif plan.system == "Windows":
        (dist / "zwermkaart.iss").write_text(
            inno_setup_script(__version__) + _registry_lines(), encoding="utf-8"
        )
        print(f"Inno Setup script: {dist / 'zwermkaart.iss'} (compile with iscc)")
    print(f"bundle: {bundle} ({folder_size(bundle) / 1e6:.0f} MB)")
    return bundle


def strip_python(bundle: Path) -> None:
    """Drop the debug information of the Python runtime (pyenv builds carry ~25 MB of it).

    Only Python's own libraries: PyInstaller's ``strip=True`` strips everything, and
    stripping wheels' libraries that auditwheel patched (numpy's OpenBLAS) breaks them
    ("ELF load command address/offset not page-aligned").
    """
    strip = shutil.which("strip")
    if strip is None:
        print("strip not found: the Python runtime keeps its debug information")
        return
    internal = bundle / "_internal"
    targets = [*internal.glob("libpython3*.so*"), *internal.glob("python3*/lib-dynload/*.so")]
    targets = [t for t in targets if t.is_file() and not t.is_symlink()]
    if targets:
        subprocess.run([strip, "--strip-debug", *map(str, targets)], check=True)


#: Loaded with dlopen (not listed as NEEDED), so kept even when nothing links them.
#: (libpython: by PyInstaller's bootloader.)
DLOPENED = ("libpython", "libdbus-1.so", "libssl.so", "libcrypto.so", "libxcb-cursor.so")


def _needed(elf: Path) -> set[str]:
    out = subprocess.run(
        ["readelf", "-d", str(elf)], capture_output=True, text=True, check=False
    ).stdout
    return {
        line.split("[", 1)[1].split("]", 1)[0] for line in out.splitlines() if "(NEEDED)" in line
    }


def prune_orphan_libraries(bundle: Path) -> list[str]:
    """Remove system libraries nothing in the bundle needs any more.

    PyInstaller collects the dependencies of every Qt plugin before :data:`DROP`
    removes the plugin (the GTK theme pulls in cairo and pango, printing pulls in
    CUPS, GnuTLS and Kerberos); this removes what only those plugins needed.
    """
    if shutil.which("readelf") is None:
        print("readelf not found: unused libraries stay in the bundle")
        return []
    internal = bundle / "_internal"
    candidates = {
        p.name: p
        for p in internal.glob("*.so*")
        if p.is_file()
        and not p.is_symlink()
        and ".cpython-" not in p.name
        and not p.name.startswith(DLOPENED)
    }
    roots = [bundle / APP_NAME] + [
        p
        for p in internal.rglob("*.so*")
        if p.is_file() and not p.is_symlink() and p.name not in candidates
    ]
    seen: set[str] = set()
    todo = [n for root in roots for n in _needed(root)]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        if name in candidates:
            todo.extend(_needed(candidates[name]))
    removed = sorted(name for name in candidates if name not in seen)
    for name in removed:
        candidates[name].unlink()
    for link in internal.glob("*.so*"):
        if link.is_symlink() and not link.exists():
            link.unlink()
    if removed:
        print(f"removed {len(removed)} unused libraries: {', '.join(removed)}")
    return removed


def self_test(bundle: Path) -> None:
    exe = bundle / (f"{APP_NAME}.exe" if platform.system() == "Windows" else APP_NAME)
    if platform.system() == "Darwin":
        exe = bundle.parent / f"{APP_NAME}.app" / "Contents" / "MacOS" / APP_NAME
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [str(exe), "--self-test"], env=env, capture_output=True, text=True, timeout=300
    )
    print(result.stdout + result.stderr)
    if result.returncode != 0:
        raise SystemExit(f"self-test of the bundle failed (exit {result.returncode})")
    print("self-test of the bundle: ok")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="check the plan, build nothing")
    parser.add_argument("--no-self-test", action="store_true")
    args = parser.parse_args(argv)
    plan = make_plan()
    print(f"platform: {plan.system}; entry: {plan.entry.relative_to(ROOT)}")
    print("data: " + ", ".join(dest for _, dest in plan.datas))
    print(f"excluded modules: {len(plan.excludes)}; hidden imports: {len(plan.hidden)}")
    for problem in plan.problems:
        print(f"problem: {problem}", file=sys.stderr)
    if plan.problems:
        return 1
    if args.dry_run:
        compile(spec_text(plan), "zwermkaart.spec", "exec")
        print("dry run: the spec is complete")
        return 0
    if importlib.util.find_spec("PyInstaller") is None:
        print("PyInstaller is not installed: pip install -e '.[build]'", file=sys.stderr)
        return 1
    bundle = build(plan)
    if not args.no_self_test:
        self_test(bundle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
