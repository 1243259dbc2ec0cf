"""`letapis import` and `letapis export`: the spreadsheet pipeline without a wizard.

Import maps the sheet's headers by themselves (template names and the usual synonyms, or the
mapping the wizard remembered for this header layout), prints what it did, and exits 1 when any
row was rejected: the row errors first, one per line on stderr, then a one-line summary.
Possible duplicates are imported as new persons and listed, for review in the app.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.errors import LetapisError
from app.services.spreadsheet.assembly import RowAction
from app.services.spreadsheet.exporter import UNENCRYPTED_WARNING, ExportFormat, export_vault
from app.services.spreadsheet.importer import ImportPlan, apply_import, plan_import
from app.services.spreadsheet.mapping import suggest_mapping
from app.services.spreadsheet.reader import read_table


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from app import cli

    return cli._open(args)


def _print_errors(lines: list[str]) -> None:
    for line in lines:
        print(line, file=sys.stderr)


def _report_plan(plan: ImportPlan) -> None:
    ignored = [h for h, t in zip(plan.mapping.headers, plan.mapping.targets, strict=True) if not t]
    if ignored:
        print(f"letapis: ignored columns: {', '.join(ignored)}", file=sys.stderr)
    for candidate in plan.duplicates:
        where = "in the vault" if candidate.other_person_id else "earlier in the file"
        print(
            f"letapis: possible duplicate: row {candidate.rows[0]} {candidate.name!r} "
            f"({candidate.birth_date or 'birth date unknown'}) and {candidate.other_name!r} "
            f"({candidate.other_birth_date or 'birth date unknown'}) {where}",
            file=sys.stderr,
        )


def run_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    table = read_table(path)
    vault = _open(args)
    try:
        with vault.session() as session:
            mapping = suggest_mapping(table.headers, session)
            plan = plan_import(session, table, mapping)
        _report_plan(plan)
        rejected = plan.count(RowAction.REJECT)
        if args.dry_run:
            _print_errors([str(e) for e in plan.errors])
            print(f"Dry run, nothing written. {plan.summary()}")
            if rejected:
                print(f"letapis: {rejected} rows would be rejected.", file=sys.stderr)
            return 1 if rejected else 0
        if rejected and not args.accept_partial:
            _print_errors([str(e) for e in plan.errors])
            print(
                f"letapis: {path.name}: {rejected} of {len(plan.outcomes)} rows have errors; "
                "nothing was imported (fix them or use --accept-partial).",
                file=sys.stderr,
            )
            return 1
        result = apply_import(vault, plan, accept_partial=args.accept_partial)
    finally:
        vault.lock()
    print(result.summary())
    if result.rows_rejected:
        _print_errors([str(e) for e in result.errors])
        print(
            f"letapis: {path.name}: {result.rows_rejected} rows rejected, "
            f"{result.rows_imported} imported.",
            file=sys.stderr,
        )
        return 1
    return 0


def run_export(args: argparse.Namespace) -> int:
    output = Path(args.output)
    try:
        fmt = ExportFormat(args.format)
    except ValueError as exc:
        raise LetapisError(
            f"Unknown export format {args.format!r}: use csv, xlsx or json."
        ) from exc
    if not output.parent.is_dir():
        raise LetapisError(f"The folder {output.parent} does not exist.")
    vault = _open(args)
    try:
        print(f"letapis: warning: {UNENCRYPTED_WARNING}", file=sys.stderr)
        with vault.session() as session:
            result = export_vault(session, output, fmt)
    finally:
        vault.lock()
    unit = "records" if fmt is ExportFormat.JSON else "rows"
    print(f"Exported {result.persons} persons ({result.rows} {unit}) to {result.path}")
    return 0
