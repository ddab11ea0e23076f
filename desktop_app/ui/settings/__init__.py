"""Edit › Settings (Ctrl+,): language, backups, analysis thresholds (see :mod:`.actions`)."""
