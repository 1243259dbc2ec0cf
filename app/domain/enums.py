"""Closed vocabularies of the data model.

Values are stable lower-case strings: they are stored in the vault, written into sync ops and
spreadsheet exports, so renaming a value is a data migration, not a refactor.
"""

from __future__ import annotations

from enum import StrEnum


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class PublicationLevel(StrEnum):
    PUBLISH = "publish"
    ANONYMISE = "anonymise"
    NEVER = "never"


class NameScript(StrEnum):
    BE_CYRILLIC = "be"
    RU_CYRILLIC = "ru"
    LATIN = "latin"
    OTHER = "other"


class Category(StrEnum):
    JOURNALIST = "journalist"
    HUMAN_RIGHTS_DEFENDER = "human_rights_defender"
    LAWYER = "lawyer"
    STUDENT = "student"
    PENSIONER = "pensioner"
    DISABILITY = "disability"
    PARENT_OF_MANY = "parent_of_many_children"
    POLITICIAN = "politician"
    ACTIVIST = "activist"
    CULTURAL_FIGURE = "cultural_figure"
    RELIGIOUS_FIGURE = "religious_figure"


class RelationType(StrEnum):
    SPOUSE = "spouse"
    PARENT = "parent"
    CHILD = "child"
    SIBLING = "sibling"
    OTHER = "other"

    @property
    def inverse(self) -> RelationType:
        return {
            RelationType.PARENT: RelationType.CHILD,
            RelationType.CHILD: RelationType.PARENT,
        }.get(self, self)


class EventType(StrEnum):
    """The HURIDOCS 'act': a dated act of repression against a person."""

    SEARCH = "search"
    ADMINISTRATIVE_DETENTION = "administrative_detention"
    CRIMINAL_DETENTION = "criminal_detention"
    INTERROGATION = "interrogation"
    ILL_TREATMENT = "ill_treatment"
    PRESSURE_ON_RELATIVES = "pressure_on_relatives"
    DISMISSAL = "dismissal"
    FORCED_EXILE = "forced_exile"
    PROPERTY_SEIZURE = "property_seizure"
    EXIT_BAN = "exit_ban"
    OTHER = "other"


class CaseKind(StrEnum):
    CRIMINAL = "criminal"
    ADMINISTRATIVE = "administrative"


class CaseStatus(StrEnum):
    INVESTIGATION = "investigation"
    IN_COURT = "in_court"
    CONVICTED = "convicted"
    ACQUITTED = "acquitted"
    CLOSED = "closed"
    SUSPENDED = "suspended"


class CodeKind(StrEnum):
    CC = "CC"
    CAO = "CAO"


class PlaceKind(StrEnum):
    TEMPORARY_DETENTION = "temporary_detention"
    PRE_TRIAL_CENTRE = "pre_trial_centre"
    COLONY = "colony"
    PRISON = "prison"
    OPEN_FACILITY = "open_facility"
    OTHER = "other"


class ReleaseReason(StrEnum):
    SERVED = "served"
    PARDONED = "pardoned"
    EXCHANGED = "exchanged"
    ACQUITTED = "acquitted"
    MEASURE_CHANGED = "measure_changed"
    DIED_IN_CUSTODY = "died_in_custody"
    OTHER = "other"


class SentenceType(StrEnum):
    IMPRISONMENT = "imprisonment"
    RESTRICTED_FREEDOM_OPEN = "restricted_freedom_open"
    RESTRICTED_FREEDOM_HOME = "restricted_freedom_home"
    HOME_CONFINEMENT = "home_confinement"
    ARREST = "arrest"
    FINE = "fine"
    CORRECTIONAL_LABOUR = "correctional_labour"
    OTHER = "other"


class Regime(StrEnum):
    GENERAL = "general"
    STRICT = "strict"
    SPECIAL = "special"
    PRISON = "prison"
    NONE = "none"


class StatusKind(StrEnum):
    POLITICAL_PRISONER = "political_prisoner"
    INCOMMUNICADO = "incommunicado"
    SHIZO = "shizo"
    PKT = "pkt"
    PRISON_REGIME = "prison_regime"
    EXTREMIST_LIST = "extremist_list"
    TERRORIST_LIST = "terrorist_list"
    SERIOUS_ILLNESS = "serious_illness"


class Reliability(StrEnum):
    CONFIRMED = "confirmed"
    PROBABLE = "probable"
    UNVERIFIED = "unverified"
