"""The report's tables as plain rows of text, shared by the PDF and the CSV export.

Building each table once, from the report dataclasses and the report language, is what keeps
the published PDF and the spreadsheet an organisation's website team works from in agreement:
the renderer lays these rows out, the CSV writer writes them unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.domain.enums import SentenceType
from app.reports.model import (
    Conviction,
    ConvictionEntry,
    Convictions,
    Count,
    CustodyEntry,
    MonthlyReport,
    NamedList,
    ProsecutionsReport,
    ReleaseEntry,
    Report,
    ReportOptions,
    StatusEntry,
)
from app.reports.strings import ReportStrings


@dataclass(frozen=True)
class Table:
    """``name`` is a stable file-name-safe id (``convictions_by_region``); ``numeric`` marks
    the columns to right-align; ``indented`` the rows that break down the row above them
    ("of them women")."""

    name: str
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[int, ...] = ()
    indented: frozenset[int] = frozenset()


class Wording:
    """Turns report values into the words of one language (persons, convictions, lists)."""

    def __init__(self, s: ReportStrings, options: ReportOptions) -> None:
        self.s = s
        self.style = options.anonymous_style

    def person(self, entry: object) -> str:
        return self.s.person(entry.person, self.style)  # type: ignore[attr-defined]

    def sentence(self, c: Conviction) -> str:
        s = self.s
        term = s.term(c.term) if not c.term.is_zero else ""
        kind = c.sentence_type
        if kind == SentenceType.IMPRISONMENT:
            text = term or s("sentence.other")
        elif kind == SentenceType.FINE:
            text = s("sentence.fine")
        else:
            key = {
                SentenceType.RESTRICTED_FREEDOM_OPEN: "sentence.restricted_freedom",
                SentenceType.RESTRICTED_FREEDOM_HOME: "sentence.restricted_freedom",
                SentenceType.HOME_CONFINEMENT: "sentence.home_confinement",
                SentenceType.CORRECTIONAL_LABOUR: "sentence.correctional_labour",
                SentenceType.ARREST: "sentence.arrest",
            }.get(kind, "sentence.other")
            text = f"{s(key)}, {term}" if term else s(key)
        return f"{text} ({s('in_absentia_mark')})" if c.in_absentia else text

    def verdict(self, c: Conviction, *, with_sentence: bool = True) -> str:
        """ "December 10, 2024, Minsk City Court (judge V. H.): Art. 342 CC — 4 years"."""
        s = self.s
        where = s.court(c.court_code) if c.court_code else ""
        if c.judge:
            judge = s.free_text(c.judge)
            where = f"{where} ({s('col.judge').lower()} {judge})" if where else judge
        parts = [p for p in (s.date(c.verdict_on) if c.verdict_on else "", where) if p]
        head = ", ".join(parts)
        articles = s.articles(c.article_keys)
        body = " — ".join(p for p in (articles, self.sentence(c) if with_sentence else "") if p)
        return f"{head}: {body}" if head and body else head or body

    def status_detail(self, e: StatusEntry) -> str:
        s = self.s
        parts = [s.since(e.since)]
        if e.until is not None:
            parts.append(s("until", date=s.date(e.until)))
        return ", ".join(parts)

    def custody_detail(self, e: CustodyEntry, as_of: object) -> str:
        s = self.s
        duration = s.duration(e.since, as_of)  # type: ignore[arg-type]
        since = s.since(e.since)
        return f"{since} ({s('held_for', duration=duration)})" if duration else since


def _count_rows(
    rows: tuple[Count, ...], label: Callable[[Count], str], *extra: Callable[[Count], str]
) -> tuple[tuple[str, ...], ...]:
    return tuple((label(row), *(f(row) for f in extra)) for row in rows)


def key_figures(report: MonthlyReport, s: ReportStrings) -> Table:
    now, before = report.current, report.previous
    this = s.month_title(report.year, report.month)
    prev = s.month_title(before.first_day.year, before.first_day.month)
    items = (
        ("kf.repressions", now.repressions, before.repressions),
        ("kf.held", now.prisoners_held.total, before.prisoners_held.total),
        ("kf.held_women", now.prisoners_held.women, before.prisoners_held.women),
        ("kf.recognised", now.recognised, before.recognised),
        ("kf.released", now.released, before.released),
        ("kf.convicted", now.convicted, before.convicted),
        ("kf.journalists", now.journalists_imprisoned, before.journalists_imprisoned),
    )
    return Table(
        "key_figures",
        s("key_figures"),
        (s("indicator"), this, prev, s("change")),
        tuple((s(key), s.number(a), s.number(b), s.change(a, b)) for key, a, b in items),
        numeric=(1, 2, 3),
        indented=frozenset({2}),
    )


def repressions(report: MonthlyReport, s: ReportStrings) -> Table:
    month = s.month_name(report.year, report.month)
    return Table(
        "repressions_by_type",
        s("h.repressions", month=month),
        (s("col.type"), s("col.count")),
        _count_rows(
            report.repressions_by_type, lambda r: s(f"event.{r.key}"), lambda r: s.number(r.persons)
        ),
        numeric=(1,),
    )


def prisoners(report: MonthlyReport, s: ReportStrings) -> Table:
    p = report.prisoners
    # (label, number, breaks down the row above)
    rows = [
        (s("kf.held"), p.held.total, False),
        (s("kf.held_women"), p.held.women, True),
        (s("kf.held_men"), p.held.men, True),
        (s("kf.recognised"), p.recognised, False),
        (s("kf.released"), p.released, False),
        *((s(f"release.{row.key}"), row.persons, True) for row in p.released_by_reason),
        (s("died_count"), p.died.total, False),
        (s("serious_count"), p.serious_illness, False),
        (s("h.release_due"), p.expected_release_next_month.total, False),
    ]
    return Table(
        "political_prisoners",
        s("h.prisoners"),
        (s("indicator"), s("col.count")),
        tuple((label, s.number(n)) for label, n, _ in rows),
        numeric=(1,),
        indented=frozenset(i for i, row in enumerate(rows) if row[2]),
    )


def by_region(c: Convictions, s: ReportStrings) -> Table:
    return Table(
        "convictions_by_region",
        s("h.regions"),
        (s("col.region"), s("col.persons"), s("col.women")),
        _count_rows(
            c.by_region,
            lambda r: s.region(r.key),
            lambda r: s.number(r.persons),
            lambda r: s.number(r.women),
        ),
        numeric=(1, 2),
    )


def by_article(c: Convictions, s: ReportStrings, title: str) -> Table:
    return Table(
        "convictions_by_article",
        title,
        (s("col.article"), s("col.persons"), s("col.women")),
        _count_rows(
            c.by_article,
            lambda r: s.article_title(r.key),
            lambda r: s.number(r.persons),
            lambda r: s.number(r.women),
        ),
        numeric=(1, 2),
    )


def by_court(c: Convictions, s: ReportStrings) -> Table:
    return Table(
        "convictions_by_court",
        s("h.courts"),
        (s("col.court"), s("col.persons"), s("col.years")),
        _count_rows(
            c.by_court,
            lambda r: s.court(r.key),
            lambda r: s.number(r.persons),
            lambda r: s.number(r.years),
        ),
        numeric=(1, 2),
    )


def by_judge(c: Convictions, s: ReportStrings) -> Table:
    return Table(
        "convictions_by_judge",
        s("h.judges"),
        (s("col.judge"), s("col.persons"), s("col.years")),
        _count_rows(
            c.by_judge,
            lambda r: s.free_text(r.label) if r.label else s("unknown_judge"),
            lambda r: s.number(r.persons),
            lambda r: s.number(r.years),
        ),
        numeric=(1, 2),
    )


def by_term(c: Convictions, s: ReportStrings) -> Table:
    return Table(
        "sentences_by_term",
        s("h.terms"),
        (s("col.sentence"), s("col.count")),
        _count_rows(c.by_term, lambda r: s(f"term.{r.key}"), lambda r: s.number(r.persons)),
        numeric=(1,),
    )


def cumulative_articles(report: MonthlyReport, s: ReportStrings) -> Table:
    return Table(
        "cumulative_by_article",
        s("h.cumulative_articles", year=report.cumulative.since_year),
        (s("col.article"), s("col.persons"), s("col.women")),
        _count_rows(
            report.cumulative.by_article,
            lambda r: s.article_title(r.key),
            lambda r: s.number(r.persons),
            lambda r: s.number(r.women),
        ),
        numeric=(1, 2),
    )


def administrative(report: MonthlyReport, s: ReportStrings) -> Table:
    return Table(
        "administrative_by_article",
        s("h.administrative", month=s.month_name(report.year, report.month)),
        (s("col.article"), s("col.persons"), s("col.women")),
        _count_rows(
            report.administrative,
            lambda r: s.article_title(r.key),
            lambda r: s.number(r.persons),
            lambda r: s.number(r.women),
        ),
        numeric=(1, 2),
    )


def trend(report: MonthlyReport, s: ReportStrings) -> Table:
    return Table(
        "trend_12_months",
        s("h.trend"),
        (s("col.month"), s("col.convicted"), s("col.held")),
        tuple(
            (
                s.month_title(int(p.month[:4]), int(p.month[5:])),
                s.number(p.convicted),
                s.number(p.prisoners_held),
            )
            for p in report.trend
        ),
        numeric=(1, 2),
    )


def art411(entries: NamedList[ConvictionEntry], w: Wording) -> Table:
    s = w.s
    return Table(
        "art411",
        s("h.art411"),
        (
            s("col.person"),
            s("col.verdict"),
            s("col.added_term"),
            s("col.original"),
            s("col.release"),
        ),
        tuple(
            (
                w.person(e),
                w.verdict(e.conviction, with_sentence=False),
                w.sentence(e.conviction),
                w.verdict(e.earlier) if e.earlier else "",
                s.date(e.release) if e.release else "",
            )
            for e in entries.entries
        ),
    )


def convictions_with_earlier(
    name: str, title: str, entries: NamedList[ConvictionEntry], w: Wording
) -> Table:
    s = w.s
    return Table(
        name,
        title,
        (s("col.person"), s("col.verdict"), s("col.earlier")),
        tuple(
            (w.person(e), w.verdict(e.conviction), w.verdict(e.earlier) if e.earlier else "")
            for e in entries.entries
        ),
    )


def verdicts(name: str, title: str, entries: NamedList[ConvictionEntry], w: Wording) -> Table:
    s = w.s
    return Table(
        name,
        title,
        (s("col.person"), s("col.verdict")),
        tuple((w.person(e), w.verdict(e.conviction)) for e in entries.entries),
    )


def families(report: Report, w: Wording) -> Table:
    s = w.s
    rows = []
    for number, group in enumerate(report.lists.families.entries, start=1):
        relation = ", ".join(dict.fromkeys(s(f"relation.{tie.relation}") for tie in group.ties))
        for member in group.members:
            rows.append((str(number), relation, w.person(member), w.verdict(member.conviction)))
    return Table(
        "families",
        s("h.families"),
        ("#", s("col.relation"), s("col.person"), s("col.verdict")),
        tuple(rows),
        numeric=(0,),
    )


def releases(name: str, title: str, entries: NamedList[ReleaseEntry], w: Wording) -> Table:
    s = w.s
    return Table(
        name,
        title,
        (s("col.person"), s("col.date")),
        tuple((w.person(e), s.date(e.on)) for e in entries.entries),
    )


def status_list(name: str, title: str, entries: NamedList[StatusEntry], w: Wording) -> Table:
    s = w.s
    return Table(
        name,
        title,
        (s("col.person"), s("col.type"), s("col.since")),
        tuple(
            (
                w.person(e),
                s.status(e.kind) if e.kind.value in ("shizo", "pkt") else "",
                w.status_detail(e),
            )
            for e in entries.entries
        ),
    )


def custody_list(
    name: str, title: str, entries: NamedList[CustodyEntry], w: Wording, as_of: object
) -> Table:
    s = w.s
    return Table(
        name,
        title,
        (s("col.person"), s("col.since")),
        tuple((w.person(e), w.custody_detail(e, as_of)) for e in entries.entries),
    )


def monthly_tables(report: MonthlyReport, s: ReportStrings) -> list[Table]:
    """Every table of the monthly review, in report order, for the CSV export."""
    w = Wording(s, report.options)
    month = s.month_name(report.year, report.month)
    c = report.convictions
    return [
        key_figures(report, s),
        repressions(report, s),
        prisoners(report, s),
        by_region(c, s),
        by_article(c, s, s("h.articles", month=month)),
        by_court(c, s),
        by_judge(c, s),
        by_term(c, s),
        trend(report, s),
        cumulative_articles(report, s),
        administrative(report, s),
        art411(report.lists.art411, w),
        convictions_with_earlier("repeated", s("h.repeated"), report.lists.repeated, w),
        families(report, w),
        verdicts("in_absentia", s("h.in_absentia"), report.in_absentia, w),
        verdicts(
            "journalist_verdicts",
            s("h.journalist_verdicts", month=month),
            report.journalist_verdicts,
            w,
        ),
        status_list("incommunicado", s("h.incommunicado"), report.incommunicado, w),
        status_list(
            "incommunicado_ended", s("h.incommunicado_ended"), report.incommunicado_ended, w
        ),
        status_list("punishment_cells", s("h.punishment_cells"), report.punishment_cells, w),
        status_list("prison_regime", s("h.prison_regime"), report.prison_regime, w),
        status_list("extremist_list_additions", s("h.extremist"), report.extremist_additions, w),
        status_list("terrorist_list_additions", s("h.terrorist"), report.terrorist_additions, w),
        custody_list("journalists", s("h.journalists"), report.journalists, w, report.last_day),
        custody_list("defenders", s("h.defenders"), report.defenders, w, report.last_day),
        custody_list("lawyers", s("h.lawyers"), report.lawyers, w, report.last_day),
        custody_list(
            "disability", s("h.disability"), report.prisoners.with_disability, w, report.last_day
        ),
        verdicts(
            "reprosecuted_after_release", s("h.reprosecuted"), report.reprosecuted_after_release, w
        ),
        releases("died_in_custody", s("h.died"), report.prisoners.died, w),
        releases(
            "release_due_next_month",
            s("h.release_due"),
            report.prisoners.expected_release_next_month,
            w,
        ),
    ]


def prosecution_tables(report: ProsecutionsReport, s: ReportStrings) -> list[Table]:
    """Every table of the prosecution review, in report order, for the CSV export."""
    w = Wording(s, report.options)
    month = s.month_name(report.year, report.month)
    c = report.convictions
    return [
        by_region(c, s),
        by_article(c, s, s("h.articles", month=month)),
        by_court(c, s),
        by_judge(c, s),
        by_term(c, s),
        families(report, w),
        convictions_with_earlier("repeated", s("h.repeated"), report.lists.repeated, w),
        art411(report.lists.art411, w),
        verdicts("in_absentia", s("h.in_absentia"), report.in_absentia, w),
    ]


def report_tables(report: Report) -> list[Table]:
    s = ReportStrings(report.lang)
    if isinstance(report, MonthlyReport):
        return monthly_tables(report, s)
    return prosecution_tables(report, s)
