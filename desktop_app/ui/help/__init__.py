"""Help menu: the user guide inside the app, keyboard shortcuts, About (see :mod:`.actions`)."""
