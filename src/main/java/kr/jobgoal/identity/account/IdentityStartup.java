package kr.jobgoal.identity.account;

import java.security.SecureRandom;
import java.util.List;
import java.util.stream.Collectors;

import kr.jobgoal.identity.Role;
import kr.jobgoal.shared.DemoMode;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.KoreanParticles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first users: the administrator named by {@code JOBGOAL_ADMIN_PASSWORD} on a database without users, and
 * in demo mode the demo accounts of the contract. Runs after the region directory is loaded (affiliations).
 */
@Component
@Order(100)
public class IdentityStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IdentityStartup.class);

	static final String ADMIN = "admin";

	/** The contract's demo accounts; the codes are those of 2021, found under any later code too. */
	public static final List<UserAdministration.NewUser> DEMO_ACCOUNTS = List.of(
			demo(ADMIN, "데모 고용노동부 관리자", Role.MINISTRY_ADMIN, null),
			demo("gimje", "데모 김제시 일자리 담당", Role.LOCAL_OFFICER, "45210"),
			demo("iksan", "데모 익산시 일자리 담당", Role.LOCAL_OFFICER, "45140"),
			demo("jeonbuk", "데모 전북 시·도 검토자", Role.PROVINCIAL_REVIEWER, "45000"),
			demo("eval1", "데모 평가위원 1", Role.EVALUATOR, null),
			demo("eval2", "데모 평가위원 2", Role.EVALUATOR, null),
			demo("eval3", "데모 평가위원 3", Role.EVALUATOR, null),
			demo("eval4", "데모 평가위원 4", Role.EVALUATOR, null),
			demo("eval5", "데모 평가위원 5", Role.EVALUATOR, null));

	private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

	private final UserAccounts accounts;

	private final UserAdministration administration;

	private final DemoMode demoMode;

	private final String adminPassword;

	private final String demoPassword;

	IdentityStartup(UserAccounts accounts, UserAdministration administration, DemoMode demoMode,
			@Value("${JOBGOAL_ADMIN_PASSWORD:}") String adminPassword,
			@Value("${JOBGOAL_DEMO_PASSWORD:}") String demoPassword) {
		this.accounts = accounts;
		this.administration = administration;
		this.demoMode = demoMode;
		this.adminPassword = adminPassword;
		this.demoPassword = demoPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!adminPassword.isBlank() && !accounts.any()) {
			create(new UserAdministration.NewUser(ADMIN, "고용노동부 관리자", Role.MINISTRY_ADMIN, null, adminPassword,
					false), "JOBGOAL_ADMIN_PASSWORD");
			log.info("관리자 계정 {} 만들었습니다 (JOBGOAL_ADMIN_PASSWORD).", KoreanParticles.attach("'" + ADMIN + "'", "을"));
		}
		if (demoMode.enabled()) {
			createDemoAccounts();
		}
	}

	private void createDemoAccounts() {
		List<UserAdministration.NewUser> missing = DEMO_ACCOUNTS.stream()
			.filter(account -> accounts.findByUsername(account.username()).isEmpty())
			.toList();
		if (missing.isEmpty()) {
			return;
		}
		boolean generated = demoPassword.isBlank();
		String password = generated ? randomPassword() : demoPassword;
		for (UserAdministration.NewUser account : missing) {
			create(new UserAdministration.NewUser(account.username(), account.displayName(), account.role(),
					account.governmentCode(), password, true), "JOBGOAL_DEMO_PASSWORD");
		}
		String names = missing.stream().map(UserAdministration.NewUser::username).collect(Collectors.joining(", "));
		if (generated) {
			// The only place this password is ever shown: it is not stored anywhere but as a hash.
			log.warn("""

					==================================================================
					 데모 계정을 만들었습니다 / demo accounts created: {}
					 비밀번호 / password: {}
					 (이번 한 번만 표시됩니다 / shown only this once;
					  JOBGOAL_DEMO_PASSWORD로 정할 수 있습니다 / set it with JOBGOAL_DEMO_PASSWORD)
					==================================================================""", names, password);
		}
		else {
			log.info("데모 계정을 만들었습니다 (비밀번호: JOBGOAL_DEMO_PASSWORD): {}", names);
		}
	}

	private void create(UserAdministration.NewUser user, String setting) {
		try {
			administration.create(user);
		}
		catch (InvalidInputException e) {
			String reasons = e.errors()
				.stream()
				.map(InvalidInputException.FieldProblem::message)
				.collect(Collectors.joining(" "));
			throw new IllegalStateException(
					"계정 " + KoreanParticles.attach("'" + user.username() + "'", "을") + " 만들 수 없습니다 (" + setting + "): " + reasons, e);
		}
	}

	/** Four groups of four letters and digits: about 80 bits, and easy to type from a log. */
	private static String randomPassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				password.append('-');
			}
			password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
		}
		return password.toString();
	}

	private static UserAdministration.NewUser demo(String username, String displayName, Role role, String code) {
		return new UserAdministration.NewUser(username, displayName, role, code, null, true);
	}
}
