package kr.jobgoal.publicread;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import kr.jobgoal.shared.SeoulClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** Requests that miss one entry while it is rendered wait for that rendering, at the same data version only. */
class SingleRenderingTests {

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final AtomicLong version = new AtomicLong(1);

	private final AtomicInteger renderings = new AtomicInteger();

	private final CountDownLatch release = new CountDownLatch(1);

	private final CountDownLatch firstRendering = new CountDownLatch(1);

	private volatile boolean forEveryone = true;

	private final PublicResponseFilter filter = new PublicResponseFilter(
			() -> new DataVersion(version.get(), Instant.EPOCH), new PublicResponseStore(100, 1 << 20), new AcceptHeaderLocaleResolver(),
			new PublicCacheProperties(true, 100, DataSize.ofMegabytes(1), DataSize.ofMegabytes(1), Set.of(), List.of()),
			Clock.system(SeoulClock.SEOUL), new SimpleMeterRegistry());

	/** A page that takes until {@link #release} to render and says which rendering it was. */
	private final FilterChain page = (request, response) -> {
		int number = renderings.incrementAndGet();
		firstRendering.countDown();
		try {
			release.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		response.setContentType("text/html;charset=UTF-8");
		if (!forEveryone) {
			((jakarta.servlet.http.HttpServletResponse) response).addHeader("Set-Cookie", "x=1");
		}
		response.getOutputStream().write(("rendering " + number).getBytes(StandardCharsets.UTF_8));
	};

	@AfterEach
	void stop() {
		threads.shutdownNow();
	}

	private Future<MockHttpServletResponse> get() {
		return threads.submit(() -> {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/dashboard");
			request.setServletPath("/dashboard");
			MockHttpServletResponse response = new MockHttpServletResponse();
			filter.doFilter(request, response, page);
			return response;
		});
	}

	private List<Future<MockHttpServletResponse>> whileTheFirstRenders(int count) throws InterruptedException {
		Future<MockHttpServletResponse> first = get();
		firstRendering.await(10, TimeUnit.SECONDS);
		List<Future<MockHttpServletResponse>> all = new ArrayList<>(List.of(first));
		for (int i = 0; i < count; i++) {
			all.add(get());
		}
		Thread.sleep(200); // all of them have missed and wait
		release.countDown();
		return all;
	}

	@Test
	void requestsMissingAPageBeingRenderedGetThatRendering() throws Exception {
		for (Future<MockHttpServletResponse> each : whileTheFirstRenders(10)) {
			MockHttpServletResponse response = each.get(10, TimeUnit.SECONDS);
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentAsString()).isEqualTo("rendering 1");
			assertThat(response.getHeader("ETag")).isNotNull();
		}
		assertThat(renderings).hasValue(1);
	}

	@Test
	void aNewerVersionIsNeverAnsweredByARenderingOfTheOlder() throws Exception {
		Future<MockHttpServletResponse> first = get();
		firstRendering.await(10, TimeUnit.SECONDS);
		version.incrementAndGet(); // a change committed while the first rendering runs
		Future<MockHttpServletResponse> second = get();
		Thread.sleep(200);
		release.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS).getContentAsString()).isEqualTo("rendering 1");
		assertThat(second.get(10, TimeUnit.SECONDS).getContentAsString()).isEqualTo("rendering 2");
	}

	@Test
	void whenTheRenderingIsNotForEveryoneEachRendersItsOwn() throws Exception {
		forEveryone = false;
		for (Future<MockHttpServletResponse> each : whileTheFirstRenders(3)) {
			assertThat(each.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		}
		assertThat(renderings).hasValue(4);
	}
}
