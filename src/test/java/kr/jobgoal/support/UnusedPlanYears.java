package kr.jobgoal.support;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Years in which a government has no annual plan yet, each handed to one test only, so that tests creating drafts
 * and disclosures start from a known state and pass in any order (a fixed "own year" collides as soon as two tests
 * pick the same one).
 */
public final class UnusedPlanYears {

	private static final Set<String> HANDED_OUT = ConcurrentHashMap.newKeySet();

	private UnusedPlanYears() {
	}

	/**
	 * A year from 2099 down to 2030 in which the government that has (or had) {@code code} has no annual plan, and
	 * that no other caller in this JVM was given for it.
	 */
	public static int of(JdbcTemplate jdbc, String code) {
		long governmentId = jdbc.queryForObject("select government_id from region_government_code where code = ?",
				Long.class, code);
		for (int year = 2099; year >= 2030; year--) {
			boolean planned = jdbc.queryForObject(
					"select exists (select 1 from plan_plan where government_id = ? and kind = 'ANNUAL' and period = ?)",
					Boolean.class, governmentId, year);
			if (!planned && HANDED_OUT.add(governmentId + "/" + year)) {
				return year;
			}
		}
		throw new IllegalStateException("no year without a plan left for " + code);
	}
}
