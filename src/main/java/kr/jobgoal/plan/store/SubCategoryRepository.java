package kr.jobgoal.plan.store;

import java.util.LinkedHashMap;
import java.util.Map;

import kr.jobgoal.plan.ProgramType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A government's own sub-categories (세부 분류) of programs, each under a program type ({@code plan_sub_category}). */
@Repository
public class SubCategoryRepository {

	private final JdbcClient jdbc;

	public SubCategoryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<String, ProgramType> subCategories(long governmentId) {
		Map<String, ProgramType> result = new LinkedHashMap<>();
		jdbc.sql("select name, type from plan_sub_category where government_id = :g order by name")
			.param("g", governmentId)
			.query(rs -> {
				result.put(rs.getString("name"), ProgramType.valueOf(rs.getString("type")));
			});
		return result;
	}

	/** @param demo generated demo data; a sub-category added again by a user is theirs (no longer demo) */
	public void addSubCategory(long governmentId, String name, ProgramType type, boolean demo) {
		jdbc.sql("insert into plan_sub_category (government_id, name, type, demo) values (:g, :name, :type, :demo)"
				+ " on conflict (government_id, name) do update set type = excluded.type, demo = excluded.demo")
			.param("g", governmentId)
			.param("name", name)
			.param("type", type.name())
			.param("demo", demo)
			.update();
	}

	public boolean removeSubCategory(long governmentId, String name) {
		return jdbc.sql("delete from plan_sub_category where government_id = :g and name = :name")
			.param("g", governmentId)
			.param("name", name)
			.update() == 1;
	}
}
