"""Turning accepted dialogs into undoable commands, saved at once.

Every accepted edit is one command through ``session.execute``; an edit that
touches several rows (a network with its people, ties and notes) is one
:class:`CompositeCommand`, so it is one transaction and one undo step.
"""

from __future__ import annotations

import dataclasses
import zlib
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.analysis.layout import place_new_node
from desktop_app.domain import Position
from desktop_app.store import AtlasError
from desktop_app.ui.commands import (
    AddCommand,
    AtlasCommand,
    DeleteCommand,
    MoveNodesCommand,
    UpdateCommand,
)
from desktop_app.ui.window.composite import one_command
from desktop_app.ui.window.context import WindowContext
from desktop_app.ui.window.networks_data import NetworkData
from desktop_app.ui.window.widgets import plain_question


def diff_commands(session, repo: Any, before: list[Any], after: list[Any]) -> list[AtlasCommand]:
    """Commands that turn the rows ``before`` into ``after`` (matched by id)."""
    old = {o.id: o for o in before}
    new = {o.id: o for o in after}
    commands: list[AtlasCommand] = []
    for row_id in old.keys() - new.keys():
        commands.append(DeleteCommand(session, repo, row_id, ""))
    for obj in after:
        if obj.id not in old:
            commands.append(AddCommand(session, repo, obj, ""))
        elif old[obj.id] != obj:
            commands.append(UpdateCommand(session, repo, old[obj.id], obj, ""))
    return commands


def place_new_network(atlas, network, ties) -> Position:
    """Where a new network goes on the map: near the networks it is tied to, else near
    the networks of its area, else somewhere on the map. Nothing else moves.

    Seeded by the network's id, so the same network gets the same spot; the spot is
    stored with the network, so the map looks the same after reopening.
    """
    placed = {nid: (p.x, p.y) for nid, p in atlas.positions.all().items()}
    tied = [t.target_id if t.source_id == network.id else t.source_id for t in ties]
    near = [i for i in tied if i in placed]
    if not near and network.area_id is not None:
        near = [n.id for n in atlas.networks.in_areas([network.area_id]) if n.id in placed]
    rng = np.random.default_rng(zlib.crc32(network.id.encode()))
    x, y = place_new_node(near, placed, rng)
    return Position(network_id=network.id, x=x, y=y)


class Editor(QObject):
    """The window's edits. ``profile_tabs``: extra tabs of the network profile dialog;
    ``selected_area()``: the area a new network starts in (the filter's)."""

    def __init__(
        self,
        context: WindowContext,
        data: NetworkData,
        parent: QWidget,
        *,
        profile_tabs: Sequence[Callable] = (),
        selected_area: Callable[[], str | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.data = data
        self.parent_ = parent
        self.profile_tabs = tuple(profile_tabs)
        self.selected_area = selected_area

    @property
    def session(self):
        return self.context.session

    def _network_dialog(self, network):
        from desktop_app.ui.window.network_dialog import NetworkDialog

        return NetworkDialog(
            self.parent_,
            self.session,
            self.data,
            network,
            profile_tabs=self.profile_tabs if network is not None else (),
            area_id=self.selected_area() if network is None else None,
        )

    def execute(self, commands: list[AtlasCommand], text: str) -> bool:
        """Apply the commands as one undoable edit; tell the user when the atlas refused."""
        command = one_command(self.session, commands, text)
        if command is None:
            return True
        try:
            self.session.execute(command)
        except AtlasError as exc:
            self.context.show_error(self.tr("Change not saved"), exc)
            return False
        return True

    def save_from(self, dialog, build) -> bool:
        """Show ``dialog`` until it is cancelled or what ``build()`` makes of it is saved.

        ``build`` returns (commands, text). When the atlas refuses (locked, disk
        full, a value it does not accept) the message is shown and the dialog
        opens again with everything as typed, so nothing is lost.
        """
        try:
            while dialog.exec():
                commands, text = build()
                if self.execute(commands, text):
                    return True
            return False
        finally:
            dialog.deleteLater()

    def confirm(self, title: str, question: str) -> bool:
        # Plain text: the question quotes names, which must never be read as HTML.
        return plain_question(self.parent_, title, question)

    # -- networks ----------------------------------------------------------------------
    def new_network(self) -> str | None:
        if self.session is None:
            return None
        dialog = self._network_dialog(None)

        def build():
            network = dialog.result_network()
            commands: list[AtlasCommand] = [
                AddCommand(self.session, self.session.atlas.persons, p, "")
                for p in dialog.new_persons
            ]
            commands.append(AddCommand(self.session, self.session.atlas.networks, network, ""))
            commands += diff_commands(
                self.session, self.session.atlas.memberships, [], dialog.memberships
            )
            commands += diff_commands(self.session, self.session.atlas.ties, [], dialog.ties)
            commands += diff_commands(self.session, self.session.atlas.notes, [], dialog.notes)
            position = place_new_network(self.session.atlas, network, dialog.ties)
            commands.append(
                MoveNodesCommand(self.session, {network.id: None}, {network.id: position}, "")
            )
            return commands, self.tr("new network %1").replace("%1", network.name)

        if self.save_from(dialog, build):
            self.context.selection.set_ids([dialog.network_id], "editor")
            return dialog.network_id
        return None

    def edit_selected(self) -> None:
        ids = self.context.selection.ids()
        if ids:
            self.edit_network(ids[0])

    def edit_network(self, network_id: str) -> bool:
        if self.session is None:
            return False
        network = self.session.atlas.networks.find(network_id)
        if network is None:
            return False
        dialog = self._network_dialog(network)
        before_members = list(dialog.memberships)
        before_ties = list(dialog.ties)
        before_notes = list(dialog.notes)

        def build():
            after = dialog.result_network()
            commands: list[AtlasCommand] = [
                AddCommand(self.session, self.session.atlas.persons, p, "")
                for p in dialog.new_persons
            ]
            if after != network:
                commands.append(
                    UpdateCommand(self.session, self.session.atlas.networks, network, after, "")
                )
            commands += diff_commands(
                self.session, self.session.atlas.memberships, before_members, dialog.memberships
            )
            commands += diff_commands(
                self.session, self.session.atlas.ties, before_ties, dialog.ties
            )
            commands += diff_commands(
                self.session, self.session.atlas.notes, before_notes, dialog.notes
            )
            return commands, self.tr("changes to %1").replace("%1", after.name)

        return self.save_from(dialog, build)

    def rename_network(self, network_id: str, name: str) -> bool:
        """One field changed without the dialog (used by the table and by scripts)."""
        network = self.session.atlas.networks.get(network_id)
        after = dataclasses.replace(network, name=name)
        return self.execute(
            [UpdateCommand(self.session, self.session.atlas.networks, network, after, "")],
            self.tr("name of %1").replace("%1", name),
        )

    def delete_selected(self) -> None:
        ids = self.context.selection.ids()
        if ids:
            self.delete_networks(ids)

    def delete_networks(self, ids: list[str]) -> bool:
        if self.session is None or not ids:
            return False
        networks = self.session.atlas.networks.many(ids)
        if not networks:
            return False
        if len(networks) == 1:
            question = self.tr(
                "Delete the network “%1” with its memberships, ties, signals and notes?"
                "\n\nYou can undo this with Ctrl+Z."
            ).replace("%1", networks[0].name)
            text = self.tr("deleting %1").replace("%1", networks[0].name)
        else:
            question = self.tr(
                "Delete %1 networks with their memberships, ties, signals and notes?"
                "\n\nYou can undo this with Ctrl+Z."
            ).replace("%1", str(len(networks)))
            text = self.tr("deleting %1 networks").replace("%1", str(len(networks)))
        if not self.confirm(self.tr("Delete network"), question):
            return False
        commands = [
            DeleteCommand(self.session, self.session.atlas.networks, n.id, "") for n in networks
        ]
        if self.execute(commands, text):
            self.context.selection.clear("editor")
            return True
        return False

    # -- ties --------------------------------------------------------------------------
    def new_tie(self) -> None:
        if self.session is None:
            return
        from desktop_app.ui.window.tie_dialog import TieDialog

        ids = self.context.selection.ids()
        dialog = TieDialog(self.parent_, self.data, None)
        if ids:
            dialog.source.select_id(ids[0])
        if len(ids) > 1:
            dialog.target.select_id(ids[1])
        self.save_from(
            dialog,
            lambda: (
                [AddCommand(self.session, self.session.atlas.ties, dialog.result(), "")],
                self.tr("new tie"),
            ),
        )

    # -- persons -----------------------------------------------------------------------
    def manage_persons(self) -> None:
        if self.session is None:
            return
        from desktop_app.ui.window.managers import PersonsDialog

        PersonsDialog(self.parent_, self.session, self).exec()

    def new_person(self) -> None:
        from desktop_app.ui.window.person_dialog import PersonDialog

        dialog = PersonDialog(
            _modal_parent(self.parent_), None, session=self.session, data=self.data
        )

        def build():
            person = dialog.result_person()
            commands: list[AtlasCommand] = [
                AddCommand(self.session, self.session.atlas.persons, person, "")
            ]
            commands += diff_commands(
                self.session, self.session.atlas.memberships, [], dialog.memberships
            )
            return commands, self.tr("new person %1").replace("%1", person.display_name)

        self.save_from(dialog, build)

    def edit_person(self, person_id: str) -> None:
        from desktop_app.ui.window.person_dialog import PersonDialog

        person = self.session.atlas.persons.find(person_id)
        if person is None:
            return
        dialog = PersonDialog(
            _modal_parent(self.parent_), person, session=self.session, data=self.data
        )
        before = list(dialog.memberships)

        def build():
            after = dialog.result_person()
            commands: list[AtlasCommand] = []
            if after != person:
                commands.append(
                    UpdateCommand(self.session, self.session.atlas.persons, person, after, "")
                )
            commands += diff_commands(
                self.session, self.session.atlas.memberships, before, dialog.memberships
            )
            return commands, self.tr("changes to %1").replace("%1", after.display_name)

        self.save_from(dialog, build)

    def delete_person(self, person_id: str) -> None:
        person = self.session.atlas.persons.find(person_id)
        if person is None:
            return
        question = self.tr(
            "Delete the person “%1” with their roles in networks?\n\nYou can undo this with Ctrl+Z."
        ).replace("%1", person.display_name)
        if self.confirm(self.tr("Delete person"), question):
            self.execute(
                [DeleteCommand(self.session, self.session.atlas.persons, person_id, "")],
                self.tr("deleting %1").replace("%1", person.display_name),
            )

    # -- areas -------------------------------------------------------------------------
    def manage_areas(self) -> None:
        if self.session is None:
            return
        from desktop_app.ui.window.managers import AreasDialog

        AreasDialog(self.parent_, self.session, self, self.data).exec()

    def new_area(self, parent_id: str | None = None) -> None:
        from desktop_app.ui.window.area_dialog import AreaDialog

        dialog = AreaDialog(_modal_parent(self.parent_), self.data.areas, None, parent_id=parent_id)

        def build():
            area = dialog.result_area()
            text = self.tr("new area %1").replace("%1", area.name)
            return [AddCommand(self.session, self.session.atlas.areas, area, "")], text

        self.save_from(dialog, build)

    def edit_area(self, area_id: str) -> None:
        from desktop_app.ui.window.area_dialog import AreaDialog

        area = self.session.atlas.areas.find(area_id)
        if area is None:
            return
        dialog = AreaDialog(_modal_parent(self.parent_), self.data.areas, area)

        def build():
            after = dialog.result_area()
            commands: list[AtlasCommand] = []
            if after != area:
                commands.append(
                    UpdateCommand(self.session, self.session.atlas.areas, area, after, "")
                )
            return commands, self.tr("changes to %1").replace("%1", after.name)

        self.save_from(dialog, build)

    def delete_area(self, area_id: str) -> None:
        area = self.session.atlas.areas.find(area_id)
        if area is None:
            return
        question = self.tr(
            "Delete the area “%1”? Networks in it keep existing without an area."
            "\n\nYou can undo this with Ctrl+Z."
        ).replace("%1", area.name)
        if self.confirm(self.tr("Delete area"), question):
            self.execute(
                [DeleteCommand(self.session, self.session.atlas.areas, area_id, "")],
                self.tr("deleting %1").replace("%1", area.name),
            )


def _modal_parent(parent: QWidget) -> QWidget:
    return QApplication.activeModalWidget() or parent
