"""Every item model of the window passes Qt's model tester."""

from __future__ import annotations

from desktop_app.domain.enums import NetworkKind, NetworkStatus, SupportStatus
from desktop_app.ui.window.network_model import NetworkFilterProxy, QtNetworkTableModel
from desktop_app.ui.window.network_rows import NetworkRow


def rows() -> list[NetworkRow]:
    return [
        NetworkRow(
            id=f"n{i}",
            name=f"Netwerk {i}",
            kind=list(NetworkKind)[i % 5],
            status=NetworkStatus.ACTIVE,
            area_id=None,
            area_name="Noord" if i % 2 else "",
            size=None if i % 3 == 0 else i * 7,
            themes=("groen",),
            vitality=None if i % 4 == 0 else float(i * 9 % 100),
            silent=i == 5,
            support=SupportStatus.ASKED if i % 3 == 1 else None,
        )
        for i in range(12)
    ]


def test_network_table_model(qtmodeltester):
    model = QtNetworkTableModel()
    qtmodeltester.check(model)
    model.set_rows(rows())
    qtmodeltester.check(model)
    assert model.index(model.row_of("n5"), 5).data() == "stil"
    assert model.index(model.row_of("n4"), 4).data() == "28"
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == sorted(names, key=str.casefold)  # sorted by name from the start


def test_filter_proxy_sorts_and_filters(qtmodeltester):
    model = QtNetworkTableModel()
    model.set_rows(rows())
    proxy = NetworkFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(4)  # size, unknown first
    qtmodeltester.check(proxy)
    sizes = [proxy.index(r, 4).data() for r in range(proxy.rowCount())]
    assert sizes[:4] == ["", "", "", ""]
    assert sizes[4:] == sorted(sizes[4:], key=int)
    proxy.set_visible_ids({"n1", "n2"})
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 2
    proxy.set_visible_ids(None)
    assert proxy.rowCount() == 12


def test_the_windows_models(qtmodeltester, window):
    qtmodeltester.check(window.table.proxy)
    qtmodeltester.check(window.filter_panel.area_model)
    assert window.filter_panel.area_model.rowCount() == 1  # "Alle gebieden" holds the tree


def test_manager_models(qtmodeltester, window, qtbot):
    from desktop_app.ui.window.managers import AreasDialog, PersonsDialog

    persons = PersonsDialog(window, window.session, window.editor)
    qtbot.addWidget(persons)
    qtmodeltester.check(persons.model)
    assert persons.model.rowCount() == 1
    areas = AreasDialog(window, window.session, window.editor, window.data)
    qtbot.addWidget(areas)
    qtmodeltester.check(areas.model)
