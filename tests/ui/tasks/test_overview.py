"""The overview: counts and distribution per area, attention items, thresholds with undo."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from desktop_app.analysis.alerts import AlertRule
from desktop_app.analysis.settings import SILENCE_DAYS
from desktop_app.domain import Area, AreaLevel, Dimension, Network, Signal
from desktop_app.ui.tasks.overview import Overview
from desktop_app.ui.tasks.thresholds import ThresholdsDialog
from tests.ui.tasks.conftest import TODAY


def _atlas(atlas):
    town = atlas.areas.add(Area(name="Zwermstad", level=AreaLevel.MUNICIPALITY))
    oost = atlas.areas.add(Area(name="Oost", level=AreaLevel.DISTRICT, parent_id=town.id))
    buurt = atlas.areas.add(
        Area(name="Lindebuurt", level=AreaLevel.NEIGHBOURHOOD, parent_id=oost.id)
    )
    noord = atlas.areas.add(Area(name="Noord", level=AreaLevel.DISTRICT, parent_id=town.id))
    quiet = atlas.networks.add(Network(name="Koor Stemmig", area_id=buurt.id))
    lively = atlas.networks.add(Network(name="Repair Café", area_id=noord.id))
    for network, days, valence in ((quiet, 150, 1), (lively, 5, 2)):
        atlas.signals.add(
            Signal(
                network_id=network.id,
                date=TODAY - timedelta(days=days),
                dimension=Dimension.ACTIVITY,
                valence=valence,
            )
        )
    return oost, quiet, lively


def _overview(qtbot, session):
    overview = Overview(session, today=TODAY)
    qtbot.addWidget(overview)
    with qtbot.waitSignal(overview.refreshed, timeout=10000):
        overview.show()
    return overview


def _settled(qtbot, overview, action):
    """Do ``action`` and wait until the overview shows its result (computed in a worker)."""
    with qtbot.waitSignal(overview.refreshed, timeout=10000):
        action()


def test_area_counts_distribution_and_silent_item(qtbot, session):
    oost, quiet, _ = _atlas(session.atlas)
    overview = _overview(qtbot, session)
    assert overview.counts["networks"].text() == "2"
    assert overview.distribution() == [0, 0, 0, 0, 1, 1, 0]  # lively 100; quiet silent
    _settled(qtbot, overview, lambda: overview.area.set_area_id(oost.id))  # with its buurt
    assert overview.counts["networks"].text() == "1"
    assert overview.distribution() == [0, 0, 0, 0, 0, 1, 0]
    silent = [
        overview.model.item_at(r)
        for r in range(overview.model.rowCount())
        if overview.model.item_at(r).rule is AlertRule.SILENT
    ]
    assert [a.network_id for a in silent] == [quiet.id]


def test_double_click_opens_the_network(qtbot, session):
    _, quiet, _ = _atlas(session.atlas)
    overview = _overview(qtbot, session)
    overview.rule.setCurrentIndex(overview.rule.findData(AlertRule.SILENT.value))
    assert overview.proxy.rowCount() == 1
    centre = overview.table.visualRect(overview.proxy.index(0, 0)).center()
    qtbot.mouseClick(overview.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    with qtbot.waitSignal(overview.network_activated, timeout=1000) as blocker:
        qtbot.mouseDClick(overview.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == [quiet.id]


def test_thresholds_dialog_changes_the_list_and_undoes(qtbot, session):
    _atlas(session.atlas)
    overview = _overview(qtbot, session)
    overview.rule.setCurrentIndex(overview.rule.findData(AlertRule.SILENT.value))
    assert overview.proxy.rowCount() == 1
    dialog = ThresholdsDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.spins[SILENCE_DAYS.key].value() == 120
    dialog.spins[SILENCE_DAYS.key].setValue(200)
    _settled(qtbot, overview, dialog.on_save_requested)
    assert session.atlas.setting(SILENCE_DAYS.key) == 200
    assert overview.proxy.rowCount() == 0
    _settled(qtbot, overview, session.undo_stack.undo)
    assert SILENCE_DAYS.read(session.atlas) == 120
    assert overview.proxy.rowCount() == 1


def test_hidden_overview_catches_up_when_shown(qtbot, session):
    _atlas(session.atlas)
    overview = _overview(qtbot, session)
    overview.hide()
    session.atlas.networks.add(Network(name="Nieuw"))
    session.notify()
    assert overview.counts["networks"].text() == "2"  # not recomputed while hidden
    _settled(qtbot, overview, overview.show)
    assert overview.counts["networks"].text() == "3"


def test_models_pass_the_model_tester(qtbot, qtmodeltester, sample_session):
    overview = _overview(qtbot, sample_session)
    assert overview.model.rowCount() > 0
    qtmodeltester.check(overview.model)
    qtmodeltester.check(overview.proxy)
