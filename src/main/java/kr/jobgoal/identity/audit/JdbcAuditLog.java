package kr.jobgoal.identity.audit;

import kr.jobgoal.identity.AuditLog;
import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.identity.CurrentUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Component
public class JdbcAuditLog implements AuditLog {

	static final String SYSTEM = "system";

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final JsonMapper json;

	JdbcAuditLog(JdbcClient jdbc, CurrentUsers currentUsers, JsonMapper json) {
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
		this.json = json;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String entityType, String entityId, String action, Object before, Object after) {
		recordAs(currentUsers.current().map(CurrentUser::username).orElse(SYSTEM), entityType, entityId, action, before,
				after);
	}

	/** For changes made on behalf of someone not signed in to the request (a token being issued to them). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAs(String actor, String entityType, String entityId, String action, Object before, Object after) {
		jdbc.sql("""
				insert into identity_audit_log (actor, entity_type, entity_id, action, before_state, after_state)
				values (:actor, :type, :id, :action, cast(:before as jsonb), cast(:after as jsonb))
				""")
			.param("actor", actor)
			.param("type", entityType)
			.param("id", entityId)
			.param("action", action)
			.param("before", before == null ? null : json.writeValueAsString(before))
			.param("after", after == null ? null : json.writeValueAsString(after))
			.update();
	}
}
