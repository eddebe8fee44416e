-- Statistics module: REGULAR_WORKERS (상용근로자 수) is counted in persons, the unit plans set its targets in,
-- so that targets and official values compare without conversion.
alter table statistics_value drop constraint statistics_value_unit_check;
alter table statistics_value add constraint statistics_value_unit_check
    check (unit in ('%', 'thousand_persons', 'persons', 'jobs'));
