"""Importing each target: matching, values, duplicates, all or nothing, cancel, undo."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain import AreaLevel, Dimension, NetworkKind, NetworkStatus, Role
from desktop_app.interop.csv_source import detect_delimiter
from desktop_app.interop.errors import ImportCancelledError, ImportRejectedError
from desktop_app.interop.importer import apply, import_file
from desktop_app.interop.sources import read_table
from desktop_app.interop.validation import validate


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_dutch_excel_csv_in_cp1252_with_dutch_dates_imports(filled, tmp_path):
    """';'-separated cp1252 from a Dutch Excel, no BOM, dates like 27-11-2026."""
    path = write(
        tmp_path,
        "netwerken.csv",
        "Naam;Soort;Gebied;Opgericht;Aantal leden;Thema's;Status\r\n"
        "Moestuin Café Noord;moestuin;Centrum;27-11-2026;12;groen, ontmoeting;actief\r\n"
        "Zangkoor Één Stem;Cultuur;BU09990101;1/2/2020;40;;slapend\r\n"
        "Jongerenhonk;jongeren;;2026-11-27;;;\r\n",
        "cp1252",
    )
    table = read_table(path)
    assert "Windows-1252" in table.description and "';'" in table.description
    _, result = import_file(filled, path, "networks")
    assert result.report.added == 3
    cafe = filled.networks.by_name("Moestuin Café Noord")[0]
    assert cafe.kind is NetworkKind.COMMUNITY_GARDEN
    assert cafe.area_id == filled.ids["wk"]
    assert cafe.founded == date(2026, 11, 27)
    assert cafe.size_estimate == 12 and cafe.themes == ("groen", "ontmoeting")
    koor = filled.networks.by_name("Zangkoor Één Stem")[0]
    assert koor.area_id == filled.ids["bu"] and koor.founded == date(2020, 2, 1)
    assert koor.status is NetworkStatus.DORMANT
    assert filled.networks.by_name("Jongerenhonk")[0].kind is NetworkKind.YOUTH_PLACE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("naam;omschrijving\nA, B en C;x, y\nD;z\n", ";"),
        ("naam,omschrijving\nA;B,x\nD,z\n", ","),
        ("naam\tomschrijving\nA; B, C\tx\n", "\t"),
        ('naam,"omschrijving; lang"\n"A;B",x\n', ","),
        ("naam\nA\n", ";"),
    ],
)
def test_delimiter_detection(text, expected):
    assert detect_delimiter(text) == expected


def test_utf8_bom_and_utf16_and_sep_line_are_read(tmp_path):
    text = "naam;soort\nCafé;overig\n"
    for name, data in {
        "bom.csv": b"\xef\xbb\xbf" + text.encode(),
        "utf16.txt": text.replace(";", "\t").encode("utf-16"),
        "sep.csv": ("sep=,\n" + text.replace(";", ",")).encode(),
    }.items():
        path = tmp_path / name
        path.write_bytes(data)
        table = read_table(path)
        assert table.headers == ["naam", "soort"], name
        assert table.rows == [["Café", "overig"]], name


def test_xlsx_with_date_cells_imports_signals(filled, tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Netwerk", "Datum", "Dimensie", "Waarde", "Notitie"])
    sheet.append(["Buurtmoestuin De Hof", date(2026, 11, 27), "sfeer", 2, "'=gezellig"])
    sheet.append(["Repair Café Haven", "27/11/2026", "Activiteit", -1.0, None])
    path = tmp_path / "signalen.xlsx"
    workbook.save(path)
    _, result = import_file(filled, path, "signals")
    assert result.report.added == 2
    signals = sorted(
        (s for s in filled.signals.since(date(2026, 11, 27)) if "oogstfeest" not in s.note),
        key=lambda s: s.valence,
    )
    assert [(s.dimension, s.valence) for s in signals] == [
        (Dimension.ACTIVITY, -1),
        (Dimension.ATMOSPHERE, 2),
    ]
    assert signals[1].note == "=gezellig"  # the formula guard of an export is undone


def test_duplicate_policies_for_networks(filled, tmp_path):
    path = write(
        tmp_path,
        "n.csv",
        "naam;gebied;omvang\nBuurtmoestuin De Hof;Oude Haven;30\nNieuw netwerk;;\n"
        "Nieuw netwerk;;5\n",
    )
    preview = validate(filled, read_table(path), "networks", policy="skip")
    assert preview.actions == ["skip", "add", "skip"]
    assert preview.ok
    preview = validate(filled, read_table(path), "networks", policy="update")
    assert preview.actions == ["update", "add", "update"]
    result = apply(filled, preview)
    assert filled.networks.get(filled.ids["garden"]).size_estimate == 30
    assert filled.networks.get(filled.ids["garden"]).themes == ("groen", "ontmoeting")
    [new] = filled.networks.by_name("Nieuw netwerk")
    assert new.size_estimate == 5
    result.undo(filled)
    assert filled.networks.get(filled.ids["garden"]).size_estimate == 25
    assert filled.networks.by_name("Nieuw netwerk") == []
    preview = validate(filled, read_table(path), "networks", policy="add")
    assert preview.actions == ["add", "add", "add"]
    apply(filled, preview)
    assert len(filled.networks.by_name("Buurtmoestuin De Hof")) == 2
    assert len(filled.networks.by_name("Nieuw netwerk")) == 2


def test_same_name_in_another_area_is_not_a_duplicate(filled, tmp_path):
    path = write(tmp_path, "n.csv", "naam;gebied\nBuurtmoestuin De Hof;Centrum\n")
    preview = validate(filled, read_table(path), "networks")
    assert preview.actions == ["add"]


def test_undo_and_redo_of_an_import(filled, tmp_path):
    path = write(
        tmp_path,
        "p.csv",
        "naam;netwerk;rol\nCees;Buurtmoestuin De Hof;trekker\nCees;Straatapp Kade;lid\n"
        "Dina;Straatapp Kade;kernlid\n",
    )
    before = filled.counts()
    _, result = import_file(filled, path, "persons")
    assert filled.counts()["persons"] == before["persons"] + 2
    assert filled.counts()["memberships"] == before["memberships"] + 3
    [cees] = [p for p in filled.persons.all() if p.display_name == "Cees"]
    roles = {m.network_id: m.role for m in filled.memberships.of_person(cees.id)}
    assert roles == {filled.ids["garden"]: Role.TREKKER, filled.ids["app"]: Role.MEMBER}
    result.undo(filled)
    assert {k: v for k, v in filled.counts().items() if k != "notes"} == {
        k: v for k, v in before.items() if k != "notes"
    }
    result.redo(filled)
    assert filled.persons.get(cees.id).display_name == "Cees"
    assert filled.counts()["memberships"] == before["memberships"] + 3
    assert not filled.check()


def test_import_leaves_a_report_and_an_audit_entry(filled, tmp_path):
    path = write(tmp_path, "n.csv", "naam;gebied\nLeesclub;\nBuurtmoestuin De Hof;Oude Haven\n")
    _, result = import_file(filled, path, "networks")
    text = str(result.report.as_text())
    assert "1 toegevoegd" in text and "1 overgeslagen" in text and "Rij 3" in text
    assert "als Netwerken" in text
    assert filled.setting("interop.last_import")["added"] == 1
    [last] = filled.conn.execute(
        "SELECT action, entity FROM audit_log ORDER BY seq DESC LIMIT 1"
    ).fetchall()
    assert last == ("import", "networks")


def test_cancel_during_the_write_rolls_everything_back(filled, tmp_path):
    rows = "".join(f"Buurtmoestuin De Hof;27-11-2026;sfeer;1;nr {i}\n" for i in range(5000))
    path = write(tmp_path, "s.csv", "netwerk;datum;dimensie;waarde;notitie\n" + rows)
    preview = validate(filled, read_table(path), "signals")
    before = filled.counts()
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return done < 3000

    with pytest.raises(ImportCancelledError):
        apply(filled, preview, progress=progress)
    assert filled.counts() == before
    assert calls[0] == (0, 5000)


def test_cancel_during_validation(filled, tmp_path):
    path = write(tmp_path, "n.csv", "naam\nA\nB\n")
    with pytest.raises(ImportCancelledError):
        validate(filled, read_table(path), "networks", progress=lambda done, total: False)


def test_mapping_by_header_corrects_the_automatic_match(filled, tmp_path):
    path = write(tmp_path, "n.csv", "Titel;Wat;Plek\nLeesclub;Boeken lezen;Bibliotheek\n")
    _, _result = import_file(
        filled,
        path,
        "networks",
        by_header={"Wat": "omschrijving", "Plek": "meeting_place", "Titel": "name"},
    )
    [club] = filled.networks.by_name("Leesclub")
    assert (club.description, club.meeting_place) == ("Boeken lezen", "Bibliotheek")
    with pytest.raises(ImportRejectedError, match="Kolomkop"):
        import_file(filled, path, "networks", by_header={"Kolomkop": "name"})
    with pytest.raises(ImportRejectedError, match="bestaat niet"):
        import_file(filled, path, "networks", by_header={"Titel": "schoenmaat"})


def test_cbs_list_of_wijken_and_buurten(filled, tmp_path):
    """A CBS-style list: parents follow from the codes, also within the same file."""
    path = write(
        tmp_path,
        "cbs.csv",
        "BU_CODE;BU_NAAM;WK_CODE\nBU09990201;Molenwijk;WK099902\nBU09990102;Nieuwe Haven;\n"
        "BU09990101;Oude Haven;WK099901\n",
    )
    wijk = write(tmp_path, "wijk.csv", "wijkcode;wijknaam\nWK099902;Noord\n")
    _, result = import_file(filled, wijk, "areas")
    [noord] = filled.areas.by_name("Noord")
    assert noord.level is AreaLevel.DISTRICT and noord.parent_id == filled.ids["gm"]
    _, result = import_file(filled, path, "areas")
    assert result.report.added == 2 and result.report.skipped == 1
    [molen] = filled.areas.by_name("Molenwijk")
    assert molen.parent_id == noord.id and molen.level is AreaLevel.NEIGHBOURHOOD
    [nieuw] = filled.areas.by_name("Nieuwe Haven")
    assert nieuw.parent_id == filled.ids["wk"] and nieuw.cbs_code == "BU09990102"


def test_areas_with_parents_by_name_in_the_same_file(atlas, tmp_path):
    path = write(
        tmp_path,
        "a.csv",
        "naam;niveau;ligt in\nBloemenbuurt;buurt;Zuid\nZuid;wijk;Stad\nStad;gemeente;\n",
    )
    import_file(atlas, path, "areas")
    by_name = {a.name: a for a in atlas.areas.all()}
    assert by_name["Bloemenbuurt"].parent_id == by_name["Zuid"].id
    assert by_name["Zuid"].parent_id == by_name["Stad"].id
    cycle = write(tmp_path, "c.csv", "naam;ligt in\nA;B\nB;A\n")
    with pytest.raises(ImportRejectedError, match="kring"):
        import_file(atlas, cycle, "areas")


def test_ties_obstacles_and_professionals(filled, tmp_path):
    ties = write(
        tmp_path,
        "t.csv",
        "van;naar;soort;sterkte\nBuurtmoestuin De Hof;Straatapp Kade;samenwerking;3\n"
        "Straatapp Kade;Straatapp Kade;spanning;1\n",
    )
    with pytest.raises(ImportRejectedError, match="twee verschillende netwerken"):
        import_file(filled, ties, "ties")
    pros = write(
        tmp_path,
        "p.csv",
        "naam;organisatie;expertise;werkgebied\nKees;Gemeente;subsidie | vergunning;"
        "Centrum, Oude Haven\n",
    )
    import_file(filled, pros, "professionals")
    [kees] = [p for p in filled.professionals.all() if p.name == "Kees"]
    assert kees.expertise == ("subsidie", "vergunning")
    assert set(kees.area_ids) == {filled.ids["wk"], filled.ids["bu"]}
    obstacles = write(
        tmp_path,
        "o.csv",
        "categorie;omschrijving;netwerken;eigenaar;gemeld op\n"
        "geld;Geen budget voor zaal;Buurtmoestuin De Hof, Straatapp Kade;Kees;01-10-2026\n",
    )
    import_file(filled, obstacles, "obstacles")
    [obstacle] = [o for o in filled.obstacles.all() if o.description.startswith("Geen")]
    assert set(obstacle.network_ids) == {filled.ids["garden"], filled.ids["app"]}
    assert obstacle.owner_professional_id == kees.id


def test_ambiguous_network_name_asks_for_the_id(filled, tmp_path):
    from desktop_app.domain import Network

    filled.networks.add(Network(name="Straatapp Kade", area_id=filled.ids["bu"]))
    path = write(
        tmp_path, "s.csv", "netwerk;datum;dimensie;waarde\nStraatapp Kade;1-1-2026;sfeer;1\n"
    )
    with pytest.raises(ImportRejectedError, match="gebruik de code of het id"):
        import_file(filled, path, "signals")
