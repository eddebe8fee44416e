package kr.jobgoal.identity;

import java.util.concurrent.atomic.AtomicInteger;

import kr.jobgoal.identity.account.UserAccounts;
import kr.jobgoal.identity.account.UserAdministration;

/** Users of a test's own, so that locking, disabling or revoking them leaves the demo users alone. */
final class TestUsers {

	static final String PASSWORD = "Test-password-2026";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private TestUsers() {
	}

	record Created(long id, String username, String password) {
	}

	static Created create(UserAdministration administration, Role role, String governmentCode) {
		String username = "t" + System.currentTimeMillis() % 100_000_000 + "-" + SEQUENCE.incrementAndGet();
		UserAccounts.Account account = administration.create(new UserAdministration.NewUser(username,
				"테스트 사용자 " + username, role, governmentCode, PASSWORD, false));
		return new Created(account.id(), account.username(), PASSWORD);
	}
}
