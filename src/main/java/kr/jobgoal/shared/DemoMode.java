package kr.jobgoal.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the generated demo data set is loaded ({@code JOBGOAL_DEMO}); by default on with the embedded
 * database and off with an external one. Demo data is always marked as demo where it is shown.
 */
@Component
public class DemoMode {

	private final boolean enabled;

	DemoMode(@Value("${JOBGOAL_DEMO:}") String demo, @Value("${jobgoal.db.url:}") String externalDatabase) {
		this.enabled = demo.isBlank() ? externalDatabase.isBlank() : Boolean.parseBoolean(demo.trim());
	}

	public boolean enabled() {
		return enabled;
	}
}
