package kr.jobgoal.publicread;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import kr.jobgoal.JobgoalApplication;
import kr.jobgoal.publicread.PublicReads.Counted;
import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two app instances on one PostgreSQL: the shared test app (A) and a second one (B) started here on the same
 * database. A change made through A is seen on B's very next read, although B had the page cached.
 */
class TwoInstanceTests extends HttpTest {

	private static final String FACTS = "/api/v1/governments/45210/results/2021/facts";

	private static final String HISTORY_PAGE = "/governments/45210/results/2021/history";

	private static ConfigurableApplicationContext instanceB;

	@Autowired
	EmbeddedPostgres database;

	private PublicReads b;

	@BeforeEach
	void startInstanceB() {
		if (instanceB == null) {
			instanceB = new SpringApplicationBuilder(JobgoalApplication.class)
				// demo mode as on A: with an external database it would be off, and B would show other pages
				.properties(Map.of("server.port", "0", "jobgoal.db.url", database.getJdbcUrl("postgres", "postgres"),
						"spring.datasource.url", database.getJdbcUrl("postgres", "postgres"),
						"spring.datasource.username", "postgres", "JOBGOAL_DEMO", "true"))
				.run();
		}
		b = new PublicReads(((WebServerApplicationContext) instanceB).getWebServer().getPort());
	}

	@AfterAll
	static void stopInstanceB() {
		if (instanceB != null) {
			instanceB.close();
			instanceB = null;
		}
	}

	@Test
	void factsAppendedThroughOneInstanceShowOnTheOthersNextRead() {
		String note = "두 인스턴스 " + UUID.randomUUID();
		b.get(HISTORY_PAGE);
		b.get(FACTS);
		Counted pageBefore = b.get(HISTORY_PAGE);
		Counted factsBefore = b.get(FACTS);
		assertThat(pageBefore.statements()).as("B serves the page from its cache").isEmpty();
		assertThat(factsBefore.statements()).isEmpty();
		assertThat(factsBefore.response().body()).doesNotContain(note);
		assertThat(pageBefore.response().body()).doesNotContain(note);

		Map<String, Object> fact = freeMonth();
		fact.put("jobsCreated", "3");
		fact.put("note", note);
		var appended = sendJson("POST", FACTS, List.of(fact),
				ApiTokens.bearer(this, "gimje"));
		assertThat(appended.statusCode()).as(appended.body()).isEqualTo(201);

		Counted factsAfter = b.get(FACTS);
		assertThat(factsAfter.response().body()).contains(note);
		assertThat(factsAfter.header("ETag")).isNotEqualTo(factsBefore.header("ETag"));
		Counted pageAfter = b.get(HISTORY_PAGE, "If-None-Match", pageBefore.header("ETag"));
		assertThat(pageAfter.response().statusCode()).as("the page changed: no 304 for the old ETag").isEqualTo(200);
		assertThat(pageAfter.response().body()).contains(note);
		assertThat(b.get(HISTORY_PAGE).statements()).as("cached again on B").isEmpty();

		JsonNode onA = json(get(FACTS));
		assertThat(onA.toString()).contains(note);
	}

	/** A program and month of 김제시's 2021 with nothing recorded yet: other tests append to the same year. */
	private Map<String, Object> freeMonth() {
		Set<String> taken = new HashSet<>();
		json(get(FACTS)).forEach(f -> taken.add(f.get("programId").asLong() + "/" + f.get("period").asString()));
		for (var program : json(get("/api/v1/governments/45210/results/2021")).get("programs")) {
			long programId = program.get("programId").asLong();
			for (int month = 12; month >= 1; month--) {
				String period = String.format("2021-%02d", month);
				if (!taken.contains(programId + "/" + period)) {
					return new HashMap<>(Map.of("programId", programId, "period", period));
				}
			}
		}
		throw new IllegalStateException("every month of every program of 김제시's 2021 is recorded");
	}
}
