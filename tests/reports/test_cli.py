"""``zwermkaart report``: the same reports from the command line."""

from __future__ import annotations

from desktop_app.cli.main import main
from tests.reports.conftest import pdf_pages


def test_area_report(report_atlas, tmp_path, capsys):
    out = tmp_path / "noord.pdf"
    path = str(report_atlas.path)
    code = main(
        [
            "report",
            path,
            "--kind",
            "area",
            "--area",
            "Noordwijk",
            "-o",
            str(out),
            "--date",
            "27-11-2026",
        ]
    )
    assert code == 0, capsys.readouterr().err
    pages = pdf_pages(out)
    assert "Wijkoverzicht: Noordwijk" in pages[0]
    assert "27-11-2026" in pages[0]


def test_network_and_municipality(report_atlas, tmp_path, capsys):
    path = str(report_atlas.path)
    out = tmp_path / "netwerk.pdf"
    assert (
        main(["report", path, "--kind", "network", "--network", "Sportclub Zuid", "-o", str(out)])
        == 0
    )
    assert "Netwerkprofiel: Sportclub Zuid" in pdf_pages(out)[0]
    out = tmp_path / "gemeente.pdf"
    assert main(["report", path, "--kind", "municipality", "-o", str(out), "--with-names"]) == 0
    first = pdf_pages(out)[0]
    assert "Gemeenteoverzicht: Teststad" in first
    assert "persoonsgegevens" in first


def test_unknown_area_or_network_is_a_clear_error(report_atlas, tmp_path, capsys):
    path = str(report_atlas.path)
    out = tmp_path / "x.pdf"
    assert main(["report", path, "--kind", "area", "--area", "Atlantis", "-o", str(out)]) == 1
    assert "Gebied niet gevonden: Atlantis" in capsys.readouterr().err
    assert main(["report", path, "--kind", "network", "--network", "Niemand", "-o", str(out)]) == 1
    assert "Netwerk niet gevonden: Niemand" in capsys.readouterr().err
    assert main(["report", path, "--kind", "area", "-o", str(out)]) == 1
    assert "--area" in capsys.readouterr().err
    assert not out.exists()
