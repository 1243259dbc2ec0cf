"""The local report summaries (person_summaries) stay what the records say after every write.

Each test compares the stored rows with a fresh computation over the whole vault
(``summary_rows(conn)``), so a write path that forgets a refresh, or a refresh that misses a
co-defendant, fails here; and checks a few values by hand so the computation itself is pinned.
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import Connection, select

from app.domain.enums import CaseKind, Gender, NameScript, PublicationLevel
from app.domain.partial_dates import PartialDate
from app.domain.sentences import Term
from app.models import Charge, PersonSummary
from app.reports.data import build_monthly_report
from app.services.demo import generate_demo
from app.services.derived import refresh_derived, summary_rows
from app.services.people import (
    CaseDraft,
    ChargeDraft,
    NameDraft,
    PersonDraft,
    SentenceDraft,
    TrialDraft,
    delete_person,
    load_person,
    restore_person,
    save_person,
)


def _stored(conn: Connection) -> dict[str, tuple[str, ...]]:
    rows = conn.execute(
        select(
            PersonSummary.person_id,
            PersonSummary.gender,
            PersonSummary.categories,
            PersonSummary.convictions,
            PersonSummary.prosecutions,
            PersonSummary.card,
        )
    )
    return {row[0]: tuple(row[1:]) for row in rows}


def _current(conn: Connection) -> dict[str, tuple[str, ...]]:
    """The stored summaries, after checking they equal a recomputation from the records."""
    stored = _stored(conn)
    assert stored == {row[0]: tuple(row[1:]) for row in summary_rows(conn)}
    return stored


def _convicted(name: str, opened: PartialDate | None, verdict: date, article: str) -> PersonDraft:
    return PersonDraft(
        display_name=name,
        gender=Gender.FEMALE,
        categories=("journalist",),
        names=[NameDraft(name + " L", NameScript.LATIN, True)],
        cases=[
            CaseDraft(
                kind=CaseKind.CRIMINAL,
                opened_on=opened,
                charges=[ChargeDraft(article)],
                trial=TrialDraft(verdict_on=verdict),
                sentences=[SentenceDraft(term=Term(2))],
            )
        ],
    )


def test_editor_delete_restore_and_codefendants(vault):  # type: ignore[no-untyped-def]
    with vault.session() as s, s.begin():
        a = save_person(s, _convicted("Анна", None, date(2021, 3, 5), "CC 342 p1")).id
        c = save_person(
            s, _convicted("Вера", PartialDate.parse("2020-05"), date(2022, 1, 9), "CC 130")
        ).id
        b = save_person(s, PersonDraft(display_name="Барыс", gender=Gender.MALE)).id
        conn = s.connection()
        rows = _current(conn)
        # A's case has no opening date: it is dated by its verdict month.
        assert rows[a][:4] == ("female", ",journalist,", "2021-03|CC 342", "2021-03")
        assert rows[c][2:4] == ("2022-01|CC 130", "2020-05")
        assert rows[b][2:4] == ("", "")
        card = json.loads(rows[a][4])
        assert card[:5] == [PublicationLevel.PUBLISH.value, "Анна", "female", None, None]
        assert card[5] == [[NameScript.LATIN.value, True, "Анна L"]]

        # B becomes a co-defendant in A's undated case (as an import would write it).
        case_id = load_person(s, a).cases[0].id
        s.add(Charge(case_id=case_id, person_id=b, article_key="CC 342 p2"))
        s.flush()
        refresh_derived(conn, [b])
        assert _current(conn)[b][2:4] == ("", "2021-03")

        # Editing A's verdict moves B's prosecution month too (B is refreshed with A).
        draft = load_person(s, a)
        assert draft.cases[0].trial is not None
        draft.cases[0].trial.verdict_on = date(2021, 7, 1)
        draft.display_name = "Ганна"
        save_person(s, draft)
        rows = _current(conn)
        assert rows[a][2] == "2021-07|CC 342"
        assert rows[b][3] == "2021-07"
        assert json.loads(rows[a][4])[1] == "Ганна"

        # A tombstoned convict dates nothing: B's undated case loses its month.
        delete_person(s, a)
        rows = _current(conn)
        assert a not in rows
        assert rows[b][3] == ""
        restore_person(s, a)
        rows = _current(conn)
        assert rows[a][2] == "2021-07|CC 342"
        assert rows[b][3] == "2021-07"


def test_report_counts_follow_a_deletion(vault):  # type: ignore[no-untyped-def]
    with vault.session() as s, s.begin():
        a = save_person(s, _convicted("Анна", None, date(2021, 3, 5), "CC 342 p1")).id
        save_person(s, _convicted("Вера", PartialDate.parse("2020-05"), date(2021, 3, 9), "CC 130"))
        report = build_monthly_report(s, 2021, 3)
        assert (report.cumulative.prosecuted, report.cumulative.convicted) == (2, 2)
        assert report.current.convicted == 2
        watched = {c.key: c.persons for c in report.cumulative.by_article}
        assert (watched["CC 342"], watched["CC 130"]) == (1, 1)
        delete_person(s, a)
        report = build_monthly_report(s, 2021, 3)
        assert (report.cumulative.prosecuted, report.cumulative.convicted) == (1, 1)
        assert report.current.convicted == 1


def test_demo_writes_the_summaries_refresh_would(vault):  # type: ignore[no-untyped-def]
    generate_demo(vault, persons=60, seed=3)
    with vault.engine.connect() as conn:
        rows = _current(conn)
    assert len(rows) == 60
    assert any(convictions for _, _, convictions, _, _ in rows.values())
    assert any(prosecutions for _, _, _, prosecutions, _ in rows.values())
