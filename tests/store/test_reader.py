"""A reader connection for worker threads: sees what is committed, writes nothing."""

import threading

import pytest

from desktop_app.domain import Network
from desktop_app.store import AtlasReadOnlyError


def test_reader_in_another_thread_sees_committed_rows_and_cannot_write(atlas):
    atlas.networks.add(Network(name="Moestuin De Zonnebloem"))
    seen: list[str] = []

    def work():
        reader = atlas.reader()
        try:
            seen.extend(n.name for n in reader.networks.all())
        finally:
            reader.close()

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen == ["Moestuin De Zonnebloem"]

    reader = atlas.reader()
    try:
        with pytest.raises(AtlasReadOnlyError):
            reader.networks.add(Network(name="Niet toegestaan"))
    finally:
        reader.close()
    assert atlas.networks.count() == 1


def test_reader_outlives_the_atlas_closing(atlas_path):
    from desktop_app.store import Atlas

    atlas = Atlas.create(atlas_path, name="Test")
    atlas.networks.add(Network(name="Repair Café"))
    reader = atlas.reader()
    atlas.close()
    assert [n.name for n in reader.networks.all()] == ["Repair Café"]
    reader.close()


def test_names_and_areas_lists_every_network_cheaply(atlas):
    from desktop_app.domain import Area, AreaLevel

    area = atlas.areas.add(Area(name="Oost", level=AreaLevel.DISTRICT))
    a = atlas.networks.add(Network(name="Moestuin", area_id=area.id))
    b = atlas.networks.add(Network(name="Sportclub"))
    assert atlas.networks.names_and_areas() == {
        a.id: ("Moestuin", area.id),
        b.id: ("Sportclub", None),
    }
