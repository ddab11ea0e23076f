"""Speed of the PDF reports: an area of ~300 networks and the municipality of the 10,000 demo.

Targets (issue 5): area report <= 1.5 s, municipality overview of the
10,000-network demo <= 30 s. Prints seconds per phase (model from the atlas,
HTML, then the pages with their charts and maps) and the page count. The demo atlases
are generated into a temporary folder (or reused from ``--keep DIR``).
Timings on a shared 2-core machine are noisy (±50%): orders of magnitude.

    python bench/bench_reports.py [--sizes 300 10000] [--keep /tmp/bench-atlases]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2026, 11, 27)


def demo(folder: Path, networks: int) -> Path:
    from desktop_app.store.demo import create_demo

    path = folder / f"demo-{networks}.zwerm"
    if not path.exists():
        start = time.perf_counter()
        create_demo(path, networks=networks, reference=TODAY)
        print(f"  (demo of {networks} networks made in {time.perf_counter() - start:.1f} s)")
    return path


def _clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _line(label: str, start: tuple[float, float], end: tuple[float, float]) -> None:
    print(f"  {label:<26}{end[0] - start[0]:7.2f} s wall {end[1] - start[1]:7.2f} s cpu")


def run(atlas, request, out: Path) -> None:
    """Each phase with wall-clock and CPU time: on a shared machine the CPU time is
    close to what the same run takes when the machine is otherwise idle."""
    from desktop_app.reports.build import build_report
    from desktop_app.reports.export import export_report
    from desktop_app.reports.html import build_documents
    from desktop_app.reports.render_pdf import render_pdf
    from desktop_app.store.atomic import atomic_target

    t0 = _clock()
    report = build_report(atlas, request)
    t1 = _clock()
    specs, decor = build_documents(report)
    t2 = _clock()
    with atomic_target(out) as tmp:
        pages = render_pdf(specs, decor, tmp)
    t3 = _clock()
    _line("model from the atlas", t0, t1)
    _line("HTML", t1, t2)
    _line("pages (charts, maps, PDF)", t2, t3)
    _line("total", t0, t3)
    print(f"  {pages} pages, {out.stat().st_size / 1e6:.1f} MB")
    # The one call the window and the command line make, for comparison.
    t4 = _clock()
    export_report(atlas, request, out)
    _line("export_report() in one go", t4, _clock())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[300, 10000])
    parser.add_argument("--keep", type=Path, help="folder to keep the demo atlases in")
    args = parser.parse_args()

    from desktop_app import qt_i18n
    from desktop_app.reports.build import ReportRequest, top_area
    from desktop_app.reports.export import ensure_app
    from desktop_app.reports.model import ReportKind
    from desktop_app.store import Atlas

    ensure_app()
    qt_i18n.install("nl")
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for size in args.sizes:
            path = demo(folder, size)
            with Atlas.open(path, read_only=True) as atlas:
                networks = atlas.networks.count()
                if size <= 1000:
                    # An area of about 300 networks: the whole demo municipality as an area.
                    area = top_area(atlas)
                    assert area is not None
                    print(f"\nArea report '{area.name}' ({networks} networks; target <= 1.5 s)")
                    run(
                        atlas,
                        ReportRequest(ReportKind.AREA, area.id, today=TODAY),
                        Path(tmp) / "area.pdf",
                    )
                    district = next(a for a in atlas.areas.all() if a.level.value == "district")
                    print(f"\nDistrict report '{district.name}'")
                    run(
                        atlas,
                        ReportRequest(ReportKind.AREA, district.id, today=TODAY),
                        Path(tmp) / "district.pdf",
                    )
                    net = atlas.networks.all()[0]
                    print("\nNetwork profile")
                    run(
                        atlas,
                        ReportRequest(ReportKind.NETWORK, net.id, today=TODAY),
                        Path(tmp) / "network.pdf",
                    )
                print(f"\nMunicipality overview ({networks} networks; target <= 30 s at 10,000)")
                run(
                    atlas,
                    ReportRequest(ReportKind.MUNICIPALITY, today=TODAY),
                    Path(tmp) / "municipality.pdf",
                )


if __name__ == "__main__":
    main()
