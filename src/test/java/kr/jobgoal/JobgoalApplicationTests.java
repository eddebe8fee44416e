package kr.jobgoal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobgoalApplicationTests {

	@Test
	void aCommandOpensNoHttpPort() {
		assertThat(JobgoalApplication.withoutHttpForCommands(new String[] { "--jobgoal.audit.verify" }))
			.containsExactly("--jobgoal.audit.verify", "--server.port=-1");
		assertThat(JobgoalApplication.withoutHttpForCommands(new String[] { "--jobgoal.demo.remove" }))
			.containsExactly("--jobgoal.demo.remove", "--server.port=-1");
		assertThat(JobgoalApplication.withoutHttpForCommands(new String[] { "--server.port=9090" }))
			.containsExactly("--server.port=9090");
	}
}
