"""Cost of erasing a resident: the preview, the erasure with its scrub, each backup.

Builds the demo atlas in a temporary data folder, makes ``--backups`` backups,
then erases residents mentioned in free text and prints seconds per step
(preview, erasure in the atlas and its scrub, rewriting the backups). Timings
on a shared 2-core machine are noisy (±50%): orders of magnitude.

    python bench/bench_erasure.py [--backups 6] [--erasures 2]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backups", type=int, default=6)
    parser.add_argument("--erasures", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ZWERMKAART_DATA_DIR"] = str(Path(tmp) / "data")
        from desktop_app.cli.main import main as cli
        from desktop_app.store import Atlas, backups
        from desktop_app.store.erasure_copies import apply_everywhere
        from desktop_app.store.privacy import erase_person, erasure_preview

        path = Path(tmp) / "demo.zwerm"
        cli(["demo", str(path)])
        with Atlas.open(path) as atlas:
            for _ in range(args.backups - 1):
                backups.make_backup(atlas, "manual")
            print(
                f"atlas {path.stat().st_size / 1e6:.1f} MB, {atlas.persons.count()} persons, "
                f"{len(backups.list_backups(atlas.id))} backups"
            )
            # The first residents by name (the demo mentions few residents in notes).
            persons = atlas.persons.all()
            for person in persons[: args.erasures]:
                t0 = time.perf_counter()
                preview = erasure_preview(atlas, person.id)
                t1 = time.perf_counter()
                report = erase_person(atlas, person.id, copies=False)
                t2 = time.perf_counter()
                copies = apply_everywhere(atlas)
                t3 = time.perf_counter()
                print(
                    f"preview {t1 - t0:.2f} s ({len(preview.places)} places); "
                    f"erase + scrub {t2 - t1:.2f} s ({report.texts_redacted} texts); "
                    f"{copies.backups_erased} backups rewritten {t3 - t2:.2f} s"
                )


if __name__ == "__main__":
    main()
