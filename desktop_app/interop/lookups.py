"""Finding the areas, networks and professionals a file refers to, without a query per row.

Everything is read once into dictionaries; a reference may be an id, a CBS
code (areas) or a name. A name shared by two items is refused as ambiguous.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desktop_app.i18n import Text
from desktop_app.interop.values import ValueProblem, text_value
from desktop_app.interop.vocabulary import normalise

if TYPE_CHECKING:
    from desktop_app.store import Atlas

CBS_CODE = re.compile(r"[A-Z]{2}\d+")
_WORDS = {
    "area": Text("gebied", "area"),
    "network": Text("netwerk", "network"),
    "professional": Text("professional", "professional"),
}
_UNKNOWN = {
    "area": Text("Onbekend gebied", "Unknown area"),
    "network": Text("Onbekend netwerk", "Unknown network"),
    "professional": Text("Onbekende professional", "Unknown professional"),
}


class Index:
    """Ids by id, by code and by normalised name, for one kind of item."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.ids: set[str] = set()
        self.codes: dict[str, str] = {}
        self.names: dict[str, list[str]] = {}

    def add(self, id_: str, name: str, code: str | None = None) -> None:
        self.ids.add(id_)
        if code:
            self.codes[code.upper()] = id_
        self.names.setdefault(normalise(name), []).append(id_)

    def find(self, raw: object) -> str:
        """The id ``raw`` refers to.

        Raises:
            ValueProblem: unknown or ambiguous.
        """
        text = text_value(raw)  # type: ignore[arg-type]
        if text in self.ids:
            return text
        code = self.codes.get(text.upper())
        if code is not None:
            return code
        found = self.names.get(normalise(text), [])
        if len(found) == 1:
            return found[0]
        word = _WORDS[self.kind]
        if found:
            raise ValueProblem(
                Text(
                    "'{value}' past bij {n} keer {kind_nl}; gebruik de code of het id.",
                    "'{value}' matches {n} items ({kind_en}); use the code or the id.",
                ).format(value=text[:60], n=len(found), kind_nl=word.nl, kind_en=word.en)
            )
        raise ValueProblem(
            Text(
                "{unknown_nl}: '{value}' staat niet in de atlas.",
                "{unknown_en}: '{value}' is not in the atlas.",
            ).format(
                unknown_nl=_UNKNOWN[self.kind].nl,
                unknown_en=_UNKNOWN[self.kind].en,
                value=text[:60],
            )
        )


class Lookups:
    """Indexes of the atlas, read lazily and once per validation."""

    def __init__(self, atlas: Atlas) -> None:
        self._atlas = atlas
        self._indexes: dict[str, Index] = {}

    def index(self, kind: str) -> Index:
        if kind not in self._indexes:
            index = Index(kind)
            if kind == "area":
                for area in self._atlas.areas.all():
                    index.add(area.id, area.name, area.cbs_code)
            elif kind == "network":
                for network in self._atlas.networks.all():
                    index.add(network.id, network.name)
            elif kind == "professional":
                for professional in self._atlas.professionals.all():
                    index.add(professional.id, professional.name)
            else:  # pragma: no cover - the catalogue names only these
                raise KeyError(kind)
            self._indexes[kind] = index
        return self._indexes[kind]
