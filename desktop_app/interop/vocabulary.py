"""Words for stored enumeration values, in Dutch and English, for import and export.

The labels are the ones the window shows (resources/i18n, context "Labels");
import also accepts the stored code and common synonyms ("trekker", "actief",
"moestuin", "buurttuin"). Kept here because the interop layer runs without Qt.
"""

from __future__ import annotations

import unicodedata
from enum import Enum
from functools import cache

from desktop_app.domain import enums

#: value -> (Dutch label, English label, extra synonyms)
_WORDS: dict[Enum, tuple[str, str, tuple[str, ...]]] = {
    enums.AreaLevel.MUNICIPALITY: ("Gemeente", "Municipality", ("gm",)),
    enums.AreaLevel.DISTRICT: ("Wijk", "District", ("wk", "stadsdeel")),
    enums.AreaLevel.NEIGHBOURHOOD: ("Buurt", "Neighbourhood", ("bu", "neighborhood")),
    enums.NetworkKind.RESIDENTS_INITIATIVE: (
        "Bewonersinitiatief",
        "Residents' initiative",
        ("initiatief", "bewonersgroep", "buurtinitiatief"),
    ),
    enums.NetworkKind.ASSOCIATION: ("Vereniging", "Association", ("stichting", "buurtvereniging")),
    enums.NetworkKind.STREET_APP: (
        "Buurtapp-groep",
        "Street app group",
        ("buurtapp", "appgroep", "whatsappgroep", "straatapp", "buurtwhatsapp"),
    ),
    enums.NetworkKind.FAITH_COMMUNITY: (
        "Geloofsgemeenschap",
        "Faith community",
        ("kerk", "moskee", "religieus"),
    ),
    enums.NetworkKind.INFORMAL_CARE: (
        "Mantelzorgnetwerk",
        "Informal care circle",
        ("mantelzorg", "informele zorg", "zorgnetwerk", "mantelzorgkring"),
    ),
    enums.NetworkKind.SPORTS_CLUB: ("Sportclub", "Sports club", ("sportvereniging", "sport")),
    enums.NetworkKind.COMMUNITY_GARDEN: (
        "Moestuin",
        "Community garden",
        ("buurtmoestuin", "buurttuin", "tuin", "volkstuin"),
    ),
    enums.NetworkKind.REPAIR_CAFE: ("Repair café", "Repair café", ("repaircafe", "repair cafe")),
    enums.NetworkKind.ELDERLY_GROUP: ("Ouderengroep", "Elderly group", ("ouderen", "senioren")),
    enums.NetworkKind.YOUTH_PLACE: ("Jongerenplek", "Youth place", ("jongeren", "jeugd")),
    enums.NetworkKind.CULTURE: ("Cultuur", "Culture", ("kunst", "muziek")),
    enums.NetworkKind.OTHER: ("Overig", "Other", ("anders", "onbekend", "overige")),
    enums.NetworkStatus.ACTIVE: ("Actief", "Active", ()),
    enums.NetworkStatus.DORMANT: ("Slapend", "Dormant", ("inactief", "sluimerend", "stil")),
    enums.NetworkStatus.ENDED: ("Gestopt", "Ended", ("beeindigd", "opgeheven", "gestopt")),
    enums.Role.TREKKER: ("Trekker", "Leader (trekker)", ("leader", "initiatiefnemer")),
    enums.Role.CORE: ("Kernlid", "Core member", ("kern", "core")),
    enums.Role.MEMBER: ("Lid", "Member", ("deelnemer", "leden")),
    enums.LegalBasis.CONSENT: ("Toestemming", "Consent", ()),
    enums.LegalBasis.PUBLIC_TASK: ("Publieke taak", "Public task", ("algemeen belang",)),
    enums.LegalBasis.LEGITIMATE_INTEREST: (
        "Gerechtvaardigd belang",
        "Legitimate interest",
        (),
    ),
    enums.TieKind.COOPERATION: ("Samenwerking", "Cooperation", ("samenwerken",)),
    enums.TieKind.SHARED_MEMBERS: ("Gedeelde leden", "Shared members", ("zelfde leden",)),
    enums.TieKind.SHARED_PLACE: ("Gedeelde plek", "Shared place", ("zelfde plek", "locatie")),
    enums.TieKind.TENSION: ("Spanning", "Tension", ("conflict",)),
    enums.Dimension.ACTIVITY: ("Activiteit", "Activity", ("activiteiten",)),
    enums.Dimension.MEMBERSHIP: ("Ledenaantal", "Membership", ("leden", "lidmaatschap")),
    enums.Dimension.LEADERSHIP: ("Trekkerschap", "Leadership", ("leiderschap", "trekkers")),
    enums.Dimension.COOPERATION: ("Samenwerking", "Cooperation", ()),
    enums.Dimension.RESOURCES: ("Middelen", "Resources", ("geld",)),
    enums.Dimension.ATMOSPHERE: ("Sfeer", "Atmosphere", ()),
    enums.ObstacleCategory.PERMIT: (
        "Vergunning of regel",
        "Permit or rule",
        ("vergunning", "regel", "regels", "regelgeving", "permit"),
    ),
    enums.ObstacleCategory.MONEY: ("Geld", "Money", ("financien", "subsidie", "geldzaken")),
    enums.ObstacleCategory.SPACE: ("Ruimte of locatie", "Space or location", ("ruimte", "plek")),
    enums.ObstacleCategory.INSURANCE: ("Verzekering", "Insurance", ()),
    enums.ObstacleCategory.BUREAUCRACY: ("Bureaucratie", "Bureaucracy", ()),
    enums.ObstacleCategory.COMMUNICATION: ("Communicatie", "Communication", ()),
    enums.ObstacleCategory.OTHER: ("Overig", "Other", ("anders",)),
    enums.ObstacleStatus.REPORTED: ("Gemeld", "Reported", ("nieuw", "open")),
    enums.ObstacleStatus.IN_PROGRESS: ("In behandeling", "In progress", ("bezig", "loopt")),
    enums.ObstacleStatus.REMOVED: ("Weggenomen", "Removed", ("opgelost", "weg")),
    enums.ObstacleStatus.CANNOT_REMOVE: (
        "Niet weg te nemen",
        "Cannot be removed",
        ("onoplosbaar", "kan niet weg"),
    ),
    enums.SupportNeed.KNOWLEDGE: ("Kennis", "Knowledge", ()),
    enums.SupportNeed.SPACE: ("Ruimte", "Space", ()),
    enums.SupportNeed.MONEY: ("Geld", "Money", ()),
    enums.SupportNeed.CONNECTION: ("Verbinding met anderen", "Connection to others", ()),
    enums.SupportNeed.OBSTACLE_REMOVAL: ("Obstakel wegnemen", "Obstacle removal", ()),
    enums.SupportNeed.OTHER: ("Overig", "Other", ()),
    enums.Priority.LOW: ("Laag", "Low", ()),
    enums.Priority.NORMAL: ("Normaal", "Normal", ()),
    enums.Priority.HIGH: ("Hoog", "High", ()),
    enums.SupportStatus.NOTICED: ("Opgemerkt", "Noticed", ()),
    enums.SupportStatus.ASKED: ("Gevraagd", "Asked", ()),
    enums.SupportStatus.ASSIGNED: ("Toegewezen", "Assigned", ()),
    enums.SupportStatus.RUNNING: ("Loopt", "Running", ()),
    enums.SupportStatus.FINISHED: ("Afgerond", "Finished", ()),
    enums.SubjectType.AREA: ("Gebied", "Area", ()),
    enums.SubjectType.NETWORK: ("Netwerk", "Network", ()),
    enums.SubjectType.PERSON: ("Persoon", "Person", ()),
    enums.SubjectType.PROFESSIONAL: ("Professional", "Professional", ()),
    enums.SubjectType.TIE: ("Verbinding", "Tie", ()),
    enums.SubjectType.OBSTACLE: ("Obstakel", "Obstacle", ()),
    enums.SubjectType.SUPPORT_CASE: ("Ondersteuning", "Support case", ()),
}


def normalise(text: str) -> str:
    """Lower case, no accents, punctuation as spaces: ``"Thema's"`` -> ``"themas"``."""
    text = unicodedata.normalize("NFKD", text.casefold())
    out: list[str] = []
    for ch in text:
        if unicodedata.combining(ch) or ch in "'’`?":
            continue
        out.append(ch if ch.isalnum() else " ")
    return " ".join("".join(out).split())


def word(value: Enum, lang: str) -> str:
    nl, en, _ = _WORDS[value]
    return nl if lang == "nl" else en


@cache
def lookup(enum_type: type[Enum]) -> dict[str, Enum]:
    """Every accepted spelling of ``enum_type``'s values, normalised, mapped to the value."""
    table: dict[str, Enum] = {}
    for value in enum_type:
        nl, en, extra = _WORDS[value]
        for spelling in (value.value, value.value.replace("_", " "), nl, en, *extra):
            table.setdefault(normalise(spelling), value)
    return table


def accepted(enum_type: type[Enum], lang: str) -> list[str]:
    """The words to show when a value is not understood."""
    return [word(v, lang) for v in enum_type]
