package kr.jobgoal.region;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the shipped directory of local governments ({@code reference/local-governments.csv}) into the
 * database, idempotently: running it again changes nothing, and a newer file updates or adds rows.
 *
 * <p>A row continues the same government when it has exactly one predecessor and that predecessor is
 * continued by no other row (52210 김제시 continues 45210). A merger (12000 from 29000 and 46000) or a
 * split (28275 and 28290 both from 28260) makes a new government that records its predecessors.
 */
@Component
class ReferenceGovernmentLoader {

	static final String RESOURCE = "reference/local-governments.csv";

	private static final Logger log = LoggerFactory.getLogger(ReferenceGovernmentLoader.class);

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	ReferenceGovernmentLoader(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	record Row(String code, String nameKo, String nameEn, String level, String type, String parentCode,
			LocalDate validFrom, LocalDate validTo, List<String> predecessorCodes) {
	}

	/** Returns how many code rows were added or changed. */
	@Transactional
	public int load() {
		List<Row> rows = read();
		Map<String, Long> governmentByCode = new HashMap<>();
		jdbc.sql("select code, government_id from region_government_code")
			.query(rs -> {
				governmentByCode.put(rs.getString(1), rs.getLong(2));
			});
		Map<String, Integer> successorCount = new HashMap<>();
		rows.forEach(row -> row.predecessorCodes().forEach(p -> successorCount.merge(p, 1, Integer::sum)));

		int changed = 0;
		for (Row row : rows) {
			Long governmentId = governmentByCode.get(row.code());
			if (governmentId == null) {
				governmentId = continuesSameGovernment(row, successorCount)
						? governmentByCode.get(row.predecessorCodes().get(0))
						: jdbc.sql("insert into region_government default values returning id").query(Long.class).single();
				governmentByCode.put(row.code(), governmentId);
			}
			changed += jdbc.sql("""
					insert into region_government_code
					  (code, government_id, name_ko, name_en, level, type, parent_code, valid_from, valid_to)
					values (:code, :gid, :nameKo, :nameEn, :level, :type, :parent, :from, :to)
					on conflict (code) do update set name_ko = excluded.name_ko, name_en = excluded.name_en,
					  level = excluded.level, type = excluded.type, parent_code = excluded.parent_code,
					  valid_from = excluded.valid_from, valid_to = excluded.valid_to
					where (region_government_code.name_ko, region_government_code.name_en, region_government_code.level,
					       region_government_code.type, region_government_code.parent_code,
					       region_government_code.valid_from, region_government_code.valid_to)
					  is distinct from (excluded.name_ko, excluded.name_en, excluded.level, excluded.type,
					       excluded.parent_code, excluded.valid_from, excluded.valid_to)
					""")
				.param("code", row.code())
				.param("gid", governmentId)
				.param("nameKo", row.nameKo())
				.param("nameEn", row.nameEn())
				.param("level", row.level())
				.param("type", row.type())
				.param("parent", row.parentCode())
				.param("from", row.validFrom())
				.param("to", row.validTo())
				.update();
		}
		for (Row row : rows) {
			for (String predecessor : row.predecessorCodes()) {
				jdbc.sql("insert into region_succession (successor_code, predecessor_code) values (:s, :p) on conflict do nothing")
					.param("s", row.code())
					.param("p", predecessor)
					.update();
			}
		}
		if (changed > 0) {
			log.info("지자체 기준정보 {}건 반영 ({}건 중)", changed, rows.size());
			events.publishEvent(new DirectoryReloaded(changed));
		}
		return changed;
	}

	private static boolean continuesSameGovernment(Row row, Map<String, Integer> successorCount) {
		return row.predecessorCodes().size() == 1 && successorCount.get(row.predecessorCodes().get(0)) == 1;
	}

	static List<Row> read() {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8)) {
			List<Row> rows = new ArrayList<>();
			for (CSVRecord r : format.parse(reader)) {
				rows.add(new Row(r.get("code"), r.get("name_ko"), r.get("name_en"), r.get("level"), r.get("type"),
						blankToNull(r.get("parent_code")), LocalDate.parse(r.get("valid_from")),
						r.get("valid_to").isBlank() ? null : LocalDate.parse(r.get("valid_to")),
						r.get("predecessor_codes").isBlank() ? List.of()
								: Arrays.asList(r.get("predecessor_codes").split(";"))));
			}
			// Predecessors before successors, metro before basic (a basic row's parent must exist first).
			rows.sort(Comparator.comparing(Row::validFrom).thenComparing(r -> !"metro".equals(r.level())).thenComparing(Row::code));
			return rows;
		}
		catch (IOException e) {
			throw new UncheckedIOException("지자체 기준정보 파일을 읽지 못했습니다: " + RESOURCE, e);
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}
}
