package kr.jobgoal.evaluation.award;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 */
public record AwardYear(int year, String status, OffsetDateTime snapshotAt, OffsetDateTime confirmedAt, boolean demo,
		List<Category> categories) {

	public static final String SETUP = "SETUP";
	public static final String OPEN = "OPEN";
	public static final String CONFIRMED = "CONFIRMED";

	public AwardYear {
		categories = List.copyOf(categories);
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
