"""A report on an earlier date follows the one definition of the atlas on that date."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.reports.build import ReportRequest, build_report, find_area
from desktop_app.reports.model import ReportKind
from desktop_app.store import Atlas
from desktop_app.store.demo import create_demo

EARLY = date(2022, 1, 1)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    # The demo as `zwermkaart demo` makes it (the example: seed and date as default).
    path = create_demo(tmp_path_factory.mktemp("demo") / "demo.zwerm")
    with Atlas.open(path, read_only=True) as atlas:
        yield atlas


def _figures(atlas, area, day):
    report = build_report(atlas, ReportRequest(ReportKind.AREA, area.id, today=day))
    return report.section.figures


def test_spoorzone_on_an_earlier_date_has_no_later_networks_or_obstacles(demo):
    area = find_area(demo, "Spoorzone")
    ids = demo.areas.descendant_ids(area.id)
    networks = demo.networks.in_areas(ids)
    founded_before = [n for n in networks if n.founded is None or n.founded <= EARLY]
    obstacles = [o for o in demo.obstacles.all() if {n.id for n in networks} & set(o.network_ids)]
    reported_before = [
        o
        for o in obstacles
        if (o.reported_on is None or o.reported_on <= EARLY)
        and (o.closed_on is None or o.closed_on > EARLY)
    ]
    early = _figures(demo, area, EARLY)
    now = _figures(demo, area, date.fromisoformat(demo.setting("demo.reference_date")))
    # No network before its founding, no obstacle before it was reported.
    assert early.networks <= len(founded_before) < len(networks) == now.networks
    assert early.open_obstacles == len(reported_before) < now.open_obstacles
    assert early.ties <= now.ties
