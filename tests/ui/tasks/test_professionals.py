"""Professionals made, changed and deleted in the window, from the support case where needed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop_app.domain import Area, Network
from desktop_app.domain.enums import AreaLevel, SupportNeed
from desktop_app.ui.tasks.professionals import ProfessionalsDialog, split_tags
from desktop_app.ui.tasks.support_case import SupportCaseDialog
from tests.ui.window.dialogs import with_dialog


def _fill(qtbot, dialog, *, name, organisation="", contact="", tags="", areas=()):
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, name)
    dialog.organisation.clear()
    qtbot.keyClicks(dialog.organisation, organisation)
    dialog.contact.clear()
    qtbot.keyClicks(dialog.contact, contact)
    dialog.expertise.clear()
    qtbot.keyClicks(dialog.expertise, tags)
    for row in range(dialog.areas.count()):
        item = dialog.areas.item(row)
        if item.text().split(" › ")[-1] in areas:
            rect = dialog.areas.visualItemRect(item)
            # The check box sits at the left of the row.
            qtbot.mouseClick(
                dialog.areas.viewport(),
                Qt.MouseButton.LeftButton,
                pos=rect.topLeft() + type(rect.topLeft())(10, rect.height() // 2),
            )
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def test_tags_are_trimmed_and_not_repeated():
    assert split_tags(" subsidie, Ruimte ,, SUBSIDIE;  digitale   vaardigheden") == (
        "subsidie",
        "Ruimte",
        "digitale vaardigheden",
    )


def test_add_edit_delete_and_undo_in_the_manager(qtbot, session, monkeypatch):
    atlas = session.atlas
    oost = atlas.areas.add(Area(name="Oost", level=AreaLevel.DISTRICT))
    manager = ProfessionalsDialog(session)
    qtbot.addWidget(manager)
    manager.show()
    assert manager.empty.isVisible()

    with_dialog(
        lambda: qtbot.mouseClick(manager.new_button, Qt.MouseButton.LeftButton),
        lambda d: _fill(
            qtbot,
            d,
            name="Fatima Yilmaz",
            organisation="Welzijn Oost",
            contact="f.yilmaz@example.invalid",
            tags="subsidie, fondsenwerving",
            areas=("Oost",),
        ),
    )
    [pro] = atlas.professionals.all()
    assert (pro.name, pro.organisation, pro.contact) == (
        "Fatima Yilmaz",
        "Welzijn Oost",
        "f.yilmaz@example.invalid",
    )
    assert pro.expertise == ("subsidie", "fondsenwerving")
    assert pro.area_ids == (oost.id,)
    assert manager.view.topLevelItem(0).text(3) == "Oost"
    assert not manager.empty.isVisible()

    manager.select(pro.id)
    with_dialog(
        lambda: qtbot.mouseClick(manager.edit_button, Qt.MouseButton.LeftButton),
        lambda d: _fill(qtbot, d, name="Fatima Yilmaz", organisation="Welzijn Oost", tags="ruimte"),
    )
    assert atlas.professionals.get(pro.id).expertise == ("ruimte",)

    monkeypatch.setattr("desktop_app.ui.tasks.professionals.plain_question", lambda *a: True)
    manager.select(pro.id)
    qtbot.mouseClick(manager.delete_button, Qt.MouseButton.LeftButton)
    assert atlas.professionals.all() == []
    assert manager.view.topLevelItemCount() == 0
    qtbot.mouseClick(manager.undo_button, Qt.MouseButton.LeftButton)
    assert atlas.professionals.get(pro.id).expertise == ("ruimte",)
    assert manager.view.topLevelItem(0).text(0) == "Fatima Yilmaz"


def test_a_professional_without_a_name_is_refused(qtbot, session, dutch):
    manager = ProfessionalsDialog(session)
    qtbot.addWidget(manager)

    def handle(dialog):
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()
        assert dialog.error_text("name") == "Een naam is verplicht."
        dialog.reject()

    with_dialog(lambda: qtbot.mouseClick(manager.new_button, Qt.MouseButton.LeftButton), handle)
    assert session.atlas.professionals.all() == []


def test_the_support_case_reaches_the_manager_and_suggests_who_was_added(qtbot, session, dutch):
    atlas = session.atlas
    oost = atlas.areas.add(Area(name="Oost", level=AreaLevel.DISTRICT))
    garden = atlas.networks.add(Network(name="Moestuin", area_id=oost.id))
    dialog = SupportCaseDialog(session, network_id=garden.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.need.setCurrentIndex(dialog.need.findData(SupportNeed.MONEY.value))
    add = dialog.suggestions.findChild(type(dialog.manage_button), "add_professional")
    assert add is not None and add.isVisible()

    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ProfessionalsDialog))
    manager = QApplication.activeModalWidget()
    with_dialog(
        lambda: qtbot.mouseClick(manager.new_button, Qt.MouseButton.LeftButton),
        lambda d: _fill(qtbot, d, name="Bram Kok", tags="subsidie", areas=("Oost",)),
    )
    manager.reject()
    [pro] = atlas.professionals.all()
    assert pro.id in dialog.suggestions.buttons
    assert dialog.professional.findData(pro.id) > 0
    qtbot.mouseClick(dialog.suggestions.buttons[pro.id], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    [case] = atlas.support.all()
    assert case.professional_id == pro.id
