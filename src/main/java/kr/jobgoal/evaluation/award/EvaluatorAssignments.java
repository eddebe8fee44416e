package kr.jobgoal.evaluation.award;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import kr.jobgoal.evaluation.award.AwardYear.Score;
import kr.jobgoal.evaluation.award.AwardYearRepository.Assignment;
import kr.jobgoal.identity.AuditLog;
import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.identity.Role;
import kr.jobgoal.identity.UserRoster;
import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who scores which government in an award year: the administrator's assignment, by hand or evenly by rule,
 * under the conflict rule, and the tracker of scores still missing. Writes are refused here, for everyone but
 * the ministry administrator, before anything is read or written.
 */
@Service
public class EvaluatorAssignments {

	/** Bounds of one request: more codes than there are governments, or more evaluators per government than a panel. */
	static final int MAX_CODES = 300;

	static final int MAX_PER_GOVERNMENT = 10;

	private final AwardYearService service;

	private final AwardYearRepository repository;

	private final GovernmentDirectory directory;

	private final UserRoster roster;

	private final AuditLog audit;

	private final Clock clock;

	EvaluatorAssignments(AwardYearService service, AwardYearRepository repository, GovernmentDirectory directory,
			UserRoster roster, AuditLog audit, Clock clock) {
		this.service = service;
		this.repository = repository;
		this.directory = directory;
		this.roster = roster;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The conflict rule: nobody scores the government they belong to, nor, when they belong to a province (a
	 * metro government), its basic governments, nor the province of the basic government they belong to. The
	 * directory is read as it stood at the end of the evaluated year.
	 */
	static boolean conflicts(GovernmentDirectory directory, Long affiliationId, long governmentId, int year) {
		if (affiliationId == null) {
			return false;
		}
		if (affiliationId == governmentId) {
			return true;
		}
		LocalDate date = LocalDate.of(year - 1, 12, 31);
		Government scored = directory.findById(governmentId, date).orElseThrow();
		Government own = directory.findById(affiliationId, date).orElse(null);
		return own != null && (own.code().equals(scored.parentCode()) || scored.code().equals(own.parentCode()));
	}

	/** Assigns one evaluator to the governments given by code; pairs already assigned stay as they are. */
	@Transactional
	public int assign(CurrentUser user, int year, String evaluator, List<String> governmentCodes) {
		AwardYearService.requireAdmin(user);
		if (governmentCodes.isEmpty() || governmentCodes.size() > MAX_CODES) {
			throw new InvalidInputException("배정할 지자체를 1곳 이상 " + MAX_CODES + "곳 이하로 입력하세요.",
					List.of(new FieldProblem("governments", "지자체 코드를 1개 이상 " + MAX_CODES + "개 이하로 입력하세요.")));
		}
		AwardYear award = service.requireOpen(year);
		CurrentUser who = evaluators(List.of(evaluator)).get(0);
		Map<String, Long> ids = AwardYearService.governmentIds(award);
		GovernmentDirectory names = directory.snapshot();
		List<Assignment> rows = new ArrayList<>();
		List<FieldProblem> problems = new ArrayList<>();
		for (String code : new LinkedHashSet<>(governmentCodes)) {
			Long id = ids.get(code);
			if (id == null) {
				problems.add(new FieldProblem("governments", "지자체 " + code + "은(는) " + year + "년 평가 대상이 아닙니다."));
			}
			else if (AwardYearService.secondStageRefusal(names, award, id, code).isPresent()) {
				problems.add(new FieldProblem("governments", AwardYearService.secondStageRefusal(names, award, id, code).get()));
			}
			else if (conflicts(names, who.governmentId(), id, year)) {
				problems.add(new FieldProblem("governments", "평가위원 " + who.username() + "은(는) 소속 지자체나 그 시·도의 지자체 "
						+ code + "을(를) 평가할 수 없습니다."));
			}
			else {
				rows.add(new Assignment(id, code, who.username()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems.get(0).message(), problems);
		}
		repository.assign(year, rows, user.username(), OffsetDateTime.now(clock));
		audit.record("evaluation.assignment", year + "/" + who.username(), "assign", null,
				Map.of("governments", rows.stream().map(Assignment::governmentCode).toList()));
		return rows.size();
	}

	/**
	 * Assigns the chosen evaluators evenly: every government of the year gets {@code perGovernment} of them
	 * (counting those it already has), each time the one with the fewest assignments so far who may score it,
	 * by username on a tie. If some government cannot get enough, nothing is assigned and the reason names it.
	 */
	@Transactional
	public int assignEvenly(CurrentUser user, int year, List<String> evaluatorNames, int perGovernment) {
		AwardYearService.requireAdmin(user);
		if (perGovernment < 1 || perGovernment > MAX_PER_GOVERNMENT) {
			throw new InvalidInputException("지자체마다 배정할 평가위원 수는 1명부터 " + MAX_PER_GOVERNMENT + "명까지입니다.",
					List.of(new FieldProblem("perGovernment", "1부터 " + MAX_PER_GOVERNMENT + "까지의 정수를 입력하세요.")));
		}
		AwardYear award = service.requireOpen(year);
		List<CurrentUser> chosen = evaluators(evaluatorNames);
		if (chosen.size() < perGovernment) {
			throw new InvalidInputException("평가위원을 " + chosen.size() + "명만 골라 지자체마다 " + perGovernment
					+ "명을 배정할 수 없습니다.", List.of(new FieldProblem("evaluators", "평가위원을 " + perGovernment + "명 이상 고르세요.")));
		}
		Map<Long, Set<String>> assigned = new HashMap<>();
		Map<String, Integer> load = new HashMap<>();
		chosen.forEach(e -> load.put(e.username(), 0));
		for (Assignment a : repository.assignments(year)) {
			assigned.computeIfAbsent(a.governmentId(), k -> new HashSet<>()).add(a.evaluator());
			load.computeIfPresent(a.evaluator(), (k, n) -> n + 1);
		}
		GovernmentDirectory names = directory.snapshot();
		List<Assignment> rows = new ArrayList<>();
		List<String> lacking = new ArrayList<>();
		for (Map.Entry<String, Long> government : new TreeMap<>(AwardYearService.governmentIds(award)).entrySet()) {
			if (AwardYearService.secondStageRefusal(names, award, government.getValue(), government.getKey()).isPresent()) {
				continue;
			}
			Set<String> already = assigned.getOrDefault(government.getValue(), Set.of());
			int needed = perGovernment - already.size();
			List<CurrentUser> candidates = chosen.stream()
				.filter(e -> !already.contains(e.username()))
				.filter(e -> !conflicts(names, e.governmentId(), government.getValue(), year))
				.sorted(Comparator.comparing((CurrentUser e) -> load.get(e.username())).thenComparing(CurrentUser::username))
				.toList();
			if (candidates.size() < needed) {
				lacking.add(government.getKey());
				continue;
			}
			for (CurrentUser e : candidates.subList(0, Math.max(0, needed))) {
				rows.add(new Assignment(government.getValue(), government.getKey(), e.username()));
				load.merge(e.username(), 1, Integer::sum);
			}
		}
		if (!lacking.isEmpty()) {
			throw new InvalidInputException("지자체 " + String.join(", ", lacking.subList(0, Math.min(5, lacking.size())))
					+ (lacking.size() > 5 ? " 외 " + (lacking.size() - 5) + "곳" : "") + "에는 평가할 수 있는 평가위원이 "
					+ perGovernment + "명보다 적습니다 (소속 지자체와 그 시·도는 평가할 수 없음). 아무것도 배정하지 않았습니다.",
					List.of(new FieldProblem("evaluators", "평가위원을 더 고르거나 지자체마다 배정할 수를 줄이세요.")));
		}
		repository.assign(year, rows, user.username(), OffsetDateTime.now(clock));
		audit.record("evaluation.assignment", year + "/evenly", "assign", null,
				Map.of("evaluators", chosen.stream().map(CurrentUser::username).toList(), "perGovernment", perGovernment,
						"assignments", rows.size()));
		return rows.size();
	}

	/** The enabled evaluators of the given usernames, in their order; an unknown one is refused by name. */
	private List<CurrentUser> evaluators(List<String> usernames) {
		Map<String, CurrentUser> enabled = new LinkedHashMap<>();
		roster.enabled(Role.EVALUATOR).forEach(e -> enabled.put(e.username(), e));
		List<CurrentUser> found = new ArrayList<>();
		for (String name : new LinkedHashSet<>(usernames)) {
			CurrentUser e = enabled.get(name);
			if (e == null) {
				throw new InvalidInputException("'" + name + "'은(는) 사용 중인 평가위원 계정이 아닙니다.",
						List.of(new FieldProblem("evaluator", "평가위원 계정을 고르세요.")));
			}
			found.add(e);
		}
		return found;
	}

	/** One evaluator's progress: assigned governments, those fully submitted, and those still missing a score. */
	public record Progress(String username, String displayName, Long affiliationId, int assigned, int submitted,
			List<String> missing) {
	}

	/** The year's assignment board: every enabled evaluator's progress, and the governments nobody scores yet. */
	public record Board(AwardYear award, List<Progress> evaluators, List<String> unassigned, int pairs, int submittedPairs) {
	}

	/**
	 * A pair (government, evaluator) is submitted when every qualitative criterion of every category the
	 * government is evaluated in has the evaluator's submitted score; read in three queries however many there are.
	 */
	public Board board(CurrentUser user, int year) {
		AwardYearService.requireAdmin(user);
		AwardYear award = service.require(year);
		Map<Long, Set<Long>> required = new HashMap<>();
		award.categories().forEach(c -> {
			Set<Long> criteria = new HashSet<>();
			c.criteria().stream().filter(r -> r.method().qualitative()).forEach(r -> criteria.add(r.id()));
			c.peerGroups().forEach(g -> g.members().keySet()
				.forEach(id -> required.computeIfAbsent(id, k -> new HashSet<>()).addAll(criteria)));
		});
		Map<String, Set<Long>> submitted = new HashMap<>();
		for (Score s : repository.scores(year)) {
			if (s.submitted()) {
				submitted.computeIfAbsent(s.governmentId() + "/" + s.evaluator(), k -> new HashSet<>()).add(s.criterionId());
			}
		}
		Map<String, List<Assignment>> byEvaluator = new TreeMap<>();
		Set<Long> covered = new HashSet<>();
		for (Assignment a : repository.assignments(year)) {
			byEvaluator.computeIfAbsent(a.evaluator(), k -> new ArrayList<>()).add(a);
			covered.add(a.governmentId());
		}
		Map<String, CurrentUser> enabled = new LinkedHashMap<>();
		roster.enabled(Role.EVALUATOR).forEach(e -> enabled.put(e.username(), e));
		Set<String> usernames = new TreeSet<>(enabled.keySet());
		usernames.addAll(byEvaluator.keySet());
		List<Progress> progress = new ArrayList<>();
		int pairs = 0;
		int done = 0;
		for (String name : usernames) {
			List<Assignment> own = byEvaluator.getOrDefault(name, List.of());
			List<String> missing = new ArrayList<>();
			for (Assignment a : own) {
				Set<Long> scored = submitted.getOrDefault(a.governmentId() + "/" + name, Set.of());
				if (!scored.containsAll(required.getOrDefault(a.governmentId(), Set.of()))) {
					missing.add(a.governmentCode());
				}
			}
			CurrentUser e = enabled.get(name);
			progress.add(new Progress(name, e == null ? name : e.displayName(), e == null ? null : e.governmentId(),
					own.size(), own.size() - missing.size(), missing));
			pairs += own.size();
			done += own.size() - missing.size();
		}
		GovernmentDirectory names = directory.snapshot();
		List<String> unassigned = new TreeMap<>(AwardYearService.governmentIds(award)).entrySet().stream()
			.filter(g -> !covered.contains(g.getValue()))
			.filter(g -> AwardYearService.secondStageRefusal(names, award, g.getValue(), g.getKey()).isEmpty())
			.map(Map.Entry::getKey).toList();
		return new Board(award, progress, unassigned, pairs, done);
	}
}
