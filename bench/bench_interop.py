"""Benchmark of import and export: 100,000 signals must import in <= 2 s.

Run: python3 bench/bench_interop.py [rows]. Prints CPU seconds of this process
per phase (less sensitive to other processes than wall time, which is printed
too). The machine is shared, so figures are noisy (+-50%).
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


if __name__ == "__main__":
    main()
