"""``python -m desktop_app``: the same as the ``zwermkaart`` command (and the bundle's entry)."""

import multiprocessing
import sys

from desktop_app.cli.main import main

if __name__ == "__main__":
    # A bundle starts job processes (desktop_app.ui.jobs, process=True) by running
    # itself again: this hands such a start to multiprocessing instead of main().
    multiprocessing.freeze_support()
    sys.exit(main())
