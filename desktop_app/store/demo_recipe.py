"""What the demo generator draws from: the recipe in ``db/demo`` and a seeded context.

Everything random goes through one :class:`random.Random` carried by
:class:`DemoContext`, so the same seed and reference date give the same atlas,
ids included. Nothing here touches the global ``random`` state.
"""

from __future__ import annotations

import json
import math
import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from desktop_app import paths

T = TypeVar("T")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
#: RFC 9562 variant bits (10xx) at the top of the last 64 bits of the 76 random ones.
_VARIANT, _VARIANT_MASK = 0b10 << 62, ~(0b11 << 62)


@cache
def load_recipe(directory: Path | None = None) -> dict[str, Any]:
    path = (directory or paths.demo_dir()) / "recipe.json"
    return json.loads(path.read_text(encoding="utf-8"))


@dataclass
class DemoContext:
    """The seeded random source, the recipe and the dates every part of the demo shares."""

    rng: random.Random
    recipe: dict[str, Any]
    reference: date
    #: One timestamp for created_at/updated_at of every row, so rows carry no wall-clock noise.
    now: datetime
    _serial: int = 0
    #: UUIDv7 time prefix: the reference date in milliseconds since 1970.
    _id_base: int = 0

    def __post_init__(self) -> None:
        midnight = datetime(
            self.reference.year, self.reference.month, self.reference.day, tzinfo=UTC
        )
        self._id_base = int(midnight.timestamp() * 1000)

    @classmethod
    def make(cls, seed: int, reference: date, recipe: dict[str, Any] | None = None) -> DemoContext:
        now = datetime.now(UTC).replace(microsecond=0)
        return cls(random.Random(seed), recipe or load_recipe(), reference, now)

    # -- drawing ------------------------------------------------------------
    def new_id(self) -> str:
        """A UUIDv7-shaped id (hex): a rising 48-bit prefix, then seeded random bits.

        Deterministic for a seed; the rising prefix makes the bulk insert append
        to the key indexes instead of touching pages all over them (a third
        faster at 50,000 networks, where the atlas no longer fits the page cache).
        """
        self._serial += 1
        tail = (self.rng.getrandbits(76) & _VARIANT_MASK) | _VARIANT
        return f"{self._id_base + self._serial:012x}7{tail:019x}"

    def pick(self, items: list[T] | tuple[T, ...]) -> T:
        return items[int(self.rng.random() * len(items))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def days_ago(self, low: int, high: int) -> date:
        """A date between ``high`` and ``low`` days before the reference date."""
        return self.reference - timedelta(days=self.rng.randint(low, high))

    def between(self, start: date, end: date) -> date:
        if end <= start:
            return start
        return start + timedelta(days=self.rng.randint(0, (end - start).days))

    def log_uniform(self, low: int, high: int) -> int:
        return round(math.exp(self.rng.uniform(math.log(low), math.log(high))))

    def fill(self, template: str, **values: str) -> str:
        """Fill ``{name}`` placeholders from ``values``, else from the recipe's ``fill`` lists."""
        if "{" not in template:
            return template
        fills = self.recipe["fill"]

        def one(match: re.Match[str]) -> str:
            key = match.group(1)
            if key in values:
                return values[key]
            if key == "n":
                return str(self.rng.randint(3, 40))
            if key == "maand":
                return self.pick(self.recipe["months"])
            if key == "gemeente":
                return self.recipe["municipality"]["name"]
            if key == "straat":
                return self.pick(self.recipe["streets"])
            return self.pick(fills[key])

        return _PLACEHOLDER.sub(one, template)

    def person_name(self) -> str:
        """An invented name; first and last name from the same name group."""
        groups = self.recipe["name_groups"]
        cum = _cumulative(tuple(g["weight"] for g in groups))
        group = self.rng.choices(groups, cum_weights=cum)[0]
        first, last = self.pick(group["first"]), self.pick(group["last"])
        if group["infixes"] and self.rng.random() < 0.3:
            return f"{first} {self.pick(self.recipe['infixes'])} {last}"
        return f"{first} {last}"


@cache
def _cumulative(weights: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(sum(weights[: i + 1]) for i in range(len(weights)))


def ascii_slug(text: str, sep: str = ".") -> str:
    """``'Ayşe Öztürk'`` -> ``'ayse.ozturk'``: for invented e-mail addresses."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return sep.join(re.findall(r"[a-z0-9]+", plain.lower()))


def unique_names(base: list[str], count: int, suffixes: list[str]) -> list[str]:
    """``count`` distinct names: the base list, then base + suffix, then numbered."""
    names = list(base[:count])
    for suffix in suffixes:
        for name in base:
            if len(names) >= count:
                return names
            names.append(f"{name}-{suffix}")
    number = 2
    while len(names) < count:
        for name in base:
            if len(names) >= count:
                break
            names.append(f"{name} {number}")
        number += 1
    return names
