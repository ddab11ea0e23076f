"""Import and export in the window: File > Import table / Import graph / Export.

:class:`desktop_app.ui.interop.actions.InteropActions` holds the actions; the
main window places them in the File menu.
"""
