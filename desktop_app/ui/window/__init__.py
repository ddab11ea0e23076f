"""The main window's parts: filter panel, details panel, networks table, search, dialogs.

:mod:`desktop_app.ui.main_window` composes them; each module here holds one part.
"""
