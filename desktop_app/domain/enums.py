"""Enumerations of the domain.

The values are the ones stored in the atlas (and checked there by CHECK
constraints in ``db/migrations``); the Dutch words the UI shows live in the
translation files, not here.
"""

from __future__ import annotations

from enum import StrEnum


class AreaLevel(StrEnum):
    MUNICIPALITY = "municipality"
    DISTRICT = "district"
    NEIGHBOURHOOD = "neighbourhood"


class NetworkKind(StrEnum):
    RESIDENTS_INITIATIVE = "residents_initiative"
    ASSOCIATION = "association"
    STREET_APP = "street_app"
    FAITH_COMMUNITY = "faith_community"
    INFORMAL_CARE = "informal_care"
    SPORTS_CLUB = "sports_club"
    COMMUNITY_GARDEN = "community_garden"
    REPAIR_CAFE = "repair_cafe"
    ELDERLY_GROUP = "elderly_group"
    YOUTH_PLACE = "youth_place"
    CULTURE = "culture"
    OTHER = "other"


class NetworkStatus(StrEnum):
    ACTIVE = "active"
    DORMANT = "dormant"
    ENDED = "ended"


class Role(StrEnum):
    TREKKER = "trekker"
    CORE = "core"
    MEMBER = "member"


class LegalBasis(StrEnum):
    CONSENT = "consent"
    PUBLIC_TASK = "public_task"
    LEGITIMATE_INTEREST = "legitimate_interest"


class TieKind(StrEnum):
    COOPERATION = "cooperation"
    SHARED_MEMBERS = "shared_members"
    SHARED_PLACE = "shared_place"
    TENSION = "tension"


class Dimension(StrEnum):
    ACTIVITY = "activity"
    MEMBERSHIP = "membership"
    LEADERSHIP = "leadership"
    COOPERATION = "cooperation"
    RESOURCES = "resources"
    ATMOSPHERE = "atmosphere"


class ObstacleCategory(StrEnum):
    PERMIT = "permit"
    MONEY = "money"
    SPACE = "space"
    INSURANCE = "insurance"
    BUREAUCRACY = "bureaucracy"
    COMMUNICATION = "communication"
    OTHER = "other"


class ObstacleStatus(StrEnum):
    REPORTED = "reported"
    IN_PROGRESS = "in_progress"
    REMOVED = "removed"
    CANNOT_REMOVE = "cannot_remove"

    @property
    def is_open(self) -> bool:
        return self in (ObstacleStatus.REPORTED, ObstacleStatus.IN_PROGRESS)


class SupportNeed(StrEnum):
    KNOWLEDGE = "knowledge"
    SPACE = "space"
    MONEY = "money"
    CONNECTION = "connection"
    OBSTACLE_REMOVAL = "obstacle_removal"
    OTHER = "other"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


class SupportStatus(StrEnum):
    NOTICED = "noticed"
    ASKED = "asked"
    ASSIGNED = "assigned"
    RUNNING = "running"
    FINISHED = "finished"

    @property
    def is_open(self) -> bool:
        return self is not SupportStatus.FINISHED


class SubjectType(StrEnum):
    """What a note is about."""

    AREA = "area"
    NETWORK = "network"
    PERSON = "person"
    PROFESSIONAL = "professional"
    TIE = "tie"
    OBSTACLE = "obstacle"
    SUPPORT_CASE = "support_case"
