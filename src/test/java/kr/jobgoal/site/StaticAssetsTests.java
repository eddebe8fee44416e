package kr.jobgoal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.servlet.resource.CachingResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

class StaticAssetsTests extends HttpTest {

	private static final String YEAR_IMMUTABLE = "max-age=31536000, public, immutable";

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@Autowired
	ResourceUrlProvider assets;

	@Test
	void pagesLinkContentHashedAssets() {
		String home = get("/").body();
		assertThat(home).containsPattern("href=\"/vendor/krds/cdn/krds\\.min-[0-9a-f]{32}\\.css\"")
			.containsPattern("href=\"/css/site-[0-9a-f]{32}\\.css\"")
			.containsPattern("src=\"/vendor/htmx/htmx\\.min-[0-9a-f]{32}\\.js\"")
			.containsPattern("src=\"/js/site-[0-9a-f]{32}\\.js\"")
			.containsPattern("src=\"/img/logo-[0-9a-f]{32}\\.svg\"")
			.doesNotContain("\"/css/site.css\"", "\"/js/site.js\"");
	}

	@Test
	void chartPagesNameTheirEChartsBuildHashedForLoadingWhenAChartIsInView() {
		String dashboard = get("/dashboard?year=2020").body();
		assertThat(dashboard).containsPattern("src=\"/js/result-charts-[0-9a-f]{32}\\.js\"[^>]* data-echarts=\"/vendor/echarts/echarts\\.min-[0-9a-f]{32}\\.js\"")
			.as("no ECharts parsed before a chart is near the viewport").doesNotContainPattern("<script[^>]+src=\"/vendor/echarts/");
		String results = get("/governments/45210/results/2020").body();
		assertThat(results).containsPattern("data-echarts=\"/vendor/echarts/echarts\\.common\\.min-[0-9a-f]{32}\\.js\"");
		String build = link(results, "/vendor/echarts/echarts.common.min-");
		assertThat(bytes(build).statusCode()).isEqualTo(200);
	}

	@Test
	void hashedAssetsAreKeptAYearAndGzippedWhenAsked() {
		String home = get("/").body();
		for (String prefix : new String[] { "/js/site-", "/vendor/htmx/htmx.min-", "/css/site-",
				"/vendor/krds/cdn/krds.min-" }) {
			String hashed = link(home, prefix);
			HttpResponse<byte[]> plain = bytes(hashed);
			HttpResponse<byte[]> gzipped = bytes(hashed, "Accept-Encoding", "gzip");
			assertThat(plain.statusCode()).as(hashed).isEqualTo(200);
			assertThat(plain.headers().firstValue("Cache-Control")).as(hashed).hasValue(YEAR_IMMUTABLE);
			assertThat(plain.headers().firstValue("Content-Encoding")).as(hashed).isEmpty();
			assertThat(gzipped.headers().firstValue("Cache-Control")).as(hashed).hasValue(YEAR_IMMUTABLE);
			assertThat(gzipped.headers().firstValue("Content-Encoding")).as(hashed).hasValue("gzip");
			assertThat(gzipped.headers().allValues("Vary").toString()).as(hashed).containsIgnoringCase("accept-encoding");
			assertThat(gunzip(gzipped.body())).as(hashed).isEqualTo(plain.body());
		}
	}

	@Test
	void styleSheetsLinkHashedFontsAndIcons() {
		String home = get("/").body();
		String krds = new String(bytes(link(home, "/vendor/krds/cdn/krds.min-")).body());
		assertThat(krds).containsPattern("url\\(/vendor/krds/img/[^)]+-[0-9a-f]{32}\\.svg\\)")
			.doesNotContain("krds.go.kr");
		String site = new String(bytes(link(home, "/css/site-")).body());
		assertThat(site).containsPattern("url\\(\"/vendor/krds/fonts/PretendardGOV-Regular\\.subset-[0-9a-f]{32}\\.woff2\"\\)")
			.doesNotContain("../vendor/");
	}

	@Test
	void plainAddressesStillWorkButRevalidateAndAWrongHashIsNotFound() {
		HttpResponse<byte[]> plain = bytes("/js/site.js");
		assertThat(plain.statusCode()).isEqualTo(200);
		assertThat(plain.headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(plain.headers().firstValue("Last-Modified")).isPresent();
		assertThat(bytes("/js/site-0123456789abcdef0123456789abcdef.js").statusCode()).isEqualTo(404);
	}

	@Test
	void pagesAndApiAnswersAreGzippedWhenAsked() {
		assertThat(bytes("/", "Accept-Encoding", "gzip").headers().firstValue("Content-Encoding")).hasValue("gzip");
		HttpResponse<byte[]> api = bytes("/api/v1/governments", "Accept-Encoding", "gzip");
		assertThat(api.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(new String(gunzip(api.body()))).startsWith("[");
	}

	@Test
	void pageLinksNeverEnterTheResourceChainAndAssetLinksAreResolvedOnce() {
		AntPathMatcher paths = new AntPathMatcher();
		assertThat(assets.getHandlerMap().keySet()).isNotEmpty()
			.noneMatch(pattern -> paths.match(pattern, "/governments/45210/results/2020"))
			.noneMatch(pattern -> paths.match(pattern, "/dashboard"));
		assertThat(assets.getForLookupPath("/governments")).isNull();

		String hashed = assets.getForLookupPath("/css/site.css");
		assertThat(hashed).matches("/css/site-[0-9a-f]{32}\\.css");
		// the second resolution must come from the cache: swap the cached answer and see it come back
		CachingResourceResolver caching = (CachingResourceResolver) assets.getHandlerMap().get("/css/**")
			.getResourceResolvers().get(0);
		ConcurrentMap<Object, Object> cache = ((ConcurrentMapCache) caching.getCache()).getNativeCache();
		Object key = cache.keySet().stream()
			.filter(k -> k.toString().startsWith(CachingResourceResolver.RESOLVED_URL_PATH_CACHE_KEY_PREFIX)
					&& k.toString().contains("site.css"))
			.findFirst().orElseThrow();
		Object resolved = cache.get(key);
		cache.put(key, "site-from-the-cache.css");
		try {
			assertThat(assets.getForLookupPath("/css/site.css")).isEqualTo("/css/site-from-the-cache.css");
		}
		finally {
			cache.put(key, resolved);
		}
	}

	private static String link(String page, String prefix) {
		Matcher m = Pattern.compile("\"(" + Pattern.quote(prefix) + "[0-9a-f]{32}\\.[a-z0-9]+)\"").matcher(page);
		assertThat(m.find()).as(prefix).isTrue();
		return m.group(1);
	}

	private HttpResponse<byte[]> bytes(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static byte[] gunzip(byte[] body) {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
