"""What can be imported: per target its fields, their types and the headers they go by.

The catalogue drives the automatic matching of columns (Dutch and English
header names and synonyms), the mapping the user can correct, the validation
of each cell and the column headers of the CSV/XLSX export, so import and
export speak the same words.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import cached_property

from desktop_app.domain import enums
from desktop_app.i18n import Text
from desktop_app.interop.vocabulary import normalise

TEXT = "text"
INT = "int"
DATE = "date"
ENUM = "enum"
REFERENCE = "reference"
LIST = "list"
REFERENCES = "references"


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    label: Text
    type: str = TEXT
    required: bool = False
    synonyms: tuple[str, ...] = ()
    enum: type[Enum] | None = None
    #: For references: "area", "network" or "professional".
    ref: str | None = None
    low: int | None = None
    high: int | None = None
    max_len: int | None = None

    def spellings(self) -> list[str]:
        """Header names this field answers to, most specific first, normalised."""
        raw = [self.name, self.label.nl, self.label.en, *self.synonyms]
        return list(dict.fromkeys(normalise(s) for s in raw if normalise(s)))


@dataclass(frozen=True)
class TargetSpec:
    name: str
    label: Text
    fields: tuple[FieldSpec, ...]

    @cached_property
    def by_name(self) -> dict[str, FieldSpec]:
        return {f.name: f for f in self.fields}

    def field(self, name: str) -> FieldSpec:
        return self.by_name[name]


def _f(name: str, nl: str, en: str, type_: str = TEXT, *synonyms: str, **kw) -> FieldSpec:
    return FieldSpec(name, Text(nl, en), type_, synonyms=synonyms, **kw)


_ID = _f("id", "id", "id", TEXT, "uuid", "identifier", max_len=64)
_NAME_LEN = 200

NETWORKS = TargetSpec(
    "networks",
    Text("Netwerken", "Networks"),
    (
        _ID,
        _f(
            "name",
            "naam",
            "name",
            TEXT,
            "netwerk",
            "netwerknaam",
            "naam netwerk",
            "network",
            "network name",
            "titel",
            required=True,
            max_len=_NAME_LEN,
        ),
        _f(
            "kind",
            "soort",
            "kind",
            ENUM,
            "type",
            "soort netwerk",
            "categorie",
            "network kind",
            enum=enums.NetworkKind,
        ),
        _f(
            "area",
            "gebied",
            "area",
            REFERENCE,
            "buurt",
            "wijk",
            "gebiedsnaam",
            "area name",
            "neighbourhood",
            "district",
            "cbs code",
            "buurtcode",
            "wijkcode",
            "area id",
            ref="area",
        ),
        _f(
            "description",
            "omschrijving",
            "description",
            TEXT,
            "beschrijving",
            "toelichting",
            "doel",
        ),
        _f("themes", "thema's", "themes", LIST, "thema", "onderwerpen", "theme"),
        _f("channels", "kanalen", "channels", LIST, "kanaal", "communicatie", "channel"),
        _f(
            "size_estimate",
            "omvang",
            "size estimate",
            INT,
            "grootte",
            "aantal leden",
            "aantal deelnemers",
            "aantal",
            "size",
            "leden",
            low=0,
            high=1_000_000,
        ),
        _f(
            "meeting_place",
            "ontmoetingsplek",
            "meeting place",
            TEXT,
            "ontmoetingsplaats",
            "locatie",
            "plek",
            "adres",
            "location",
            max_len=500,
        ),
        _f(
            "founded",
            "opgericht",
            "founded",
            DATE,
            "oprichtingsdatum",
            "opgericht op",
            "start",
            "startdatum",
        ),
        _f("status", "status", "status", ENUM, "staat", enum=enums.NetworkStatus),
        _f("status_since", "status sinds", "status since", DATE),
    ),
)

PERSONS = TargetSpec(
    "persons",
    Text("Personen met lidmaatschappen", "Persons with memberships"),
    (
        _ID,
        _f(
            "display_name",
            "naam",
            "name",
            TEXT,
            "weergavenaam",
            "bewoner",
            "persoon",
            "display name",
            "person",
            "contactpersoon",
            required=True,
            max_len=_NAME_LEN,
        ),
        _f(
            "contact",
            "contact",
            "contact",
            TEXT,
            "contactgegevens",
            "telefoon",
            "e mail",
            "email",
            "phone",
            max_len=500,
        ),
        _f(
            "legal_basis",
            "grondslag",
            "legal basis",
            ENUM,
            "wettelijke grondslag",
            "avg grondslag",
            enum=enums.LegalBasis,
        ),
        _f("source", "bron", "source", TEXT, "herkomst", max_len=500),
        _f("informed_on", "geïnformeerd op", "informed on", DATE, "geinformeerd", "geïnformeerd"),
        _f("retention_until", "bewaren tot", "retention until", DATE, "bewaartermijn"),
        _f(
            "network",
            "netwerk",
            "network",
            REFERENCE,
            "netwerknaam",
            "network name",
            "network id",
            ref="network",
        ),
        _f("role", "rol", "role", ENUM, "functie", enum=enums.Role),
        _f("since", "lid sinds", "member since", DATE, "sinds", "since"),
        _f("until", "lid tot", "member until", DATE, "tot", "until"),
    ),
)

TIES = TargetSpec(
    "ties",
    Text("Verbindingen", "Ties"),
    (
        _ID,
        _f(
            "source",
            "van",
            "from",
            REFERENCE,
            "netwerk 1",
            "netwerk a",
            "van netwerk",
            "bron",
            "source",
            "from network",
            "source id",
            required=True,
            ref="network",
        ),
        _f(
            "target",
            "naar",
            "to",
            REFERENCE,
            "netwerk 2",
            "netwerk b",
            "naar netwerk",
            "doel",
            "target",
            "to network",
            "target id",
            required=True,
            ref="network",
        ),
        _f("kind", "soort", "kind", ENUM, "type", "soort verbinding", enum=enums.TieKind),
        _f("strength", "sterkte", "strength", INT, "kracht", "weight", "gewicht", low=1, high=3),
        _f("since", "sinds", "since", DATE, "vanaf"),
        _f("until", "tot", "until", DATE, "tot en met"),
    ),
)

SIGNALS = TargetSpec(
    "signals",
    Text("Signalen", "Signals"),
    (
        _ID,
        _f(
            "network",
            "netwerk",
            "network",
            REFERENCE,
            "netwerknaam",
            "network name",
            "network id",
            required=True,
            ref="network",
        ),
        _f("date", "datum", "date", DATE, "dag", "waargenomen op", "signaaldatum", required=True),
        _f(
            "dimension",
            "dimensie",
            "dimension",
            ENUM,
            "aspect",
            "soort signaal",
            required=True,
            enum=enums.Dimension,
        ),
        _f(
            "valence",
            "waarde",
            "valence",
            INT,
            "waardering",
            "valentie",
            "score",
            required=True,
            low=-2,
            high=2,
        ),
        _f("source", "bron", "source", TEXT, "herkomst", max_len=500),
        _f("note", "notitie", "note", TEXT, "opmerking", "toelichting", "omschrijving"),
    ),
)

AREAS = TargetSpec(
    "areas",
    Text("Gebieden (wijken en buurten)", "Areas (districts and neighbourhoods)"),
    (
        _ID,
        _f(
            "name",
            "naam",
            "name",
            TEXT,
            "gebied",
            "gebiedsnaam",
            "regio",
            "bu naam",
            "buurtnaam",
            "buurt",
            "wk naam",
            "wijknaam",
            "gm naam",
            "gemeentenaam",
            "area",
            required=True,
            max_len=_NAME_LEN,
        ),
        _f(
            "cbs_code",
            "cbs-code",
            "cbs code",
            TEXT,
            "code",
            "gwb code",
            "gwb code 10",
            "gebiedscode",
            "bu code",
            "buurtcode",
            "wk code",
            "wijkcode",
            "gm code",
            "gemeentecode",
            max_len=20,
        ),
        _f(
            "level",
            "niveau",
            "level",
            ENUM,
            "soort",
            "soort regio",
            "recs",
            "type",
            enum=enums.AreaLevel,
        ),
        _f(
            "parent",
            "ligt in",
            "parent",
            REFERENCE,
            "valt onder",
            "bovenliggend gebied",
            "hoort bij",
            "parent area",
            "parent id",
            "wk code",
            "wijkcode",
            "gm code",
            "gemeentecode",
            ref="area",
        ),
    ),
)

PROFESSIONALS = TargetSpec(
    "professionals",
    Text("Professionals", "Professionals"),
    (
        _ID,
        _f(
            "name",
            "naam",
            "name",
            TEXT,
            "professional",
            "medewerker",
            required=True,
            max_len=_NAME_LEN,
        ),
        _f(
            "organisation",
            "organisatie",
            "organisation",
            TEXT,
            "organization",
            "werkgever",
            "instelling",
            max_len=500,
        ),
        _f(
            "contact",
            "contact",
            "contact",
            TEXT,
            "contactgegevens",
            "telefoon",
            "e mail",
            "email",
            "phone",
            max_len=500,
        ),
        _f(
            "expertise",
            "expertise",
            "expertise",
            LIST,
            "deskundigheid",
            "kennis",
            "expertises",
            "vakgebied",
        ),
        _f(
            "areas",
            "gebieden",
            "areas",
            REFERENCES,
            "werkgebied",
            "werkgebieden",
            "gebied",
            "area",
            ref="area",
        ),
    ),
)

OBSTACLES = TargetSpec(
    "obstacles",
    Text("Obstakels", "Obstacles"),
    (
        _ID,
        _f(
            "category",
            "categorie",
            "category",
            ENUM,
            "soort",
            "type",
            "soort obstakel",
            required=True,
            enum=enums.ObstacleCategory,
        ),
        _f(
            "description",
            "omschrijving",
            "description",
            TEXT,
            "beschrijving",
            "obstakel",
            "obstacle",
            required=True,
        ),
        _f("networks", "netwerken", "networks", REFERENCES, "netwerk", "network", ref="network"),
        _f(
            "owner_professional",
            "eigenaar",
            "owner",
            REFERENCE,
            "eigenaar professional",
            "professional",
            "owner professional",
            ref="professional",
        ),
        _f(
            "owner_department",
            "afdeling",
            "department",
            TEXT,
            "eigenaar afdeling",
            "owner department",
            max_len=500,
        ),
        _f("status", "status", "status", ENUM, "staat", enum=enums.ObstacleStatus),
        _f("reported_on", "gemeld op", "reported on", DATE, "melddatum", "datum", "gemeld"),
        _f("started_on", "gestart op", "started on", DATE, "start", "gestart"),
        _f("closed_on", "afgesloten op", "closed on", DATE, "gesloten op", "afgesloten"),
    ),
)

TARGETS: dict[str, TargetSpec] = {
    t.name: t for t in (NETWORKS, PERSONS, TIES, SIGNALS, AREAS, PROFESSIONALS, OBSTACLES)
}


def target(name: str) -> TargetSpec:
    """The target called ``name`` (e.g. "networks"); KeyError if there is none."""
    return TARGETS[name]
