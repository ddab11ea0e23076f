"""The inbox of recent signals: filters by area and dimension, opens a network."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.domain import Dimension
from desktop_app.ui.tasks.inbox import SignalInbox
from tests.ui.tasks.conftest import TODAY


def _inbox(qtbot, session):
    inbox = SignalInbox(session, today=TODAY)
    qtbot.addWidget(inbox)
    with qtbot.waitExposed(inbox):
        inbox.show()
    inbox.period.setCurrentIndex(inbox.period.findData(None))  # all signals
    return inbox


def test_dimension_filter_reduces_rows(qtbot, sample_session):
    inbox = _inbox(qtbot, sample_session)
    total = inbox.proxy.rowCount()
    assert total == sample_session.atlas.signals.count()
    inbox.dimension.setCurrentIndex(inbox.dimension.findData(Dimension.ACTIVITY.value))
    expected = sum(
        1 for s in sample_session.atlas.signals.all() if s.dimension is Dimension.ACTIVITY
    )
    assert 0 < inbox.proxy.rowCount() == expected < total
    assert str(expected) in inbox.count.text()


def test_area_filter_includes_descendants(qtbot, sample_session):
    atlas = sample_session.atlas
    inbox = _inbox(qtbot, sample_session)
    district = atlas.areas.by_name("Oost")[0]
    below = set(atlas.areas.descendant_ids(district.id))
    networks = {n.id for n in atlas.networks.all() if n.area_id in below}
    assert all(n.area_id != district.id for n in atlas.networks.all())  # only in its buurten
    inbox.area.set_area_id(district.id)
    expected = sum(1 for s in atlas.signals.all() if s.network_id in networks)
    assert 0 < inbox.proxy.rowCount() == expected < atlas.signals.count()


def test_new_signal_appears_and_double_click_opens_network(qtbot, sample_session):
    from desktop_app.domain import Signal
    from desktop_app.ui.commands import AddCommand

    inbox = _inbox(qtbot, sample_session)
    before = inbox.proxy.rowCount()
    network = sample_session.atlas.networks.all()[0]
    sample_session.execute(
        AddCommand(
            sample_session,
            sample_session.atlas.signals,
            Signal(network_id=network.id, date=TODAY, dimension=Dimension.ACTIVITY, valence=2),
            "x",
        )
    )
    assert inbox.proxy.rowCount() == before + 1
    top = inbox.proxy.index(0, 0)
    assert inbox.proxy.data(top) == "27-11-2026"
    centre = inbox.table.visualRect(top).center()
    # QTest's double click has no press before it; the view needs one to know the row.
    qtbot.mouseClick(inbox.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    with qtbot.waitSignal(inbox.network_activated, timeout=1000) as blocker:
        qtbot.mouseDClick(inbox.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == [network.id]


def test_signal_models_pass_the_model_tester(qtbot, qtmodeltester, sample_session):
    inbox = _inbox(qtbot, sample_session)
    qtmodeltester.check(inbox.model)
    qtmodeltester.check(inbox.proxy)
    assert inbox.model.data(inbox.model.index(0, 3), Qt.ItemDataRole.DecorationRole) is not None


def test_sorting_by_a_header_click_keeps_the_filter(qtbot, sample_session):
    inbox = _inbox(qtbot, sample_session)
    inbox.dimension.setCurrentIndex(inbox.dimension.findData(Dimension.ACTIVITY.value))
    count = inbox.proxy.rowCount()
    inbox.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # valence
    valences = [inbox.proxy.index(r, 3).data() for r in range(inbox.proxy.rowCount())]
    assert len(valences) == count
    numbers = [int(v.replace("\u2212", "-")) for v in valences]
    assert numbers == sorted(numbers)
    inbox.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    dates = [
        inbox.model.signal_at(inbox.proxy.mapToSource(inbox.proxy.index(r, 0)).row()).date
        for r in range(count)
    ]
    assert dates == sorted(dates, reverse=True)


def test_renaming_a_network_renames_it_in_the_inbox(qtbot, sample_session):
    import dataclasses

    from desktop_app.ui.commands import UpdateCommand

    inbox = _inbox(qtbot, sample_session)
    atlas = sample_session.atlas
    signal = atlas.signals.all()[0]
    network = atlas.networks.get(signal.network_id)
    renamed = dataclasses.replace(network, name="Hernoemd netwerk")
    sample_session.execute(
        UpdateCommand(sample_session, sample_session.atlas.networks, network, renamed, "Rename")
    )
    column = inbox.model.NETWORK
    shown = {inbox.proxy.index(r, column).data() for r in range(inbox.proxy.rowCount())}
    assert "Hernoemd netwerk" in shown
    assert network.name not in shown or any(
        n.name == network.name for n in atlas.networks.all() if n.id != network.id
    )
    assert inbox.proxy.rowCount() == atlas.signals.count()
