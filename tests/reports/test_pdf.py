"""The PDF itself, read back with pypdf: what a manager gets."""

from __future__ import annotations

import re

from desktop_app.reports.build import ReportRequest
from desktop_app.reports.export import export_report
from desktop_app.reports.model import ReportKind
from desktop_app.reports.render_pdf import SafeDocument
from tests.reports.conftest import RESIDENTS, TODAY, XSS_NAME, pdf_pages


def export(atlas, tmp_path, kind, subject=None, **kw):
    out = tmp_path / f"{kind.value}.pdf"
    result = export_report(atlas, ReportRequest(kind, subject, today=TODAY, **kw), out)
    return result, pdf_pages(out)


def test_area_report(report_atlas, tmp_path):
    result, pages = export(report_atlas, tmp_path, ReportKind.AREA, report_atlas.ids["north"])
    first = pages[0]
    assert "Wijkoverzicht: Noordwijk" in first
    assert "Testatlas Rapporten" in first
    assert "Datum: 27-11-2026" in first
    assert "4 netwerken" in first
    text = " ".join(pages)
    assert "Netwerken die aandacht vragen" in text
    for name in ("Buurtapp Eenling", "Stille Leesclub", "Moestuin Havenpad"):
        assert name in text
    assert "Sportclub Zuid" not in text
    assert "Legenda" in text
    assert "Netwerken zonder enige verbinding (1): Stille Leesclub." in text
    assert result.pages == len(pages)
    for number, page in enumerate(pages, start=1):
        assert f"Pagina {number} van {len(pages)}" in page
    assert "DEMO" not in text


def test_a4_with_embedded_fonts(report_atlas, tmp_path):
    from pypdf import PdfReader

    export(report_atlas, tmp_path, ReportKind.NETWORK, report_atlas.ids["Moestuin Havenpad"])
    reader = PdfReader(str(tmp_path / "network.pdf"))
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
        fonts = page["/Resources"]["/Font"]
        assert fonts
        for ref in fonts.values():
            font = ref.get_object()
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            descriptor = descendant["/FontDescriptor"].get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_no_resident_names_unless_chosen(report_atlas, tmp_path):
    for kind, subject in (
        (ReportKind.NETWORK, report_atlas.ids["Moestuin Havenpad"]),
        (ReportKind.AREA, report_atlas.ids["north"]),
        (ReportKind.MUNICIPALITY, None),
    ):
        _, pages = export(report_atlas, tmp_path, kind, subject)
        text = " ".join(pages)
        for name in RESIDENTS:
            assert name not in text, (kind, name)
        assert "Bevat persoonsgegevens" not in text
    assert "Bewoner 1" in text or kind is not ReportKind.NETWORK


def test_network_profile_pseudonyms_and_names(report_atlas, tmp_path):
    garden = report_atlas.ids["Moestuin Havenpad"]
    _, pages = export(report_atlas, tmp_path, ReportKind.NETWORK, garden)
    text = " ".join(pages)
    assert "Netwerkprofiel: Moestuin Havenpad" in pages[0]
    assert "Bewoner 1" in text and "Bewoner 3" in text
    assert "Koffie gedronken met Bewoner 3." in text
    assert len(pages) <= 2

    _, pages = export(report_atlas, tmp_path, ReportKind.NETWORK, garden, with_names=True)
    assert "persoonsgegevens" in pages[0]
    text = " ".join(pages)
    for name in RESIDENTS[:3]:
        assert name in text
    assert all("Bevat persoonsgegevens" in page for page in pages)


def test_markup_in_atlas_text_is_printed_literally(report_atlas, tmp_path):
    _, pages = export(report_atlas, tmp_path, ReportKind.AREA, report_atlas.ids["north"])
    text = "".join("".join(pages).split())
    assert "".join(XSS_NAME.split()) in text
    _, pages = export(report_atlas, tmp_path, ReportKind.NETWORK, report_atlas.ids[XSS_NAME])
    text = "".join("".join(pages).split())
    assert "".join(XSS_NAME.split()) in text
    assert '<ahref="http://example.com">klik</a>' in text


def test_document_loads_no_external_resource(qapp):
    doc = SafeDocument()
    doc.setHtml('<p>x</p><img src="file:///etc/passwd"><img src="http://example.com/a.png">')
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    for url in ("file:///etc/passwd", "http://example.com/a.png"):
        assert doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(url)) is None


def test_demo_mark_on_every_page(demo_atlas, tmp_path):
    _, pages = export(demo_atlas, tmp_path, ReportKind.MUNICIPALITY)
    assert len(pages) >= 2
    assert "demo-atlas" in pages[0]
    for page in pages:
        assert "DEMO – verzonnen gegevens" in page
    # The municipality overview has one section per district after the top section.
    text = " ".join(pages)
    assert re.search(r"Wijk: Noordwijk.*Wijk: Zuidwijk", text)


def test_english_when_the_ui_is_english(report_atlas, tmp_path):
    from desktop_app import qt_i18n

    qt_i18n.install("en")
    _, pages = export(report_atlas, tmp_path, ReportKind.AREA, report_atlas.ids["north"])
    assert "District summary: Noordwijk" in pages[0]
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert "Resident" not in " ".join(pages) or "Resident 1" in " ".join(pages)


def test_empty_atlas_and_bare_network(tmp_path):
    from desktop_app.domain import Network
    from desktop_app.store import Atlas

    with Atlas.create(tmp_path / "leeg.zwerm", name="Lege atlas") as atlas:
        _, pages = export(atlas, tmp_path, ReportKind.MUNICIPALITY)
        assert "Gemeenteoverzicht: Lege atlas" in pages[0]
        assert "Geen netwerk vraagt aandacht." in " ".join(pages)
        bare = atlas.networks.add(Network(name="Kaal netwerk"))
        _, pages = export(atlas, tmp_path, ReportKind.NETWORK, bare.id)
        text = " ".join(pages)
        assert "Netwerkprofiel: Kaal netwerk" in text
        for empty in ("Geen contactpersonen vastgelegd.", "Geen open obstakels.", "Geen notities."):
            assert empty in text
