"""Display names of the data model's closed vocabularies, in the UI language.

Enum values are stable storage strings ("political_prisoner"); what a documenter reads is
translated here, once, so every combo box, table and timeline says the same thing. The strings sit
in ``self.tr()`` calls of one QObject so Qt Linguist files them under one context ("EnumText").
"""

from __future__ import annotations

from enum import StrEnum
from functools import cached_property

from PySide6.QtCore import QObject

from app.domain.enums import (
    CaseKind,
    CaseStatus,
    Category,
    EventType,
    Gender,
    NameScript,
    PlaceKind,
    PublicationLevel,
    Regime,
    RelationType,
    ReleaseReason,
    Reliability,
    SentenceType,
    StatusKind,
)
from app.ui.widgets import Choice


class EnumText(QObject):
    """Translated labels for every enum the editor shows."""

    @cached_property
    def _labels(self) -> dict[StrEnum, str]:
        return {
            Gender.FEMALE: self.tr("Female"),
            Gender.MALE: self.tr("Male"),
            Gender.OTHER: self.tr("Other"),
            Gender.UNKNOWN: self.tr("Not known"),
            PublicationLevel.PUBLISH: self.tr("Publish the name"),
            PublicationLevel.ANONYMISE: self.tr("Anonymise in publications"),
            PublicationLevel.NEVER: self.tr("Never publish"),
            NameScript.BE_CYRILLIC: self.tr("Belarusian"),
            NameScript.RU_CYRILLIC: self.tr("Russian"),
            NameScript.LATIN: self.tr("Latin"),
            NameScript.OTHER: self.tr("Other"),
            Category.JOURNALIST: self.tr("Journalist"),
            Category.HUMAN_RIGHTS_DEFENDER: self.tr("Human-rights defender"),
            Category.LAWYER: self.tr("Lawyer"),
            Category.STUDENT: self.tr("Student"),
            Category.PENSIONER: self.tr("Pensioner"),
            Category.DISABILITY: self.tr("Person with a disability"),
            Category.PARENT_OF_MANY: self.tr("Parent of many children"),
            Category.POLITICIAN: self.tr("Politician"),
            Category.ACTIVIST: self.tr("Activist"),
            Category.CULTURAL_FIGURE: self.tr("Cultural figure"),
            Category.RELIGIOUS_FIGURE: self.tr("Religious figure"),
            RelationType.SPOUSE: self.tr("Spouse"),
            RelationType.PARENT: self.tr("Parent"),
            RelationType.CHILD: self.tr("Child"),
            RelationType.SIBLING: self.tr("Sibling"),
            RelationType.OTHER: self.tr("Other relative"),
            EventType.SEARCH: self.tr("Search"),
            EventType.ADMINISTRATIVE_DETENTION: self.tr("Administrative detention"),
            EventType.CRIMINAL_DETENTION: self.tr("Criminal detention"),
            EventType.INTERROGATION: self.tr("Interrogation"),
            EventType.ILL_TREATMENT: self.tr("Ill-treatment or torture"),
            EventType.PRESSURE_ON_RELATIVES: self.tr("Pressure on relatives"),
            EventType.DISMISSAL: self.tr("Dismissal"),
            EventType.FORCED_EXILE: self.tr("Forced exile"),
            EventType.PROPERTY_SEIZURE: self.tr("Property seizure"),
            EventType.EXIT_BAN: self.tr("Exit ban"),
            EventType.OTHER: self.tr("Other"),
            CaseKind.CRIMINAL: self.tr("Criminal"),
            CaseKind.ADMINISTRATIVE: self.tr("Administrative"),
            CaseStatus.INVESTIGATION: self.tr("Under investigation"),
            CaseStatus.IN_COURT: self.tr("In court"),
            CaseStatus.CONVICTED: self.tr("Convicted"),
            CaseStatus.ACQUITTED: self.tr("Acquitted"),
            CaseStatus.CLOSED: self.tr("Closed"),
            CaseStatus.SUSPENDED: self.tr("Suspended"),
            PlaceKind.TEMPORARY_DETENTION: self.tr("Temporary detention centre"),
            PlaceKind.PRE_TRIAL_CENTRE: self.tr("Pre-trial centre (SIZO)"),
            PlaceKind.COLONY: self.tr("Colony"),
            PlaceKind.PRISON: self.tr("Prison"),
            PlaceKind.OPEN_FACILITY: self.tr("Open-type facility"),
            PlaceKind.OTHER: self.tr("Other"),
            ReleaseReason.SERVED: self.tr("Served the term"),
            ReleaseReason.PARDONED: self.tr("Pardoned"),
            ReleaseReason.EXCHANGED: self.tr("Exchanged / deported"),
            ReleaseReason.ACQUITTED: self.tr("Acquitted"),
            ReleaseReason.MEASURE_CHANGED: self.tr("Preventive measure changed"),
            ReleaseReason.DIED_IN_CUSTODY: self.tr("Died in custody"),
            ReleaseReason.OTHER: self.tr("Other"),
            SentenceType.IMPRISONMENT: self.tr("Imprisonment"),
            SentenceType.RESTRICTED_FREEDOM_OPEN: self.tr("Restricted freedom (open facility)"),
            SentenceType.RESTRICTED_FREEDOM_HOME: self.tr("Restricted freedom (at home)"),
            SentenceType.HOME_CONFINEMENT: self.tr("Home confinement"),
            SentenceType.ARREST: self.tr("Arrest"),
            SentenceType.FINE: self.tr("Fine"),
            SentenceType.CORRECTIONAL_LABOUR: self.tr("Correctional labour"),
            SentenceType.OTHER: self.tr("Other"),
            Regime.GENERAL: self.tr("General regime"),
            Regime.STRICT: self.tr("Strict regime"),
            Regime.SPECIAL: self.tr("Special regime"),
            Regime.PRISON: self.tr("Prison"),
            Regime.NONE: self.tr("No regime"),
            StatusKind.POLITICAL_PRISONER: self.tr("Political prisoner"),
            StatusKind.INCOMMUNICADO: self.tr("Incommunicado"),
            StatusKind.SHIZO: self.tr("Punishment cell (SHIZO)"),
            StatusKind.PKT: self.tr("Cell-type premises (PKT)"),
            StatusKind.PRISON_REGIME: self.tr("Transferred to prison regime"),
            StatusKind.EXTREMIST_LIST: self.tr("On the “extremist” list"),
            StatusKind.TERRORIST_LIST: self.tr("On the “terrorist” list"),
            StatusKind.SERIOUS_ILLNESS: self.tr("Serious illness"),
            Reliability.CONFIRMED: self.tr("Confirmed"),
            Reliability.PROBABLE: self.tr("Probable"),
            Reliability.UNVERIFIED: self.tr("Not verified"),
        }

    def label(self, value: StrEnum) -> str:
        return self._labels.get(value, str(value))

    def choices(self, enum_cls: type[StrEnum], *, optional: bool = False) -> list[Choice | None]:
        """Every member of ``enum_cls`` in declaration order; ``optional`` adds a leading "—"
        meaning "not recorded" (``None``)."""
        items: list[Choice | None] = [Choice("—", None)] if optional else []
        items.extend(Choice(self.label(member), member) for member in enum_cls)
        return items
