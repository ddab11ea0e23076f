"""What the user sees for each stored enumeration value, through Qt's translations.

Shared by the window, the reports and the import mapping, so one word is used
everywhere. ``label(NetworkKind.REPAIR_CAFE)`` gives "Repair café" in Dutch and
English alike; ``label(SupportStatus.ASKED)`` gives "Gevraagd" / "Asked".
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.domain import enums

_CONTEXT = "Labels"

_LABELS: dict[Enum, str] = {
    enums.AreaLevel.MUNICIPALITY: QT_TRANSLATE_NOOP("Labels", "Municipality"),
    enums.AreaLevel.DISTRICT: QT_TRANSLATE_NOOP("Labels", "District"),
    enums.AreaLevel.NEIGHBOURHOOD: QT_TRANSLATE_NOOP("Labels", "Neighbourhood"),
    enums.NetworkKind.RESIDENTS_INITIATIVE: QT_TRANSLATE_NOOP("Labels", "Residents' initiative"),
    enums.NetworkKind.ASSOCIATION: QT_TRANSLATE_NOOP("Labels", "Association"),
    enums.NetworkKind.STREET_APP: QT_TRANSLATE_NOOP("Labels", "Street app group"),
    enums.NetworkKind.FAITH_COMMUNITY: QT_TRANSLATE_NOOP("Labels", "Faith community"),
    enums.NetworkKind.INFORMAL_CARE: QT_TRANSLATE_NOOP("Labels", "Informal care circle"),
    enums.NetworkKind.SPORTS_CLUB: QT_TRANSLATE_NOOP("Labels", "Sports club"),
    enums.NetworkKind.COMMUNITY_GARDEN: QT_TRANSLATE_NOOP("Labels", "Community garden"),
    enums.NetworkKind.REPAIR_CAFE: QT_TRANSLATE_NOOP("Labels", "Repair café"),
    enums.NetworkKind.ELDERLY_GROUP: QT_TRANSLATE_NOOP("Labels", "Elderly group"),
    enums.NetworkKind.YOUTH_PLACE: QT_TRANSLATE_NOOP("Labels", "Youth place"),
    enums.NetworkKind.CULTURE: QT_TRANSLATE_NOOP("Labels", "Culture"),
    enums.NetworkKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    enums.NetworkStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
    enums.NetworkStatus.DORMANT: QT_TRANSLATE_NOOP("Labels", "Dormant"),
    enums.NetworkStatus.ENDED: QT_TRANSLATE_NOOP("Labels", "Ended"),
    enums.Role.TREKKER: QT_TRANSLATE_NOOP("Labels", "Leader (trekker)"),
    enums.Role.CORE: QT_TRANSLATE_NOOP("Labels", "Core member"),
    enums.Role.MEMBER: QT_TRANSLATE_NOOP("Labels", "Member"),
    enums.LegalBasis.CONSENT: QT_TRANSLATE_NOOP("Labels", "Consent"),
    enums.LegalBasis.PUBLIC_TASK: QT_TRANSLATE_NOOP("Labels", "Public task"),
    enums.LegalBasis.LEGITIMATE_INTEREST: QT_TRANSLATE_NOOP("Labels", "Legitimate interest"),
    enums.TieKind.COOPERATION: QT_TRANSLATE_NOOP("Labels", "Cooperation"),
    enums.TieKind.SHARED_MEMBERS: QT_TRANSLATE_NOOP("Labels", "Shared members"),
    enums.TieKind.SHARED_PLACE: QT_TRANSLATE_NOOP("Labels", "Shared place"),
    enums.TieKind.TENSION: QT_TRANSLATE_NOOP("Labels", "Tension"),
    enums.Dimension.ACTIVITY: QT_TRANSLATE_NOOP("Labels", "Activity"),
    enums.Dimension.MEMBERSHIP: QT_TRANSLATE_NOOP("Labels", "Membership"),
    enums.Dimension.LEADERSHIP: QT_TRANSLATE_NOOP("Labels", "Leadership"),
    enums.Dimension.COOPERATION: QT_TRANSLATE_NOOP("Labels", "Cooperation"),
    enums.Dimension.RESOURCES: QT_TRANSLATE_NOOP("Labels", "Resources"),
    enums.Dimension.ATMOSPHERE: QT_TRANSLATE_NOOP("Labels", "Atmosphere"),
    enums.ObstacleCategory.PERMIT: QT_TRANSLATE_NOOP("Labels", "Permit or rule"),
    enums.ObstacleCategory.MONEY: QT_TRANSLATE_NOOP("Labels", "Money"),
    enums.ObstacleCategory.SPACE: QT_TRANSLATE_NOOP("Labels", "Space or location"),
    enums.ObstacleCategory.INSURANCE: QT_TRANSLATE_NOOP("Labels", "Insurance"),
    enums.ObstacleCategory.BUREAUCRACY: QT_TRANSLATE_NOOP("Labels", "Bureaucracy"),
    enums.ObstacleCategory.COMMUNICATION: QT_TRANSLATE_NOOP("Labels", "Communication"),
    enums.ObstacleCategory.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    enums.ObstacleStatus.REPORTED: QT_TRANSLATE_NOOP("Labels", "Reported"),
    enums.ObstacleStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
    enums.ObstacleStatus.REMOVED: QT_TRANSLATE_NOOP("Labels", "Removed"),
    enums.ObstacleStatus.CANNOT_REMOVE: QT_TRANSLATE_NOOP("Labels", "Cannot be removed"),
    enums.SupportNeed.KNOWLEDGE: QT_TRANSLATE_NOOP("Labels", "Knowledge"),
    enums.SupportNeed.SPACE: QT_TRANSLATE_NOOP("Labels", "Space"),
    enums.SupportNeed.MONEY: QT_TRANSLATE_NOOP("Labels", "Money"),
    enums.SupportNeed.CONNECTION: QT_TRANSLATE_NOOP("Labels", "Connection to others"),
    enums.SupportNeed.OBSTACLE_REMOVAL: QT_TRANSLATE_NOOP("Labels", "Obstacle removal"),
    enums.SupportNeed.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    enums.Priority.LOW: QT_TRANSLATE_NOOP("Labels", "Low"),
    enums.Priority.NORMAL: QT_TRANSLATE_NOOP("Labels", "Normal"),
    enums.Priority.HIGH: QT_TRANSLATE_NOOP("Labels", "High"),
    enums.SupportStatus.NOTICED: QT_TRANSLATE_NOOP("Labels", "Noticed"),
    enums.SupportStatus.ASKED: QT_TRANSLATE_NOOP("Labels", "Asked"),
    enums.SupportStatus.ASSIGNED: QT_TRANSLATE_NOOP("Labels", "Assigned"),
    enums.SupportStatus.RUNNING: QT_TRANSLATE_NOOP("Labels", "Running"),
    enums.SupportStatus.FINISHED: QT_TRANSLATE_NOOP("Labels", "Finished"),
    enums.SubjectType.AREA: QT_TRANSLATE_NOOP("Labels", "Area"),
    enums.SubjectType.NETWORK: QT_TRANSLATE_NOOP("Labels", "Network"),
    enums.SubjectType.PERSON: QT_TRANSLATE_NOOP("Labels", "Person"),
    enums.SubjectType.PROFESSIONAL: QT_TRANSLATE_NOOP("Labels", "Professional"),
    enums.SubjectType.TIE: QT_TRANSLATE_NOOP("Labels", "Tie"),
    enums.SubjectType.OBSTACLE: QT_TRANSLATE_NOOP("Labels", "Obstacle"),
    enums.SubjectType.SUPPORT_CASE: QT_TRANSLATE_NOOP("Labels", "Support case"),
}


def label(value: Enum) -> str:
    """The translated label of a stored enumeration value."""
    return QCoreApplication.translate(_CONTEXT, _LABELS[value])


def source_label(value: Enum) -> str:
    """The English (source) label, e.g. for matching English headers on import."""
    return _LABELS[value]
