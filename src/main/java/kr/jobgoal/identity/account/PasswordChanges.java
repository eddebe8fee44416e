package kr.jobgoal.identity.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kr.jobgoal.identity.AuditLog;
import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import kr.jobgoal.shared.InvalidInputException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A signed-in user changing their own password: they prove the current one, the new one follows the
 * {@link PasswordPolicy}, and every other sign-in of theirs (sessions and API tokens) ends, so that whoever
 * knew the old password is out. Audited. A wrong current password counts as a failed sign-in
 * ({@link LoginThrottle}), so that a session left open does not allow guessing it.
 */
@Service
public class PasswordChanges {

	private final UserAccounts accounts;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final UserSignOut signOut;

	private final LoginThrottle throttle;

	private final TransactionTemplate transaction;

	PasswordChanges(UserAccounts accounts, PasswordEncoder passwords, AuditLog audit, UserSignOut signOut,
			LoginThrottle throttle, TransactionTemplate transaction) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.signOut = signOut;
		this.throttle = throttle;
		this.transaction = transaction;
	}

	/** What the form posts. */
	public record Change(String currentPassword, String newPassword, String confirmation) {
	}

	/**
	 * Changes the user's password, or throws {@link InvalidInputException} naming each field that cannot be
	 * accepted (and changes nothing).
	 *
	 * @param clientAddress where the request comes from, for the throttle
	 * @param keptSessionId the session the user changes it in, which stays signed in
	 */
	public void change(CurrentUser user, Change change, String clientAddress, String keptSessionId) {
		UserAccounts.Account before = accounts.findById(user.userId()).orElseThrow();
		Optional<LoginThrottle.Block> blocked = throttle.blocked(before.username(), clientAddress);
		if (blocked.isPresent()) {
			throw new InvalidInputException("비밀번호를 바꾸지 못했습니다.", List.of(new FieldProblem("currentPassword",
					"비밀번호를 여러 번 틀려 잠시 바꿀 수 없습니다. " + LoginRefusal.retryTime(blocked.get())
							+ "(한국 시간) 이후에 다시 시도하세요.")));
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (change.currentPassword() == null || change.currentPassword().isEmpty()
				|| !passwords.matches(change.currentPassword(), before.passwordHash())) {
			// counted outside the change's transaction: the refusal below must not undo it
			throttle.recordFailure(before.username(), clientAddress);
			problems.add(new FieldProblem("currentPassword", "지금 비밀번호가 맞지 않습니다."));
		}
		PasswordPolicy.problem(change.newPassword(), before.username())
			.ifPresent(message -> problems.add(new FieldProblem("newPassword", message)));
		if (change.newPassword() != null && change.newPassword().equals(change.currentPassword())) {
			problems.add(new FieldProblem("newPassword", "지금과 다른 비밀번호를 정하세요."));
		}
		if (change.newPassword() == null || !change.newPassword().equals(change.confirmation())) {
			problems.add(new FieldProblem("confirmation", "새 비밀번호와 똑같이 한 번 더 입력하세요."));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("비밀번호를 바꾸지 못했습니다. 표시된 항목을 고쳐 주세요.", problems);
		}
		String hash = passwords.encode(change.newPassword());
		transaction.executeWithoutResult(status -> {
			accounts.setPassword(before.id(), hash, false);
			UserAccounts.Account after = accounts.findById(before.id()).orElseThrow();
			audit.record(UserAdministration.AUDIT_TYPE, before.username(), "change-password", before.audited(),
					after.audited());
			signOut.everywhereBut(before, keptSessionId);
		});
	}
}
