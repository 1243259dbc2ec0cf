"""Monthly reports: figures from the vault (data.py), laid out as PDF (render.py), JSON and CSV
(export.py), in English, Belarusian or Russian (strings.py), independent of the UI language.

Entry points for the CLI and the GUI's Reports screen (all Qt-free, all take a Session):

* ``export.build_report(session, ReportRequest(year, month, kind, ReportOptions(lang=...)))``
* ``render.render_pdf_bytes(report, org_name=...)`` for an in-memory preview (never on disk)
* ``export.write_report(report, Path("out.pdf" | "out.json"), org_name=...)``
* ``export.write_tables_csv(report, directory)`` and ``tables.report_tables(report)``
* ``model.MONTHLY_SECTIONS`` / ``model.PROSECUTION_SECTIONS``: the ``MonthNarrative.section``
  keys the narrative editor must use.
"""
