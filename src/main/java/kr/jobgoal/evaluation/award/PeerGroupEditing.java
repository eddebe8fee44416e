package kr.jobgoal.evaluation.award;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import kr.jobgoal.evaluation.award.AwardYear.Category;
import kr.jobgoal.evaluation.award.AwardYear.PeerGroup;
import kr.jobgoal.identity.AuditLog;
import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import kr.jobgoal.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's editing of a year's peer groups (비교 집단): adding, renaming and deleting an empty one,
 * and moving governments between the groups of a category, each staying in exactly one (the primary key of
 * {@code evaluation_peer_member}). The module's one guard for peer groups: only the ministry administrator,
 * bounded input checked before anything is read, a refusal changes nothing, every change audited. Allowed
 * until the year is confirmed, also after the snapshot (the inputs do not depend on the groups).
 */
@Service
public class PeerGroupEditing {

	/** Bounds of one request: more codes than there are governments; the columns' lengths (V6_1). */
	static final int MAX_CODES = 300;

	static final int MAX_CODE_LENGTH = 40;

	static final int MAX_NAME_LENGTH = 100;

	/** {@code evaluation_peer_group.position} is 0–99: new groups go after the last. */
	static final int MAX_GROUPS = 100;

	private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_-]*");

	private static final Pattern GOVERNMENT_CODE = Pattern.compile("[0-9]{5}");

	private final AwardYearService service;

	private final AwardYearRepository repository;

	private final AuditLog audit;

	PeerGroupEditing(AwardYearService service, AwardYearRepository repository, AuditLog audit) {
		this.service = service;
		this.repository = repository;
		this.audit = audit;
	}

	/** The year with its categories' peer groups and members, for the administrator's page. */
	public AwardYear read(CurrentUser user, int year) {
		AwardYearService.requireAdmin(user);
		return service.require(year);
	}

	/** Adds an empty peer group at the end of the category's groups. */
	@Transactional
	public void add(CurrentUser user, int year, String category, String code, String nameKo, String nameEn) {
		AwardYearService.requireAdmin(user);
		List<FieldProblem> problems = new ArrayList<>();
		if (code == null || code.length() > MAX_CODE_LENGTH || !CODE.matcher(code).matches()) {
			problems.add(new FieldProblem("code", "코드는 영문 소문자로 시작해 영문 소문자, 숫자, -, _로 " + MAX_CODE_LENGTH
					+ "자까지 쓰세요 (예: city-large)."));
		}
		checkNames(nameKo, nameEn, problems);
		refuseIf(problems, "비교 집단을 더하지 못했습니다. 표시된 칸을 고치세요.");
		Category c = category(editable(year), category);
		if (c.peerGroups().stream().anyMatch(g -> g.code().equals(code))) {
			refuse("code", c.nameKo() + "에 코드 " + code + "인 비교 집단이 이미 있습니다.");
		}
		// after the last group's position, which is never below the number of groups
		int position = repository.nextPeerGroupPosition(c.id());
		if (position >= MAX_GROUPS) {
			refuse("code", c.nameKo() + "에는 비교 집단을 더 둘 수 없습니다 (" + MAX_GROUPS + "개까지).");
		}
		repository.insertPeerGroup(year, c.id(), code, nameKo.strip(), nameEn.strip(), position, Map.of());
		audit.record("evaluation.peerGroup", year + "/" + c.code() + "/" + code, "add", null,
				Map.of("nameKo", nameKo.strip(), "nameEn", nameEn.strip()));
	}

	/** Gives a peer group other names; its code stays, as the stored results and the API name groups by it. */
	@Transactional
	public void rename(CurrentUser user, int year, String category, String group, String nameKo, String nameEn) {
		AwardYearService.requireAdmin(user);
		List<FieldProblem> problems = new ArrayList<>();
		checkNames(nameKo, nameEn, problems);
		refuseIf(problems, "비교 집단 이름을 바꾸지 못했습니다. 표시된 칸을 고치세요.");
		Category c = category(editable(year), category);
		PeerGroup g = group(c, group);
		repository.renamePeerGroup(g.id(), nameKo.strip(), nameEn.strip());
		audit.record("evaluation.peerGroup", year + "/" + c.code() + "/" + g.code(), "rename",
				Map.of("nameKo", g.nameKo(), "nameEn", g.nameEn()), Map.of("nameKo", nameKo.strip(), "nameEn", nameEn.strip()));
	}

	/** Deletes a peer group without members; one with members is refused, so that nobody is left without one. */
	@Transactional
	public void delete(CurrentUser user, int year, String category, String group) {
		AwardYearService.requireAdmin(user);
		Category c = category(editable(year), category);
		PeerGroup g = group(c, group);
		if (!g.members().isEmpty()) {
			refuse("group", "비교 집단 '" + g.nameKo() + "'에 지자체 " + g.members().size()
					+ "곳이 있어 삭제할 수 없습니다. 먼저 모두 다른 비교 집단으로 옮기세요.");
		}
		repository.deletePeerGroup(g.id());
		audit.record("evaluation.peerGroup", year + "/" + c.code() + "/" + g.code(), "delete",
				Map.of("nameKo", g.nameKo(), "nameEn", g.nameEn()), null);
	}

	/**
	 * Moves the governments given by code into a peer group of the same category, out of whichever group each
	 * was in; those already in it stay. Returns how many moved.
	 */
	@Transactional
	public int move(CurrentUser user, int year, String category, String group, List<String> governmentCodes) {
		AwardYearService.requireAdmin(user);
		if (governmentCodes.isEmpty() || governmentCodes.size() > MAX_CODES) {
			refuse("governments", "옮길 지자체 코드를 1개 이상 " + MAX_CODES + "개 이하로 입력하세요.");
		}
		List<FieldProblem> problems = new ArrayList<>();
		governmentCodes.stream().filter(code -> !GOVERNMENT_CODE.matcher(code).matches()).distinct()
			.forEach(code -> problems.add(new FieldProblem("governments", "'" + code + "'은(는) 5자리 지자체 코드가 아닙니다.")));
		refuseIf(problems, null);
		Category c = category(editable(year), category);
		PeerGroup target = group(c, group);
		Map<String, PeerGroup> current = new LinkedHashMap<>();
		Map<String, Long> ids = new LinkedHashMap<>();
		c.peerGroups().forEach(g -> g.members().forEach((id, code) -> {
			current.put(code, g);
			ids.put(code, id);
		}));
		List<Long> moving = new ArrayList<>();
		Map<String, String> from = new LinkedHashMap<>();
		for (String code : new LinkedHashSet<>(governmentCodes)) {
			PeerGroup now = current.get(code);
			if (now == null) {
				problems.add(new FieldProblem("governments", "지자체 " + code + "은(는) " + year + "년 " + c.nameKo()
						+ " 평가 대상이 아닙니다."));
			}
			else if (now.id() != target.id()) {
				moving.add(ids.get(code));
				from.put(code, now.code());
			}
		}
		refuseIf(problems, null);
		if (!moving.isEmpty()) {
			repository.movePeerMembers(c.id(), target.id(), moving);
			audit.record("evaluation.peerGroup", year + "/" + c.code() + "/" + target.code(), "move",
					Map.of("groups", from), Map.of("group", target.code(), "governments", List.copyOf(from.keySet())));
		}
		return moving.size();
	}

	/** The year, locked for this transaction so that edits (and confirmation) do not interleave; not confirmed. */
	private AwardYear editable(int year) {
		AwardYearService.checkYear(year);
		String status = repository.lockYear(year)
			.orElseThrow(() -> new NotFoundException(year + "년 일자리대상 평가가 없습니다."));
		if (AwardYear.CONFIRMED.equals(status)) {
			throw new InvalidInputException(year + "년 평가는 확정되어 비교 집단을 바꿀 수 없습니다.");
		}
		return service.require(year);
	}

	private static Category category(AwardYear award, String code) {
		return award.categories().stream().filter(c -> c.code().equals(code)).findFirst()
			.orElseThrow(() -> problem("category", award.year() + "년 평가에 부문 '" + code + "'이(가) 없습니다."));
	}

	private static PeerGroup group(Category category, String code) {
		return category.peerGroups().stream().filter(g -> g.code().equals(code)).findFirst()
			.orElseThrow(() -> problem("group", category.nameKo() + "에 비교 집단 '" + code + "'이(가) 없습니다."));
	}

	private static void checkNames(String nameKo, String nameEn, List<FieldProblem> problems) {
		if (nameKo == null || nameKo.isBlank() || nameKo.strip().length() > MAX_NAME_LENGTH) {
			problems.add(new FieldProblem("nameKo", "한국어 이름을 1자 이상 " + MAX_NAME_LENGTH + "자 이하로 쓰세요."));
		}
		if (nameEn == null || nameEn.isBlank() || nameEn.strip().length() > MAX_NAME_LENGTH) {
			problems.add(new FieldProblem("nameEn", "영어 이름을 1자 이상 " + MAX_NAME_LENGTH + "자 이하로 쓰세요."));
		}
	}

	/** Refuses with every problem found; the message is the given one, or else the first problem's. */
	private static void refuseIf(List<FieldProblem> problems, String message) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(message == null ? problems.get(0).message() : message, problems);
		}
	}

	private static void refuse(String field, String message) {
		throw problem(field, message);
	}

	private static InvalidInputException problem(String field, String message) {
		return new InvalidInputException(message, List.of(new FieldProblem(field, message)));
	}
}
