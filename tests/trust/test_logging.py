"""No personal data in application logs or crash reports."""

from __future__ import annotations

import logging
import sys
import threading

import pytest

from desktop_app import logging_setup
from desktop_app.store import errors
from desktop_app.store.privacy import erase_person

from .helpers import add_network, add_person

NAME = "Cornelia Bleekveldt"
CONTACT = "cornelia.bleekveldt@example.invalid"


@pytest.fixture
def log_file(tmp_path):
    path = logging_setup.install(folder=tmp_path / "logs")
    yield path
    logging_setup.uninstall()


def _read(path):
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _process_person(person):
    contact = person.contact  # a local variable holding personal data
    raise ValueError(f"kan {person.display_name} ({contact}) niet verwerken")


@pytest.mark.qt_no_exception_capture  # our sys.excepthook is under test, not pytest-qt's
def test_forced_errors_on_a_named_record_leave_no_name_in_the_log(atlas, log_file, capsys):
    network = add_network(atlas)
    person = add_person(atlas, NAME, network, contact=CONTACT)

    # 1. An uncaught exception whose message and locals hold the name.
    try:
        _process_person(person)
    except ValueError:
        sys.excepthook(*sys.exc_info())
    # 2. log.exception() somewhere in the code.
    try:
        _process_person(person)
    except ValueError:
        logging.getLogger("desktop_app.somewhere").exception("processing failed")
    # 3. An SQLite error on that record, translated by the store.
    with pytest.raises(errors.ValidationError):
        atlas.persons.add(person)
    try:
        atlas.persons.add(person)
    except errors.ValidationError:
        logging.getLogger("desktop_app.store").exception("add failed")

    # 4. An exception in a worker thread (pytest owns threading.excepthook during a
    #    test, so the hook install() sets is called the way threading would).
    def work():
        try:
            _process_person(person)
        except ValueError:
            args = threading.ExceptHookArgs((*sys.exc_info(), threading.current_thread()))
            logging_setup._thread_excepthook(args)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    # 5. The store's own logging while erasing the person.
    erase_person(atlas, person.id)

    text = _read(log_file)
    assert "ValueError (message withheld)" in text
    assert "in _process_person" in text
    assert "uncaught exception in thread" in text
    assert "erase: 1 person" in text
    for needle in ("Bleekveldt", "Cornelia", "cornelia.bleekveldt", "example.invalid"):
        assert needle not in text, needle
    assert "/home/" not in text and str(log_file.parent.parent) not in text
    capsys.readouterr()  # what the default hook printed to stderr is not a log


def test_log_lives_in_user_data_folder(tmp_path):
    path = logging_setup.install()
    try:
        from desktop_app import paths

        assert path.parent == paths.user_data_dir() / "logs"
        logging.getLogger("desktop_app.test").info("opened atlas")
        assert "opened atlas" in _read(path)
    finally:
        logging_setup.uninstall()
