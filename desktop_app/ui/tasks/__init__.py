"""The coordinator's tasks: signals, timeline, inbox, obstacles, support, overview.

:class:`desktop_app.ui.tasks.wiring.TaskWiring` holds the task panels and the
Tasks menu's actions; the main window places and connects them.
"""
