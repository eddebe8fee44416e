package kr.jobgoal.identity.audit;

import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import kr.jobgoal.shared.SeoulClock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar target/jobgoal-*.jar --jobgoal.audit.verify}: verifies the audit log's hash chain, prints
 * the result and exits, 0 when the chain is intact and 1 naming the first broken record otherwise. Runs
 * before every other start-up task (no demo data is loaded) and, with {@code JobgoalApplication}'s command
 * handling, opens no HTTP port.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditChainCommand implements ApplicationRunner {

	static final String OPTION = "jobgoal.audit.verify";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final AuditChain chain;

	private final ConfigurableApplicationContext context;

	private final MessageSource messages;

	AuditChainCommand(AuditChain chain, ConfigurableApplicationContext context, MessageSource messages) {
		this.chain = chain;
		this.context = context;
		this.messages = messages;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.containsOption(OPTION)) {
			int code = verify(System.out);
			System.exit(SpringApplication.exit(context, () -> code));
		}
	}

	/** Verifies and reports; returns the exit code. */
	int verify(PrintStream out) {
		AuditChain.Verification result = chain.verify();
		if (result.intact()) {
			out.printf("감사 기록 해시 체인: 이상 없음 / audit chain intact: %d records, last hash %s%n",
					result.records(), result.headHash() == null ? "-" : result.headHash());
			return 0;
		}
		AuditChain.BrokenRecord broken = result.broken();
		out.printf("감사 기록 해시 체인이 깨졌습니다 / audit chain BROKEN at record id %s (seq %s)%n",
				broken.id() == null ? "-" : broken.id(), broken.seq() == null ? "-" : broken.seq());
		for (Locale locale : new Locale[] { Locale.KOREAN, Locale.ENGLISH }) {
			out.printf("  %s%n", messages.getMessage(broken.messageKey(), new Object[] { broken.expectedSeq() },
					locale));
		}
		if (broken.id() != null) {
			out.printf("  %s  %s  %s %s  %s%n", TIME.format(broken.occurredAt().atZone(SeoulClock.SEOUL)),
					broken.actor(), broken.entityType(), broken.entityId(), broken.action());
		}
		out.printf("  %d records intact before it; last intact hash %s%n", result.records(),
				result.headHash() == null ? "-" : result.headHash());
		return 1;
	}
}
