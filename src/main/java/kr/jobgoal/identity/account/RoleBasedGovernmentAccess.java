package kr.jobgoal.identity.account;

import java.time.Clock;
import java.time.LocalDate;

import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.identity.GovernmentAccess;
import kr.jobgoal.identity.Role;
import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

@Component
class RoleBasedGovernmentAccess implements GovernmentAccess {

	private final GovernmentDirectory directory;

	private final Clock clock;

	RoleBasedGovernmentAccess(GovernmentDirectory directory, Clock clock) {
		this.clock = clock;
		this.directory = directory;
	}

	@Override
	public boolean mayEdit(CurrentUser user, long governmentId) {
		return user.is(Role.LOCAL_OFFICER) && user.governmentId() != null && user.governmentId() == governmentId;
	}

	@Override
	public boolean mayReadDrafts(CurrentUser user, long governmentId) {
		return switch (user.role()) {
			case MINISTRY_ADMIN -> true;
			case LOCAL_OFFICER -> mayEdit(user, governmentId);
			case PROVINCIAL_REVIEWER -> user.governmentId() != null && (user.governmentId() == governmentId
					|| isParentOf(user.governmentId(), governmentId));
			default -> false;
		};
	}

	@Override
	public void requireEdit(CurrentUser user, long governmentId) {
		if (!mayEdit(user, governmentId)) {
			throw new AccessDeniedException("이 지자체의 자료를 수정할 권한이 없습니다.");
		}
	}

	@Override
	public void requireReadDrafts(CurrentUser user, long governmentId) {
		if (!mayReadDrafts(user, governmentId)) {
			throw new AccessDeniedException("이 지자체의 작성 중 자료를 볼 권한이 없습니다.");
		}
	}

	/** The reviewer's province is the parent of the government today (or when it last existed). */
	private boolean isParentOf(long metroId, long governmentId) {
		LocalDate today = LocalDate.now(clock);
		Government government = directory.findById(governmentId, today).orElse(null);
		Government metro = directory.findById(metroId, today).orElse(null);
		return government != null && metro != null && metro.code().equals(government.parentCode());
	}
}
