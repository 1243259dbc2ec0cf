"""A hand-built vault for December 2024 in which every report figure is known in advance.

Persons are numbered P1..P27 as in the table below; each one exists to pin down one rule or
edge case of app/reports/data.py. The expected numbers live in test_data.py next to the
assertions, derived by hand from this list (not by running the code).

P1  Ales Bialiatski   m  PP since 2021-07-14, HRD, custody since 2021-07-14, PKT since 2024-11-01,
                         prison regime from 2024-12-15, search 2024-12-02
P2  Марыя Калеснікава f  PP since "2020-09", incommunicado since unknown, serious illness,
                         terrorist list since unknown (only a Belarusian name variant)
P3  Nasta Loika       f  PP (unknown start), HRD, custody with unknown start
P4                    m  PP ends 2024-12-31, released (pardoned) on the last day of the month
P5                    m  PP ends 2024-12-01, released (served) on the first day; then an
                         administrative case CAO 19.11 decided 2024-12-22
P6                    m  PP ends 2024-11-30, released (served) in November
P7                    m  died in custody 2024-12-10
P8                    f  released in an exchange 2024-12-20
P9  Volha Radzivonava f  journalist, custody since 2024-06-01, PP since 2024-12-05, convicted
                         2024-12-10 (Minsk City Court, closed hearing, CC 368 p1 + CC 130 p1, 4 y)
P10                   m  PP since "2024-12" (partial date)
P11                   m  tombstoned person with an open PP period
P12                   m  live person whose only PP period is tombstoned
P13 Ihar Karnei       m  PP; incommunicado "2024-04" .. 2024-12-15 (ended before month end);
                         sentenced 2022 to 3 y from 2022-01-10 (release 2025-01-10), Art. 411
                         on 2024-12-11 adds 8 months -> release 2025-09-10 (not next month)
P14                   m  PP; incommunicado back to back since "2023-12"; SHIZO 12-03..12-13;
                         sentence 3 y from 2022-01-20 -> released 2025-01-20 (next month)
P15                   m  anonymised, city Брэст, disability, PP + custody; incommunicado since
                         2024-10-03; SHIZO 11-20..12-01 (ended on the 1st: not in December)
P16                   m  never published; PP; incommunicado since "2024-01"
P17                   m  convicted in absentia / special proceedings 2024-12-13 (Brest Regional
                         Court, CC 361-1 p1, 7 y); lives in Hrodna; terrorist list 2024-12-20
P18, P19           m, f  spouses convicted 2024-12-05 (Homieĺ Regional Court, CC 342 p1): 3 y,
                         restricted freedom 2 y; extremist list 2024-12-06 and "2024-12"
P20                   m  convicted 2021-03-01 (CC 342 p1) and again 2024-12-18 (CC 369, 1 y 6 m,
                         no court recorded, lives in Viciebsk); extremist list 2024-11-29
P21                   m  December conviction whose sentence is tombstoned
P23                   f  administrative case CAO 23.34 opened 2024-12-03, no decision yet
P25                   m  convicted 2024-11-15 (CC 370, 1 y)
P26                   m  journalist, custody 2024-03-01 .. 2024-12-31 (released on the last day)
P27                   m  convicted in 2019 (before the cumulative window)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

import pytest
from sqlalchemy.orm import Session

from app.domain.enums import (
    CaseKind,
    EventType,
    Gender,
    NameScript,
    PublicationLevel,
    RelationType,
    ReleaseReason,
    SentenceType,
    StatusKind,
)
from app.domain.partial_dates import PartialDate
from app.models import (
    Case,
    Charge,
    Detention,
    Judge,
    MonthNarrative,
    Person,
    PersonName,
    Relation,
    RepressionEvent,
    Sentence,
    StatusPeriod,
    Trial,
)
from app.services.derived import refresh_derived

PP = StatusKind.POLITICAL_PRISONER


def _partial(value: str | None) -> PartialDate | None:
    return None if value is None else PartialDate.parse(value)


@dataclass
class Seed:
    """Small helpers that add ORM rows the way the editor would."""

    session: Session
    ids: dict[str, str] = field(default_factory=dict)

    def person(
        self,
        key: str,
        name: str | None = None,
        *,
        gender: Gender = Gender.MALE,
        region: str | None = "minsk_city",
        city: str | None = None,
        categories: str = "",
        publication: PublicationLevel = PublicationLevel.PUBLISH,
        variants: dict[NameScript, str] | None = None,
        deleted: bool = False,
    ) -> str:
        display = name or f"Person {key}"
        row = Person(
            display_name=display,
            gender=gender,
            region_code=region,
            city=city,
            categories=f",{categories}," if categories else "",
            publication=publication,
            deleted=deleted,
        )
        self.session.add(row)
        self.session.flush()
        for script, full_name in (variants or {NameScript.LATIN: display}).items():
            self.session.add(
                PersonName(person_id=row.id, full_name=full_name, script=script, is_primary=True)
            )
        self.ids[key] = row.id
        return row.id

    def status(
        self,
        key: str,
        kind: StatusKind,
        starts: str | None,
        ends: date | None = None,
        *,
        deleted: bool = False,
    ) -> None:
        self.session.add(
            StatusPeriod(
                person_id=self.ids[key],
                kind=kind,
                starts_on=_partial(starts),
                ends_on=ends,
                deleted=deleted,
            )
        )

    def custody(
        self,
        key: str,
        detained: str | None,
        released: date | None = None,
        reason: ReleaseReason | None = None,
    ) -> None:
        self.session.add(
            Detention(
                person_id=self.ids[key],
                detained_on=_partial(detained),
                released_on=released,
                release_reason=reason,
            )
        )

    def judge(self, name: str, court: str) -> str:
        row = Judge(full_name=name, court_code=court)
        self.session.add(row)
        self.session.flush()
        return row.id

    def conviction(
        self,
        keys: list[str],
        verdict: date,
        articles: list[str],
        terms: list[tuple[int, int]],
        *,
        court: str | None = None,
        judge: str | None = None,
        opened: str | None = None,
        kind: SentenceType | list[SentenceType] = SentenceType.IMPRISONMENT,
        in_absentia: bool = False,
        closed: bool = False,
        starts: list[date | None] | None = None,
        extends: str | None = None,
        deleted_sentence: bool = False,
        case_kind: CaseKind = CaseKind.CRIMINAL,
    ) -> list[str]:
        """One case, one trial, a sentence per person; returns the sentence ids."""
        case = Case(kind=case_kind, opened_on=_partial(opened))
        self.session.add(case)
        self.session.flush()
        trial = Trial(
            case_id=case.id,
            court_code=court,
            judge_id=judge,
            verdict_on=verdict,
            in_absentia=in_absentia,
            special_proceedings=in_absentia,
            closed_hearing=closed,
        )
        self.session.add(trial)
        self.session.flush()
        kinds = kind if isinstance(kind, list) else [kind] * len(keys)
        sentence_ids = []
        for i, key in enumerate(keys):
            for article in articles:
                self.session.add(
                    Charge(case_id=case.id, person_id=self.ids[key], article_key=article)
                )
            sentence = Sentence(
                person_id=self.ids[key],
                trial_id=trial.id,
                sentence_type=kinds[i],
                term_years=terms[i][0],
                term_months=terms[i][1],
                starts_on=(starts or [None] * len(keys))[i],
                extends_sentence_id=extends,
                deleted=deleted_sentence,
            )
            self.session.add(sentence)
            self.session.flush()
            sentence_ids.append(sentence.id)
        return sentence_ids

    def administrative(
        self, key: str, article: str, *, decided: date | None = None, opened: str | None = None
    ) -> None:
        case = Case(kind=CaseKind.ADMINISTRATIVE, opened_on=_partial(opened))
        self.session.add(case)
        self.session.flush()
        self.session.add(Charge(case_id=case.id, person_id=self.ids[key], article_key=article))
        if decided is not None:
            trial = Trial(case_id=case.id, court_code="minsk_centralny", verdict_on=decided)
            self.session.add(trial)
            self.session.flush()
            # An administrative arrest: must never count as a criminal conviction.
            self.session.add(
                Sentence(
                    person_id=self.ids[key],
                    trial_id=trial.id,
                    sentence_type=SentenceType.ARREST,
                    term_days=15,
                )
            )

    def event(self, key: str, kind: EventType, occurred: str, *, deleted: bool = False) -> None:
        self.session.add(
            RepressionEvent(
                person_id=self.ids[key],
                event_type=kind,
                occurred_on=_partial(occurred),
                deleted=deleted,
            )
        )


NEVER_NAME = "Zmitser Niabačny"
ANONYMOUS_NAME = "Siarhiej Tajemny"


def build_december_2024(session: Session) -> dict[str, str]:
    """The scenario described in this module's docstring; returns key -> person id."""
    s = Seed(session)
    hrd, journalist = "human_rights_defender", "journalist"
    s.person(
        "P1",
        "Ales Bialiatski",
        categories=hrd,
        variants={
            NameScript.LATIN: "Ales Bialiatski",
            NameScript.BE_CYRILLIC: "Алесь Бяляцкі",
            NameScript.RU_CYRILLIC: "Алесь Беляцкий",
        },
    )
    s.status("P1", PP, "2021-07-14")
    s.custody("P1", "2021-07-14")
    s.status("P1", StatusKind.PKT, "2024-11-01")
    s.status("P1", StatusKind.PRISON_REGIME, "2024-12-15")
    s.event("P1", EventType.SEARCH, "2024-12-02")

    s.person(
        "P2",
        "Марыя Калеснікава",
        gender=Gender.FEMALE,
        variants={NameScript.BE_CYRILLIC: "Марыя Калеснікава"},
    )
    s.status("P2", PP, "2020-09")
    s.status("P2", StatusKind.INCOMMUNICADO, None)
    s.status("P2", StatusKind.SERIOUS_ILLNESS, None)
    s.status("P2", StatusKind.TERRORIST_LIST, None)

    s.person("P3", "Nasta Loika", gender=Gender.FEMALE, categories=hrd)
    s.status("P3", PP, None)
    s.custody("P3", None)

    s.person("P4")
    s.status("P4", PP, "2022-01-10", date(2024, 12, 31))
    s.custody("P4", "2022-01-10", date(2024, 12, 31), ReleaseReason.PARDONED)
    s.status("P4", StatusKind.SERIOUS_ILLNESS, "2023", date(2024, 12, 31))

    s.person("P5")
    s.status("P5", PP, "2021-02-01", date(2024, 12, 1))
    s.custody("P5", "2021-02-01", date(2024, 12, 1), ReleaseReason.SERVED)
    s.administrative("P5", "CAO 19.11 p2", decided=date(2024, 12, 22), opened="2024-12-20")

    s.person("P6")
    s.status("P6", PP, "2021-05-01", date(2024, 11, 30))
    s.custody("P6", "2021-05-01", date(2024, 11, 30), ReleaseReason.SERVED)

    s.person("P7", "Vadzim Chraminski")
    s.status("P7", PP, "2022-08-01", date(2024, 12, 10))
    s.custody("P7", "2022-08-01", date(2024, 12, 10), ReleaseReason.DIED_IN_CUSTODY)

    s.person("P8", gender=Gender.FEMALE)
    s.status("P8", PP, "2021-09-09", date(2024, 12, 20))
    s.custody("P8", "2021-09-09", date(2024, 12, 20), ReleaseReason.EXCHANGED)

    s.person("P9", "Volha Radzivonava", gender=Gender.FEMALE, categories=journalist)
    s.custody("P9", "2024-06-01")
    s.status("P9", PP, "2024-12-05")
    halaukova = s.judge("Вера Галаўкова", "minsk_city_court")
    s.conviction(
        ["P9"],
        date(2024, 12, 10),
        ["CC 368 p1", "CC 130 p1"],
        [(4, 0)],
        court="minsk_city_court",
        judge=halaukova,
        opened="2024-06-01",
        closed=True,
    )

    s.person("P10")
    s.status("P10", PP, "2024-12")

    s.person("P11", deleted=True)
    s.status("P11", PP, "2021-01-01")
    s.event("P11", EventType.SEARCH, "2024-12-03")

    s.person("P12")
    s.status("P12", PP, "2021-01-01", deleted=True)

    s.person("P13", "Ihar Karnei")
    s.status("P13", PP, "2022-01-10")
    s.status("P13", StatusKind.INCOMMUNICADO, "2024-04", date(2024, 12, 15))
    (original,) = s.conviction(
        ["P13"],
        date(2022, 5, 1),
        ["CC 361-1 p3"],
        [(3, 0)],
        court="mahiliou_regional",
        opened="2021-12-01",
        starts=[date(2022, 1, 10)],
    )
    session.get(Sentence, original).expected_release = date(2025, 1, 10)  # stale: pre-411
    tarakanau = s.judge("Аляксандр Таракана", "sklou")
    s.conviction(
        ["P13"],
        date(2024, 12, 11),
        ["CC 411 p1"],
        [(0, 8)],
        court="sklou",
        judge=tarakanau,
        opened="2024-10",
        extends=original,
    )

    s.person("P14", "Mikalai Bankou")
    s.status("P14", PP, "2021-06-01")
    s.status("P14", StatusKind.INCOMMUNICADO, "2023-12", date(2024, 6, 1))
    s.status("P14", StatusKind.INCOMMUNICADO, "2024-06-01")
    s.status("P14", StatusKind.SHIZO, "2024-12-03", date(2024, 12, 13))
    (bankou,) = s.conviction(
        ["P14"],
        date(2022, 1, 20),
        ["CC 130 p3"],
        [(3, 0)],
        court="minsk_city_court",
        opened="2021-06-01",
        starts=[date(2022, 1, 20)],
    )
    session.get(Sentence, bankou).expected_release = date(2025, 1, 20)

    s.person(
        "P15",
        ANONYMOUS_NAME,
        city="Брэст",
        region="brest",
        categories="disability",
        publication=PublicationLevel.ANONYMISE,
    )
    s.status("P15", PP, "2023-05-05")
    s.custody("P15", "2023-05-05")
    s.status("P15", StatusKind.INCOMMUNICADO, "2024-10-03")
    s.status("P15", StatusKind.SHIZO, "2024-11-20", date(2024, 12, 1))

    s.person("P16", NEVER_NAME, publication=PublicationLevel.NEVER)
    s.status("P16", PP, "2022-02-02")
    s.status("P16", StatusKind.INCOMMUNICADO, "2024-01")
    s.status("P16", StatusKind.SHIZO, "2024-10-01", date(2024, 10, 11))

    s.person("P17", "Aliaksandr Chakhouski", region="hrodna")
    s.conviction(
        ["P17"],
        date(2024, 12, 13),
        ["CC 361-1 p1"],
        [(7, 0)],
        court="brest_regional",
        in_absentia=True,
    )
    s.status("P17", StatusKind.TERRORIST_LIST, "2024-12-20")

    s.person("P18", "Andrei Kavalchuk", region="homiel")
    s.person("P19", "Iryna Kavalchuk", gender=Gender.FEMALE, region="homiel")
    session.add(
        Relation(
            person_id=s.ids["P18"], other_person_id=s.ids["P19"], relation_type=RelationType.SPOUSE
        )
    )
    s.conviction(
        ["P18", "P19"],
        date(2024, 12, 5),
        ["CC 342 p1"],
        [(3, 0), (2, 0)],
        court="homiel_regional",
        opened="2024-03",
        kind=[SentenceType.IMPRISONMENT, SentenceType.RESTRICTED_FREEDOM_HOME],
    )
    s.status("P18", StatusKind.EXTREMIST_LIST, "2024-12-06")
    s.status("P19", StatusKind.EXTREMIST_LIST, "2024-12")

    s.person("P20", "Dzmitry Holub", region="viciebsk")
    s.conviction(
        ["P20"],
        date(2021, 3, 1),
        ["CC 342 p1"],
        [(2, 0)],
        court="minsk_leninski",
        opened="2020-09-01",
    )
    s.conviction(["P20"], date(2024, 12, 18), ["CC 369"], [(1, 6)], opened="2024-10-01")
    s.status("P20", StatusKind.EXTREMIST_LIST, "2024-11-29")
    s.event("P20", EventType.CRIMINAL_DETENTION, "2024-12")
    s.event("P20", EventType.INTERROGATION, "2024")
    s.event("P20", EventType.SEARCH, "2024-12-04", deleted=True)

    s.person("P21")
    s.conviction(
        ["P21"],
        date(2024, 12, 20),
        ["CC 342 p1"],
        [(1, 0)],
        opened="2024-05-01",
        deleted_sentence=True,
    )

    s.person("P23", gender=Gender.FEMALE)
    s.administrative("P23", "CAO 23.34", opened="2024-12-03")
    s.event("P23", EventType.ADMINISTRATIVE_DETENTION, "2024-12-03")

    s.person("P25")
    s.conviction(["P25"], date(2024, 11, 15), ["CC 370"], [(1, 0)], opened="2024-08-01")
    s.event("P25", EventType.SEARCH, "2024-11-05")

    s.person("P26", "Andrei Aliaksandrau", categories=journalist)
    s.custody("P26", "2024-03-01", date(2024, 12, 31), ReleaseReason.SERVED)

    s.person("P27")
    s.conviction(["P27"], date(2019, 6, 1), ["CC 342 p1"], [(1, 0)], opened="2019-01-01")

    session.add(
        MonthNarrative(
            month="2024-12",
            lang="en",
            section="forced_labour",
            body="Prisoners are made to work <hard> & long.\n\nSecond paragraph.",
        )
    )
    session.add(MonthNarrative(month="2024-12", lang="en", section="defenders", body="   "))
    session.add(
        MonthNarrative(
            month="2024-12", lang="en", section="torture", body="Deleted text.", deleted=True
        )
    )
    session.flush()
    # The rows were written directly, not through the editor: derive what the app's write paths
    # derive after them (list columns, report summaries).
    refresh_derived(session.connection())
    return s.ids


@pytest.fixture(scope="session")
def december(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[object, dict[str, str]]]:
    """The vault with the December 2024 scenario, built once per test session (tests only read
    it); yields (vault, person ids)."""
    from app.services.vault import create_vault
    from tests.conftest import PASSPHRASE

    vault, _code = create_vault(tmp_path_factory.mktemp("december") / "vault", PASSPHRASE)
    with vault.session() as session, session.begin():
        ids = build_december_2024(session)
    yield vault, ids
    vault.lock()
