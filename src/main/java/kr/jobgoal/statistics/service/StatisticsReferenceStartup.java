package kr.jobgoal.statistics.service;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the shipped official figures after the directory of governments (which they join to) and the demo users. */
@Component
@Order(200)
class StatisticsReferenceStartup implements ApplicationRunner {

	private final ReferenceStatisticsLoader loader;

	StatisticsReferenceStartup(ReferenceStatisticsLoader loader) {
		this.loader = loader;
	}

	@Override
	public void run(ApplicationArguments args) {
		loader.load();
	}
}
