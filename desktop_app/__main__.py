"""``python -m desktop_app``: the same as the ``zwermkaart`` command (and the bundle's entry)."""

import sys

from desktop_app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
