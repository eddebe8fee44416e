package kr.jobgoal.region;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Brings the directory up to date with the shipped file before anything else (demo data) runs. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReferenceDataStartup implements ApplicationRunner {

	private final ReferenceGovernmentLoader loader;

	ReferenceDataStartup(ReferenceGovernmentLoader loader) {
		this.loader = loader;
	}

	@Override
	public void run(ApplicationArguments args) {
		loader.load();
	}
}
