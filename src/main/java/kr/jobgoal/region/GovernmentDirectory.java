package kr.jobgoal.region;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The region module's public API: the directory of local governments as of any date. */
public interface GovernmentDirectory {

	/** Governments valid on {@code asOf}, ordered by code; {@code level} and {@code parentCode} may be null. */
	List<Government> list(LocalDate asOf, String level, String parentCode);

	/**
	 * The government any of whose codes is {@code code}, as it was on {@code asOf}: the code valid then, or,
	 * for a government abolished before {@code asOf}, its last code. Empty for an unknown code or a
	 * government that did not exist yet.
	 */
	Optional<Government> find(String code, LocalDate asOf);

	/** The same, by the government's identity. */
	Optional<Government> findById(long governmentId, LocalDate asOf);

	/** Every code period of the government, oldest first. */
	List<Government> codeHistory(long governmentId);

	/** Codes that the given code continues from (several for a merger), and that continue from it. */
	Succession succession(String code);

	/** The whole directory read at once, for many lookups in memory (one query, however many rows are shown). */
	DirectorySnapshot snapshot();

	record Succession(List<String> predecessorCodes, List<String> successorCodes) {
	}
}
