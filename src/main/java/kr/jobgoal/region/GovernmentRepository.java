package kr.jobgoal.region;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class GovernmentRepository implements GovernmentDirectory {

	private static final String COLUMNS = "government_id, code, name_ko, name_en, level, type, parent_code, valid_from, valid_to";

	private static final String VALID_ON = "valid_from <= :asOf and (valid_to is null or valid_to >= :asOf)";

	/** The code valid on the date, else the last one that ended before it (an abolished government). */
	private static final String ON_DATE = "valid_from <= :asOf"
			+ " order by (valid_to is null or valid_to >= :asOf) desc, valid_from desc limit 1";

	private static final RowMapper<Government> MAPPER = (rs, n) -> new Government(rs.getLong("government_id"),
			rs.getString("code"), rs.getString("name_ko"), rs.getString("name_en"), rs.getString("level"),
			rs.getString("type"), rs.getString("parent_code"), rs.getObject("valid_from", LocalDate.class),
			rs.getObject("valid_to", LocalDate.class));

	private final JdbcClient jdbc;

	GovernmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Government> list(LocalDate asOf, String level, String parentCode) {
		String parentCodeOnDate = null;
		if (parentCode != null) {
			Optional<Government> parent = find(parentCode, asOf);
			if (parent.isEmpty()) {
				return List.of();
			}
			parentCodeOnDate = parent.get().code();
		}
		return jdbc.sql("select " + COLUMNS + " from region_government_code where " + VALID_ON
				+ " and (cast(:level as varchar) is null or level = :level)"
				+ " and (cast(:parent as varchar) is null or parent_code = :parent) order by code")
			.param("asOf", asOf)
			.param("level", level)
			.param("parent", parentCodeOnDate)
			.query(MAPPER)
			.list();
	}

	@Override
	public Optional<Government> find(String code, LocalDate asOf) {
		return jdbc.sql("select " + COLUMNS + " from region_government_code where government_id ="
				+ " (select government_id from region_government_code where code = :code) and " + ON_DATE)
			.param("code", code)
			.param("asOf", asOf)
			.query(MAPPER)
			.optional();
	}

	@Override
	public Optional<Government> findById(long governmentId, LocalDate asOf) {
		return jdbc.sql("select " + COLUMNS + " from region_government_code where government_id = :id and " + ON_DATE)
			.param("id", governmentId)
			.param("asOf", asOf)
			.query(MAPPER)
			.optional();
	}

	@Override
	public DirectorySnapshot snapshot() {
		List<Government> governments = new ArrayList<>();
		Map<String, Succession> successions = new HashMap<>();
		jdbc.sql("select " + COLUMNS + """
				, array(select predecessor_code from region_succession where successor_code = code order by 1) as predecessors,
				  array(select successor_code from region_succession where predecessor_code = code order by 1) as successors
				from region_government_code order by code""")
			.query(rs -> {
				governments.add(MAPPER.mapRow(rs, 0));
				successions.put(rs.getString("code"),
						new Succession(codes(rs.getArray("predecessors")), codes(rs.getArray("successors"))));
			});
		return new DirectorySnapshot(governments, successions);
	}

	private static List<String> codes(Array array) throws SQLException {
		return List.of((String[]) array.getArray());
	}

	@Override
	public List<Government> codeHistory(long governmentId) {
		return jdbc.sql("select " + COLUMNS + " from region_government_code where government_id = :id order by valid_from")
			.param("id", governmentId)
			.query(MAPPER)
			.list();
	}

	@Override
	public Succession succession(String code) {
		List<String> predecessors = jdbc
			.sql("select predecessor_code from region_succession where successor_code = :code order by 1")
			.param("code", code)
			.query(String.class)
			.list();
		List<String> successors = jdbc
			.sql("select successor_code from region_succession where predecessor_code = :code order by 1")
			.param("code", code)
			.query(String.class)
			.list();
		return new Succession(predecessors, successors);
	}
}
