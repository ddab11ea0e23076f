"""The import report names when it ran as a Dutch local date and time."""

from __future__ import annotations

import re

from desktop_app.interop.importer import ImportReport, local_time


def test_the_report_time_is_a_local_dutch_date_and_time():
    report = ImportReport(
        target="networks",
        source="netwerken.csv",
        rows=2,
        added=2,
        updated=0,
        skipped=0,
        added_per_table={},
        at="2026-12-04T02:21:37Z",
    )
    text = report.as_text()
    assert "T02:21" not in text.nl and "Z)" not in text.nl
    assert re.search(r"\((0[34])-12-2026 \d\d:\d\d\)", text.nl)
    assert local_time("gisteren") == "gisteren"
