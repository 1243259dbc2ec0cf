"""Lay a report out as a PDF with reportlab Platypus.

The layout follows the reference monthly review: a title page with the key figures, then the
sections in the reference order, each with the documenters' own text for that section, the
computed figures, charts and named lists. Pages carry the organisation's name and the report
date, "X / Y" page numbers (a two-pass canvas, as pretix's invoice renderer does), and PDF
bookmarks for every section so a reader can jump straight to "Journalists".

Every string placed in a Paragraph is XML-escaped first: names and narratives are user text,
and a stray "<" or "&" must print, not break the layout.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app import __version__
from app.reports import tables
from app.reports.charts import horizontal_bars, vertical_bars
from app.reports.model import (
    MONTHLY_SECTIONS,
    PROSECUTION_SECTIONS,
    MonthlyReport,
    NamedList,
    ProsecutionsReport,
    Report,
)
from app.reports.strings import ReportStrings
from app.reports.styles import (
    ACCENT,
    ACCENT_LIGHT,
    FONT,
    MUTED,
    PAGE_MARGIN,
    RULE,
    ZEBRA,
    Styles,
    register_fonts,
    styles,
)

PAGE_WIDTH, PAGE_HEIGHT = A4
FRAME_WIDTH = PAGE_WIDTH - 2 * PAGE_MARGIN
INLINE_LIST_MAX = 12
"""Named lists up to this length read as a sentence ("A (since May 2021); B ..."), longer ones
as a two-column table."""


def _p(text: str, style: Any) -> Paragraph:
    return Paragraph(escape(text), style)


def _grid(
    data: list[list[Any]], widths: Sequence[float], commands: list[tuple[Any, ...]], **kw: Any
) -> Table:
    """A Table whose cell font is the embedded one. reportlab sets each cell's font before
    drawing it, even for Paragraph cells, and defaults to (unembedded) Helvetica."""
    table = Table(data, colWidths=list(widths), **kw)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands]))
    return table


class _Heading(Paragraph):
    """A heading that also becomes a PDF bookmark (outline entry) at ``level``."""

    def __init__(self, text: str, style: Any, level: int, key: str) -> None:
        super().__init__(escape(text), style)
        self.outline = (text, level, key)


class _Document(BaseDocTemplate):
    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline is not None:
            text, level, key = outline
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)


def _canvas_class(header: str, footer: str, page_label: Callable[[int, int], str]) -> type[Canvas]:
    """A canvas that holds pages back until the end, so each can say "X / Y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if self._pageNumber > 1:
                    self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            top = PAGE_HEIGHT - PAGE_MARGIN + 5 * mm
            self.line(PAGE_MARGIN, top - 1.5 * mm, PAGE_WIDTH - PAGE_MARGIN, top - 1.5 * mm)
            self.line(
                PAGE_MARGIN, PAGE_MARGIN - 5 * mm, PAGE_WIDTH - PAGE_MARGIN, PAGE_MARGIN - 5 * mm
            )
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            self.drawString(PAGE_MARGIN, top, header)
            self.drawString(PAGE_MARGIN, PAGE_MARGIN - 9 * mm, footer)
            self.drawRightString(
                PAGE_WIDTH - PAGE_MARGIN, PAGE_MARGIN - 9 * mm, page_label(self._pageNumber, total)
            )
            self.restoreState()

    return NumberedCanvas


class _Builder:
    """Collects the flowables of one report; one method per block of the reference layout."""

    def __init__(self, report: Report, org_name: str, generated_on: date) -> None:
        self.report = report
        self.s = ReportStrings(report.lang)
        self.st: Styles = styles()
        self.w = tables.Wording(self.s, report.options)
        self.org = org_name
        self.generated_on = generated_on
        self.month = self.s.month_title(report.year, report.month)
        self.month_name = self.s.month_name(report.year, report.month)
        self.story: list[Flowable] = []
        self._keys = 0
        self._open_headings: tuple[int, list[_Heading]] | None = None

    # -- primitives --

    def add(self, *flowables: Flowable) -> None:
        for flowable in flowables:
            if self._open_headings is not None:
                self._keep_with_headings(flowable)
            self.story.append(flowable)

    def heading(self, text: str, level: int) -> None:
        self._keys += 1
        style = self.st.h1 if level == 0 else self.st.h2
        heading = _Heading(text, style, level, f"h{self._keys}")
        if self._open_headings is not None:  # a section title right above a subheading
            self._open_headings[1].append(heading)
            self.story.append(heading)
            return
        self.add(CondPageBreak(60 * mm if level == 0 else 30 * mm), heading)
        self._open_headings = (len(self.story) - 2, [heading])

    def _keep_with_headings(self, flowable: Flowable) -> None:
        """Never leave a heading alone at the foot of a page: the page break before it asks for
        room for the heading(s) and the first part of what follows (a table's header and first
        row, a whole chart or paragraph)."""
        index, headings = self._open_headings  # type: ignore[misc]
        self._open_headings = None
        if isinstance(flowable, Table):
            rows = flowable._cellvalues[:2]  # header and first row; row padding ~6 pt
            need = Table(rows, colWidths=flowable._colWidths).wrap(FRAME_WIDTH, PAGE_HEIGHT)[1]
            need += 6 * len(rows)
        else:
            need = flowable.wrap(FRAME_WIDTH, PAGE_HEIGHT)[1]
        for heading in headings:
            need += heading.wrap(FRAME_WIDTH, PAGE_HEIGHT)[1]
            need += heading.style.spaceBefore + heading.style.spaceAfter
        minimum = self.story[index]
        assert isinstance(minimum, CondPageBreak)
        self.story[index] = CondPageBreak(max(minimum.height, need + 2 * mm))

    def para(self, text: str, style: Any = None) -> None:
        self.add(_p(text, style or self.st.body))

    def narrative(self, section: str) -> bool:
        body = self.report.narratives.get(section, "")
        for block in (b.strip() for b in body.split("\n\n")):
            if block:
                self.add(Paragraph(escape(block).replace("\n", "<br/>"), self.st.narrative))
        return bool(body)

    def table(
        self, table: tables.Table, widths: Sequence[float] | None = None, *, title: bool = False
    ) -> None:
        if not table.rows:
            return
        if title:
            self.heading(table.title, 1)
        st = self.st

        def style(column: int, row: int | None) -> Any:
            if row is None:
                return st.head_number if column in table.numeric else st.cell_bold
            if column in table.numeric:
                return st.cell_number
            return st.cell_indent if column == 0 and row in table.indented else st.cell

        data = [[_p(h, style(i, None)) for i, h in enumerate(table.header)]]
        for r, row in enumerate(table.rows):
            data.append([_p(cell, style(i, r)) for i, cell in enumerate(row)])
        if widths is None:
            numeric_width = 24 * mm
            rest = FRAME_WIDTH - numeric_width * len(table.numeric)
            others = len(table.header) - len(table.numeric)
            widths = [
                numeric_width if i in table.numeric else rest / others
                for i in range(len(table.header))
            ]
        commands: list[tuple[Any, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
            ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        commands += [("BACKGROUND", (0, i), (-1, i), ZEBRA) for i in range(2, len(data), 2)]
        self.add(_grid(data, widths, commands, repeatRows=1, hAlign="LEFT"), Spacer(1, 3 * mm))

    def withheld(self, named: NamedList[Any], hidden: int = 0) -> None:
        """Notes under a list: rows left out of the PDF for length, persons never named."""
        if hidden > 0:
            self.para(self.s("more_in_export", n=self.s.number(hidden)), self.st.note)
        if named.withheld:
            self.para(self.s("more_not_named", n=self.s.number(named.withheld)), self.st.note)

    def listing(
        self,
        table: tables.Table,
        widths: Sequence[float] | None = None,
        *,
        named: NamedList[Any],
        title: bool = False,
    ) -> None:
        """A table of named entries, cut to ``ReportOptions.max_listed`` rows: a monthly review
        is read, not searched; the CSV and JSON exports carry every row."""
        cap = self.report.options.max_listed
        shown = table if cap is None else replace(table, rows=table.rows[:cap])
        self.table(shown, widths, title=title)
        self.withheld(named, len(table.rows) - len(shown.rows))

    def named(
        self,
        title: str,
        named: NamedList[Any],
        detail: Callable[[Any], str],
        *,
        always: bool = False,
        intro: str = "",
    ) -> None:
        """A named list: a sentence for a few people, a two-up table for many; persons who must
        not be named only as a number."""
        if not named.total and not always:
            return
        self.heading(f"{title} ({self.s.number(named.total)})", 1)
        if intro:
            self.para(intro)
        if not named.total:
            self.para(self.s("none_named"), self.st.note)
            return
        cap = self.report.options.max_listed
        entries = named.entries if cap is None else named.entries[:cap]
        if len(entries) <= INLINE_LIST_MAX:
            text = "; ".join(
                f"<b>{escape(self.w.person(e))}</b>"
                + (f" ({escape(d)})" if (d := detail(e)) else "")
                for e in entries
            )
            if entries:
                self.add(Paragraph(text + ".", self.st.body))
        else:
            # Two people per row: long lists stay scannable without running for pages.
            cells = [(self.w.person(e), detail(e)) for e in entries]
            half = (len(cells) + 1) // 2
            rows = tuple(
                (*left, *(cells[i + half] if i + half < len(cells) else ("", "")))
                for i, left in enumerate(cells[:half])
            )
            person, column = FRAME_WIDTH * 0.22, FRAME_WIDTH * 0.28
            self.table(
                tables.Table("", title, (self.s("col.person"), "") * 2, rows),
                widths=(person, column, person, column),
            )
        self.withheld(named, len(named.entries) - len(entries))

    def region_chart(self, counts: Any) -> None:
        rows = [r for r in counts.by_region if r.persons or r.key]
        if not any(r.persons for r in rows):
            return
        self.add(
            horizontal_bars(
                self.s("chart.regions"),
                [self.s.region(r.key) for r in rows],
                [r.persons for r in rows],
                FRAME_WIDTH,
            ),
            Spacer(1, 3 * mm),
        )

    def article_chart(self, counts: Any) -> None:
        if not counts.by_article:
            return
        self.add(
            horizontal_bars(
                self.s("chart.articles"),
                [self.s.article(r.key) for r in counts.by_article],
                [r.persons for r in counts.by_article],
                FRAME_WIDTH,
                label_width=34 * mm,
            ),
            Spacer(1, 3 * mm),
        )

    # -- page furniture --

    def title_page(
        self, title: str, subtitle: str, figures: Sequence[tuple[str, int]], sections: Sequence[str]
    ) -> None:
        st, s = self.st, self.s
        r = self.report
        self.add(Spacer(1, 18 * mm))
        if self.org:
            self.para(self.org.upper(), st.meta)
        self.add(Spacer(1, 6 * mm))
        self._keys += 1
        self.add(_Heading(title, st.title, 0, f"h{self._keys}"))
        self.para(subtitle, st.subtitle)
        self.para(s("as_of", date=s.date(r.last_day)), st.meta)
        if self.org:
            self.para(s("prepared_by", org=self.org), st.meta)
        self.para(s("generated", date=s.date(self.generated_on)), st.meta)
        self.add(Spacer(1, 10 * mm))
        if figures:
            cells = [
                [_p(s.number(value), st.figure_value) for _, value in figures],
                [_p(label, st.figure_label) for label, _ in figures],
            ]
            box = _grid(
                cells,
                [FRAME_WIDTH / len(figures)] * len(figures),
                [
                    ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                    ("LINEBEFORE", (1, 0), (-1, -1), 0.4, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, 0), 8),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
                ],
            )
            self.add(box, Spacer(1, 6 * mm))
        if not r.has_data:
            self.para(s("no_data", month=self.month_name), st.h2)
        self.para(s("lower_bound_note"), st.note)
        self.add(Spacer(1, 8 * mm))
        self.para(s("contents"), st.h2)
        for number, section in enumerate(sections, start=1):
            self.para(f"{number}. {section}", st.toc)
        self.add(NextPageTemplate("body"), PageBreak())

    def section_empty(self) -> None:
        self.para(self.s("section_empty", month=self.month_name), self.st.note)


def _monthly(b: _Builder, r: MonthlyReport) -> None:
    s, st, w = b.s, b.st, b.w
    titles = [s(f"section.{key}") for key in MONTHLY_SECTIONS]
    b.title_page(
        s("title.monthly", month=b.month),
        s("subtitle.monthly"),
        [
            (s("kf.held"), r.current.prisoners_held.total),
            (s("kf.recognised"), r.current.recognised),
            (s("kf.convicted"), r.current.convicted),
            (s("kf.repressions"), r.current.repressions),
        ],
        titles,
    )
    c = r.convictions

    def summary() -> bool:
        b.table(tables.key_figures(r, s), (FRAME_WIDTH - 3 * 28 * mm, 28 * mm, 28 * mm, 28 * mm))
        cum = r.cumulative
        if cum.prosecuted or cum.convicted:
            b.para(
                s(
                    "cumulative",
                    year=cum.since_year,
                    prosecuted=s.count_of(cum.prosecuted, "person"),
                    convicted=s.count_of(cum.convicted, "person"),
                    women=s.count_of(cum.convicted_women, "woman"),
                )
            )
        b.table(tables.repressions(r, s), title=True)
        b.heading(s("h.prisoners"), 1)
        b.table(tables.prisoners(r, s), (FRAME_WIDTH - 28 * mm, 28 * mm))
        b.named(s("h.died"), r.prisoners.died, lambda e: s.date(e.on))
        b.named(
            s("h.release_due"),
            r.prisoners.expected_release_next_month,
            lambda e: s.date(e.on),
        )
        if c.persons.total:
            b.heading(s("h.convictions", month=b.month_name), 1)
            _convictions_headline(b, c)
            b.region_chart(c)
        if any(p.convicted or p.prisoners_held for p in r.trend):
            b.heading(s("h.trend"), 1)
            labels = [_month_label(s, p.month, i) for i, p in enumerate(r.trend)]
            half = FRAME_WIDTH / 2 - 2 * mm
            pair = _grid(
                [
                    [
                        vertical_bars(
                            s("chart.convicted_trend"), labels, [p.convicted for p in r.trend], half
                        ),
                        vertical_bars(
                            s("chart.held_trend"),
                            labels,
                            [p.prisoners_held for p in r.trend],
                            half,
                            color=ACCENT,
                        ),
                    ]
                ],
                [FRAME_WIDTH / 2] * 2,
                [("LEFTPADDING", (0, 0), (-1, -1), 0)],
            )
            b.add(pair)
            b.para(s("trend_note"), st.note)
        b.named(
            s("h.reprosecuted"),
            r.reprosecuted_after_release,
            lambda e: s.articles(e.conviction.article_keys),
        )
        b.named(s("h.prison_regime"), r.prison_regime, w.status_detail)
        b.named(
            s("h.punishment_cells"),
            r.punishment_cells,
            lambda e: f"{s.status(e.kind)}, {w.status_detail(e)}",
        )
        if r.lists.art411.total:
            b.listing(
                tables.art411(r.lists.art411, w), _ART411_WIDTHS, title=True, named=r.lists.art411
            )
        b.named(s("h.incommunicado"), r.incommunicado, lambda e: s.since(e.since), always=True)
        b.named(
            s("h.incommunicado_ended"),
            r.incommunicado_ended,
            lambda e: s("ended_on", date=s.date(e.until)) if e.until else "",
        )
        return True

    def defenders() -> bool:
        b.named(s("h.defenders"), r.defenders, lambda e: w.custody_detail(e, r.last_day))
        return bool(r.defenders.total)

    def fair_trial() -> bool:
        if not c.persons.total:
            return False
        _convictions_headline(b, c)
        b.table(tables.by_term(c, s), (FRAME_WIDTH - 28 * mm, 28 * mm), title=True)
        b.table(tables.by_court(c, s), title=True)
        b.table(tables.by_judge(c, s), title=True)
        if r.in_absentia.total:
            b.listing(
                tables.verdicts("in_absentia", s("h.in_absentia"), r.in_absentia, w),
                _VERDICT_WIDTHS,
                title=True,
                named=r.in_absentia,
            )
        b.named(s("h.lawyers"), r.lawyers, lambda e: w.custody_detail(e, r.last_day))
        return True

    def torture() -> bool:
        p = r.prisoners
        shown = False
        if p.with_disability.total:
            b.para(s("p.disability", n=s.number(p.with_disability.total)))
            b.named(s("h.disability"), p.with_disability, lambda e: w.custody_detail(e, r.last_day))
            shown = True
        if p.serious_illness:
            b.para(s("p.serious_illness", n=s.number(p.serious_illness)))
            shown = True
        if r.punishment_cells.total:
            b.para(s("p.punishment_count", n=s.number(r.punishment_cells.total)))
            shown = True
        return shown

    def forced_labour() -> bool:
        if not r.narratives.get("forced_labour"):
            b.para(s("p.narrative_only"), st.note)
        return True

    def journalists() -> bool:
        now, before = r.current.journalists_imprisoned, r.previous.journalists_imprisoned
        if not now and not before and not r.journalist_verdicts.total:
            return False
        b.para(s("p.journalists_change", n=s.at_least(now), change=s.change(now, before)))
        b.named(s("h.journalists"), r.journalists, lambda e: w.custody_detail(e, r.last_day))
        if r.journalist_verdicts.total:
            b.listing(
                tables.verdicts(
                    "journalist_verdicts",
                    s("h.journalist_verdicts", month=b.month_name),
                    r.journalist_verdicts,
                    w,
                ),
                _VERDICT_WIDTHS,
                title=True,
                named=r.journalist_verdicts,
            )
        return True

    def assembly() -> bool:
        shown = False
        if c.by_article:
            b.heading(s("h.articles", month=b.month_name), 1)
            b.article_chart(c)
            b.table(tables.by_article(c, s, s("h.articles", month=b.month_name)))
            shown = True
        if any(row.persons for row in r.cumulative.by_article):
            b.table(tables.cumulative_articles(r, s), title=True)
            shown = True
        if r.administrative:
            b.heading(s("h.administrative", month=b.month_name), 1)
            persons = s.count_of(r.administrative_persons, "person")
            b.para(s("p.administrative_total", persons=persons))
            b.table(tables.administrative(r, s))
            shown = True
        return shown

    def extremism() -> bool:
        shown = False
        added = r.extremist_additions
        if added.total:
            weeks = ((r.last_day - r.first_day).days + 1) / 7
            rate = s.number(round(added.total / weeks, 1))
            b.named(
                s("h.extremist"),
                added,
                lambda e: s.partial_date(e.since),
                intro=s(
                    "p.extremist_rate",
                    persons=s.count_of(added.total, "person"),
                    month=b.month_name,
                    rate=rate,
                ),
            )
            shown = True
        if r.terrorist_additions.total or r.terrorist_total:
            b.named(
                s("h.terrorist"),
                r.terrorist_additions,
                lambda e: s.partial_date(e.since),
                always=True,
            )
            b.para(s("p.terrorist_total", n=s.number(r.terrorist_total)))
            shown = True
        if r.in_absentia.total:
            b.para(s("p.in_absentia_count", n=s.number(r.in_absentia.total)))
            shown = True
        return shown

    sections = {
        "summary": summary,
        "defenders": defenders,
        "fair_trial": fair_trial,
        "torture": torture,
        "forced_labour": forced_labour,
        "journalists": journalists,
        "assembly": assembly,
        "extremism": extremism,
    }
    for number, key in enumerate(MONTHLY_SECTIONS, start=1):
        b.heading(f"{number}. {s(f'section.{key}')}", 0)
        has_text = b.narrative(key)
        if not sections[key]() and not has_text:
            b.section_empty()


def _prosecutions(b: _Builder, r: ProsecutionsReport) -> None:
    s, w = b.s, b.w
    c = r.convictions
    titles = [s(f"section.{key}", month=b.month_name) for key in PROSECUTION_SECTIONS]
    b.title_page(
        s("title.prosecutions", month=b.month),
        s("subtitle.prosecutions", n=s.number(c.persons.total)),
        [
            (s("col.convicted"), c.persons.total),
            (s("col.women"), c.persons.women),
            (s("h.in_absentia"), c.in_absentia),
            (s.region("minsk_city"), c.capital),
        ],
        titles,
    )

    def overview() -> bool:
        if not c.persons.total:
            return False
        _convictions_headline(b, c)
        b.para(s("p.previous", n=s.number(r.previous.persons.total)))
        b.table(tables.by_term(c, s), (FRAME_WIDTH - 28 * mm, 28 * mm), title=True)
        b.article_chart(c)
        b.table(tables.by_article(c, s, s("h.articles", month=b.month_name)), title=True)
        if r.in_absentia.total:
            b.listing(
                tables.verdicts("in_absentia", s("h.in_absentia"), r.in_absentia, w),
                _VERDICT_WIDTHS,
                title=True,
                named=r.in_absentia,
            )
        return True

    def regions() -> bool:
        if not c.persons.total:
            return False
        b.region_chart(c)
        b.table(tables.by_region(c, s))
        b.table(tables.by_court(c, s), title=True)
        b.table(tables.by_judge(c, s), title=True)
        return True

    def families() -> bool:
        groups = r.lists.families
        if not groups.total:
            return False
        b.para(s("p.families_count", n=s.number(groups.total)))
        b.listing(
            tables.families(r, w), (8 * mm, 30 * mm, 45 * mm, FRAME_WIDTH - 83 * mm), named=groups
        )
        return True

    def repeated() -> bool:
        if not r.lists.repeated.total:
            return False
        b.listing(
            tables.convictions_with_earlier("repeated", s("h.repeated"), r.lists.repeated, w),
            (40 * mm, (FRAME_WIDTH - 40 * mm) / 2, (FRAME_WIDTH - 40 * mm) / 2),
            named=r.lists.repeated,
        )
        return True

    def art411() -> bool:
        if not r.lists.art411.total:
            return False
        b.listing(tables.art411(r.lists.art411, w), _ART411_WIDTHS, named=r.lists.art411)
        return True

    sections = {
        "overview": overview,
        "regions": regions,
        "families": families,
        "repeated": repeated,
        "art411": art411,
    }
    for number, key in enumerate(PROSECUTION_SECTIONS, start=1):
        b.heading(f"{number}. {s(f'section.{key}', month=b.month_name)}", 0)
        has_text = b.narrative(key)
        if not sections[key]() and not has_text:
            b.section_empty()


_ART411_WIDTHS = (32 * mm, 46 * mm, 20 * mm, FRAME_WIDTH - 122 * mm, 24 * mm)
_VERDICT_WIDTHS = (45 * mm, FRAME_WIDTH - 45 * mm)


def _convictions_headline(b: _Builder, c: Any) -> None:
    s = b.s
    b.para(
        s(
            "p.convictions_headline",
            persons=s.count_of(c.persons.total, "person"),
            women=s.count_of(c.persons.women, "woman"),
            men=s.count_of(c.persons.men, "man"),
            cases=s.count_of(c.cases, "case"),
            absentia=s.number(max(c.in_absentia, c.special_proceedings)),
            closed=s.number(c.closed_hearings),
            capital=s.number(c.capital),
        )
    )
    if c.most_repressive_region:
        b.para(s("p.most_repressive", region=s.region(c.most_repressive_region)))


def _month_label(s: ReportStrings, month: str, index: int) -> str:
    """Short month under a trend bar; the year is added at January and on the first bar."""
    year, number = int(month[:4]), int(month[5:])
    name = s.month_title(year, number).split(" ")[0][:3]
    return f"{name}\n{year}" if index == 0 or number == 1 else name


def render_pdf(
    report: Report,
    target: str | Path | BinaryIO,
    *,
    org_name: str = "",
    generated_on: date | None = None,
) -> None:
    """Write ``report`` as a PDF to a path or a binary stream."""
    register_fonts()
    generated_on = generated_on or date.today()
    builder = _Builder(report, org_name, generated_on)
    s = builder.s
    if isinstance(report, MonthlyReport):
        _monthly(builder, report)
        title = s("title.monthly", month=builder.month)
    else:
        _prosecutions(builder, report)
        title = s("title.prosecutions", month=builder.month)
    frame = Frame(
        PAGE_MARGIN,
        PAGE_MARGIN,
        FRAME_WIDTH,
        PAGE_HEIGHT - 2 * PAGE_MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc = _Document(
        str(target) if isinstance(target, str | Path) else target,
        pagesize=A4,
        leftMargin=PAGE_MARGIN,
        rightMargin=PAGE_MARGIN,
        topMargin=PAGE_MARGIN,
        bottomMargin=PAGE_MARGIN,
        title=title,
        author=org_name or "Letapis",
        subject=title,
        creator=f"Letapis {__version__}",
        producer=f"Letapis {__version__} (reportlab)",
        keywords=["human rights", "Belarus", "political prisoners", report.kind],
        lang={"en": "en", "be": "be", "ru": "ru"}[report.lang],
        initialFontName=FONT,
        initialFontSize=9.5,
        displayDocTitle=True,
    )
    doc.addPageTemplates(
        [PageTemplate(id="title", frames=[frame]), PageTemplate(id="body", frames=[frame])]
    )
    header = f"{org_name} · {title}" if org_name else title
    footer = (
        s("as_of", date=s.date(report.last_day)) + f" · {s('generated', date=s.date(generated_on))}"
    )
    canvas = _canvas_class(header, footer, lambda page, pages: s("page", page=page, pages=pages))
    doc.build(builder.story, canvasmaker=canvas)


def render_pdf_bytes(report: Report, **options: Any) -> bytes:
    """The PDF in memory: for the app's preview, which must never write an unencrypted file."""
    buffer = io.BytesIO()
    render_pdf(report, buffer, **options)
    return buffer.getvalue()
