"""Suggest professionals for a support case: expertise, area served, current load.

Score of a professional for a case (higher ranks first)::

    score = 50 * expertise + 30 * area - 30 * load / (load + 2)

* **expertise** (0..1): 1.0 when one of their tags is a keyword of the need
  (:data:`NEED_KEYWORDS`, Dutch and English) or is named in the case's
  description; 0.75 when a tag and a keyword only share a word stem (one
  contains the other, e.g. "subsidieaanvragen" and "subsidie"); else 0.
  Tags are compared without case, accents, hyphens or extra spaces.
* **area** (0..1): 1.0 when they serve the network's own area, 0.75 when they
  serve an area above it (the district or the whole municipality), 0.5 when
  they serve an area below it (a neighbourhood of a district network), else 0.
* **load**: their cases that are assigned or running (this case not counted);
  each extra case costs less than the one before and the penalty stays under
  30 points, so a busy expert still outranks someone without the expertise.

Ties are broken by lower load, then by name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop_app.analysis import labels
from desktop_app.analysis.common import AreaTree
from desktop_app.domain import (
    Area,
    Network,
    Professional,
    SupportCase,
    SupportNeed,
    SupportStatus,
)
from desktop_app.i18n import Text

EXPERTISE_WEIGHT = 50.0
AREA_WEIGHT = 30.0
LOAD_WEIGHT = 30.0
#: Load at which the penalty is half of LOAD_WEIGHT.
LOAD_HALF = 2.0
EXACT, STEM = 1.0, 0.75
OWN_AREA, ABOVE_AREA, BELOW_AREA = 1.0, 0.75, 0.5
#: Statuses that count as a professional's current load.
LOAD_STATUSES = frozenset({SupportStatus.ASSIGNED, SupportStatus.RUNNING})


def normalise(tag: str) -> str:
    """Lower case, accents removed, hyphens/underscores/repeated spaces as one space."""
    decomposed = unicodedata.normalize("NFKD", tag.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[-_/,;]+", " ", plain).split())


# Keywords per need, Dutch and English, separated by '|'.
_KEYWORDS: dict[SupportNeed, str] = {
    SupportNeed.KNOWLEDGE: (
        "kennis|knowledge|advies|advice|training|scholing|coaching|deskundigheid|"
        "expertise|verenigingsrecht|association law|verzekeringen|insurance|communicatie|"
        "communication|digitale vaardigheden|digital skills|vrijwilligersbeleid|"
        "volunteer management|bestuur|governance"
    ),
    SupportNeed.SPACE: (
        "ruimte|space|ruimtegebruik|use of space|locatie|location|accommodatie|"
        "accommodation|huisvesting|housing|vastgoed|real estate|buurthuis|"
        "community centre|community center|groenbeheer|green space"
    ),
    SupportNeed.MONEY: (
        "geld|money|subsidie|subsidies|subsidy|grants|fondsenwerving|fundraising|"
        "financien|finance|funding|begroting|budget"
    ),
    SupportNeed.CONNECTION: (
        "verbinding|verbinden|connection|netwerken|networking|samenwerking|cooperation|"
        "collaboration|opbouwwerk|community building|community work|jongerenwerk|"
        "youth work|ouderenwerk|elderly work|participatie|participation|communicatie|"
        "communication|evenementen|events"
    ),
    SupportNeed.OBSTACLE_REMOVAL: (
        "vergunning|vergunningen|permit|permits|regels|rules|regelgeving|regulation|"
        "juridisch|legal|bureaucratie|bureaucracy|verzekering|insurance|ruimtegebruik|"
        "handhaving|enforcement"
    ),
    SupportNeed.OTHER: "",
}
#: Normalised keywords per need; a tag matching one is expertise for that need.
NEED_KEYWORDS: dict[SupportNeed, frozenset[str]] = {
    need: frozenset(normalise(k) for k in words.split("|") if k)
    for need, words in _KEYWORDS.items()
}
#: Stems shorter than this do not count as a partial match ("geld" does, "it" does not).
MIN_STEM = 4


@dataclass(frozen=True, slots=True)
class ScoreParts:
    """The parts of a suggestion's score (see the module docstring)."""

    expertise: float
    area: float
    load: int

    @property
    def load_penalty(self) -> float:
        return LOAD_WEIGHT * self.load / (self.load + LOAD_HALF)

    @property
    def total(self) -> float:
        return EXPERTISE_WEIGHT * self.expertise + AREA_WEIGHT * self.area - self.load_penalty


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One professional suggested for a case, with why.

    Attributes:
        professional: who.
        score: :attr:`ScoreParts.total`; higher is a better match.
        parts: the parts of the score.
        matched_tags: their expertise tags that matched the need (as they typed them).
        reasons: plain-language reasons, nl and en, for the suggestion list.
    """

    professional: Professional
    score: float
    parts: ScoreParts
    matched_tags: tuple[str, ...]
    reasons: tuple[Text, ...]


def tag_match(tag: str, need: SupportNeed, description: str = "") -> float:
    """How well one expertise tag fits a need: 1.0, 0.75 (shared stem) or 0.0."""
    norm = normalise(tag)
    keywords = NEED_KEYWORDS[need]
    if not norm:
        return 0.0
    if norm in keywords:
        return EXACT
    if len(norm) >= MIN_STEM and norm in normalise(description):
        return EXACT
    for word in keywords:
        shorter, longer = (word, norm) if len(word) <= len(norm) else (norm, word)
        if len(shorter) >= MIN_STEM and shorter in longer:
            return STEM
    return 0.0


def current_load(
    cases: Iterable[SupportCase], exclude_case_id: str | None = None
) -> dict[str, int]:
    """Per professional id, the number of assigned or running cases."""
    load: dict[str, int] = {}
    for case in cases:
        if case.professional_id and case.status in LOAD_STATUSES and case.id != exclude_case_id:
            load[case.professional_id] = load.get(case.professional_id, 0) + 1
    return load


def area_fit(
    served: Iterable[str], area_id: str | None, tree: AreaTree
) -> tuple[float, str | None]:
    """How well the areas a professional serves cover ``area_id``, and which area gave it."""
    if area_id is None:
        return 0.0, None
    served = set(served)
    if area_id in served:
        return OWN_AREA, area_id
    for above in tree.ancestors(area_id):
        if above in served:
            return ABOVE_AREA, above
    below = served & (tree.descendants(area_id) - {area_id})
    if below:
        return BELOW_AREA, min(below, key=tree.name)
    return 0.0, None


def suggest_professionals(
    case: SupportCase,
    network: Network | None,
    professionals: Iterable[Professional],
    areas: Sequence[Area],
    cases: Iterable[SupportCase],
    *,
    limit: int | None = None,
) -> list[Suggestion]:
    """Professionals ranked for ``case``, best first.

    Args:
        case: the support case (its need and description are used; the case
            itself never counts in anyone's load).
        network: the case's network (its area is used); None: no area fit.
        professionals: the candidates.
        areas: all areas, to know what lies above and below the network's area.
        cases: all support cases, for the current load.
        limit: return at most this many.
    """
    tree = AreaTree(areas)
    load = current_load(cases, exclude_case_id=case.id)
    area_id = network.area_id if network else None
    result = []
    for pro in professionals:
        scored = [(tag_match(t, case.need, case.description), t) for t in pro.expertise]
        expertise = max((s for s, _ in scored), default=0.0)
        matched = tuple(t for s, t in scored if s > 0)
        fit, via = area_fit(pro.area_ids, area_id, tree)
        parts = ScoreParts(expertise, fit, load.get(pro.id, 0))
        result.append(
            Suggestion(pro, parts.total, parts, matched, _reasons(case, parts, matched, via, tree))
        )
    result.sort(key=lambda s: (-s.score, s.parts.load, s.professional.name.casefold()))
    return result if limit is None else result[:limit]


def _reasons(
    case: SupportCase,
    parts: ScoreParts,
    matched: tuple[str, ...],
    via: str | None,
    tree: AreaTree,
) -> tuple[Text, ...]:
    reasons: list[Text] = []
    if matched:
        reasons.append(
            labels.fill(
                Text("Expertise bij {need}: {tags}", "Expertise for {need}: {tags}"),
                need=labels.NEED[case.need],
                tags=", ".join(matched),
            )
        )
    else:
        reasons.append(Text("Geen passende expertise bekend", "No matching expertise known"))
    name = tree.name(via) if via else ""
    if parts.area == OWN_AREA:
        reasons.append(Text("Werkt in {area}", "Works in {area}").format(area=name))
    elif parts.area == ABOVE_AREA:
        reasons.append(
            Text(
                "Werkt in {area} (waar dit gebied onder valt)",
                "Works in {area} (which includes this area)",
            ).format(area=name)
        )
    elif parts.area == BELOW_AREA:
        reasons.append(
            Text(
                "Werkt in {area} (een deel van dit gebied)", "Works in {area} (part of this area)"
            ).format(area=name)
        )
    else:
        reasons.append(Text("Werkt niet in dit gebied", "Does not work in this area"))
    if parts.load == 0:
        reasons.append(Text("Heeft geen lopende zaken", "Has no running cases"))
    elif parts.load == 1:
        reasons.append(Text("Heeft 1 lopende zaak", "Has 1 running case"))
    else:
        reasons.append(
            Text("Heeft {n} lopende zaken", "Has {n} running cases").format(n=parts.load)
        )
    return tuple(reasons)
