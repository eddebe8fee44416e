package kr.jobgoal.publicread;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import io.micrometer.core.instrument.MeterRegistry;
import kr.jobgoal.publicread.PublicReads.Counted;
import kr.jobgoal.shared.PublicDataChanged;
import kr.jobgoal.shared.SeoulClock;
import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.HttpTest;
import kr.jobgoal.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * The public response cache through the real HTTP stack: what it serves, to whom, with which validators, and
 * what it never holds. A cached answer costs no statement (the data version is known by notice).
 */
class PublicResponseCacheTests extends HttpTest {

	private static final String RESULTS = "/governments/45210/results/2020";

	private static final Pattern CSRF_TOKEN = Pattern.compile("data-csrf-token=\"([^\"]+)\"");

	@Autowired
	ApplicationEventPublisher events;

	private PublicReads app;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	MeterRegistry meters;

	@Autowired
	List<FilterRegistrationBean<?>> filters;

	@BeforeEach
	void app() {
		app = new PublicReads(port);
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void aSecondAnonymousReadIsTheSameBytesForNoStatement() {
		changePublicData();
		Counted first = app.get(RESULTS);
		Counted second = app.get(RESULTS);

		assertThat(first.response().statusCode()).isEqualTo(200);
		assertThat(first.statements().size()).isGreaterThan(1);
		assertThat(second.statements()).as("the version is known by notice").isEmpty();
		assertThat(second.response().body()).isEqualTo(first.response().body());
		assertThat(second.header("ETag")).isEqualTo(first.header("ETag")).matches("\"[A-Za-z0-9_-]{22}\"");
		assertThat(second.header("Cache-Control")).isEqualTo("public, no-cache");
		assertThat(second.header("Vary")).contains("Accept", "Accept-Language", "Cookie", "Authorization");
		assertThat(second.header("Last-Modified")).isNotNull();
		assertThat(second.header("Content-Type")).isEqualTo("text/html;charset=UTF-8");
		assertThat(second.header("Content-Language")).isEqualTo("ko");
		assertThat(second.header("X-Content-Type-Options")).as("security headers kept").isEqualTo("nosniff");
	}

	@Test
	void conditionalReadsAnswerNotModified() {
		notBehindTheVersion();
		Counted page = app.get(RESULTS);
		String etag = page.header("ETag");

		Counted matching = app.get(RESULTS, "If-None-Match", "\"other\", " + etag);
		assertThat(matching.response().statusCode()).isEqualTo(304);
		assertThat(matching.response().body()).isEmpty();
		assertThat(matching.header("ETag")).isEqualTo(etag);
		assertThat(matching.statements()).isEmpty();
		assertThat(app.get(RESULTS, "If-None-Match", "W/" + etag).response().statusCode()).as("weak comparison").isEqualTo(304);
		assertThat(app.get(RESULTS, "If-None-Match", "\"other\"").response().statusCode()).isEqualTo(200);

		String lastModified = page.header("Last-Modified");
		assertThat(app.get(RESULTS, "If-Modified-Since", lastModified).response().statusCode()).isEqualTo(304);
		assertThat(app.get(RESULTS, "If-Modified-Since", "Mon, 01 Jan 2018 00:00:00 GMT").response().statusCode())
			.isEqualTo(200);
		assertThat(app.get(RESULTS, "If-None-Match", "\"other\"", "If-Modified-Since", lastModified).response().statusCode())
			.as("If-None-Match decides when both are sent").isEqualTo(200);
		assertThat(app.get(RESULTS, "If-Modified-Since", "yesterday").response().statusCode()).isEqualTo(200);
	}

	@Test
	void cachedAnswersAreCountedByTheCacheAndOnlyRenderingsAreObserved() {
		notBehindTheVersion();
		String etag = app.get(RESULTS).header("ETag");
		double served = answers("200");
		double notModified = answers("304");

		assertThat(app.get(RESULTS).response().statusCode()).isEqualTo(200);
		assertThat(app.get(RESULTS, "If-None-Match", etag).response().statusCode()).isEqualTo(304);

		assertThat(answers("200")).isEqualTo(served + 1);
		assertThat(answers("304")).isEqualTo(notModified + 1);
		FilterRegistrationBean<?> observation = filters.stream()
			.filter(f -> f.getFilter() instanceof ServerHttpObservationFilter)
			.findFirst()
			.orElseThrow();
		assertThat(observation.getOrder()).isGreaterThan(PublicReadConfiguration.ORDER);
	}

	private double answers(String status) {
		return meters.get("jobgoal.public.cache.answers").tag("status", status).counter().count();
	}

	@Test
	void gzipIsCompressedOnceAndHasItsOwnStrongEtag() throws Exception {
		Counted identity = app.get(RESULTS);
		HttpResponse<byte[]> gzipped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(RESULTS)))
			.header("Accept-Encoding", "br;q=1, gzip;q=0.8").build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzipped.headers().firstValue("Vary").orElseThrow()).contains("Accept-Encoding");
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(identity.response().body());
		}
		String etag = gzipped.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).doesNotStartWith("W/").isNotEqualTo(identity.header("ETag"));
		assertThat(app.get(RESULTS, "Accept-Encoding", "gzip", "If-None-Match", etag).response().statusCode())
			.isEqualTo(304);
		assertThat(app.get(RESULTS, "Accept-Encoding", "gzip;q=0").header("Content-Encoding")).isNull();
	}

	@Test
	void headIsAnsweredFromTheSameEntryWithoutABody() {
		changePublicData();
		Counted head = app.send("HEAD", "/governments/45210/plans/2020");
		Counted get = app.get("/governments/45210/plans/2020");

		assertThat(head.response().statusCode()).isEqualTo(200);
		assertThat(head.response().body()).isEmpty();
		assertThat(get.statements()).as("the HEAD left the entry").isEmpty();
		assertThat(head.header("ETag")).isEqualTo(get.header("ETag"));
		assertThat(head.header("Content-Length"))
			.isEqualTo(String.valueOf(get.response().body().getBytes(StandardCharsets.UTF_8).length));
		assertThat(app.send("HEAD", "/governments/45210/plans/2020").statements()).isEmpty();
	}

	@Test
	void aChangeOfPublicDataIsSeenOnTheNextRead() {
		app.get("/api/v1/governments/45210/results/2020");
		assertThat(app.get("/api/v1/governments/45210/results/2020").statements()).isEmpty();
		changePublicData();
		Counted after = app.get("/api/v1/governments/45210/results/2020");
		assertThat(after.statements().size()).as("rendered again").isGreaterThan(1);
		assertThat(after.header("Cache-Control")).isEqualTo("public, no-cache");
	}

	@Test
	void eachLanguageHasItsOwnEntry() {
		changePublicData();
		Counted korean = app.get("/governments/45210");
		Counted english = app.get("/governments/45210", "Cookie", "jobgoal-lang=en");
		Counted koreanAgain = app.get("/governments/45210");
		Counted englishAgain = app.get("/governments/45210", "Cookie", "jobgoal-lang=en");

		assertThat(korean.response().body()).contains("<html lang=\"ko\"");
		assertThat(english.response().body()).contains("<html lang=\"en\"");
		assertThat(koreanAgain.response().body()).isEqualTo(korean.response().body());
		assertThat(englishAgain.response().body()).isEqualTo(english.response().body());
		assertThat(englishAgain.statements()).isEmpty();
		assertThat(english.header("ETag")).isNotEqualTo(korean.header("ETag"));
	}

	@Test
	void signedInOfficersNeverGetACachedPageNorLeaveOne() {
		app.get(RESULTS);
		Counted anonymous = app.get(RESULTS);
		assertThat(anonymous.statements()).isEmpty();
		assertThat(anonymous.response().body()).doesNotContain("session-timeout");

		String gimje = app.signIn("gimje");
		String iksan = app.signIn("iksan");
		Counted gimjePage = app.get(RESULTS, "Cookie", gimje);
		Counted iksanPage = app.get(RESULTS, "Cookie", iksan);
		Counted gimjeAgain = app.get(RESULTS, "Cookie", gimje, "If-None-Match", anonymous.header("ETag"));

		for (Counted signedIn : new Counted[] { gimjePage, iksanPage, gimjeAgain }) {
			assertThat(signedIn.response().statusCode()).isEqualTo(200);
			assertThat(signedIn.statements().size()).as("rendered for this user").isGreaterThan(1);
			assertThat(signedIn.response().body()).contains("id=\"session-timeout\"");
			assertThat(signedIn.header("Cache-Control")).contains("no-store");
			assertThat(signedIn.header("ETag")).isNull();
		}
		// each officer's own header, with a token of the own session (masked anew on every render)
		assertThat(csrfToken(gimjePage)).isNotEqualTo(csrfToken(iksanPage)).isNotEqualTo(csrfToken(gimjeAgain));

		Counted anonymousAfter = app.get(RESULTS);
		assertThat(anonymousAfter.response().body()).isEqualTo(anonymous.response().body());
		assertThat(anonymousAfter.statements()).isEmpty();
	}

	@Test
	void bearerTokenReadsAndDraftsAreNeverCached() {
		String token = "Bearer " + ApiTokens.tokenFor(this, "gimje");
		String plan = "/api/v1/governments/45210/plans/2020";
		app.get(plan);
		Counted signedIn = app.get(plan, "Authorization", token);
		assertThat(signedIn.statements().size()).isGreaterThan(1);
		assertThat(signedIn.header("Cache-Control")).contains("no-store");

		String draft = plan + "/draft";
		assertThat(app.get(draft).response().statusCode()).isEqualTo(401);
		Counted officersDraft = app.get(draft, "Authorization", token);
		assertThat(officersDraft.header("Cache-Control")).contains("no-store");
		Counted anonymousDraft = app.get(draft);
		assertThat(anonymousDraft.response().statusCode()).isEqualTo(401);
		assertThat(anonymousDraft.header("ETag")).isNull();
	}

	@Test
	void errorsAndResponsesThatSetCookiesAreNotStored() {
		app.get("/governments/99999");
		Counted missing = app.get("/governments/99999");
		assertThat(missing.response().statusCode()).isEqualTo(404);
		assertThat(missing.statements()).as("rendered again, not from the cache").isNotEmpty();
		assertThat(missing.header("ETag")).isNull();

		app.get("/governments/45210?lang=en");
		Counted choosing = app.get("/governments/45210?lang=en");
		assertThat(choosing.header("Set-Cookie")).startsWith("jobgoal-lang=en");
		assertThat(choosing.statements().size()).isGreaterThan(1);
		assertThat(choosing.header("Cache-Control")).doesNotContain("public");
	}

	private void changePublicData() {
		events.publishEvent(new PublicDataChanged() {
		});
		notBehindTheVersion();
	}

	/**
	 * A burst of changes earlier in the run can put the version's time (one second apart per version) ahead of
	 * the clock; the cache then sends no date. These tests read the dates, so the clock is put past it.
	 */
	private void notBehindTheVersion() {
		Instant changedAt = jdbc.sql("select changed_at from publicread_data_version where id = 1").query(Instant.class)
			.single();
		if (!changedAt.isBefore(Instant.now())) {
			clock.setSeoulTime(LocalDateTime.ofInstant(changedAt.plusSeconds(1), SeoulClock.SEOUL));
		}
	}

	private static String csrfToken(Counted page) {
		Matcher token = CSRF_TOKEN.matcher(page.response().body());
		assertThat(token.find()).isTrue();
		return token.group(1);
	}
}
