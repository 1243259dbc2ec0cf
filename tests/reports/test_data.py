"""Figures of app/reports/data.py on the hand-built December 2024 vault (see conftest.py).

Every expected number below was worked out by hand from the scenario table, not by running the
code; a comment names the persons behind each number.
"""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.enums import Gender, SentenceType, StatusKind
from app.domain.names import display_latin
from app.domain.partial_dates import PartialDate
from app.domain.sentences import Term
from app.reports.data import build_monthly_report, build_prosecutions_report
from app.reports.model import GenderSplit, MonthlyReport, ReportOptions


@pytest.fixture(scope="module")
def report(december) -> MonthlyReport:  # type: ignore[no-untyped-def]
    vault, _ids = december
    with vault.session() as session:
        return build_monthly_report(session, 2024, 12)


def names(named) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [entry.person.name for entry in named.entries]


def test_key_figures_this_month_and_the_one_before(report):
    now, before = report.current, report.previous
    assert (now.first_day, now.last_day) == (date(2024, 12, 1), date(2024, 12, 31))
    # P1 P2 P3 P9 P10 P13 P14 P15 P16; women P2 P3 P9. Not P4 (released on the 31st), P11
    # (tombstoned person), P12 (tombstoned period).
    assert now.prisoners_held == GenderSplit(total=9, women=3, men=6)
    # P1 P2 P3 P4 P5 P7 P8 P13 P14 P15 P16; not P6 (released on 30 November itself).
    assert before.prisoners_held == GenderSplit(total=11, women=3, men=8)
    assert now.recognised == 2  # P9 (2024-12-05), P10 ("2024-12")
    assert before.recognised == 0
    assert now.released == 3  # P4 (last day), P5 (first day), P8; not P7 (died)
    assert before.released == 1  # P6
    assert now.convicted == 6  # P9 P13 P17 P18 P19 P20; not P21 (tombstoned sentence)
    assert before.convicted == 1  # P25
    # P1 search, P20 criminal detention ("2024-12"), P23 administrative detention; not P11's
    # (tombstoned person), P20's tombstoned search nor P20's interrogation dated only "2024".
    assert now.repressions == 3
    assert before.repressions == 1
    assert now.journalists_imprisoned == 1  # P9; P26 released on the last day
    assert before.journalists_imprisoned == 2  # P9, P26


def test_political_prisoners(report):
    p = report.prisoners
    assert p.held.total == 9 and p.recognised == 2
    assert {row.key: row.persons for row in p.released_by_reason} == {
        "served": 1,  # P5, released on the first day of the month
        "pardoned": 1,  # P4, released on the last day of the month
        "exchanged": 1,  # P8
    }
    assert names(p.died) == ["Vadzim Chraminski"]
    assert p.died.entries[0].on == date(2024, 12, 10)
    assert p.serious_illness == 1  # P2; P4's illness period ended with the release
    assert p.with_disability.total == 1  # P15, anonymised
    assert p.with_disability.entries[0].person.anonymised


def test_art411_extension_moves_the_release_out_of_next_month(report):
    # P14 is due on 2025-01-20. P13's stored release (2025-01-10) predates the Art. 411
    # extension of 8 months, which moves it to 2025-09-10, so P13 is not listed.
    due = report.prisoners.expected_release_next_month
    assert names(due) == ["Mikalai Bankou"]
    assert due.entries[0].on == date(2025, 1, 20)
    (entry,) = report.lists.art411.entries
    assert entry.person.name == "Ihar Karnei"
    assert entry.conviction.term == Term(months=8)
    assert entry.conviction.court_code == "sklou"
    assert entry.conviction.judge == "Аляксандр Таракана"
    assert entry.release == date(2025, 9, 10)
    assert entry.earlier is not None
    assert entry.earlier.verdict_on == date(2022, 5, 1)
    assert entry.earlier.article_keys == ("CC 361-1 p3",)
    assert entry.earlier.term == Term(3)


def test_convictions_in_the_month(report):
    c = report.convictions
    assert c.persons == GenderSplit(total=6, women=2, men=4)
    assert c.cases == 5  # the spouses P18 and P19 share one case
    assert (c.in_absentia, c.special_proceedings, c.closed_hearings) == (1, 1, 1)
    # By the convicting court's region; P20 has no court, so his own region (Viciebsk) counts.
    assert [(r.key, r.persons, r.women) for r in c.by_region] == [
        ("minsk_city", 1, 1),
        ("brest", 1, 0),  # P17 lives in Hrodna but was tried in Brest
        ("homiel", 2, 1),
        ("hrodna", 0, 0),
        ("mahiliou", 1, 0),
        ("minsk_region", 0, 0),
        ("viciebsk", 1, 0),
    ]
    assert c.capital == 1
    assert c.most_repressive_region == "homiel"
    assert [(r.key, r.persons, r.women) for r in c.by_article] == [
        ("CC 342", 2, 1),
        ("CC 130", 1, 1),
        ("CC 361-1", 1, 0),
        ("CC 368", 1, 1),
        ("CC 369", 1, 0),
        ("CC 411", 1, 0),
    ]
    assert [(r.key, r.persons, r.years) for r in c.by_court] == [
        ("homiel_regional", 2, 3.0),  # restricted freedom adds no imprisonment years
        ("", 1, 1.5),
        ("brest_regional", 1, 7.0),
        ("minsk_city_court", 1, 4.0),
        ("sklou", 1, 0.7),
    ]
    unknown_judge, *named_judges = c.by_judge
    assert (unknown_judge.key, unknown_judge.persons, unknown_judge.label) == ("", 4, None)
    assert sorted((j.label, j.persons) for j in named_judges) == [
        ("Аляксандр Таракана", 1),
        ("Вера Галаўкова", 1),
    ]
    assert {r.key: r.persons for r in c.by_term} == {
        "under_1": 1,  # P13's 8 added months
        "1_to_3": 1,  # P20
        "3_to_5": 2,  # P9, P18
        "5_to_10": 1,  # P17
        "restricted_freedom": 1,  # P19
    }


def test_families_repeated_and_in_absentia(report):
    (family,) = report.lists.families.entries
    assert [m.person.name for m in family.members] == ["Andrei Kavalchuk", "Iryna Kavalchuk"]
    assert [(t.first, t.second, t.relation) for t in family.ties] == [(0, 1, "spouse")]
    assert family.members[1].conviction.sentence_type == SentenceType.RESTRICTED_FREEDOM_HOME
    (repeated,) = report.lists.repeated.entries  # P20; not P13, whose verdict is Art. 411
    assert repeated.person.name == "Dzmitry Holub"
    assert repeated.conviction.article_keys == ("CC 369",)
    assert repeated.earlier is not None
    assert repeated.earlier.verdict_on == date(2021, 3, 1)
    assert repeated.earlier.court_code == "minsk_leninski"
    assert names(report.in_absentia) == ["Aliaksandr Chakhouski"]
    assert names(report.journalist_verdicts) == ["Volha Radzivonava"]


def test_incommunicado_at_month_end_and_ended(report):
    inc = report.incommunicado
    # P16 is never published: counted, not named.
    assert inc.total == 4 and inc.withheld == 1
    by_name = {e.person.name: e.since for e in inc.entries}
    p2 = display_latin("Марыя Калеснікава", "be")
    assert by_name == {
        p2: None,  # unknown start: "since an unknown date"
        "Mikalai Bankou": PartialDate(2023, 12),  # two back-to-back periods read as one
        None: PartialDate(2024, 10, 3),  # P15, anonymised
    }
    (ended,) = report.incommunicado_ended.entries  # P13: ended on 15 December
    assert ended.person.name == "Ihar Karnei"
    assert (ended.since, ended.until) == (PartialDate(2024, 4), date(2024, 12, 15))


def test_punishment_cells_prison_regime_and_lists(report):
    cells = {e.person.name: (e.kind, e.since, e.until) for e in report.punishment_cells.entries}
    # P15's SHIZO ended on 1 December (not in December); P16's was in October.
    assert cells == {
        "Ales Bialiatski": (StatusKind.PKT, PartialDate(2024, 11, 1), None),
        "Mikalai Bankou": (StatusKind.SHIZO, PartialDate(2024, 12, 3), date(2024, 12, 13)),
    }
    assert names(report.prison_regime) == ["Ales Bialiatski"]
    assert names(report.extremist_additions) == ["Andrei Kavalchuk", "Iryna Kavalchuk"]
    assert names(report.terrorist_additions) == ["Aliaksandr Chakhouski"]
    assert report.terrorist_total == 2  # P17 and P2 (listed since an unknown date)


def test_custody_lists_and_administrative(report):
    assert [(e.person.name, e.since) for e in report.defenders.entries] == [
        ("Ales Bialiatski", PartialDate(2021, 7, 14)),
        ("Nasta Loika", None),
    ]
    assert names(report.journalists) == ["Volha Radzivonava"]
    assert report.lawyers.total == 0
    assert [(r.key, r.persons, r.women) for r in report.administrative] == [
        ("CAO 19.11", 1, 0),  # P5, decided 22 December (its arrest is no criminal conviction)
        ("CAO 23.34", 1, 1),  # P23, opened 3 December, not decided yet
    ]
    assert report.administrative_persons == 2
    assert [e.conviction.article_keys for e in report.reprosecuted_after_release.entries] == [
        ("CAO 19.11 p2",)
    ]


def test_cumulative_and_trend(report):
    cum = report.cumulative
    # P9 P13 P14 P17 (dated by its verdict) P18 P19 P20 P21 P25; not P27 (2019).
    assert cum.prosecuted == 9
    assert (cum.convicted, cum.convicted_women) == (8, 2)
    assert [(r.key, r.persons, r.women) for r in cum.by_article] == [
        ("CC 130", 2, 1),
        ("CC 342", 3, 1),
        ("CC 368", 1, 1),
        ("CC 369", 1, 0),
        ("CC 370", 1, 0),
    ]
    assert len(report.trend) == 12
    assert report.trend[0].month == "2024-01"
    assert (report.trend[-1].convicted, report.trend[-1].prisoners_held) == (6, 9)
    assert (report.trend[-2].convicted, report.trend[-2].prisoners_held) == (1, 11)


def test_narratives_only_live_non_blank_text(report):
    assert report.narratives == {
        "forced_labour": "Prisoners are made to work <hard> & long.\n\nSecond paragraph."
    }
    assert report.has_data


def test_names_follow_the_report_language(december):
    vault, _ids = december
    with vault.session() as session:
        be = build_monthly_report(session, 2024, 12, ReportOptions(lang="be"))
        ru = build_monthly_report(session, 2024, 12, ReportOptions(lang="ru"))
    assert "Алесь Бяляцкі" in names(be.defenders)
    assert "Алесь Беляцкий" in names(ru.defenders)
    # No Russian variant: a Russian report falls back to the Belarusian Cyrillic one.
    assert "Марыя Калеснікава" in names(ru.incommunicado)
    # No Cyrillic variant at all: the name as entered.
    assert "Nasta Loika" in names(be.defenders)


def test_anonymised_and_never_published_persons(report):
    anonymous = [e.person for e in report.incommunicado.entries if e.person.anonymised]
    assert len(anonymous) == 1
    ref = anonymous[0]
    assert ref.name is None and ref.city == "Брэст" and ref.initials == "S. T."
    assert ref.gender == Gender.MALE


def test_prosecutions_report(december):
    vault, _ids = december
    with vault.session() as session:
        r = build_prosecutions_report(session, 2024, 12)
    assert r.convictions.persons.total == 6
    assert r.previous.persons.total == 1
    assert len(r.lists.families.entries) == 1
    assert names(r.lists.repeated) == ["Dzmitry Holub"]
    assert names(r.lists.art411) == ["Ihar Karnei"]
    assert names(r.in_absentia) == ["Aliaksandr Chakhouski"]


def test_empty_month_is_a_valid_report_that_says_so(vault):
    with vault.session() as session:
        r = build_monthly_report(session, 2024, 12)
    assert not r.has_data
    assert r.current.prisoners_held.total == 0 and r.convictions.persons.total == 0
    assert all(p.convicted == 0 for p in r.trend)


def test_unknown_starts_count_in_any_month(december):
    """A political prisoner whose recognition date is unknown (P3) is held in every month before
    the status ends: the documenter knows it holds, not since when. P2 ("2020-09") is not."""
    vault, _ids = december
    with vault.session() as session:
        r = build_monthly_report(session, 2019, 3)
    assert r.current.prisoners_held == GenderSplit(total=1, women=1, men=0)
    assert r.current.recognised == 0 and r.has_data


def test_bad_month_or_language_is_refused(vault):
    with vault.session() as session:
        with pytest.raises(ValueError, match="month 13"):
            build_monthly_report(session, 2024, 13)
        with pytest.raises(ValueError, match="language"):
            build_monthly_report(session, 2024, 12, ReportOptions(lang="de"))  # type: ignore[arg-type]
