-- Confirmation writes a year's results at once (243 governments × 10 criteria: about 2,700 rows). V6_1 checked
-- every one of those rows with two row triggers that each read the year (docs/benchmarks.md: most of the
-- database's time per confirmation). The rows of evaluation_result, evaluation_result_point and
-- evaluation_award are now checked once per inserting statement, over all of its rows: none may go into a
-- confirmed year, and each row's demo mark, which the writer now sets itself, must be its year's. Updates and
-- deletes keep V6_1's row triggers.

create function evaluation_check_inserted_results() returns trigger language plpgsql as $$
begin
    if exists (select 1 from inserted n join evaluation_year y on y.year = n.year where y.status = 'CONFIRMED') then
        raise exception '확정된 평가에는 더할 수 없습니다 (%)', tg_table_name;
    end if;
    if exists (select 1 from inserted n left join evaluation_year y on y.year = n.year
               where n.demo is distinct from coalesce(y.demo, false)) then
        raise exception '평가 결과의 데모 표시는 그 연도의 것이어야 합니다 (%)', tg_table_name;
    end if;
    return null;
end
$$;

do $$
declare
    t text;
begin
    foreach t in array array['evaluation_result', 'evaluation_result_point', 'evaluation_award'] loop
        execute format('drop trigger %I on %I', t || '_demo', t);
        execute format('drop trigger %I on %I', t || '_immutable', t);
        execute format('create trigger %I before update on %I for each row execute function evaluation_demo_from_year()',
                t || '_demo', t);
        execute format('create trigger %I before update or delete on %I for each row execute function evaluation_refuse_confirmed_change()',
                t || '_immutable', t);
        execute format('create trigger %I after insert on %I referencing new table as inserted for each statement execute function evaluation_check_inserted_results()',
                t || '_inserted', t);
    end loop;
end
$$;

-- Each point and award row was checked against its year and, separately, against its result, which has the same
-- year: two foreign-key lookups per row where one says both (the points' were a third of the confirmation's time).
alter table evaluation_result add constraint evaluation_result_year_key unique (year, category_id, government_id);

alter table evaluation_result_point drop constraint evaluation_result_point_year_fkey,
    drop constraint evaluation_result_point_category_id_government_id_fkey,
    add constraint evaluation_result_point_result_fkey foreign key (year, category_id, government_id)
        references evaluation_result (year, category_id, government_id) on delete cascade;

alter table evaluation_award drop constraint evaluation_award_year_fkey,
    drop constraint evaluation_award_category_id_government_id_fkey,
    add constraint evaluation_award_result_fkey foreign key (year, category_id, government_id)
        references evaluation_result (year, category_id, government_id) on delete cascade;
