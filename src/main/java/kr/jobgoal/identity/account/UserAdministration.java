package kr.jobgoal.identity.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import kr.jobgoal.identity.AuditLog;
import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.identity.Role;
import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating users, changing their role, affiliation and status, and resetting their password, by an
 * administrator or at start-up; every change is audited.
 */
@Service
public class UserAdministration {

	static final String AUDIT_TYPE = "identity.user";

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");

	private final UserAccounts accounts;

	private final GovernmentDirectory directory;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final AccessTokens tokens;

	private final UserSignOut signOut;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	UserAdministration(UserAccounts accounts, GovernmentDirectory directory, PasswordEncoder passwords,
			AuditLog audit, AccessTokens tokens, UserSignOut signOut, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.signOut = signOut;
		this.directory = directory;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A user to create.
	 *
	 * @param governmentCode any code the affiliated government has had; blank for none
	 */
	public record NewUser(String username, String displayName, Role role, String governmentCode, String password,
			boolean demo) {
	}

	/** Creates the user, or throws {@link InvalidInputException} naming each field that cannot be accepted. */
	@Transactional
	public UserAccounts.Account create(NewUser user) {
		List<FieldProblem> problems = new ArrayList<>();
		String username = UserAccounts.normalise(user.username());
		if (!USERNAME.matcher(username).matches()) {
			problems.add(new FieldProblem("username",
					"사용자 이름은 영문 소문자·숫자·점(.)·밑줄(_)·하이픈(-)으로 3~50자여야 하고, 영문자나 숫자로 시작해야 합니다."));
		}
		else if (accounts.findByUsername(username).isPresent()) {
			problems.add(new FieldProblem("username", "이미 있는 사용자 이름입니다: " + username));
		}
		String displayName = user.displayName() == null ? "" : user.displayName().strip();
		if (displayName.isEmpty() || displayName.length() > 100) {
			problems.add(new FieldProblem("displayName", "이름을 1~100자로 입력하세요."));
		}
		if (user.role() == null) {
			problems.add(new FieldProblem("role", "역할을 선택하세요."));
		}
		Long governmentId = affiliation(user.role(), user.governmentCode(), problems);
		PasswordPolicy.problem(user.password(), username)
			.ifPresent(message -> problems.add(new FieldProblem("password", message)));
		if (!problems.isEmpty()) {
			throw new InvalidInputException("사용자를 만들 수 없습니다. 표시된 항목을 고쳐 주세요.", problems);
		}
		long id = accounts.insert(username, displayName, passwords.encode(user.password()), user.role(),
				governmentId, user.demo());
		UserAccounts.Account created = accounts.findById(id).orElseThrow();
		audit.record(AUDIT_TYPE, username, "create", null, created.audited());
		return created;
	}

	/**
	 * Enables or disables a user. A disabled user is signed out everywhere at once: their API tokens are
	 * revoked and their sessions deleted. Administrators cannot disable themselves (nobody would be left to
	 * undo it).
	 */
	@Transactional
	public void setEnabled(String username, boolean enabled, CurrentUser by) {
		UserAccounts.Account before = existing(username);
		if (!enabled && before.id() == by.userId()) {
			throw new InvalidInputException("자기 계정은 사용 중지할 수 없습니다.");
		}
		if (before.enabled() == enabled) {
			return;
		}
		accounts.setEnabled(before.id(), enabled);
		UserAccounts.Account after = accounts.findById(before.id()).orElseThrow();
		audit.record(AUDIT_TYPE, before.username(), enabled ? "enable" : "disable", before.audited(), after.audited());
		if (!enabled) {
			signOut.everywhere(before);
		}
	}

	/**
	 * What an administrator sets on a user's page.
	 *
	 * @param governmentCode any code the affiliated government has had; blank for none
	 */
	public record UserChange(Role role, String governmentCode, boolean enabled) {
	}

	/**
	 * Sets the user's role, affiliation and status, or throws {@link InvalidInputException} naming each field
	 * that cannot be accepted (and changes nothing). A user whose role or affiliation changes, or who is
	 * disabled, is signed out everywhere: their sessions and tokens carry what they were allowed before.
	 * Administrators cannot change their own role or disable themselves (nobody might be left to undo it).
	 */
	@Transactional
	public UserAccounts.Account update(String username, UserChange change, CurrentUser by) {
		UserAccounts.Account before = existing(username);
		List<FieldProblem> problems = new ArrayList<>();
		if (change.role() == null) {
			problems.add(new FieldProblem("role", "역할을 선택하세요."));
		}
		else if (before.id() == by.userId() && change.role() != before.role()) {
			problems.add(new FieldProblem("role", "자기 역할은 바꿀 수 없습니다."));
		}
		if (before.id() == by.userId() && !change.enabled()) {
			problems.add(new FieldProblem("enabled", "자기 계정은 사용 중지할 수 없습니다."));
		}
		Long governmentId = affiliation(change.role(), change.governmentCode(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException("사용자를 바꾸지 못했습니다. 표시된 항목을 고쳐 주세요.", problems);
		}
		boolean allowanceChanged = change.role() != before.role() || !Objects.equals(governmentId, before.governmentId());
		if (!allowanceChanged && change.enabled() == before.enabled()) {
			return before;
		}
		accounts.setRoleAndAffiliation(before.id(), change.role(), governmentId);
		accounts.setEnabled(before.id(), change.enabled());
		UserAccounts.Account after = accounts.findById(before.id()).orElseThrow();
		audit.record(AUDIT_TYPE, before.username(), "update", before.audited(), after.audited());
		if (allowanceChanged || !change.enabled()) {
			signOut.everywhere(before);
		}
		return after;
	}

	/**
	 * Gives the user a new, generated password that works once: at the next sign-in they must choose their
	 * own before anything else. Their sessions and tokens end now. The password is returned to be shown to
	 * the administrator once; only its hash is kept, and the audit log records the reset, not the password.
	 * Administrators change their own password themselves.
	 */
	@Transactional
	public String resetPassword(String username, CurrentUser by) {
		UserAccounts.Account before = existing(username);
		if (before.id() == by.userId()) {
			throw new InvalidInputException("자기 비밀번호는 초기화하지 않고 '비밀번호 변경'에서 바꿉니다.");
		}
		String oneTime = oneTimePassword(before.username());
		accounts.setPassword(before.id(), passwords.encode(oneTime), true);
		UserAccounts.Account after = accounts.findById(before.id()).orElseThrow();
		audit.record(AUDIT_TYPE, before.username(), "reset-password", before.audited(), after.audited());
		signOut.everywhere(before);
		return oneTime;
	}

	/** 16 characters without look-alikes (no 0/O, 1/l/I), read out or typed from a screen. */
	private String oneTimePassword(String username) {
		String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
		while (true) {
			StringBuilder password = new StringBuilder();
			for (int i = 0; i < 16; i++) {
				password.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			if (PasswordPolicy.problem(password.toString(), username).isEmpty()) {
				return password.toString();
			}
		}
	}

	/** Revokes every usable API token of the user; returns how many. */
	@Transactional
	public int revokeTokens(String username) {
		return tokens.revokeAllOf(existing(username).id());
	}

	private UserAccounts.Account existing(String username) {
		return accounts.findByUsername(username)
			.orElseThrow(() -> new NotFoundException("사용자를 찾을 수 없습니다: " + username));
	}

	/** The government a user of this role is bound to; officers and reviewers must have one, the ministry none. */
	private Long affiliation(Role role, String code, List<FieldProblem> problems) {
		boolean given = code != null && !code.isBlank();
		if (role == Role.MINISTRY_ADMIN) {
			if (given) {
				problems.add(new FieldProblem("governmentCode", "고용노동부 관리자는 소속 지자체를 두지 않습니다."));
			}
			return null;
		}
		if (!given) {
			if (role == Role.LOCAL_OFFICER || role == Role.PROVINCIAL_REVIEWER || role == Role.JOB_FAIR_ORGANISER) {
				problems.add(new FieldProblem("governmentCode", "이 역할은 소속 지자체 코드가 필요합니다."));
			}
			return null;
		}
		LocalDate today = LocalDate.now(clock);
		Government government = directory.find(code.strip(), today).orElse(null);
		if (government == null || !government.validOn(today)) {
			problems.add(new FieldProblem("governmentCode", "현재 있는 지자체의 코드가 아닙니다: " + code.strip()));
			return null;
		}
		if (role == Role.PROVINCIAL_REVIEWER && !government.isMetro()) {
			problems.add(new FieldProblem("governmentCode",
					"시·도 검토자는 광역자치단체(시·도)에 소속되어야 합니다: " + government.nameKo()));
			return null;
		}
		return government.id();
	}
}
