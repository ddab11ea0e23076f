"""PDF reports in the window: File › Export › PDF report… (see :mod:`.actions`)."""
