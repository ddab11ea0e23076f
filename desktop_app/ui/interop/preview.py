"""Preview of the import wizard on a small sample (``python -m desktop_app.ui.interop.preview``).

Options: ``FILE`` to import (default: a sample signals CSV in cp1252 with one
bad row), ``--page N`` to open on step N (1-3), ``--smoke`` to show and quit,
``--shot FILE.png`` to also save a picture, ``--en`` for English.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

SAMPLE_CSV = (
    "Netwerk;Datum;Dimensie;Waarde;Opmerking\r\n"
    "Buurtmoestuin De Hof;27-11-2026;sfeer;1;Gezellige oogst\r\n"
    "Repair Café Haven;01-11-2026;activiteit;-1;Minder bezoekers\r\n"
    "Onbekend netwerk;31-02-2026;sfeer;7;\r\n"
    "Straatapp Kade;15-11-2026;samenwerking;2;Samen met de moestuin\r\n"
)


def sample_atlas(folder: Path):
    from desktop_app.domain import Area, AreaLevel, Network, NetworkKind
    from desktop_app.store import Atlas

    atlas = Atlas.create(folder / "voorbeeld.zwerm", name="Voorbeeld")
    wijk = atlas.areas.add(Area(name="Centrum", level=AreaLevel.DISTRICT, cbs_code="WK099901"))
    for name, kind in (
        ("Buurtmoestuin De Hof", NetworkKind.COMMUNITY_GARDEN),
        ("Repair Café Haven", NetworkKind.REPAIR_CAFE),
        ("Straatapp Kade", NetworkKind.STREET_APP),
    ):
        atlas.networks.add(Network(name=name, kind=kind, area_id=wijk.id))
    return atlas


def main(argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from desktop_app import qt_i18n
    from desktop_app.ui.interop.wizard import ImportWizard
    from desktop_app.ui.session import AtlasSession

    argv = list(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    qt_i18n.install("en" if "--en" in argv else "nl")
    values = {"--page", "--shot"}
    positional = [
        a
        for i, a in enumerate(argv)
        if not a.startswith("--") and (i == 0 or argv[i - 1] not in values)
    ]
    page = int(argv[argv.index("--page") + 1]) if "--page" in argv else 1
    with tempfile.TemporaryDirectory(prefix="zwerm-import-preview-") as tmp:
        folder = Path(tmp)
        source = Path(positional[0]) if positional else folder / "signalen.csv"
        if not positional:
            source.write_bytes(SAMPLE_CSV.encode("cp1252"))
        session = AtlasSession(sample_atlas(folder))
        try:
            wizard = ImportWizard(session, None, path=str(source))
            wizard.file_page.target.setCurrentIndex(wizard.file_page.target.findData("signals"))
            wizard.show()
            for _ in range(page - 1):
                wizard.next()
            app.processEvents()
            if "--shot" in argv:
                wizard.grab().save(argv[argv.index("--shot") + 1])
            if "--smoke" in argv or "--shot" in argv:
                wizard.close()
                return 0
            return app.exec()
        finally:
            session.close()


if __name__ == "__main__":
    sys.exit(main())
