package kr.jobgoal.evaluation.award;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import kr.jobgoal.evaluation.award.AwardYear.Category;
import kr.jobgoal.evaluation.award.AwardYear.CriterionRow;
import kr.jobgoal.evaluation.award.AwardYear.Input;
import kr.jobgoal.evaluation.award.AwardYearRepository.StoredAward;
import kr.jobgoal.evaluation.award.AwardYearRepository.StoredEntry;
import kr.jobgoal.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The public read side of confirmed award years: only what was confirmed (and so frozen) is ever read here,
 * in a fixed number of queries whatever the number of governments.
 */
@Component
public class AwardResults {

	private final AwardYearService service;

	private final AwardYearRepository repository;

	AwardResults(AwardYearService service, AwardYearRepository repository) {
		this.service = service;
		this.repository = repository;
	}

	/** The latest year whose awards are confirmed: the one the site's menu leads to. */
	public Optional<Integer> latestConfirmedYear() {
		return repository.latestConfirmedYear();
	}

	public List<StoredAward> awards(int year) {
		service.requireConfirmed(year);
		return repository.awards(year);
	}

	/** The awards of a year already read as confirmed (saves reading the year again). */
	public List<StoredAward> awards(Confirmed confirmed) {
		return repository.awards(confirmed.award().year());
	}

	public record GroupRanking(String category, String peerGroup, List<StoredEntry> entries) {
	}

	public record Confirmed(AwardYear award, List<GroupRanking> rankings) {
	}

	public Confirmed confirmed(int year) {
		AwardYear award = service.requireConfirmed(year);
		Map<Long, String> categoryCodes = new HashMap<>();
		award.categories().forEach(c -> categoryCodes.put(c.id(), c.code()));
		Map<String, GroupRanking> groups = new LinkedHashMap<>();
		for (StoredEntry e : repository.results(year)) {
			String category = categoryCodes.get(e.categoryId());
			groups.computeIfAbsent(category + "/" + e.peerGroup(), k -> new GroupRanking(category, e.peerGroup(), new ArrayList<>()))
				.entries().add(e);
		}
		return new Confirmed(award, List.copyOf(groups.values()));
	}

	public record Explained(String governmentCode, boolean demo, List<CategoryExplained> categories) {
	}

	public record CategoryExplained(String category, String categoryNameKo, String categoryNameEn, String peerGroup,
			String peerGroupNameKo, String peerGroupNameEn, int peerGroupSize, int rank, BigDecimal total, String tier,
			String tierNameKo, String tierNameEn, BigDecimal incentive, List<CriterionExplained> criteria) {

		public String categoryName(Locale locale) {
			return english(locale) ? categoryNameEn : categoryNameKo;
		}

		public String peerGroupName(Locale locale) {
			return english(locale) ? peerGroupNameEn : peerGroupNameKo;
		}

		public String tierName(Locale locale) {
			return english(locale) ? tierNameEn : tierNameKo;
		}
	}

	public record CriterionExplained(String code, String nameKo, String nameEn, String method, BigDecimal maxPoints, BigDecimal points,
			int peerRank, BigDecimal peerMin, BigDecimal peerMedian, BigDecimal peerMax, Input input,
			List<String> comments) {

		public String name(Locale locale) {
			return english(locale) ? nameEn : nameKo;
		}
	}

	/** Names are stored in Korean and English; any other language reads the Korean. */
	static boolean english(Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
	}

	/** One government's confirmed points per criterion with its inputs and where it stands in its peer group. */
	public Explained explain(int year, String code) {
		Confirmed confirmed = confirmed(year);
		Long governmentId = AwardYearService.governmentIds(confirmed.award()).get(code);
		if (governmentId == null) {
			throw new NotFoundException("지자체 " + code + "은(는) " + year + "년 일자리대상 평가 대상이 아닙니다.");
		}
		Map<String, Input> inputs = new HashMap<>();
		repository.inputs(year, governmentId).forEach(i -> inputs.put(i.indicator().name(), i));
		Map<String, StoredAward> awards = new HashMap<>();
		repository.awards(year).stream().filter(a -> a.governmentCode().equals(code))
			.forEach(a -> awards.put(a.category(), a));
		Map<Long, List<String>> comments = repository.comments(year, governmentId);
		List<CategoryExplained> categories = new ArrayList<>();
		for (Category category : confirmed.award().categories()) {
			for (GroupRanking group : confirmed.rankings()) {
				if (group.category().equals(category.code())) {
					group.entries().stream().filter(e -> e.code().equals(code)).findFirst()
						.ifPresent(own -> categories.add(explain(category, group, own, awards.get(category.code()), inputs,
								comments)));
				}
			}
		}
		return new Explained(code, confirmed.award().demo(), categories);
	}

	private static CategoryExplained explain(Category category, GroupRanking group, StoredEntry own, StoredAward award,
			Map<String, Input> inputs, Map<Long, List<String>> comments) {
		List<CriterionExplained> criteria = new ArrayList<>();
		for (CriterionRow c : category.criteria()) {
			List<BigDecimal> column = group.entries().stream().map(e -> e.points().get(c.code()))
				.sorted(Comparator.naturalOrder()).toList();
			BigDecimal points = own.points().get(c.code());
			int peerRank = 1 + (int) column.stream().filter(p -> p.compareTo(points) > 0).count();
			criteria.add(new CriterionExplained(c.code(), c.nameKo(), c.nameEn(), c.method().code(), c.maxPoints(), points, peerRank,
					column.get(0), median(column), column.get(column.size() - 1),
					c.indicator() == null ? null : inputs.get(c.indicator().name()), comments.getOrDefault(c.id(), List.of())));
		}
		AwardYear.PeerGroup peerGroup = category.peerGroups().stream().filter(g -> g.code().equals(group.peerGroup()))
			.findFirst().orElse(null);
		return new CategoryExplained(category.code(), category.nameKo(), category.nameEn(), group.peerGroup(),
				peerGroup == null ? group.peerGroup() : peerGroup.nameKo(),
				peerGroup == null ? group.peerGroup() : peerGroup.nameEn(), group.entries().size(), own.rank(), own.total(),
				award == null ? null : award.tier(), award == null ? null : award.tierNameKo(),
				award == null ? null : award.tierNameEn(), award == null ? null : award.incentive(), criteria);
	}

	/** The middle value, or the mean of the two middle ones (exact). */
	static BigDecimal median(List<BigDecimal> sorted) {
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
	}
}
