"""Benchmark of import and export: 100,000 signals must import in <= 2 s.

Run: python3 bench/bench_interop.py [rows]. Prints CPU seconds of this process
per phase (less sensitive to other processes than wall time, which is printed
too). The machine is shared, so figures are noisy (+-50%).

``python3 bench/bench_interop.py xlsx [ATLAS] [--before]`` times the XLSX export
of the signals table of the 50,000-network demo (made with ``zwermkaart demo
/tmp/zk-bench/demo50k.zwerm --networks 50000`` when missing, ~2 min): our
streaming writer, xlsxwriter in constant-memory mode (when installed) for
comparison, and with ``--before`` openpyxl's write-only mode (the writer
before issue 15.15, ~6 min).
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from desktop_app.domain import Area, AreaLevel, Network
from desktop_app.interop.importer import apply
from desktop_app.interop.sources import read_table
from desktop_app.interop.validation import validate
from desktop_app.store import Atlas

DIMENSIONS = ("activiteit", "ledenaantal", "trekkerschap", "samenwerking", "middelen", "sfeer")


def make_atlas(folder: Path, networks: int) -> tuple[Atlas, list[str]]:
    atlas = Atlas.create(folder / "bench.zwerm", name="Bench")
    area = atlas.areas.add(Area(name="Centrum", level=AreaLevel.DISTRICT))
    names = [f"Netwerk {i}" for i in range(networks)]
    atlas.networks.add_many(Network(name=n, area_id=area.id) for n in names)
    return atlas, names


def write_signals_csv(path: Path, names: list[str], rows: int) -> None:
    rng = random.Random(7)
    start = date(2024, 11, 27)
    lines = ["Netwerk;Datum;Dimensie;Waarde;Bron;Notitie"]
    for i in range(rows):
        day = start + timedelta(days=rng.randrange(730))
        lines.append(
            f"{rng.choice(names)};{day.day:02d}-{day.month:02d}-{day.year};"
            f"{rng.choice(DIMENSIONS)};{rng.randint(-2, 2)};gesprek;waarneming {i}"
        )
    path.write_bytes(("\n".join(lines) + "\n").encode("cp1252"))


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        atlas, names = make_atlas(folder, 2000)
        csv_path = folder / "signalen.csv"
        write_signals_csv(csv_path, names, rows)
        w0 = time.perf_counter()
        t0 = time.process_time()
        table = read_table(csv_path)
        t1 = time.process_time()
        preview = validate(atlas, table, "signals")
        t2 = time.process_time()
        result = apply(atlas, preview, source=csv_path.name)
        t3 = time.process_time()
        w3 = time.perf_counter()
        assert result.report.added == rows, result.report.as_text()
        print(f"import of {rows:,} signals (cp1252 ';' CSV, 2,000 networks)")
        print(f"  read     {t1 - t0:6.2f} s")
        print(f"  validate {t2 - t1:6.2f} s")
        print(f"  write    {t3 - t2:6.2f} s")
        print(f"  total    {t3 - t0:6.2f} s CPU, {w3 - w0:.2f} s wall   (target <= 2 s)")
        from desktop_app.interop.export import ExportOptions, export

        for fmt in ("csv", "xlsx", "json", "gexf"):
            table = "signals" if fmt in ("csv", "xlsx") else None
            e0 = time.process_time()
            export(atlas, fmt, folder, ExportOptions(table=table, overwrite=True))
            print(
                f"  export {fmt:5} {time.process_time() - e0:5.2f} s"
                + (" (signals)" if table else "")
            )
        t4 = time.process_time()
        result.undo(atlas)
        t5 = time.process_time()
        print(f"  undo     {t5 - t4:6.2f} s")
        atlas.close()


DEMO_50K = Path("/tmp/zk-bench/demo50k.zwerm")


def _xlsxwriter_constant_memory(table, path: Path) -> None:
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = workbook.add_worksheet("Signalen")
    dates = workbook.add_format({"num_format": "dd-mm-yyyy"})
    sheet.write_row(0, 0, table.headers)
    limit = 1_048_575
    for n, row in enumerate(table.rows[:limit], start=1):
        for c, value in enumerate(row):
            if isinstance(value, date):
                sheet.write_datetime(n, c, value, dates)
            elif isinstance(value, str):
                sheet.write_string(n, c, value)
            elif value is not None:
                sheet.write(n, c, value)
    workbook.close()


def _openpyxl_write_only(table, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Signalen")
    sheet.append(table.headers)
    for row in table.rows:
        values = []
        for value in row:
            if isinstance(value, date):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "DD-MM-YYYY"
                values.append(cell)
            else:
                values.append(value)
        sheet.append(values)
    workbook.save(path)


def xlsx_export(atlas_path: Path, before: bool) -> None:
    """XLSX export of the signals table of a big atlas: ours, xlsxwriter, openpyxl."""
    import subprocess

    from desktop_app.interop.tables_export import TableExporter

    if not atlas_path.exists():
        atlas_path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "desktop_app", "demo", str(atlas_path), "--networks", "50000"],
            check=True,
        )
    with Atlas.open(atlas_path, read_only=True) as atlas:
        w0, c0 = time.perf_counter(), time.process_time()
        table = TableExporter(atlas).table("signals")
        w1, c1 = time.perf_counter(), time.process_time()
    print(
        f"signals table of {atlas_path.name}: {len(table.rows):,} rows, "
        f"built in {w1 - w0:.1f} s wall, {c1 - c0:.1f} s CPU"
    )

    def timed(label: str, write) -> Path:
        path = folder / f"{label.split()[0]}.xlsx"
        w0, c0 = time.perf_counter(), time.process_time()
        write(path)
        w1, c1 = time.perf_counter(), time.process_time()
        print(
            f"  {label:58} {w1 - w0:6.1f} s wall, {c1 - c0:6.1f} s CPU, "
            f"{path.stat().st_size / 1e6:4.0f} MB"
        )
        return path

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        from desktop_app.interop.writers import write_xlsx

        def ours(path: Path) -> None:
            with path.open("wb") as fh:
                write_xlsx([table], fh, lang="nl")

        path = timed("ours (streaming, all rows over two sheets)", ours)
        from openpyxl import load_workbook

        workbook = load_workbook(path, read_only=True)
        sheets = {name: workbook[name].max_row for name in workbook.sheetnames}
        workbook.close()
        print(f"    sheets and rows: {sheets}")
        try:
            import xlsxwriter  # noqa: F401
        except ImportError:
            print("  xlsxwriter not installed: no comparison")
        else:
            timed(
                "xlsxwriter constant_memory (first 1,048,575 rows)",
                lambda p: _xlsxwriter_constant_memory(table, p),
            )
        if before:
            timed(
                "openpyxl write-only (before: all rows in one sheet)",
                lambda p: _openpyxl_write_only(table, p),
            )


if __name__ == "__main__":
    if sys.argv[1:2] == ["xlsx"]:
        rest = [a for a in sys.argv[2:] if not a.startswith("--")]
        xlsx_export(Path(rest[0]) if rest else DEMO_50K, "--before" in sys.argv)
    else:
        main()
