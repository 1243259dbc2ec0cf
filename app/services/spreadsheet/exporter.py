"""Export the vault (or the persons of a list view) as the template, or as a JSON archive.

The template export is the import format, so export -> import into an empty vault gives the
same records: ``person_key`` and ``case_key`` carry the vault ids, a person's case rows come
first, then rows for custody periods and sentences outside any case; status periods and events
fill the person's rows in order, adding rows when a person has more of them than rows. The
person's own columns repeat on every row, so a sheet sorted or filtered in Excel still reads.

The JSON archive holds every live record of every synced table (and attachments), for keeping.

Both are plaintext: whoever gets the file reads it. Callers show :data:`UNENCRYPTED_WARNING`.
Every CSV/XLSX cell passes through :func:`cells.neutralise` against formula injection.
"""

from __future__ import annotations

import base64
import csv
import json
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, select
from sqlalchemy.orm import Session

from app import __version__, reference
from app.domain.enums import Gender, PublicationLevel, Regime
from app.models import (
    SYNCED_MODELS,
    Attachment,
    AttachmentBlob,
    Case,
    Charge,
    CustomArticle,
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
from app.services.spreadsheet import values as v
from app.services.spreadsheet.cells import neutralise
from app.services.spreadsheet.template import COLUMN_NAMES, STATUS_COLUMNS
from app.services.spreadsheet.vault_state import chunks
from app.sync.changelog import encode_value

UNENCRYPTED_WARNING = (
    "The exported file is NOT encrypted: anyone who gets it can read every name in it. "
    "Keep it on an encrypted drive and delete it when done."
)
ARCHIVE_FORMAT = "letapis-archive"
ARCHIVE_VERSION = 1
EXPORT_CHUNK = 2000

_GENDER = {Gender.FEMALE: "f", Gender.MALE: "m", Gender.OTHER: "other", Gender.UNKNOWN: ""}
_PUBLISH = {
    PublicationLevel.PUBLISH: "name",
    PublicationLevel.ANONYMISE: "anonymise",
    PublicationLevel.NEVER: "never",
}
_SCRIPT_COLUMN = {"be": "name_be", "ru": "name_ru", "latin": "name_latin", "other": "name_other"}
Row = dict[str, Any]


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    JSON = "json"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: ExportFormat
    persons: int
    rows: int
    warning: str = UNENCRYPTED_WARNING


def export_vault(
    session: Session,
    path: Path | str,
    format: ExportFormat | str,
    person_ids: Iterable[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ExportResult:
    """Write the whole vault, or only ``person_ids`` (a filtered list view), to ``path``.

    Persons are read and written a chunk at a time, so a 100k-person vault never sits in memory
    as a whole. The file appears whole or not at all (written beside the target, then renamed).
    """
    path = Path(path)
    fmt = ExportFormat(format)
    conn = session.connection()
    scope = None if person_ids is None else set(person_ids)
    order = _person_order(conn, scope)
    tmp = path.with_name(f".{path.name}.part-{os.getpid()}")
    try:
        if fmt is ExportFormat.JSON:
            data = None if scope is None else _VaultData(conn, order, scope)
            count = _write_json(conn, data, tmp)
        else:
            rows = _template_rows(conn, order, scope, progress)
            count = (_write_csv if fmt is ExportFormat.CSV else _write_xlsx)(rows, tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return ExportResult(path, fmt, len(order), count)


def _person_order(conn: Connection, scope: set[str] | None) -> list[str]:
    """Ids of the live persons to export, in list order (by name)."""
    rows = conn.execute(
        select(Person.id, Person.display_name).where(Person.deleted.is_(False))
    ).all()
    if scope is not None:
        rows = [r for r in rows if r[0] in scope]
    rows.sort(key=lambda r: (r[1].casefold(), r[0]))
    return [r[0] for r in rows]


# -- reading the vault --------------------------------------------------------------------------


class _VaultData:
    """The live records of some persons (``ids``, in this order), grouped for row building.

    ``scope`` is the set of all exported persons (None: the whole vault), which decides the
    relatives a filtered export keeps.
    """

    def __init__(self, conn: Connection, ids: list[str], scope: set[str] | None) -> None:
        self.conn = conn
        self.scope = scope
        position = {pid: i for i, pid in enumerate(ids)}
        persons = self._where(Person.__table__, "id", ids)
        self.persons = sorted(persons, key=lambda p: position[p["id"]])
        self.ids = set(position)
        by_person = self._by_person
        self.names = by_person(PersonName.__table__)
        self.relations = by_person(Relation.__table__)
        self.charges = by_person(Charge.__table__)
        self.detentions = by_person(Detention.__table__)
        self.sentences = by_person(Sentence.__table__)
        self.statuses = by_person(StatusPeriod.__table__)
        self.events = by_person(RepressionEvent.__table__)
        self.attachments = by_person(Attachment.__table__)
        trial_ids = {
            s["trial_id"] for rows in self.sentences.values() for s in rows if s["trial_id"]
        }
        self.trials_by_id = {t["id"]: t for t in self._where(Trial.__table__, "id", trial_ids)}
        case_ids = {c["case_id"] for rows in self.charges.values() for c in rows}
        case_ids |= {
            d["case_id"] for rows in self.detentions.values() for d in rows if d["case_id"]
        }
        case_ids |= {t["case_id"] for t in self.trials_by_id.values()}
        self.cases = {c["id"]: c for c in self._where(Case.__table__, "id", case_ids)}
        self.trials: dict[str, list[Row]] = defaultdict(list)
        for trial in self._where(Trial.__table__, "case_id", self.cases):
            self.trials[trial["case_id"]].append(trial)
            self.trials_by_id[trial["id"]] = trial
        for trials in self.trials.values():
            trials.sort(key=lambda t: t["id"])
        judge_ids = {t["judge_id"] for t in self.trials_by_id.values() if t["judge_id"]}
        self.judges = {j["id"]: j for j in self._where(Judge.__table__, "id", judge_ids)}
        event_ids = {e["id"] for rows in self.events.values() for e in rows}
        self.links = self._where(
            SourceLink.__table__, "entity_id", self.ids | set(self.cases) | event_ids
        )
        source_ids = {link["source_id"] for link in self.links}
        source_ids |= {
            e["source_id"] for rows in self.events.values() for e in rows if e["source_id"]
        }
        self.sources = {s["id"]: s for s in self._where(Source.__table__, "id", source_ids)}
        self.sources_of: dict[str, list[Row]] = defaultdict(list)
        for link in sorted(self.links, key=lambda link: link["id"]):
            if link["source_id"] in self.sources:
                self.sources_of[link["entity_id"]].append(self.sources[link["source_id"]])

    def _where(self, table: Table, column: str, ids: Iterable[str]) -> list[Row]:
        out: list[Row] = []
        for chunk in chunks(ids):
            stmt = select(table).where(table.c[column].in_(chunk), table.c.deleted.is_(False))
            out.extend(dict(r) for r in self.conn.execute(stmt).mappings())
        return out

    def _by_person(self, table: Table) -> dict[str, list[Row]]:
        grouped: dict[str, list[Row]] = defaultdict(list)
        for row in sorted(self._where(table, "person_id", self.ids), key=lambda r: r["id"]):
            grouped[row["person_id"]].append(row)
        return grouped

    def case_of_sentence(self, sentence: Row) -> str | None:
        trial = self.trials_by_id.get(sentence["trial_id"]) if sentence["trial_id"] else None
        return trial["case_id"] if trial else None


# -- template rows --------------------------------------------------------------------------------


def _iso(value: Any) -> str:
    return "" if value is None else value.isoformat() if hasattr(value, "isoformat") else str(value)


def _sources_text(sources: list[Row]) -> str:
    specs = [
        v.SourceSpec(s["url"], s["publication"], s["published_on"], s["reliability"])
        for s in sources
    ]
    return "; ".join(spec.format() for spec in specs)


def _region_text(code: str | None) -> str:
    if not code:
        return ""
    try:
        return reference.region(code).name("en")
    except KeyError:
        return code


def _court_text(code: str | None) -> str:
    if not code:
        return ""
    try:
        return reference.court(code).name("en")
    except KeyError:
        return code


def _person_cells(data: _VaultData, person: Row) -> dict[str, str]:
    pid = person["id"]
    names: dict[str, list[str]] = defaultdict(list)
    for name in sorted(data.names[pid], key=lambda n: (not n["is_primary"], n["id"])):
        names[_SCRIPT_COLUMN[name["script"].value]].append(name["full_name"])
    relatives = [
        f"{r['other_person_id']}:{r['relation_type'].value}"
        for r in data.relations[pid]
        if data.scope is None or r["other_person_id"] in data.scope
    ]
    cells = {
        "person_key": pid,
        "name": person["display_name"],
        "gender": _GENDER[person["gender"]],
        "birth_date": _iso(person["birth_date"]),
        "region": _region_text(person["region_code"]),
        "city": person["city"] or "",
        "occupation": person["occupation"] or "",
        "categories": "; ".join(c for c in person["categories"].split(",") if c),
        "relatives": "; ".join(relatives),
        "publish": _PUBLISH[person["publication"]],
        "sources": _sources_text(data.sources_of.get(pid, [])),
        "notes": person["notes"] or "",
        "health_concerns": person["health_concerns"] or "",
    }
    cells.update({column: "; ".join(texts) for column, texts in names.items()})
    primary = next((n for n in data.names[pid] if n["is_primary"]), None)
    if primary is not None:
        spelled = [c for c, texts in names.items() if primary["full_name"] in texts]
        if len(spelled) > 1:
            cells["primary_name_script"] = primary["script"].value
    return cells


def _case_cells(data: _VaultData, case: Row, pid: str) -> dict[str, str]:
    articles = [c["article_key"] for c in data.charges[pid] if c["case_id"] == case["id"]]
    cells = {
        "case_key": case["id"],
        "case_type": case["kind"].value,
        "case_number": case["number"] or "",
        "case_opened_on": _iso(case["opened_on"]),
        "investigating_body": case["investigating_body"] or "",
        "case_status": case["status"].value,
        "case_notes": case["notes"] or "",
        "case_sources": _sources_text(data.sources_of.get(case["id"], [])),
        "articles": "; ".join(v.format_article(key) for key in articles),
    }
    trials = data.trials.get(case["id"])
    if trials:
        trial = trials[0]
        judge = data.judges.get(trial["judge_id"]) if trial["judge_id"] else None
        cells.update(
            court=_court_text(trial["court_code"]),
            judge=judge["full_name"] if judge else "",
            trial_started_on=_iso(trial["started_on"]),
            verdict_on=_iso(trial["verdict_on"]),
            in_absentia="yes" if trial["in_absentia"] else "no",
            special_proceedings="yes" if trial["special_proceedings"] else "no",
            closed_hearing="yes" if trial["closed_hearing"] else "no",
            appeal_on=_iso(trial["appeal_on"]),
            appeal_outcome=trial["appeal_outcome"] or "",
            trial_notes=trial["notes"] or "",
        )
    return cells


def _sentence_cells(data: _VaultData, sentence: Row, by_id: dict[str, Row]) -> dict[str, str]:
    extends = ""
    if sentence["extends_sentence_id"]:
        target = by_id.get(sentence["extends_sentence_id"])
        case_id = data.case_of_sentence(target) if target else None
        extends = case_id or "yes"
    return {
        "sentence_type": sentence["sentence_type"].value,
        "sentence_term": v.format_term(
            sentence["term_years"], sentence["term_months"], sentence["term_days"]
        )
        if sentence["term_years"] or sentence["term_months"] or sentence["term_days"]
        else "",
        "regime": "" if sentence["regime"] is Regime.NONE else sentence["regime"].value,
        "fine": "" if sentence["fine_amount"] is None else str(sentence["fine_amount"]),
        "extends_sentence": extends,
        "sentence_starts_on": _iso(sentence["starts_on"]),
        "credited_days": str(sentence["credited_days"]) if sentence["credited_days"] else "",
        "expected_release": _iso(sentence["expected_release"]),
        "sentence_notes": sentence["notes"] or "",
    }


def _detention_cells(detention: Row) -> dict[str, str]:
    return {
        "detained_on": _iso(detention["detained_on"]),
        "place_kind": detention["place_kind"].value if detention["place_kind"] else "",
        "place_of_detention": detention["place_name"] or "",
        "released_on": _iso(detention["released_on"]),
        "release_reason": detention["release_reason"].value if detention["release_reason"] else "",
        "detention_notes": detention["notes"] or "",
    }


def _event_cells(data: _VaultData, event: Row) -> dict[str, str]:
    source = data.sources.get(event["source_id"]) if event["source_id"] else None
    return {
        "event_type": event["event_type"].value,
        "event_on": _iso(event["occurred_on"]),
        "event_place": event["place"] or "",
        "event_body": event["responsible_body"] or "",
        "event_description": event["description"] or "",
        "event_source": _sources_text([source]) if source else "",
    }


def _person_rows(data: _VaultData, person: Row) -> list[dict[str, str]]:
    pid = person["id"]
    by_id = {s["id"]: s for s in data.sentences[pid]}
    case_ids = [c["case_id"] for c in data.charges[pid]]
    case_ids += [d["case_id"] for d in data.detentions[pid] if d["case_id"]]
    case_ids += [c for s in data.sentences[pid] if (c := data.case_of_sentence(s))]
    case_ids = [c for c in dict.fromkeys(case_ids) if c in data.cases]
    rows: list[dict[str, str]] = []
    for case_id in case_ids:
        case_cells = _case_cells(data, data.cases[case_id], pid)
        sentences = [s for s in data.sentences[pid] if data.case_of_sentence(s) == case_id]
        detentions = [d for d in data.detentions[pid] if d["case_id"] == case_id]
        for i in range(max(1, len(sentences), len(detentions))):
            row = dict(case_cells) if i == 0 else {"case_key": case_id}
            if i < len(sentences):
                row.update(_sentence_cells(data, sentences[i], by_id))
            if i < len(detentions):
                row.update(_detention_cells(detentions[i]))
            rows.append(row)
    loose = [s for s in data.sentences[pid] if data.case_of_sentence(s) is None]
    free = [d for d in data.detentions[pid] if not d["case_id"] or d["case_id"] not in data.cases]
    for i in range(max(len(loose), len(free))):
        row = {}
        if i < len(loose):
            row.update(_sentence_cells(data, loose[i], by_id))
        if i < len(free):
            row.update(_detention_cells(free[i]))
        rows.append(row)
    statuses: dict[Any, list[Row]] = defaultdict(list)
    for status in sorted(
        data.statuses[pid], key=lambda s: (s["starts_on"] is not None, s["starts_on"] or 0, s["id"])
    ):
        statuses[status["kind"]].append(status)
    events = data.events[pid]
    needed = max([len(events), *(len(s) for s in statuses.values()), 1])
    while len(rows) < needed:
        rows.append({})
    for columns in STATUS_COLUMNS:
        for row, status in zip(rows, statuses.get(columns.kind, []), strict=False):
            row[columns.since] = _iso(status["starts_on"]) or v.UNKNOWN_WORD
            row[columns.until] = _iso(status["ends_on"])
    for row, event in zip(rows, events, strict=False):
        row.update(_event_cells(data, event))
    person_cells = _person_cells(data, person)
    return [{**person_cells, **row} for row in rows]


def _template_rows(
    conn: Connection,
    order: list[str],
    scope: set[str] | None,
    progress: Callable[[int, int], None] | None,
) -> Iterator[list[str]]:
    total = len(order)
    for start in range(0, total, EXPORT_CHUNK):
        data = _VaultData(conn, order[start : start + EXPORT_CHUNK], scope)
        for person in data.persons:
            for row in _person_rows(data, person):
                yield [neutralise(row.get(name, "")) for name in COLUMN_NAMES]
        if progress is not None:
            progress(min(start + EXPORT_CHUNK, total), total)


def _write_csv(rows: Iterable[list[str]], path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(COLUMN_NAMES)
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def _write_xlsx(rows: Iterable[list[str]], path: Path) -> int:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("letapis")
    sheet.freeze_panes = "B2"
    sheet.append(list(COLUMN_NAMES))
    count = 0
    for row in rows:
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", cell) if cell else None for cell in row])
        count += 1
    workbook.save(path)
    return count


# -- JSON archive ---------------------------------------------------------------------------------


def _archive_tables(
    conn: Connection, data: _VaultData | None
) -> Iterator[tuple[str, Iterator[Row]]]:
    """(table name, rows) of every synced table; only the exported persons' records if
    ``data`` is given (a filtered export)."""
    if data is None:
        for model in (*SYNCED_MODELS, CustomArticle):
            table = model.__table__
            stmt = select(table)
            if "deleted" in table.c:
                stmt = stmt.where(table.c.deleted.is_(False))
            rows = conn.execute(stmt.order_by(*table.primary_key)).mappings()
            yield table.name, (dict(r) for r in rows)
        return
    flat = {
        "persons": data.persons,
        "person_names": _flat(data.names),
        "relations": _flat(data.relations),
        "sources": list(data.sources.values()),
        "source_links": data.links,
        "events": _flat(data.events),
        "status_periods": _flat(data.statuses),
        "cases": list(data.cases.values()),
        "charges": _flat(data.charges),
        "detentions": _flat(data.detentions),
        "judges": list(data.judges.values()),
        "trials": list(data.trials_by_id.values()),
        "sentences": _flat(data.sentences),
        "attachments": _flat(data.attachments),
    }
    for name, rows in flat.items():
        yield name, iter(rows)


def _flat(grouped: dict[str, list[Row]]) -> list[Row]:
    return [row for rows in grouped.values() for row in rows]


def _blobs(conn: Connection, data: _VaultData | None) -> Iterator[Row]:
    if data is not None:
        wanted = {a["sha256"] for rows in data.attachments.values() for a in rows}
    else:
        wanted = set(
            conn.execute(select(Attachment.sha256).where(Attachment.deleted.is_(False))).scalars()
        )
    for chunk in chunks(wanted, 50):
        for row in conn.execute(
            select(AttachmentBlob.__table__).where(AttachmentBlob.sha256.in_(chunk))
        ).mappings():
            yield {
                "sha256": row["sha256"],
                "size": row["size"],
                "data": base64.b64encode(row["data"]).decode("ascii"),
            }


def _write_json(conn: Connection, data: _VaultData | None, path: Path) -> int:
    count = 0
    header = {
        "format": ARCHIVE_FORMAT,
        "version": ARCHIVE_VERSION,
        "app_version": __version__,
        "exported_at": datetime.now(UTC).isoformat(),
        "filtered": data is not None,
    }
    with path.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps(header, ensure_ascii=False)[:-1] + ',\n "tables": {')
        tables = list(_archive_tables(conn, data))
        tables.append(("attachment_blobs", _blobs(conn, data)))
        for index, (name, rows) in enumerate(tables):
            handle.write(("," if index else "") + f"\n  {json.dumps(name)}: [")
            for n, row in enumerate(rows):
                record = {k: encode_value(value) for k, value in row.items()}
                handle.write(
                    ("," if n else "")
                    + "\n   "
                    + json.dumps(record, ensure_ascii=False, sort_keys=True)
                )
                count += 1
            handle.write("\n  ]")
        handle.write("\n }\n}\n")
    return count
