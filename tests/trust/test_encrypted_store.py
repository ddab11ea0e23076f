"""The store's tests again, on an encrypted (SQLCipher) atlas.

Every ``Atlas.create``/``Atlas.open`` in the tests collected here gets a
passphrase by default, so the ``atlas`` fixture and any reopen are encrypted.
The modules are listed by name (not globbed) so a new plain-file-only test
elsewhere does not break this run; a module that does not exist is skipped.
Left out on purpose: test_bad_files (cuts and edits plain SQLite bytes) and
test_demo (compares file bytes, which encryption makes differ run to run).
"""

from __future__ import annotations

import importlib

import pytest

from desktop_app.store import Atlas

PASSPHRASE = "versleuteld tijdens de test"

MODULES = (
    "tests.store.test_constraints",
    "tests.store.test_roundtrip",
    "tests.store.test_unicode",
    "tests.store.test_backup_policy",
    "tests.store.test_migrations",
    "tests.trust.test_privacy",
)

COLLECTED: list[str] = []
for _module_name in MODULES:
    try:
        _module = importlib.import_module(_module_name)
    except ImportError:
        continue
    _short = _module_name.rsplit(".", 1)[1].removeprefix("test_")
    COLLECTED.append(_module_name)
    for _attr, _obj in vars(_module).items():
        if _attr.startswith("test_") and callable(_obj):
            globals()[f"test_encrypted_{_short}__{_attr[5:]}"] = _obj
        elif _attr.startswith("Test") and isinstance(_obj, type):
            globals()[f"TestEncrypted{_short.title()}{_attr[4:]}"] = _obj
        elif type(_obj).__name__ == "FixtureFunctionDefinition" and _attr not in (
            "atlas",
            "atlas_path",
        ):
            globals()[_attr] = _obj


@pytest.fixture(autouse=True)
def _encrypted_by_default(monkeypatch):
    original_open = Atlas.open.__func__
    original_create = Atlas.create.__func__

    def open_(cls, path, **kwargs):
        kwargs.setdefault("passphrase", PASSPHRASE)
        return original_open(cls, path, **kwargs)

    def create(cls, path, **kwargs):
        kwargs.setdefault("passphrase", PASSPHRASE)
        return original_create(cls, path, **kwargs)

    monkeypatch.setattr(Atlas, "open", classmethod(open_))
    monkeypatch.setattr(Atlas, "create", classmethod(create))


def test_the_fixture_atlas_is_encrypted(atlas, atlas_path):
    assert atlas.encrypted
    assert not atlas_path.read_bytes().startswith(b"SQLite format 3")
    assert COLLECTED, "no store test module found to run encrypted"
