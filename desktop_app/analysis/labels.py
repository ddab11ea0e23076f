"""Dutch and English words for enumeration values in analysis texts.

The UI has its own Qt-translated labels (``desktop_app/labels.py``); this
layer cannot import Qt, so the few words its reasons need are here as
:class:`~desktop_app.i18n.Text`, worded like the UI's.
"""

from __future__ import annotations

from desktop_app.domain import ObstacleCategory, SupportNeed
from desktop_app.i18n import Text

CATEGORY: dict[ObstacleCategory, Text] = {
    ObstacleCategory.PERMIT: Text("vergunning of regel", "permit or rule"),
    ObstacleCategory.MONEY: Text("geld", "money"),
    ObstacleCategory.SPACE: Text("ruimte of locatie", "space or location"),
    ObstacleCategory.INSURANCE: Text("verzekering", "insurance"),
    ObstacleCategory.BUREAUCRACY: Text("bureaucratie", "bureaucracy"),
    ObstacleCategory.COMMUNICATION: Text("communicatie", "communication"),
    ObstacleCategory.OTHER: Text("overig", "other"),
}

NEED: dict[SupportNeed, Text] = {
    SupportNeed.KNOWLEDGE: Text("kennis", "knowledge"),
    SupportNeed.SPACE: Text("ruimte", "space"),
    SupportNeed.MONEY: Text("geld", "money"),
    SupportNeed.CONNECTION: Text("verbinding met anderen", "connection to others"),
    SupportNeed.OBSTACLE_REMOVAL: Text("obstakel wegnemen", "obstacle removal"),
    SupportNeed.OTHER: Text("overig", "other"),
}


def fill(template: Text, **values: object) -> Text:
    """``template`` with ``values`` filled in; Text values go in per language."""
    nl = {k: (v.nl if isinstance(v, Text) else v) for k, v in values.items()}
    en = {k: (v.en if isinstance(v, Text) else v) for k, v in values.items()}
    return Text(template.nl.format(**nl), template.en.format(**en))
