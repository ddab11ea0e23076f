"""The window's own actions (the main window places them in its menus and toolbar)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

from desktop_app.ui.window.atlas_files import AtlasFiles
from desktop_app.ui.window.context import WindowContext
from desktop_app.ui.window.editing import Editor
from desktop_app.ui.window.filter_panel import FilterPanel
from desktop_app.ui.window.search_box import SearchBox


class WindowActions(QObject):
    """The actions with their shortcuts, on ``parent`` (the window), calling the parts given."""

    def __init__(
        self,
        context: WindowContext,
        parent: QWidget,
        *,
        files: AtlasFiles,
        editor: Editor,
        map_view,
        filter_panel: FilterPanel,
        search_box: SearchBox,
        set_language: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.files = files
        self.search_box = search_box
        self.map_view = map_view
        w = parent

        def make(name: str, slot, *keys: str) -> QAction:
            action = QAction(w)
            action.setObjectName(name)
            if keys:
                action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(lambda _checked=False: slot())
            w.addAction(action)
            return action

        # File
        self.new_atlas = make("new_atlas", files.new_atlas)
        self.open_atlas = make("open_atlas", files.open_dialog, "Ctrl+O")
        self.open_demo = make("open_demo", files.open_demo)
        self.export_image = make("export_image", files.export_image, "Ctrl+E")
        self.quit = make("quit", w.close, "Ctrl+Q")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.recent_menu = QMenu(w)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        # Edit
        self.undo = make("undo", self._undo, "Ctrl+Z")
        self.redo = make("redo", self._redo, "Ctrl+Shift+Z", "Ctrl+Y")
        self.new_network = make("new_network", editor.new_network, "Ctrl+N")
        self.edit = make("edit_network", editor.edit_selected, "F2")
        self.delete = make("delete_network", editor.delete_selected, "Del")
        self.new_tie = make("new_tie", editor.new_tie, "Ctrl+T")
        self.persons = make("persons", editor.manage_persons, "Ctrl+Shift+P")
        self.areas = make("areas", editor.manage_areas)
        self.find = make("find", self._focus_search, "Ctrl+F")
        self.select_none = make("select_none", lambda: context.selection.clear("menu"))
        # Map
        self.fit = make("fit", lambda: map_view.fit_to_view(), "F")
        self.centre = make("centre", self._centre_selection, "C")
        self.layout_unpinned = make("layout_unpinned", lambda: map_view.run_layout(False))
        self.layout_all = make("layout_all", lambda: map_view.run_layout(True))
        self.layers: dict[str, QAction] = {}
        for layer, default in (
            ("labels", True),
            ("bridge_persons", False),
            ("professionals", False),
        ):
            action = QAction(w)
            action.setObjectName(f"layer_{layer}")
            action.setCheckable(True)
            action.setChecked(default)
            action.toggled.connect(lambda on, name=layer: map_view.set_layer(name, on))
            self.layers[layer] = action
        # View
        self.reset_filter = make("reset_filter", filter_panel.reset)
        self.language_menu = QMenu(w)
        self.language_group = QActionGroup(w)
        self.languages: dict[str, QAction] = {}
        for code, text in (("nl", "Nederlands"), ("en", "English")):
            action = QAction(text, w)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _c=False, c=code: set_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.languages[code] = action
        self.panels_menu = QMenu(w)

        self.retranslate()
        self.update_enabled()

    def add_panel_toggle(self, dock: QDockWidget) -> None:
        self.panels_menu.addAction(dock.toggleViewAction())

    def retranslate(self) -> None:
        texts = {
            self.new_atlas: self.tr("&New atlas…"),
            self.open_atlas: self.tr("&Open atlas…"),
            self.open_demo: self.tr("Open &demo atlas"),
            self.export_image: self.tr("&Export map image…"),
            self.quit: self.tr("&Quit"),
            self.new_network: self.tr("&New network…"),
            self.edit: self.tr("&Edit network…"),
            self.delete: self.tr("&Delete network"),
            self.new_tie: self.tr("New &tie…"),
            self.persons: self.tr("&Persons…"),
            self.areas: self.tr("&Areas…"),
            self.find: self.tr("&Find network"),
            self.select_none: self.tr("Select &nothing"),
            self.fit: self.tr("&Fit to view"),
            self.centre: self.tr("&Centre on selection"),
            self.layout_unpinned: self.tr("Arrange &unpinned networks"),
            self.layout_all: self.tr("Arrange &all networks"),
            self.reset_filter: self.tr("&Show all networks"),
            self.layers["labels"]: self.tr("Show &names"),
            self.layers["bridge_persons"]: self.tr("Show &bridge persons"),
            self.layers["professionals"]: self.tr("Show &professionals"),
        }
        for action, text in texts.items():
            action.setText(text)
        self.edit.setToolTip(self.tr("Edit the selected network (F2 or Enter)"))
        self.recent_menu.setTitle(self.tr("&Recent atlases"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.panels_menu.setTitle(self.tr("&Panels"))
        self._update_undo_texts()

    # -- state ------------------------------------------------------------------------
    def on_session_changed(self, session) -> None:
        if session is not None:
            stack = session.undo_stack
            stack.canUndoChanged.connect(lambda _on: self._update_undo_texts())
            stack.canRedoChanged.connect(lambda _on: self._update_undo_texts())
            stack.indexChanged.connect(lambda _i: self._update_undo_texts())
        self.update_enabled()
        self._update_undo_texts()

    def update_enabled(self) -> None:
        has_atlas = self.context.session is not None
        selected = bool(self.context.selection.ids()) and has_atlas
        for action in (self.new_network, self.new_tie, self.persons, self.areas,
                       self.export_image, self.find, self.layout_unpinned,
                       self.layout_all):  # fmt: skip
            action.setEnabled(has_atlas)
        for action in (self.edit, self.delete, self.centre):
            action.setEnabled(selected)

    def _update_undo_texts(self) -> None:
        session = self.context.session
        stack = session.undo_stack if session is not None else None
        can_undo = bool(stack and stack.canUndo())
        can_redo = bool(stack and stack.canRedo())
        self.undo.setEnabled(can_undo)
        self.redo.setEnabled(can_redo)
        self.undo.setText(
            self.tr("&Undo %1").replace("%1", stack.undoText()) if can_undo else self.tr("&Undo")
        )
        self.redo.setText(
            self.tr("&Redo %1").replace("%1", stack.redoText()) if can_redo else self.tr("&Redo")
        )
        # The toolbar shows the short text (a long name would push "Redo" and "Fit to
        # view" into the overflow); the whole text is in the menu and the tooltip.
        self.undo.setIconText(self.tr("Undo"))
        self.redo.setIconText(self.tr("Redo"))
        self.undo.setToolTip(self.undo.text().replace("&", ""))
        self.redo.setToolTip(self.redo.text().replace("&", ""))

    def _undo(self) -> None:
        session = self.context.session
        if session is not None and session.undo_stack.canUndo():
            text = session.undo_stack.undoText()
            session.undo_stack.undo()
            self.context.status(self.tr("Undone: %1").replace("%1", text))

    def _redo(self) -> None:
        session = self.context.session
        if session is not None and session.undo_stack.canRedo():
            text = session.undo_stack.redoText()
            session.undo_stack.redo()
            self.context.status(self.tr("Redone: %1").replace("%1", text))

    def _focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _centre_selection(self) -> None:
        ids = self.context.selection.ids()
        if ids:
            self.map_view.center_on(ids[0])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.context.settings.recent_atlases
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.files.open_recent(p))
        if not recent:
            empty = self.recent_menu.addAction(self.tr("(none yet)"))
            empty.setEnabled(False)
