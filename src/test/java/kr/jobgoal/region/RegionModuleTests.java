package kr.jobgoal.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The region module alone (with the embedded database it stores into): it loads the shipped directory and answers
 * from it without any other module's beans, so its dependencies stay what ModularityTests says they are.
 */
@ApplicationModuleTest(extraIncludes = "database")
class RegionModuleTests {

	@Autowired
	GovernmentDirectory directory;

	@Autowired
	ApplicationContext context;

	@Test
	void theDirectoryWorksWithoutTheOtherModules() {
		assertThat(directory.list(LocalDate.of(2021, 7, 6), null, null)).hasSize(243);
		assertThat(directory.codeHistory(directory.find("45210", LocalDate.of(2021, 7, 6)).orElseThrow().id()))
			.extracting(Government::code)
			.containsExactly("45210", "52210");
		assertThat(context.getBeanNamesForType(Object.class))
			.as("no bean of the plan, result, statistics or identity modules")
			.noneMatch(name -> context.getType(name) != null && context.getType(name).getPackageName()
				.matches("kr\\.jobgoal\\.(plan|result|statistics|identity|evaluation)(\\..*)?"));
	}
}
