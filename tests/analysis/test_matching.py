"""Matching: right expertise in the right area ranks first; load lowers the rank."""

from __future__ import annotations

import pytest

from desktop_app.analysis.matching import (
    ScoreParts,
    normalise,
    suggest_professionals,
    tag_match,
)
from desktop_app.domain import (
    Area,
    AreaLevel,
    Network,
    Professional,
    SupportCase,
    SupportNeed,
    SupportStatus,
)

CITY = Area(id="city", name="Zwermstad", level=AreaLevel.MUNICIPALITY)
NORTH = Area(id="north", name="Noord", level=AreaLevel.DISTRICT, parent_id="city")
SOUTH = Area(id="south", name="Zuid", level=AreaLevel.DISTRICT, parent_id="city")
HAVEN = Area(id="haven", name="Havenbuurt", level=AreaLevel.NEIGHBOURHOOD, parent_id="north")
AREAS = [CITY, NORTH, SOUTH, HAVEN]
NETWORK = Network(id="n", name="Buurttuin", area_id="north")
CASE = SupportCase(id="c", network_id="n", need=SupportNeed.MONEY, status=SupportStatus.ASKED)


def pro(pid: str, tags=(), areas=()) -> Professional:
    return Professional(id=pid, name=pid, expertise=tuple(tags), area_ids=tuple(areas))


def ranked(pros, cases=(), case=CASE):
    return [s.professional.id for s in suggest_professionals(case, NETWORK, pros, AREAS, cases)]


def running(pid: str, n: int) -> list[SupportCase]:
    return [
        SupportCase(
            network_id="x",
            need=SupportNeed.SPACE,
            professional_id=pid,
            status=SupportStatus.RUNNING,
        )
        for _ in range(n)
    ]


def test_right_expertise_in_right_area_ranks_above_one_without():
    expert = pro("expert", ["Subsidies", "Communicatie"], ["north"])
    generalist = pro("generalist", ["groenbeheer"], ["north"])
    elsewhere = pro("elsewhere", ["subsidies"], ["south"])
    nobody = pro("nobody", ["jongerenwerk"], ["south"])
    assert ranked([nobody, generalist, elsewhere, expert]) == [
        "expert",
        "elsewhere",
        "generalist",
        "nobody",
    ]


def test_load_lowers_the_rank():
    busy = pro("busy", ["fondsenwerving"], ["north"])
    free = pro("free", ["fondsenwerving"], ["north"])
    assert ranked([busy, free], running("busy", 2)) == ["free", "busy"]
    assert ranked([busy, free], running("busy", 2) + running("free", 3)) == ["busy", "free"]


def test_busy_expert_still_above_idle_non_expert():
    busy = pro("busy", ["subsidies"], ["north"])
    idle = pro("idle", ["groenbeheer"], ["north"])
    assert ranked([idle, busy], running("busy", 20)) == ["busy", "idle"]


def test_finished_cases_and_the_case_itself_are_no_load():
    p = pro("p", ["subsidies"], ["north"])
    cases = [
        SupportCase(
            id="c",
            network_id="n",
            need=SupportNeed.MONEY,
            professional_id="p",
            status=SupportStatus.ASSIGNED,
        ),
        SupportCase(
            network_id="n",
            need=SupportNeed.MONEY,
            professional_id="p",
            status=SupportStatus.FINISHED,
        ),
    ]
    (s,) = suggest_professionals(CASE, NETWORK, [p], AREAS, cases)
    assert s.parts.load == 0


def test_area_above_and_below_count_less_than_own_area():
    own = pro("own", ["subsidie"], ["north"])
    above = pro("above", ["subsidie"], ["city"])
    below = pro("below", ["subsidie"], ["haven"])
    outside = pro("outside", ["subsidie"], ["south"])
    result = suggest_professionals(CASE, NETWORK, [outside, below, above, own], AREAS, [])
    assert [s.professional.id for s in result] == ["own", "above", "below", "outside"]
    assert [s.parts.area for s in result] == [1.0, 0.75, 0.5, 0.0]
    assert result[1].reasons[1].nl == "Werkt in Zwermstad (waar dit gebied onder valt)"


def test_tags_are_matched_across_case_language_and_stems():
    assert tag_match("SUBSIDIES", SupportNeed.MONEY) == 1.0
    assert tag_match("Fundraising", SupportNeed.MONEY) == 1.0
    assert tag_match("Financiën", SupportNeed.MONEY) == 1.0
    assert tag_match("subsidie-aanvragen", SupportNeed.MONEY) == 0.75
    assert tag_match("vergunningen", SupportNeed.OBSTACLE_REMOVAL) == 1.0
    assert tag_match("groenbeheer", SupportNeed.MONEY) == 0.0
    assert tag_match("conflictbemiddeling", SupportNeed.OTHER) == 0.0
    assert tag_match("conflictbemiddeling", SupportNeed.OTHER, "Conflictbemiddeling nodig") == 1.0
    assert normalise("  Digitale_vaardigheden ") == "digitale vaardigheden"


def test_suggestion_carries_reasons_and_parts():
    (s,) = suggest_professionals(
        CASE, NETWORK, [pro("p", ["Subsidies", "sport"], ["north"])], AREAS, running("p", 1)
    )
    assert s.matched_tags == ("Subsidies",)
    assert s.parts == ScoreParts(expertise=1.0, area=1.0, load=1)
    assert s.score == pytest.approx(50 + 30 - 10)
    assert [r.nl for r in s.reasons] == [
        "Expertise bij geld: Subsidies",
        "Werkt in Noord",
        "Heeft 1 lopende zaak",
    ]
    assert s.reasons[0].en == "Expertise for money: Subsidies"
