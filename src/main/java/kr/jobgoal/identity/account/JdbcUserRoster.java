package kr.jobgoal.identity.account;

import java.util.List;

import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.identity.Role;
import kr.jobgoal.identity.UserRoster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcUserRoster implements UserRoster {

	private final JdbcClient jdbc;

	JdbcUserRoster(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<CurrentUser> enabled(Role role) {
		return jdbc.sql("""
				select id, username, display_name, role, government_id from identity_user
				where role = :role and enabled order by username""")
			.param("role", role.name())
			.query((rs, n) -> new CurrentUser(rs.getLong(1), rs.getString(2), rs.getString(3),
					Role.valueOf(rs.getString(4)), rs.getObject(5, Long.class)))
			.list();
	}
}
