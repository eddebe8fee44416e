package kr.jobgoal.demo;

import java.io.PrintStream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar target/jobgoal-*.jar --jobgoal.demo.remove}: removes the demo data set and the demo
 * accounts, prints what it removed and exits 0. Runs before the start-up tasks that would generate demo
 * data, and, with {@code JobgoalApplication}'s command handling, opens no HTTP port.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DemoRemovalCommand implements ApplicationRunner {

	static final String OPTION = "jobgoal.demo.remove";

	private final DemoRemoval removal;

	private final ConfigurableApplicationContext context;

	DemoRemovalCommand(DemoRemoval removal, ConfigurableApplicationContext context) {
		this.removal = removal;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.containsOption(OPTION)) {
			int code = remove(System.out);
			System.exit(SpringApplication.exit(context, () -> code));
		}
	}

	/** Removes and reports; returns the exit code. */
	int remove(PrintStream out) {
		DemoRemoval.Removed removed = removal.removeByCommand();
		if (removed.nothing()) {
			out.println("데모 자료가 없습니다 / no demo data to remove (it will not be generated again)");
			return 0;
		}
		out.println("데모 자료를 지웠습니다 / demo data removed:");
		out.printf("  계획 / plans: %d (versions %d), 세부 분류 / sub-categories: %d%n", removed.plans().plans(),
				removed.plans().versions(), removed.plans().subCategories());
		out.printf("  추진실적 / result facts: %d (evidence files %d)%n", removed.results().facts(),
				removed.results().evidence());
		out.printf("  데모 계정 / demo accounts: %d %s (API tokens %d, sessions %d)%n",
				removed.accounts().accounts().size(), removed.accounts().accounts(), removed.accounts().tokens(),
				removed.accounts().sessions());
		out.println("  지자체 목록·공식 통계·실제 자료와 감사 기록은 그대로입니다 / directory, statistics, real data and the audit log are untouched");
		return 0;
	}
}
