"""At-a-glance figures for one day, shown on the dashboard tab."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from app.domain.enums import Gender, StatusKind
from app.domain.partial_dates import month_bounds
from app.models import Detention, Person, StatusPeriod
from app.services.people import ListStatus, PersonFilter, count_persons, filter_clauses


@dataclass(frozen=True)
class DashboardFigures:
    on: date
    political_prisoners: int
    women: int
    incommunicado: int
    new_this_month: int
    released_this_month: int
    by_region: dict[str | None, int] = field(default_factory=dict)


def figures_on(session: Session, on: date) -> DashboardFigures:
    pp = PersonFilter(status=ListStatus.POLITICAL_PRISONER, status_on=on)
    first, last = month_bounds(on.year, on.month)
    month_prefix = f"{on.year:04d}-{on.month:02d}"
    new = (
        session.scalar(
            select(func.count(func.distinct(StatusPeriod.person_id))).where(
                StatusPeriod.kind == StatusKind.POLITICAL_PRISONER,
                ~StatusPeriod.deleted,
                type_coerce(StatusPeriod.starts_on, String).like(month_prefix + "%"),
            )
        )
        or 0
    )
    released = (
        session.scalar(
            select(func.count(func.distinct(Detention.person_id))).where(
                ~Detention.deleted, Detention.released_on >= first, Detention.released_on <= last
            )
        )
        or 0
    )
    by_region = dict(
        session.execute(
            select(Person.region_code, func.count())
            .where(*filter_clauses(pp, session))
            .group_by(Person.region_code)
            .order_by(func.count().desc())
        ).all()
    )
    return DashboardFigures(
        on=on,
        political_prisoners=sum(by_region.values()),
        women=count_persons(
            session,
            PersonFilter(status=ListStatus.POLITICAL_PRISONER, status_on=on, gender=Gender.FEMALE),
        ),
        incommunicado=count_persons(
            session, PersonFilter(status=ListStatus.INCOMMUNICADO, status_on=on)
        ),
        new_this_month=new,
        released_this_month=released,
        by_region=by_region,
    )
