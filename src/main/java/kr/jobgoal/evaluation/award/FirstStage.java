package kr.jobgoal.evaluation.award;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import kr.jobgoal.evaluation.award.AwardYearRepository.FirstScore;
import kr.jobgoal.evaluation.award.AwardYearRepository.Nomination;
import kr.jobgoal.evaluation.scoring.Criterion;
import kr.jobgoal.evaluation.scoring.GovernmentInputs;
import kr.jobgoal.evaluation.scoring.Points;
import kr.jobgoal.evaluation.scoring.ScoringEngine;
import kr.jobgoal.evaluation.scoring.ScoringInput;
import kr.jobgoal.evaluation.scoring.ScoringOutcome;
import kr.jobgoal.evaluation.scoring.Tier;
import kr.jobgoal.identity.AuditLog;
import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.identity.Role;
import kr.jobgoal.region.DirectorySnapshot;
import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import kr.jobgoal.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 1차 (시·도 추천): each province's reviewers score its basic governments (0–100), the province's ranking
 * on those scores nominates {@link AwardYear#nominationsPerProvince()} of them, and only the nominees and the
 * metro governments take part in the 2차. The module's one guard for the 1차: only a provincial reviewer scores,
 * only the basic governments of their own province, only while the 1차 is open; only the ministry
 * administrator sets the number and closes the 1차. Every write is audited; a refused one changes nothing.
 *
 * <p>The province's ranking is the one scoring engine's: one qualitative criterion of 100 points (the mean of
 * the submitted scores, the highest and lowest left out with five or more), the provinces as peer groups,
 * competition ranks, and one tier of {@code nominationsPerProvince} places, so a tie at the boundary
 * nominates everyone tied.
 */
@Service
public class FirstStage {

	static final BigDecimal MAX_SCORE = new BigDecimal("100");

	static final int MAX_NOMINATIONS = 100;

	private static final String CRITERION = "first";

	private final AwardYearService service;

	private final AwardYearRepository repository;

	private final GovernmentDirectory directory;

	private final AuditLog audit;

	private final Clock clock;

	FirstStage(AwardYearService service, AwardYearRepository repository, GovernmentDirectory directory, AuditLog audit,
			Clock clock) {
		this.service = service;
		this.repository = repository;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	// --- reading

	/** One basic government in its province's 1차: the reviewer's own score and the province's ranking so far. */
	public record Row(long governmentId, String code, String name, BigDecimal ownScore, String ownComment,
			boolean ownSubmitted, int submittedScores, BigDecimal mean, Integer rank, Boolean nominated) {
	}

	/** A province's 1차 as one reviewer sees it. */
	public record ProvinceBoard(AwardYear award, String provinceCode, String provinceName, List<Row> rows,
			boolean submitted) {

		/** Whether the reviewer may still save or submit. */
		public boolean open() {
			return award.stage() == 1 && AwardYear.OPEN.equals(award.status()) && !submitted;
		}
	}

	/** A province's progress for the administrator: its governments, how many have a submitted score, its nominees. */
	public record ProvinceProgress(String provinceCode, String provinceName, int governments, int scored,
			List<String> reviewers, List<Row> rows) {

		public List<Row> nominees() {
			return rows.stream().filter(r -> Boolean.TRUE.equals(r.nominated())).toList();
		}
	}

	/** The signed-in provincial reviewer's province: its basic governments in the year, ranked as far as scored. */
	public ProvinceBoard province(CurrentUser user, int year) {
		AwardYear award = requireFirstStage(year);
		Government province = reviewerProvince(user, year);
		DirectorySnapshot names = directory.snapshot();
		List<FirstScore> scores = repository.firstScores(year);
		Map<Long, FirstScore> mine = new HashMap<>();
		scores.stream().filter(s -> s.reviewer().equals(user.username())).forEach(s -> mine.put(s.governmentId(), s));
		List<Row> rows = boards(award, names, scores).getOrDefault(province.code(), List.of()).stream()
			.map(r -> own(r, mine.get(r.governmentId()))).toList();
		boolean submitted = !rows.isEmpty() && rows.stream().allMatch(Row::ownSubmitted);
		return new ProvinceBoard(award, province.code(), province.nameKo(), rows, submitted);
	}

	/** Every province's 1차 progress (the administrator's view). */
	public List<ProvinceProgress> progress(CurrentUser user, int year) {
		AwardYearService.requireAdmin(user);
		AwardYear award = requireFirstStage(year);
		DirectorySnapshot names = directory.snapshot();
		List<FirstScore> scores = repository.firstScores(year);
		Map<String, List<String>> reviewers = new TreeMap<>();
		scores.stream().filter(FirstScore::submitted)
			.forEach(s -> reviewers.computeIfAbsent(s.provinceCode(), k -> new ArrayList<>()).add(s.reviewer()));
		List<ProvinceProgress> progress = new ArrayList<>();
		boards(award, names, scores).forEach((province, rows) -> progress.add(new ProvinceProgress(province,
				names.find(province, asOf(year)).map(Government::nameKo).orElse(province), rows.size(),
				(int) rows.stream().filter(r -> r.submittedScores() > 0).count(),
				reviewers.getOrDefault(province, List.of()).stream().distinct().toList(), rows)));
		return progress;
	}

	/**
	 * Every province's rows, by province code: after the 1차 is closed, its stored result; before, the ranking
	 * the submitted scores give so far (a government without a submitted score has no rank yet).
	 */
	private Map<String, List<Row>> boards(AwardYear award, DirectorySnapshot names, List<FirstScore> scores) {
		LocalDate asOf = asOf(award.year());
		Map<String, Map<Long, String>> basic = basicByProvince(award, names);
		Map<String, Nomination> ranked = new HashMap<>();
		if (award.nominatedAt() != null) {
			repository.nominations(award.year()).forEach(n -> ranked.put(n.governmentCode(), n));
		}
		else {
			rank(basic, scores, award.nominationsPerProvince()).forEach(n -> ranked.put(n.governmentCode(), n));
		}
		Map<String, List<FirstScore>> byCode = new HashMap<>();
		scores.forEach(s -> byCode.computeIfAbsent(s.governmentCode(), k -> new ArrayList<>()).add(s));
		Map<String, List<Row>> boards = new TreeMap<>();
		basic.forEach((province, members) -> {
			List<Row> rows = new ArrayList<>();
			new TreeMap<>(invert(members)).forEach((code, id) -> {
				Nomination n = ranked.get(code);
				List<FirstScore> own = byCode.getOrDefault(code, List.of());
				rows.add(new Row(id, code, names.find(code, asOf).map(Government::nameKo).orElse(code), null, null, false,
						(int) own.stream().filter(FirstScore::submitted).count(), n == null ? null : n.meanScore(),
						n == null ? null : n.rank(), n == null ? null : n.nominated()));
			});
			rows.sort((a, b) -> a.rank() == null ? (b.rank() == null ? a.code().compareTo(b.code()) : 1)
					: b.rank() == null ? -1 : a.rank() != b.rank().intValue() ? a.rank() - b.rank() : a.code().compareTo(b.code()));
			boards.put(province, rows);
		});
		return boards;
	}

	private static Row own(Row row, FirstScore mine) {
		return mine == null ? row : new Row(row.governmentId(), row.code(), row.name(), mine.score(), mine.comment(),
				mine.submitted(), row.submittedScores(), row.mean(), row.rank(), row.nominated());
	}

	private static Map<String, Long> invert(Map<Long, String> members) {
		Map<String, Long> byCode = new HashMap<>();
		members.forEach((id, code) -> byCode.put(code, id));
		return byCode;
	}

	/** The year's basic governments (those in any of its peer groups) by province code, as the data year ended. */
	static Map<String, Map<Long, String>> basicByProvince(AwardYear award, GovernmentDirectory names) {
		LocalDate asOf = asOf(award.year());
		Map<String, Map<Long, String>> basic = new TreeMap<>();
		AwardYearService.governmentIds(award).forEach((code, id) -> {
			Government g = names.findById(id, asOf).orElseThrow();
			if (!g.isMetro()) {
				basic.computeIfAbsent(g.parentCode(), k -> new LinkedHashMap<>()).put(id, code);
			}
		});
		return basic;
	}

	/**
	 * Each province's ranking on the submitted scores, through the scoring engine; governments without a
	 * submitted score are left out (the closing refuses while there are any).
	 */
	static List<Nomination> rank(Map<String, Map<Long, String>> basic, List<FirstScore> scores, int perProvince) {
		Map<Long, List<BigDecimal>> submitted = new HashMap<>();
		scores.stream().filter(FirstScore::submitted)
			.forEach(s -> submitted.computeIfAbsent(s.governmentId(), k -> new ArrayList<>()).add(s.score()));
		Map<String, Long> ids = new HashMap<>();
		Map<String, String> provinces = new HashMap<>();
		List<GovernmentInputs> governments = new ArrayList<>();
		basic.forEach((province, members) -> members.forEach((id, code) -> {
			List<BigDecimal> own = submitted.get(id);
			if (own != null) {
				ids.put(code, id);
				provinces.put(code, province);
				governments.add(new GovernmentInputs(code, province, Map.of(), Map.of(CRITERION, own)));
			}
		}));
		ScoringOutcome outcome = ScoringEngine.evaluate(new ScoringInput(List.of(Criterion.qualitative(CRITERION, MAX_SCORE)),
				List.copyOf(basic.keySet()), governments, List.of(new Tier("nominated", perProvince, BigDecimal.ZERO))));
		Set<String> nominated = new HashSet<>();
		outcome.awards().forEach(a -> nominated.add(a.code()));
		List<Nomination> nominations = new ArrayList<>();
		for (ScoringOutcome.Ranking ranking : outcome.rankings()) {
			for (ScoringOutcome.Entry e : ranking.entries()) {
				nominations.add(new Nomination(ids.get(e.code()), e.code(), provinces.get(e.code()), e.rank(),
						mean(e.total()), submitted.get(ids.get(e.code())).size(), nominated.contains(e.code())));
			}
		}
		return nominations;
	}

	/** The stored mean: four decimals, half up (the ranking itself compares the exact means). */
	private static BigDecimal mean(Points total) {
		return total.rounded(4).setScale(4, RoundingMode.HALF_UP);
	}

	// --- writing

	/** One entered 1차 score of a basic government of the reviewer's province. */
	public record Entry(String code, BigDecimal score, String comment) {
	}

	/**
	 * Saves (or, with {@code submit}, submits) the reviewer's 1차 scores of their province's basic governments.
	 * Submitting needs a score for every one of them and fixes them until the administrator reopens them.
	 */
	@Transactional
	public int score(CurrentUser user, int year, List<Entry> entries, boolean submit) {
		AwardYear award = requireFirstStage(year);
		Government province = reviewerProvince(user, year);
		if (award.stage() != 1 || !AwardYear.OPEN.equals(award.status())) {
			throw new InvalidInputException(award.stage() == 1 ? year + "년 평가는 아직 입력값이 고정되지 않아 1차를 시작하지 않았습니다."
					: year + "년 1차 평가는 마감되었습니다.");
		}
		Map<Long, String> own = basicByProvince(award, directory.snapshot()).getOrDefault(province.code(), Map.of());
		Map<String, Long> ids = invert(own);
		List<FirstScore> existing = repository.firstScores(year).stream()
			.filter(s -> s.reviewer().equals(user.username()) && s.provinceCode().equals(province.code())).toList();
		if (existing.stream().anyMatch(FirstScore::submitted)) {
			throw new AccessDeniedException("이미 제출한 1차 점수입니다. 관리자가 다시 열어야 고칠 수 있습니다.");
		}
		List<FieldProblem> problems = new ArrayList<>();
		List<FirstScore> scores = new ArrayList<>();
		Map<String, Entry> given = new LinkedHashMap<>();
		for (Entry e : entries) {
			Long id = ids.get(e.code());
			if (id == null) {
				problems.add(new FieldProblem("score." + e.code(), "지자체 " + e.code() + "은(는) " + province.nameKo()
						+ "의 " + year + "년 1차 평가 대상이 아닙니다."));
				continue;
			}
			given.put(e.code(), e);
			if (e.score() == null) {
				if (submit) {
					problems.add(new FieldProblem("score." + e.code(), "제출하려면 점수를 넣으세요."));
				}
				continue;
			}
			if (e.score().signum() < 0 || e.score().compareTo(MAX_SCORE) > 0 || e.score().scale() > 2) {
				problems.add(new FieldProblem("score." + e.code(), "점수는 0~100 사이, 소수 둘째 자리까지 쓰세요."));
				continue;
			}
			if (e.comment() != null && e.comment().length() > 1000) {
				problems.add(new FieldProblem("comment." + e.code(), "의견은 1,000자까지 쓸 수 있습니다."));
				continue;
			}
			scores.add(new FirstScore(id, e.code(), province.code(), user.username(), e.score(),
					e.comment() == null || e.comment().isBlank() ? null : e.comment().strip(), submit));
		}
		if (submit) {
			new TreeMap<>(ids).keySet().stream().filter(code -> !given.containsKey(code))
				.forEach(code -> problems.add(new FieldProblem("score." + code, "제출하려면 점수를 넣으세요.")));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("1차 점수를 저장하지 못했습니다. 표시된 칸을 고치세요.", problems);
		}
		repository.saveFirstScores(year, scores, OffsetDateTime.now(clock));
		audit.record("evaluation.first-stage", year + "/" + province.code() + "/" + user.username(),
				submit ? "submit" : "save", existing.isEmpty() ? null : scoresByCode(existing),
				scoresByCode(scores));
		return scores.size();
	}

	private static Map<String, BigDecimal> scoresByCode(List<FirstScore> scores) {
		Map<String, BigDecimal> byCode = new TreeMap<>();
		scores.forEach(s -> byCode.put(s.governmentCode(), s.score()));
		return byCode;
	}

	/**
	 * The administrator sets how many basic governments each province nominates ({@code null}: no 1차), while
	 * the 1차 has not been closed.
	 */
	@Transactional
	public void setNominations(CurrentUser user, int year, Integer perProvince) {
		AwardYearService.requireAdmin(user);
		AwardYear award = service.require(year);
		if (award.confirmed() || award.nominatedAt() != null) {
			throw new InvalidInputException(year + "년 1차 평가는 " + (award.confirmed() ? "확정되어" : "마감되어")
					+ " 추천 수를 바꿀 수 없습니다.");
		}
		if (perProvince != null && (perProvince < 1 || perProvince > MAX_NOMINATIONS)) {
			throw new InvalidInputException("시·도별 추천 수는 1부터 " + MAX_NOMINATIONS + "까지입니다.",
					List.of(new FieldProblem("perProvince", "1부터 " + MAX_NOMINATIONS + "까지의 정수를 쓰거나, 1차가 없으면 비워 두세요.")));
		}
		repository.setNominationsPerProvince(year, perProvince);
		audit.record("evaluation.first-stage", Integer.toString(year), "nominations", award.nominationsPerProvince(),
				perProvince);
	}

	/**
	 * The administrator closes the 1차: every province's ranking on the submitted scores is stored with its
	 * nominations, and from then on only the nominees and the metro governments are scored and ranked in the
	 * 2차. Refused, naming them, while a basic government has no submitted score.
	 */
	@Transactional
	public int close(CurrentUser user, int year) {
		AwardYearService.requireAdmin(user);
		return close(year, user.username());
	}

	int close(int year, String actor) {
		repository.lockYear(year);
		AwardYear award = requireFirstStage(year);
		if (!AwardYear.OPEN.equals(award.status()) || award.stage() != 1) {
			throw new InvalidInputException(award.stage() == 2 ? year + "년 1차 평가는 이미 마감되었습니다."
					: year + "년 평가는 아직 입력값이 고정되지 않았습니다 (평가 시작 전).");
		}
		Map<String, Map<Long, String>> basic = basicByProvince(award, directory.snapshot());
		List<FirstScore> scores = repository.firstScores(year);
		Set<Long> scored = new HashSet<>();
		scores.stream().filter(FirstScore::submitted).forEach(s -> scored.add(s.governmentId()));
		List<String> missing = new ArrayList<>();
		basic.values().forEach(members -> members.forEach((id, code) -> {
			if (!scored.contains(id)) {
				missing.add(code);
			}
		}));
		if (!missing.isEmpty()) {
			missing.sort(null);
			throw new InvalidInputException("제출된 1차 점수가 없는 기초 지자체가 " + missing.size() + "곳 있어 마감할 수 없습니다: "
					+ String.join(", ", missing.subList(0, Math.min(10, missing.size())))
					+ (missing.size() > 10 ? " 외 " + (missing.size() - 10) + "곳" : "") + ".",
					List.of(new FieldProblem("close", "시·도 검토자가 모든 기초 지자체의 점수를 제출해야 합니다.")));
		}
		List<Nomination> nominations = rank(basic, scores, award.nominationsPerProvince());
		repository.closeFirstStage(year, nominations, OffsetDateTime.now(clock), actor);
		long nominated = nominations.stream().filter(Nomination::nominated).count();
		audit.record("evaluation.first-stage", Integer.toString(year), "close", null,
				Map.of("governments", nominations.size(), "nominated", nominated));
		return (int) nominated;
	}

	/** The administrator reopens a reviewer's submitted 1차 scores of their province. */
	@Transactional
	public int reopen(CurrentUser user, int year, String provinceCode, String reviewer) {
		AwardYearService.requireAdmin(user);
		AwardYear award = requireFirstStage(year);
		if (award.stage() != 1 || !AwardYear.OPEN.equals(award.status())) {
			throw new InvalidInputException(year + "년 1차 평가는 열려 있지 않습니다.");
		}
		int reopened = repository.reopenFirstScores(year, provinceCode, reviewer);
		audit.record("evaluation.first-stage", year + "/" + provinceCode + "/" + reviewer, "reopen", null,
				Map.of("scores", reopened));
		return reopened;
	}

	/** The year's basic governments by province, for the demo loader's scores. */
	Map<String, Map<Long, String>> basicByProvinceForDemo(AwardYear award) {
		return basicByProvince(award, directory.snapshot());
	}

	/** The demo loader's 1차 scores (no user: it runs at start-up). */
	void scoreDemo(int year, List<FirstScore> scores) {
		repository.saveFirstScores(year, scores, OffsetDateTime.now(clock));
	}

	// --- guards

	private AwardYear requireFirstStage(int year) {
		AwardYear award = service.require(year);
		if (!award.hasFirstStage()) {
			throw new NotFoundException(year + "년 평가에는 1차(시·도 추천)가 없습니다.");
		}
		return award;
	}

	/** The reviewer's province as the data year ended; only a provincial reviewer bound to a province has one. */
	private Government reviewerProvince(CurrentUser user, int year) {
		if (!user.is(Role.PROVINCIAL_REVIEWER) || user.governmentId() == null) {
			throw new AccessDeniedException("1차 평가는 시·도 검토자만 합니다.");
		}
		return directory.findById(user.governmentId(), asOf(year)).filter(Government::isMetro)
			.orElseThrow(() -> new AccessDeniedException("1차 평가는 시·도 검토자만 합니다."));
	}

	private static LocalDate asOf(int year) {
		return LocalDate.of(year - 1, 12, 31);
	}
}
