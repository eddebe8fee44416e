package kr.jobgoal.evaluation.award;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.jobgoal.evaluation.EvaluationConfirmed;
import kr.jobgoal.evaluation.award.AwardYear.Category;
import kr.jobgoal.evaluation.award.AwardYear.CriterionRow;
import kr.jobgoal.evaluation.award.AwardYear.Input;
import kr.jobgoal.evaluation.award.AwardYear.PeerGroup;
import kr.jobgoal.evaluation.award.AwardYear.Score;
import kr.jobgoal.evaluation.award.AwardYear.TierRow;
import kr.jobgoal.evaluation.scoring.Criterion;
import kr.jobgoal.evaluation.scoring.GovernmentInputs;
import kr.jobgoal.evaluation.scoring.IndicatorValues;
import kr.jobgoal.evaluation.scoring.ScoringEngine;
import kr.jobgoal.evaluation.scoring.ScoringInput;
import kr.jobgoal.evaluation.scoring.ScoringOutcome;
import kr.jobgoal.evaluation.scoring.Tier;
import kr.jobgoal.identity.AuditLog;
import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.identity.Role;
import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.result.AnnualRollUp;
import kr.jobgoal.result.Results;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import kr.jobgoal.shared.NotFoundException;
import kr.jobgoal.shared.Period;
import kr.jobgoal.statistics.Indicator;
import kr.jobgoal.statistics.OfficialStatistics;
import kr.jobgoal.statistics.OfficialValue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation module's one guard and the only writer of award years: set-up, the frozen snapshot, the
 * evaluators' scores (with the conflict rule) and confirmation. Every write is checked here, never in a
 * controller, and audited. Stored evaluation and what-if use the one {@link ScoringEngine}.
 */
@Service
public class AwardYearService {

	static final int FIRST_YEAR = 2013;

	static final int LAST_YEAR = 2099;

	private final AwardYearRepository repository;

	private final GovernmentDirectory directory;

	private final Results results;

	private final OfficialStatistics statistics;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AwardYearService(AwardYearRepository repository, GovernmentDirectory directory, Results results,
			OfficialStatistics statistics, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.directory = directory;
		this.results = results;
		this.statistics = statistics;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	// --- reading

	public Optional<AwardYear> find(int year) {
		checkYear(year);
		return repository.find(year);
	}

	public AwardYear require(int year) {
		return find(year).orElseThrow(() -> new NotFoundException(year + "년 일자리대상 평가가 없습니다."));
	}

	/** A confirmed year, or 404: nothing of an unconfirmed evaluation is public. */
	public AwardYear requireConfirmed(int year) {
		AwardYear award = require(year);
		if (!award.confirmed()) {
			throw new NotFoundException(year + "년 일자리대상 평가는 아직 확정되지 않았습니다.");
		}
		return award;
	}

	static void checkYear(int year) {
		checkYearField(year, "year");
	}

	static void checkYearField(int year, String field) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			String message = "연도 " + year + "은(는) 올바르지 않습니다. " + FIRST_YEAR + "~" + LAST_YEAR + "년 사이로 쓰세요.";
			throw new InvalidInputException(message, List.of(new FieldProblem(field, message)));
		}
	}

	List<AwardYearRepository.Stage> stages(int year) {
		return repository.stages(year);
	}

	// --- set-up

	/** How a category's peer groups are formed from the directory's government types. */
	public enum PeerGroupRule {
		/** 광역 (metro) / 시 (city) / 군 (county) / 구 (district): the default. */
		BY_TYPE,
		/** 광역 / 기초. */
		BY_LEVEL
	}

	public record CategorySetup(String code, String nameKo, String nameEn, PeerGroupRule peerGroups,
			List<CriterionRow> criteria, List<TierRow> tiers) {
	}

	/**
	 * Creates an award year with its categories, the default peer groups (every government valid at the end of
	 * the data year in exactly one per category), the rubric, the tiers and the two stages.
	 */
	@Transactional
	public AwardYear create(CurrentUser user, int year, List<CategorySetup> categories) {
		requireAdmin(user);
		return create(year, categories, false, user.username());
	}

	/** The demo loader's creation (no user: it runs at start-up, marked demo). */
	AwardYear createDemo(int year, List<CategorySetup> categories) {
		return create(year, categories, true, "demo");
	}

	private AwardYear create(int year, List<CategorySetup> categories, boolean demo, String actor) {
		checkYear(year);
		if (repository.exists(year)) {
			throw new InvalidInputException(year + "년 평가가 이미 있습니다.",
					List.of(new FieldProblem("year", year + "년 평가가 이미 있습니다.")));
		}
		repository.createYear(year, demo);
		List<Government> governments = directory.list(LocalDate.of(year - 1, 12, 31), null, null);
		int position = 0;
		for (CategorySetup setup : categories) {
			long categoryId = repository.insertCategory(year, setup.code(), setup.nameKo(), setup.nameEn(), position++);
			int groupPosition = 0;
			for (Map.Entry<String, Map<Long, String>> group : defaultGroups(setup.peerGroups(), governments).entrySet()) {
				String[] names = GROUP_NAMES.get(group.getKey());
				repository.insertPeerGroup(year, categoryId, group.getKey(), names[0], names[1], groupPosition++,
						group.getValue());
			}
			for (int i = 0; i < setup.criteria().size(); i++) {
				repository.insertCriterion(year, categoryId, setup.criteria().get(i), i);
			}
			for (int i = 0; i < setup.tiers().size(); i++) {
				repository.insertTier(year, categoryId, setup.tiers().get(i), i);
			}
		}
		repository.insertStage(year, 1, "1차 (시·도 추천)", LocalDate.of(year, 3, 2), LocalDate.of(year, 4, 15));
		repository.insertStage(year, 2, "2차 (중앙 평가)", LocalDate.of(year, 4, 16), LocalDate.of(year, 5, 31));
		AwardYear created = repository.find(year).orElseThrow();
		audit.record("evaluation.year", Integer.toString(year), "create", null, summary(created));
		return created;
	}

	/** A new year with the previous year's categories, rubric and tiers; peer groups from the directory again. */
	@Transactional
	public AwardYear copy(CurrentUser user, int from, int to) {
		requireAdmin(user);
		AwardYear source = require(from);
		List<CategorySetup> setups = source.categories().stream().map(c -> new CategorySetup(c.code(), c.nameKo(),
				c.nameEn(), c.peerGroups().stream().anyMatch(g -> g.code().equals(BASIC)) ? PeerGroupRule.BY_LEVEL
						: PeerGroupRule.BY_TYPE,
				c.criteria(), c.tiers())).toList();
		AwardYear created = create(to, setups, false, user.username());
		if (source.hasFirstStage()) {
			repository.setNominationsPerProvince(to, source.nominationsPerProvince());
			created = require(to);
		}
		return created;
	}

	static final String METRO = "metro";

	static final String BASIC = "basic";

	static final Map<String, String[]> GROUP_NAMES = Map.of(METRO, new String[] { "광역", "Metropolitan" }, "city",
			new String[] { "시", "City" }, "county", new String[] { "군", "County" }, "district",
			new String[] { "구", "District" }, BASIC, new String[] { "기초", "Basic" });

	static Map<String, Map<Long, String>> defaultGroups(PeerGroupRule rule, List<Government> governments) {
		Map<String, Map<Long, String>> groups = new LinkedHashMap<>();
		List<String> order = rule == PeerGroupRule.BY_TYPE ? List.of(METRO, "city", "county", "district")
				: List.of(METRO, BASIC);
		order.forEach(g -> groups.put(g, new LinkedHashMap<>()));
		for (Government g : governments) {
			String group = g.isMetro() ? METRO : rule == PeerGroupRule.BY_TYPE ? g.peerGroup() : BASIC;
			Map<Long, String> members = groups.get(group);
			if (members == null) {
				throw new IllegalStateException("government " + g.code() + " of type " + g.type() + " fits no peer group");
			}
			members.put(g.id(), g.code());
		}
		return groups;
	}

	// --- snapshot

	/**
	 * Freezes the inputs (the data year's job targets and jobs created from the disclosed plans and results,
	 * the official employment rates of the data year and the year before) and opens the year for scoring. A
	 * second snapshot before confirmation replaces the first, explicitly and audited; later corrections of the
	 * sources never change a stored snapshot.
	 */
	@Transactional
	public int snapshot(CurrentUser user, int year) {
		requireAdmin(user);
		return snapshot(year, user.username());
	}

	int snapshot(int year, String actor) {
		AwardYear award = require(year);
		if (award.confirmed()) {
			throw new InvalidInputException(year + "년 평가는 확정되어 입력값을 다시 고정할 수 없습니다.");
		}
		List<Input> inputs = readSources(award);
		List<Input> before = repository.inputs(year);
		OffsetDateTime now = OffsetDateTime.now(clock);
		repository.replaceInputs(year, inputs, now);
		repository.open(year, now, actor);
		audit.record("evaluation.snapshot", Integer.toString(year), before.isEmpty() ? "snapshot" : "re-snapshot",
				before.isEmpty() ? null : Map.of("inputs", before.size()), Map.of("inputs", inputs.size()));
		return inputs.size();
	}

	private List<Input> readSources(AwardYear award) {
		int dataYear = award.dataYear();
		Map<Long, String> governments = new LinkedHashMap<>();
		award.categories().forEach(c -> c.peerGroups().forEach(g -> governments.putAll(g.members())));
		List<Input> inputs = new ArrayList<>();
		// every government's results of the year at once: the stored roll-ups, current with every fact
		Map<Long, AnnualRollUp> rollUps = results.rollUps(dataYear);
		for (Map.Entry<Long, String> g : governments.entrySet()) {
			Optional.ofNullable(rollUps.get(g.getKey())).ifPresent(r -> inputs.add(new Input(g.getKey(), g.getValue(), Indicator.JOBS_CREATED, r.jobTargetTotal(),
					r.jobsCreatedTotal(), null, "연차별 세부계획 " + dataYear + "년 " + r.planVersion() + "차 공시본과 추진실적"
							+ (r.lastRecordedAt() == null ? " (실적 없음)" : " (" + r.lastRecordedAt().toLocalDate() + " 기록분까지)"))));
		}
		for (Indicator indicator : List.of(Indicator.EMPLOYMENT_RATE_15_64)) {
			Map<Long, OfficialValue> current = byGovernment(statistics.values(indicator, Period.half(dataYear, 2)));
			Map<Long, OfficialValue> previous = byGovernment(statistics.values(indicator, Period.half(dataYear - 1, 2)));
			for (Map.Entry<Long, String> g : governments.entrySet()) {
				OfficialValue now = current.get(g.getKey());
				if (now == null) {
					continue;
				}
				OfficialValue then = previous.get(g.getKey());
				inputs.add(new Input(g.getKey(), g.getValue(), indicator, null, now.value(), then == null ? null : then.value(),
						now.source() + " " + now.period() + (then == null ? "" : " · " + then.period())));
			}
		}
		return inputs;
	}

	private static Map<Long, OfficialValue> byGovernment(List<OfficialValue> values) {
		Map<Long, OfficialValue> map = new HashMap<>();
		values.forEach(v -> map.put(v.governmentId(), v));
		return map;
	}

	// --- evaluators

	void assignDemo(int year, List<AwardYearRepository.Assignment> rows) {
		repository.assign(year, rows, "demo", OffsetDateTime.now(clock));
	}

	/** The governments assigned to the signed-in evaluator. */
	public List<String> assignedTo(CurrentUser user, int year) {
		return repository.assignments(year, user.username()).stream().map(AwardYearRepository.Assignment::governmentCode)
			.toList();
	}

	/** The evaluator's own scores of one government, by criterion code. */
	public Map<String, Score> ownScores(CurrentUser user, int year, String code) {
		AwardYear award = require(year);
		long governmentId = requireMember(award, code);
		Map<Long, String> criterionCodes = new HashMap<>();
		award.categories().forEach(c -> c.criteria().forEach(r -> criterionCodes.put(r.id(), r.code())));
		Map<String, Score> own = new LinkedHashMap<>();
		repository.scores(year, governmentId, user.username()).forEach(s -> own.put(
				categoryOf(award, s.criterionId()) + "." + criterionCodes.get(s.criterionId()), s));
		return own;
	}

	private static String categoryOf(AwardYear award, long criterionId) {
		for (Category c : award.categories()) {
			for (CriterionRow r : c.criteria()) {
				if (r.id() == criterionId) {
					return c.code();
				}
			}
		}
		throw new IllegalStateException("criterion " + criterionId);
	}

	/** One entered score: the field is {@code category.criterion}. */
	public record ScoreEntry(String field, BigDecimal score, String comment) {
	}

	/**
	 * Saves (or, with {@code submit}, submits) the evaluator's scores of one government's qualitative criteria.
	 * Refused (403, nothing stored) unless the user is an evaluator assigned to it and neither affiliated with
	 * it nor with its province (the conflict rule), or when the scores were already submitted; a score outside
	 * 0..maxPoints or a comment over 1,000 characters is a 400 naming the field.
	 */
	@Transactional
	public void score(CurrentUser user, int year, String code, List<ScoreEntry> entries, boolean submit) {
		if (!user.is(Role.EVALUATOR)) {
			throw new AccessDeniedException("평가위원만 점수를 매길 수 있습니다.");
		}
		AwardYear award = requireOpen(year);
		long governmentId = requireMember(award, code);
		requireNoConflict(user, governmentId, year);
		requireSecondStage(award, governmentId, code);
		if (!repository.assigned(year, governmentId, user.username())) {
			throw new AccessDeniedException("이 지자체는 배정받지 않았습니다.");
		}
		List<Score> existing = repository.scores(year, governmentId, user.username());
		if (existing.stream().anyMatch(Score::submitted)) {
			throw new AccessDeniedException("이미 제출한 점수입니다. 관리자가 다시 열어야 고칠 수 있습니다.");
		}
		Map<String, CriterionRow> qualitative = new LinkedHashMap<>();
		award.categories().forEach(c -> c.criteria().stream().filter(r -> r.method().qualitative())
			.forEach(r -> qualitative.put(c.code() + "." + r.code(), r)));
		List<FieldProblem> problems = new ArrayList<>();
		List<Score> scores = new ArrayList<>();
		Map<String, ScoreEntry> byField = new HashMap<>();
		for (ScoreEntry e : entries) {
			CriterionRow criterion = qualitative.get(e.field());
			if (criterion == null) {
				problems.add(new FieldProblem(e.field(), "평가위원이 매기는 지표가 아닙니다."));
				continue;
			}
			byField.put(e.field(), e);
			if (e.score() == null) {
				if (submit) {
					problems.add(new FieldProblem(e.field(), "제출하려면 점수를 넣으세요."));
				}
				continue;
			}
			if (e.score().signum() < 0 || e.score().compareTo(criterion.maxPoints()) > 0 || e.score().scale() > 2) {
				problems.add(new FieldProblem(e.field(), "점수는 0~" + criterion.maxPoints().stripTrailingZeros().toPlainString()
						+ " 사이, 소수 둘째 자리까지 쓰세요."));
				continue;
			}
			if (e.comment() != null && e.comment().length() > 1000) {
				problems.add(new FieldProblem(e.field() + ".comment", "의견은 1,000자까지 쓸 수 있습니다."));
				continue;
			}
			scores.add(new Score(criterion.id(), governmentId, user.username(), e.score(),
					e.comment() == null || e.comment().isBlank() ? null : e.comment().strip(), submit));
		}
		if (submit) {
			qualitative.keySet().stream().filter(f -> !byField.containsKey(f))
				.forEach(f -> problems.add(new FieldProblem(f, "제출하려면 점수를 넣으세요.")));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("점수를 저장하지 못했습니다. 표시된 칸을 고치세요.", problems);
		}
		repository.saveScores(year, scores, OffsetDateTime.now(clock));
		audit.record("evaluation.score", year + "/" + code + "/" + user.username(), submit ? "submit" : "save",
				existing.isEmpty() ? null : existing.stream().map(Score::score).toList(),
				scores.stream().map(Score::score).toList());
	}

	/**
	 * The conflict rule: nobody scores the government they belong to, nor, when they belong to a province (a
	 * metro government), its basic governments, nor the province of the basic government they belong to.
	 */
	void requireNoConflict(CurrentUser user, long governmentId, int year) {
		if (EvaluatorAssignments.conflicts(directory, user.governmentId(), governmentId, year)) {
			throw new AccessDeniedException("소속 지자체나 그 시·도의 지자체는 평가할 수 없습니다.");
		}
	}

	/**
	 * The 2차 scores only its own governments: while the 1차 is open no basic government (none is nominated
	 * yet), after it only the nominees; the metro governments at any time.
	 */
	private void requireSecondStage(AwardYear award, long governmentId, String code) {
		secondStageRefusal(directory, award, governmentId, code).ifPresent(message -> {
			throw new InvalidInputException(message);
		});
	}

	/** Why the government is not (yet) one of the 2차's, if it is not; shared by scoring and assignment. */
	static Optional<String> secondStageRefusal(GovernmentDirectory names, AwardYear award, long governmentId, String code) {
		if (award.stage() == 1 && !names.findById(governmentId, LocalDate.of(award.dataYear(), 12, 31)).orElseThrow().isMetro()) {
			return Optional.of("기초 지자체 " + code + "은(는) 1차(시·도 추천)가 마감되어 추천된 뒤에 2차 평가를 합니다.");
		}
		if (!award.inSecondStage(governmentId)) {
			return Optional.of("지자체 " + code + "은(는) 1차에서 추천되지 않아 2차 평가 대상이 아닙니다.");
		}
		return Optional.empty();
	}

	void scoreDemo(int year, List<Score> scores) {
		repository.saveScores(year, scores, OffsetDateTime.now(clock));
	}

	/** The administrator reopens an evaluator's submitted scores of a government. */
	@Transactional
	public int reopen(CurrentUser user, int year, String code, String evaluator) {
		requireAdmin(user);
		AwardYear award = requireOpen(year);
		long governmentId = requireMember(award, code);
		int reopened = repository.reopen(year, governmentId, evaluator);
		audit.record("evaluation.score", year + "/" + code + "/" + evaluator, "reopen", null, Map.of("scores", reopened));
		return reopened;
	}

	// --- computing and confirming

	/** Changes to a category's rubric and quotas that the what-if tries without storing them. */
	public record WhatIf(Map<String, BigDecimal> maxPoints, Map<String, BigDecimal> caps, Map<String, Integer> quotas) {

		public static final WhatIf NONE = new WhatIf(Map.of(), Map.of(), Map.of());
	}

	/** The outcome of one category on the stored inputs and submitted scores, with what-if changes (or none). */
	public ScoringOutcome compute(AwardYear award, Category category, WhatIf whatIf) {
		return ScoringEngine.evaluate(scoringInput(award, category, repository.inputs(award.year()),
				repository.scores(award.year()), whatIf));
	}

	/** The engine's input: the 2차's governments (all but those the closed 1차 did not nominate) of each peer group. */
	static ScoringInput scoringInput(AwardYear award, Category category, List<Input> inputs, List<Score> scores,
			WhatIf whatIf) {
		int year = award.year();
		Map<Long, Map<Indicator, IndicatorValues>> values = new HashMap<>();
		for (Input i : inputs) {
			values.computeIfAbsent(i.governmentId(), k -> new HashMap<>())
				.put(i.indicator(), new IndicatorValues(i.target(), i.actual(), i.previous()));
		}
		Map<Long, String> criterionCodes = new HashMap<>();
		category.criteria().forEach(c -> criterionCodes.put(c.id(), c.code()));
		Map<Long, Map<String, List<BigDecimal>>> submitted = new HashMap<>();
		for (Score s : scores) {
			String criterion = criterionCodes.get(s.criterionId());
			if (criterion != null && s.submitted()) {
				submitted.computeIfAbsent(s.governmentId(), k -> new HashMap<>())
					.computeIfAbsent(criterion, k -> new ArrayList<>()).add(s.score());
			}
		}
		List<Criterion> criteria = category.criteria().stream().map(c -> {
			BigDecimal max = whatIf.maxPoints().getOrDefault(c.code(), c.maxPoints());
			BigDecimal cap = c.cap() == null ? null : whatIf.caps().getOrDefault(c.code(), c.cap());
			return new CriterionRow(c.id(), c.code(), c.nameKo(), c.nameEn(), c.method(), c.indicator(), max, cap).criterion();
		}).toList();
		List<FieldProblem> missing = new ArrayList<>();
		List<GovernmentInputs> governments = new ArrayList<>();
		for (PeerGroup group : category.peerGroups()) {
			group.members().entrySet().stream().filter(member -> award.inSecondStage(member.getKey()))
				.sorted(Map.Entry.comparingByValue()).forEach(member -> {
				Map<Indicator, IndicatorValues> own = values.getOrDefault(member.getKey(), Map.of());
				Map<String, List<BigDecimal>> own2 = submitted.getOrDefault(member.getKey(), Map.of());
				for (Criterion c : criteria) {
					if (c.method().qualitative() ? !own2.containsKey(c.id()) : !complete(c, own.get(c.indicator()))) {
						missing.add(new FieldProblem(category.code() + "." + c.id() + "." + member.getValue(),
								c.method().qualitative() ? "제출된 평가위원 점수가 없습니다." : "고정된 입력값이 없습니다."));
					}
				}
				governments.add(new GovernmentInputs(member.getValue(), group.code(), own, own2));
			});
		}
		if (!missing.isEmpty()) {
			throw new InvalidInputException(year + "년 " + category.nameKo() + " 평가에 빠진 값이 " + missing.size()
					+ "개 있어 계산할 수 없습니다.", missing.subList(0, Math.min(missing.size(), 50)));
		}
		List<Tier> tiers = category.tiers().stream()
			.map(t -> new Tier(t.code(), whatIf.quotas().getOrDefault(t.code(), t.perPeerGroup()), t.incentive()))
			.toList();
		return new ScoringInput(criteria, category.peerGroups().stream().map(PeerGroup::code).toList(), governments, tiers);
	}

	private static boolean complete(Criterion criterion, IndicatorValues values) {
		if (values == null) {
			return false;
		}
		return switch (criterion.method()) {
			case ACHIEVEMENT_CAPPED -> values.target() == null || values.target().signum() == 0 || values.actual() != null;
			case PEER_MINMAX -> values.actual() != null;
			case PEER_MINMAX_CHANGE -> values.actual() != null && values.previous() != null;
			case QUALITATIVE_MEAN -> true;
		};
	}

	/**
	 * Confirms the year: computes every category on the frozen inputs and submitted scores, stores rankings,
	 * points and awards, and freezes all of it (V6_1's triggers refuse any later change). Announced as
	 * {@link EvaluationConfirmed}, so the public pages and API show it at once.
	 */
	@Transactional
	public int confirm(CurrentUser user, int year) {
		requireAdmin(user);
		return confirm(year, user.username());
	}

	int confirm(int year, String actor) {
		// the year's row locked first: a peer-group edit or the 1차's closing commits before or after, never during
		repository.lockYear(year);
		AwardYear award = requireOpen(year);
		if (award.stage() == 1) {
			throw new InvalidInputException(year + "년 1차(시·도 추천)가 아직 마감되지 않아 확정할 수 없습니다.");
		}
		int awards = 0;
		for (Category category : award.categories()) {
			ScoringOutcome outcome = compute(award, category, WhatIf.NONE);
			repository.writeResults(year, award.demo(), category, outcome);
			awards += outcome.awards().size();
		}
		repository.confirm(year, OffsetDateTime.now(clock), actor);
		audit.record("evaluation.year", Integer.toString(year), "confirm", Map.of("status", award.status()),
				Map.of("status", AwardYear.CONFIRMED, "awards", awards));
		events.publishEvent(new EvaluationConfirmed(year, awards));
		return awards;
	}

	AwardYear requireOpen(int year) {
		AwardYear award = require(year);
		if (!AwardYear.OPEN.equals(award.status())) {
			throw new InvalidInputException(award.confirmed() ? year + "년 평가는 이미 확정되었습니다."
					: year + "년 평가는 아직 입력값이 고정되지 않았습니다 (평가 시작 전).");
		}
		return award;
	}

	private static long requireMember(AwardYear award, String code) {
		Long id = governmentIds(award).get(code);
		if (id == null) {
			throw new NotFoundException("지자체 " + code + "은(는) " + award.year() + "년 평가 대상이 아닙니다.");
		}
		return id;
	}

	static Map<String, Long> governmentIds(AwardYear award) {
		Map<String, Long> ids = new HashMap<>();
		award.categories().forEach(c -> c.peerGroups().forEach(g -> g.members().forEach((id, code) -> ids.put(code, id))));
		return ids;
	}

	static void requireAdmin(CurrentUser user) {
		if (!user.is(Role.MINISTRY_ADMIN)) {
			throw new AccessDeniedException("일자리대상 평가는 고용노동부 관리자만 관리할 수 있습니다.");
		}
	}

	private static Map<String, Object> summary(AwardYear award) {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("year", award.year());
		summary.put("categories", award.categories().stream().map(c -> Map.of("code", c.code(),
				"peerGroups", c.peerGroups().stream().collect(java.util.stream.Collectors.toMap(PeerGroup::code,
						g -> g.members().size(), (a, b) -> a, LinkedHashMap::new)),
				"criteria", c.criteria().stream().map(r -> r.code() + ":" + r.method().code() + ":" + r.maxPoints()).toList(),
				"tiers", c.tiers().stream().map(t -> t.code() + ":" + t.perPeerGroup() + ":" + t.incentive()).toList()))
			.toList());
		return summary;
	}
}
