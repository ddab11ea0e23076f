"""The app opens no network connections on its main code paths."""

from __future__ import annotations

import socket
import urllib.request
from datetime import date

import pytest

from desktop_app.cli.main import main
from desktop_app.store import Atlas

DEMO_DATE = "2026-11-27"


@pytest.fixture
def network_attempts(monkeypatch):
    """Every way Python code reaches the network records the attempt and fails."""
    attempts: list[str] = []

    def refuse(name):
        def guard(*args, **kwargs):
            attempts.append(name)
            raise OSError(f"network access in a test: {name}")

        return guard

    for name in ("connect", "connect_ex", "sendto", "sendmsg"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", refuse("gethostbyname"))
    return attempts


def test_the_guard_notices_a_connection(network_attempts):
    with pytest.raises(OSError):
        urllib.request.urlopen("http://example.invalid/", timeout=1)
    assert network_attempts


def test_main_paths_open_no_connection(network_attempts, tmp_path, capsys, qapp):
    # qapp: the PDF report needs a Qt application; a QApplication made here, not a bare
    # QGuiApplication made by the report code, keeps the widget tests after this one working.
    demo = tmp_path / "demo.zwerm"
    assert main(["demo", str(demo), "--networks", "40", "--date", DEMO_DATE]) == 0
    assert main(["info", str(demo)]) == 0
    assert main(["check", str(demo)]) == 0
    assert main(["backup", str(demo), str(tmp_path / "kopie.zwerm")]) == 0

    from desktop_app.analysis.overview import overview_for_atlas
    from desktop_app.analysis.vitality import vitality_for_atlas
    from desktop_app.interop.export import export

    with Atlas.open(demo) as atlas:
        today = date.fromisoformat(DEMO_DATE)
        assert vitality_for_atlas(atlas, today)
        overview_for_atlas(atlas, None, today)
        out = tmp_path / "export"
        out.mkdir()
        for fmt in ("csv", "json", "graphml", "gexf", "xlsx"):
            assert export(atlas, fmt, out)
        person = atlas.persons.all()[0]

    pdf = tmp_path / "gemeente.pdf"
    assert main(["report", str(demo), "--kind", "municipality", "-o", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    export_file = tmp_path / "inzage.json"
    assert main(["person-export", str(demo), "--person", person.id, "-o", str(export_file)]) == 0
    capsys.readouterr()
    assert network_attempts == []
