package kr.jobgoal.evaluation.award;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import kr.jobgoal.evaluation.scoring.Criterion;
import kr.jobgoal.evaluation.scoring.ScoringMethod;
import kr.jobgoal.evaluation.scoring.Tier;
import kr.jobgoal.statistics.Indicator;

/**
 * An award year as stored (전국 지방자치단체 일자리대상 of {@code year}, on the figures of {@code year − 1}): its
 * categories with their peer groups, rubric and tiers.
 *
 * @param status {@code SETUP} (being set up), {@code OPEN} (inputs frozen, evaluators scoring) or
 *     {@code CONFIRMED} (results frozen and public)
 * @param nominationsPerProvince how many basic governments each province nominates in the 1차; {@code null}: the
 *     year has no 1차 and every government goes to the 2차 at once
 * @param nominatedAt when the administrator closed the 1차 (its nominations are then fixed)
 * @param notNominated the basic governments the closed 1차 did not nominate: they take no part in the 2차
 */
public record AwardYear(int year, String status, OffsetDateTime snapshotAt, OffsetDateTime confirmedAt, boolean demo,
		Integer nominationsPerProvince, OffsetDateTime nominatedAt, Set<Long> notNominated, List<Category> categories) {

	public static final String SETUP = "SETUP";
	public static final String OPEN = "OPEN";
	public static final String CONFIRMED = "CONFIRMED";

	public AwardYear {
		notNominated = Set.copyOf(notNominated);
		categories = List.copyOf(categories);
	}

	/** Whether the year has a 1차 (provincial nomination) before the central 2차. */
	public boolean hasFirstStage() {
		return nominationsPerProvince != null;
	}

	/**
	 * The stage the year is in: 1 while its 1차 is not yet closed, else 2 (also for a year without a 1차, and
	 * for a confirmed year).
	 */
	public int stage() {
		return hasFirstStage() && nominatedAt == null ? 1 : 2;
	}

	/** Whether the government takes part in the 2차: every metro government and every basic one nominated. */
	public boolean inSecondStage(long governmentId) {
		return !notNominated.contains(governmentId);
	}

	/** The year whose figures are evaluated. */
	public int dataYear() {
		return year - 1;
	}

	public boolean confirmed() {
		return CONFIRMED.equals(status);
	}

	/** A category (부문), e.g. 지역일자리 목표 공시제 부문. */
	public record Category(long id, String code, String nameKo, String nameEn, List<PeerGroup> peerGroups,
			List<CriterionRow> criteria, List<TierRow> tiers) {

		public Category {
			peerGroups = List.copyOf(peerGroups);
			criteria = List.copyOf(criteria);
			tiers = List.copyOf(tiers);
		}

		public List<Criterion> rubric() {
			return criteria.stream().map(CriterionRow::criterion).toList();
		}

		public List<Tier> scoringTiers() {
			return tiers.stream().map(t -> new Tier(t.code(), t.perPeerGroup(), t.incentive())).toList();
		}

		/** The name in the page's language (English pages use the rubric's English name). */
		public String name(Locale locale) {
			return AwardResults.english(locale) ? nameEn : nameKo;
		}
	}

	/** A peer group (비교 집단) and its members: government id → code. */
	public record PeerGroup(long id, String code, String nameKo, String nameEn, Map<Long, String> members) {

		public PeerGroup {
			members = Map.copyOf(members);
		}

		/** The name in the page's language (English pages use the rubric's English name). */
		public String name(Locale locale) {
			return AwardResults.english(locale) ? nameEn : nameKo;
		}
	}

	/** A criterion (평가 지표) of the rubric with its names. */
	public record CriterionRow(long id, String code, String nameKo, String nameEn, ScoringMethod method,
			Indicator indicator, BigDecimal maxPoints, BigDecimal cap) {

		public Criterion criterion() {
			return method.qualitative() ? Criterion.qualitative(code, maxPoints)
					: Criterion.quantitative(code, method, indicator, maxPoints, cap);
		}

		/** The name in the page's language (English pages use the rubric's English name). */
		public String name(Locale locale) {
			return AwardResults.english(locale) ? nameEn : nameKo;
		}
	}

	/** An award tier (포상 등급) in award order. */
	public record TierRow(long id, String code, String nameKo, String nameEn, int perPeerGroup, BigDecimal incentive) {

		/** The name in the page's language (English pages use the rubric's English name). */
		public String name(Locale locale) {
			return AwardResults.english(locale) ? nameEn : nameKo;
		}
	}

	/** One frozen input: a government's figures for an indicator and the source they were read from. */
	public record Input(long governmentId, String governmentCode, Indicator indicator, BigDecimal target,
			BigDecimal actual, BigDecimal previous, String source) {
	}

	/** One evaluator's score of a qualitative criterion for a government. */
	public record Score(long criterionId, long governmentId, String evaluator, BigDecimal score, String comment,
			boolean submitted) {
	}
}
