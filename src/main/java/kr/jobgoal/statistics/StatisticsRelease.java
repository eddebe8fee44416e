package kr.jobgoal.statistics;

import java.time.Instant;

/**
 * One import of official figures: a shipped reference file, a KOSIS export or a Jobgoal CSV uploaded by a
 * ministry administrator. A file is imported once (by its SHA-256).
 *
 * @param actor the user who imported it, or {@code system} for the shipped reference data
 */
public record StatisticsRelease(long id, Kind kind, String fileName, String sha256, Instant importedAt, String actor) {

	public enum Kind {
		/** Shipped with Jobgoal under {@code reference/} (see SOURCES.md). */
		REFERENCE("reference"),
		/** A KOSIS CSV export (DT_1ES3A03_A01S layout). */
		KOSIS("kosis"),
		/** Jobgoal's own CSV ({@code governmentCode,indicator,period,value,unit,source}). */
		JOBGOAL_CSV("jobgoal-csv");

		private final String code;

		Kind(String code) {
			this.code = code;
		}

		/** As stored and sent in JSON. */
		public String code() {
			return code;
		}

		public static Kind of(String code) {
			for (Kind kind : values()) {
				if (kind.code.equals(code)) {
					return kind;
				}
			}
			throw new IllegalArgumentException("unknown release kind " + code);
		}
	}
}
