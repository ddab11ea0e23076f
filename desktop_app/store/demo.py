"""The demo atlas: a fictional municipality, generated deterministically from a seed.

``create_demo(path)`` writes a new atlas with about 300 networks (scales with
``networks=``); the same seed and reference date give the same content, ids
included. ``ensure_demo_copy()`` gives the window the user's own demo copy,
made on first start.

The recipe (names, kinds, stories) is ``db/demo/recipe.json``; the drawing is
in :mod:`~desktop_app.store.demo_world` (structure) and
:mod:`~desktop_app.store.demo_story` (what happened over two years).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from desktop_app import paths
from desktop_app.store import errors
from desktop_app.store.atlas import Atlas
from desktop_app.store.demo_recipe import DemoContext
from desktop_app.store.demo_story import notes, obstacles, signals, support_cases
from desktop_app.store.demo_world import DemoSize, World, build_world

DEFAULT_SEED = 2026
DEFAULT_NETWORKS = 300
DEMO_FILE_NAME = "demo.zwerm"

__all__ = [
    "DEFAULT_NETWORKS",
    "DEFAULT_SEED",
    "DemoSize",
    "create_demo",
    "ensure_demo_copy",
    "populate_demo",
]


def create_demo(
    path: str | os.PathLike[str],
    *,
    networks: int = DEFAULT_NETWORKS,
    seed: int = DEFAULT_SEED,
    reference: date | None = None,
    progress: Callable[[str], None] | None = None,
) -> Path:
    """Write a new demo atlas at ``path`` (which must not exist) and close it.

    ``reference`` is the "today" of the demo's story (default: today). On any
    failure the half-written file is removed.
    """
    path = Path(path)
    ctx = DemoContext.make(seed, reference or date.today())
    name = f"Demo-atlas {ctx.recipe['municipality']['name']}"
    atlas = Atlas.create(path, name=name, is_demo=True)
    try:
        # A new file that is deleted if anything fails needs no journal: without
        # it the rows are written once instead of to the WAL and then again.
        atlas.conn.execute("PRAGMA journal_mode = OFF")
        populate_demo(atlas, ctx, DemoSize.for_networks(networks), seed=seed, progress=progress)
        atlas.conn.execute("PRAGMA journal_mode = WAL")
    except BaseException:
        atlas.close()
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    atlas.close()
    return path


def populate_demo(
    atlas: Atlas,
    ctx: DemoContext,
    size: DemoSize,
    *,
    seed: int,
    progress: Callable[[str], None] | None = None,
) -> None:
    """Fill an (empty) atlas with the demo municipality, in one transaction."""
    say = progress or (lambda _step: None)
    say("structure")
    world = build_world(ctx, size)
    # Random UUID keys land all over the B-trees: a large page cache for the bulk
    # insert saves most of the time at 50,000 networks. Only this connection, only now.
    (cache_size,) = atlas.conn.execute("PRAGMA cache_size").fetchone()
    atlas.conn.execute("PRAGMA cache_size = -262144")
    try:
        _insert(atlas, ctx, world, seed=seed, say=say)
    finally:
        atlas.conn.execute(f"PRAGMA cache_size = {int(cache_size)}")


def _insert(
    atlas: Atlas, ctx: DemoContext, world: World, *, seed: int, say: Callable[[str], None]
) -> None:
    size = world.size
    with atlas.transaction():
        say("areas and networks")
        atlas.areas.add_many(world.areas)
        atlas.networks.add_many(world.networks)
        atlas.networks.add_status_periods(world.status_periods)
        say("persons")
        atlas.persons.add_many(world.persons)
        atlas.memberships.add_many(world.memberships)
        atlas.professionals.add_many(world.professionals)
        atlas.ties.add_many(world.ties)
        say("signals")
        atlas.signals.add_many(signals(ctx, world))
        say("obstacles, support, notes")
        atlas.obstacles.add_many(obstacles(ctx, world))
        atlas.support.add_many(support_cases(ctx, world))
        atlas.notes.add_many(notes(ctx, world))
        atlas.positions.save(world.positions)
        atlas.set_setting("demo.seed", seed)
        atlas.set_setting("demo.networks", size.networks)
        atlas.set_setting("demo.reference_date", ctx.reference.isoformat())


def ensure_demo_copy() -> Path:
    """The user's demo atlas in the data folder, generated on first use.

    An existing copy that opens is reused (it is the user's to change). One that
    is not an atlas or is damaged is set aside, not deleted, and a fresh one made.
    """
    folder = paths.user_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / DEMO_FILE_NAME
    if target.exists():
        try:
            # Read-only: no lock, no daily backup, no migration just to look.
            Atlas.open(target, read_only=True).close()
            return target
        except (errors.NotAnAtlasError, errors.AtlasCorruptError):
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            target.rename(folder / f"demo.unusable-{stamp}.zwerm")
        except errors.AtlasError:
            # Locked, too new, needs a migration: the window's own open deals with it.
            return target
    tmp = folder / f".demo-{os.getpid()}.zwerm.tmp"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    create_demo(tmp)
    os.replace(tmp, target)
    return target
