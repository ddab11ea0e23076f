"""The report model: what a report says, checked without a PDF."""

from __future__ import annotations

import dataclasses

import pytest

from desktop_app.reports.build import (
    ReportRequest,
    SubjectNotFoundError,
    build_report,
    find_area,
    find_network,
)
from desktop_app.reports.model import ReasonCode, ReportKind
from tests.reports.conftest import RESIDENTS, TODAY, XSS_NAME


def _all_text(obj) -> str:
    """Every string inside a (nested) dataclass report, joined."""
    parts: list[str] = []

    def walk(value):
        if isinstance(value, str):
            parts.append(value)
        elif dataclasses.is_dataclass(value):
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name))
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(k)
                walk(v)
        elif isinstance(value, list | tuple):
            for v in value:
                walk(v)

    walk(obj)
    return "\n".join(parts)


def area_report(atlas, area_id, **kw):
    return build_report(atlas, ReportRequest(ReportKind.AREA, area_id, today=TODAY, **kw))


def test_area_figures_and_attention(report_atlas):
    report = area_report(report_atlas, report_atlas.ids["north"])
    s = report.section
    assert s.name == "Noordwijk"
    assert s.figures.networks == 4  # two in the neighbourhood below, two in the district itself
    assert s.figures.open_obstacles == 1
    reasons = {a.network: {r.code for r in a.reasons} for a in s.attention}
    assert ReasonCode.SINGLE_TREKKER in reasons["Buurtapp Eenling"]
    assert ReasonCode.SUPPORT_WAITING in reasons["Buurtapp Eenling"]
    assert ReasonCode.SILENT in reasons["Stille Leesclub"]
    assert ReasonCode.OBSTACLE_OPEN_LONG in reasons["Moestuin Havenpad"]
    assert "Sportclub Zuid" not in reasons  # another district
    assert [c[0] for c in s.children] == ["Havenbuurt"]
    assert s.map is not None and len(s.map.nodes) == 4
    assert s.map.has_tension and s.map.has_blocked
    # Structure from analysis.findings: the reading club has no tie at all.
    assert s.structure is not None
    assert "Stille Leesclub" in s.structure.isolated
    assert "Moestuin Havenpad" not in s.structure.isolated


def test_no_resident_names_without_the_option(report_atlas):
    report = area_report(report_atlas, report_atlas.ids["town"])
    text = _all_text(report)
    for name in RESIDENTS:
        assert name not in text
    profile = build_report(
        report_atlas,
        ReportRequest(ReportKind.NETWORK, report_atlas.ids["Moestuin Havenpad"], today=TODAY),
    )
    text = _all_text(profile)
    for name in RESIDENTS:
        assert name not in text
    # Stable pseudonyms: the trekker is Bewoner 1 in the table; the note names the third.
    assert [c.label for c in profile.contacts] == ["Bewoner 1", "Bewoner 2", "Bewoner 3"]
    assert profile.notes[0].text.startswith("Koffie gedronken met Bewoner 3.")
    assert "Bewoner 2" in profile.vitality.signals[0].note


def test_names_when_chosen(report_atlas):
    profile = build_report(
        report_atlas,
        ReportRequest(
            ReportKind.NETWORK, report_atlas.ids["Moestuin Havenpad"], with_names=True, today=TODAY
        ),
    )
    assert profile.meta.with_names
    assert [c.label for c in profile.contacts] == list(RESIDENTS[:3])
    assert RESIDENTS[2] in profile.notes[0].text


def test_network_profile(report_atlas):
    profile = build_report(
        report_atlas,
        ReportRequest(ReportKind.NETWORK, report_atlas.ids["Moestuin Havenpad"], today=TODAY),
    )
    assert profile.name == "Moestuin Havenpad"
    assert profile.area == "Havenbuurt (Noordwijk)"
    assert {t.other for t in profile.ties} == {XSS_NAME, "Buurtapp Eenling", "Sportclub Zuid"}
    assert profile.vitality.score is not None
    assert profile.vitality.timeline[-1].date == TODAY
    assert len(profile.obstacles) == 1 and profile.obstacles[0].age_days == 200
    assert profile.support[0].professional == "Henk Opbouwwerker"
    assert profile.contacts[0].other_networks == 1  # the trekker is also in the sports club


def test_municipality_has_a_section_per_district(report_atlas):
    report = build_report(report_atlas, ReportRequest(ReportKind.MUNICIPALITY, today=TODAY))
    assert report.section.name == "Teststad"
    assert report.section.figures.networks == 5
    assert [d.name for d in report.districts] == ["Noordwijk", "Zuidwijk"]
    assert [d.figures.networks for d in report.districts] == [4, 1]


def test_find_by_name(report_atlas):
    assert find_area(report_atlas, "noordwijk").id == report_atlas.ids["north"]
    assert find_network(report_atlas, "Sportclub Zuid").id == report_atlas.ids["Sportclub Zuid"]
    with pytest.raises(SubjectNotFoundError, match="Onbekend"):
        find_area(report_atlas, "Onbekend")
    with pytest.raises(SubjectNotFoundError):
        find_network(report_atlas, "Bestaat niet")
