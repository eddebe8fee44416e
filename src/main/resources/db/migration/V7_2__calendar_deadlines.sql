-- Calendar module: the deadlines of each year as data the ministry administrator edits (/admin/deadlines):
-- when the year's annual plan must be disclosed, and when its results must be complete. Seeded with the
-- rule in force (plans by 31 March of the year, results by the end of February of the next); a year with
-- no row follows the same rule (kr.jobgoal.calendar.Deadlines). Changes are audited.

create table calendar_deadline (
    year        smallint    primary key check (year between 2012 and 2100),
    plan_due    date        not null,
    results_due date        not null,
    updated_at  timestamptz not null default now(),
    updated_by  varchar(50) not null,
    check (extract(year from plan_due) = year),
    check (results_due > make_date(year, 12, 31) and results_due <= make_date(year + 1, 12, 31))
);

insert into calendar_deadline (year, plan_due, results_due, updated_by)
select y, make_date(y, 3, 31), make_date(y + 1, 3, 1) - 1, 'system'
from generate_series(2012, 2030) as y;
