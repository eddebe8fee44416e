package kr.jobgoal.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.shared.Period;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The statistics module with only the modules it uses (the directory, accounts for its audited import) and the
 * embedded database: it loads the shipped figures and answers from them without plans or results.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "database")
class StatisticsModuleTests {

	@Autowired
	OfficialStatistics statistics;

	@Autowired
	GovernmentDirectory directory;

	@Autowired
	ApplicationContext context;

	@Test
	void theShippedFiguresAreReadWithoutPlansOrResults() {
		long gimje = directory.find("52210", LocalDate.of(2024, 7, 1)).orElseThrow().id();
		OfficialValue rate = statistics.value(gimje, Indicator.EMPLOYMENT_RATE_15_64, Period.parse("2020H2")).orElseThrow();
		assertThat(rate.value().toPlainString()).isEqualTo("71.0");
		assertThat(context.getBeanNamesForType(Object.class))
			.as("no bean of the plan, result or evaluation modules")
			.noneMatch(name -> context.getType(name) != null && context.getType(name).getPackageName()
				.matches("kr\\.jobgoal\\.(plan|result|evaluation)(\\..*)?"));
	}
}
