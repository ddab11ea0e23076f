"""Regression guard for PySide6 6.12.0 on Python 3.11.

That release dropped one reference to ``None`` on every call of a method that
returns nothing; after ~5,000 calls the process aborted with
``Fatal Python error: none_dealloc``. We pin 6.11.3; this test makes an
upgrade safe to try.
"""

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_do_not_drop_references_to_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(20_000):
        label.setText("x" if i % 2 else "y")
        label.resize(10 + i % 3, 10)
    after = sys.getrefcount(None)
    # Python 3.12+ makes None immortal (a huge constant count); on 3.11 the count
    # may wander a little with other objects, but must not fall by thousands.
    assert after >= before - 100
