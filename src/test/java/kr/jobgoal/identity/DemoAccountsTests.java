package kr.jobgoal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import kr.jobgoal.identity.account.UserAccounts;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

class DemoAccountsTests extends HttpTest {

	@Autowired
	UserAccounts accounts;

	@Autowired
	GovernmentDirectory directory;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theContractsDemoAccountsExistWithTheirRolesAndAffiliations() {
		LocalDate today = LocalDate.now();
		assertAccount("admin", Role.MINISTRY_ADMIN, null);
		assertAccount("gimje", Role.LOCAL_OFFICER, directory.find("45210", today).orElseThrow().id());
		assertAccount("iksan", Role.LOCAL_OFFICER, directory.find("45140", today).orElseThrow().id());
		assertAccount("jeonbuk", Role.PROVINCIAL_REVIEWER, directory.find("45000", today).orElseThrow().id());
		for (int i = 1; i <= 5; i++) {
			assertAccount("eval" + i, Role.EVALUATOR, null);
		}
	}

	@Test
	void demoAccountsAreAuditedAsCreatedBySystem() {
		assertThat(jdbc.sql("select actor from identity_audit_log where entity_type = 'identity.user' "
				+ "and entity_id = 'gimje' and action = 'create'")
			.query(String.class)
			.list()).containsExactly("system");
		assertThat(jdbc.sql("select after_state ->> 'demo' from identity_audit_log where entity_type = 'identity.user' "
				+ "and entity_id = 'gimje'")
			.query(String.class)
			.single()).isEqualTo("true");
		assertThat(jdbc.sql("select count(*) from identity_audit_log where after_state::text like '%{bcrypt}%'")
			.query(Long.class)
			.single()).as("no password hash in the audit log").isZero();
	}

	private void assertAccount(String username, Role role, Long governmentId) {
		UserAccounts.Account account = accounts.findByUsername(username).orElseThrow();
		assertThat(account.role()).isEqualTo(role);
		assertThat(account.governmentId()).isEqualTo(governmentId);
		assertThat(account.demo()).isTrue();
		assertThat(account.enabled()).isTrue();
		assertThat(account.passwordHash()).startsWith("{bcrypt}$2");
		assertThat(passwords.matches(ApiTokens.DEMO_PASSWORD, account.passwordHash())).isTrue();
	}
}
