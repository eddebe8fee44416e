package kr.jobgoal.publicread;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves anonymous readers' GET and HEAD requests from the {@link PublicResponseStore} while the data version
 * is unchanged, and answers their conditional requests ({@code If-None-Match}, {@code If-Modified-Since}) with
 * {@code 304}. It runs before the session and security filters, so a cached answer costs one read of the data
 * version and nothing else. Requests that miss the same entry while it is being rendered wait for that
 * rendering rather than repeat it.
 * <p>
 * A request is anonymous when it carries no {@code Authorization} header and no cookie but the ones that
 * only choose a language: a session cookie, valid or not, takes the request past the cache (and its response
 * is never stored). A response is stored only if it is a {@code 200} to such a request, sets no cookie and
 * does not say {@code Cache-Control: private}; for an anonymous reader every such response is public,
 * because the security rules let anonymous readers see public data only (never a draft).
 */
class PublicResponseFilter extends OncePerRequestFilter {

	/**
	 * Addresses that are not public data: sign-in, errors, health, static assets (cached on their own) and
	 * springdoc's Swagger UI and document; the site's own {@code /api-docs} page is cached like any other.
	 */
	private static final List<String> NOT_CACHED = List.of("/login", "/logout", "/error", "/actuator", "/api/v1/auth",
			"/vendor/", "/css/", "/js/", "/img/", "/maps/", "/favicon.ico", "/swagger-ui", "/v3/api-docs");

	/** Headers the cache sets itself on every answer, or that belong to one connection. */
	private static final Set<String> OWN_HEADERS = Set.of("cache-control", "pragma", "expires", "etag", "last-modified",
			"vary", "content-length", "content-type", "content-encoding", "date", "transfer-encoding", "connection",
			"keep-alive", "set-cookie");

	private static final String CACHE_CONTROL = "public, no-cache";

	/** How long a request waits for another's rendering of the same page before it renders its own. */
	private static final Duration RENDERING_WAIT = Duration.ofSeconds(10);

	/**
	 * What an answer to the same address may differ by: the language (cookie or Accept-Language), the
	 * representation, and who asks. A shared proxy stores the public answer for requests without a session
	 * cookie or token only; a signed-in reader's answer says no-store.
	 */
	private static final List<String> VARY = List.of(HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE,
			HttpHeaders.AUTHORIZATION);

	private final Supplier<DataVersion> versions;

	private final PublicResponseStore store;

	private final LocaleResolver languages;

	private final PublicCacheProperties properties;

	private final Clock clock;

	/** Answers from the cache, counted here: they pass no observation filter (see PublicReadConfiguration). */
	private final Counter served;

	private final Counter notModified;

	private final ConcurrentMap<Flight, CompletableFuture<CachedResponse>> renderings = new ConcurrentHashMap<>();

	PublicResponseFilter(Supplier<DataVersion> versions, PublicResponseStore store, LocaleResolver languages,
			PublicCacheProperties properties, Clock clock, MeterRegistry meters) {
		this.versions = versions;
		this.store = store;
		this.languages = languages;
		this.properties = properties;
		this.clock = clock;
		this.served = answers(meters, "200");
		this.notModified = answers(meters, "304");
	}

	private static Counter answers(MeterRegistry meters, String status) {
		return Counter.builder("jobgoal.public.cache.answers")
			.description("Public responses answered from the cache, without rendering")
			.tag("status", status)
			.register(meters);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!properties.enabled() || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
			return true;
		}
		String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
		for (String prefix : NOT_CACHED) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return !anonymous(request);
	}

	private boolean anonymous(HttpServletRequest request) {
		if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return false;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (!properties.anonymousCookies().contains(cookie.getName())) {
					return false;
				}
			}
		}
		return true;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// read before rendering: a change committed meanwhile makes the entry older than the data, never newer
		DataVersion version = versions.get();
		// the origin as the app sees it (a trusted proxy's forwarded host, else Host): absolute links depend on it
		String origin = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
		ResponseKey key = new ResponseKey(origin, request.getRequestURI(),
				request.getQueryString(), languages.resolveLocale(request).getLanguage(),
				StringUtils.trimWhitespace(String.valueOf(request.getHeader(HttpHeaders.ACCEPT))), LocalDate.now(clock),
				properties.keyHeaders().stream().map(name -> String.valueOf(request.getHeader(name))).toList());
		CachedResponse cached = store.get(key, version);
		if (cached != null) {
			write(cached, request, response);
			return;
		}
		// one rendering per address and version: the requests that miss meanwhile wait for it (after a change, all
		// readers of a popular page miss at once, and would otherwise all render the same bytes)
		Flight flight = new Flight(key, version.number());
		CompletableFuture<CachedResponse> mine = new CompletableFuture<>();
		CompletableFuture<CachedResponse> running = renderings.putIfAbsent(flight, mine);
		if (running != null) {
			CachedResponse shared = awaitRendering(running);
			if (shared != null) {
				write(shared, request, response);
				return;
			}
			// that answer was not for everyone (an error, a cookie): this request renders its own
			render(key, version, request, response, chain);
			return;
		}
		CachedResponse entry = null;
		try {
			entry = render(key, version, request, response, chain);
		}
		finally {
			mine.complete(entry);
			renderings.remove(flight, mine);
		}
	}

	/** Renders the request, stores the answer when it may serve others, and writes it; returns what was stored. */
	private CachedResponse render(ResponseKey key, DataVersion version, HttpServletRequest request,
			HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
		Rendering rendered = new Rendering(response);
		// a HEAD renders the GET, so that the entry it leaves serves both
		chain.doFilter("HEAD".equals(request.getMethod()) ? new AsGet(request) : request, rendered);
		if (!storable(rendered)) {
			rendered.copyBodyToResponse();
			return null;
		}
		// what changes at midnight without a data change is newer than the version
		Instant midnight = key.day().atStartOfDay(clock.getZone()).toInstant();
		CachedResponse entry = CachedResponse.of(version.number(),
				version.changedAt().isAfter(midnight) ? version.changedAt() : midnight, rendered.getContentType(),
				headers(rendered), rendered.getContentAsByteArray(), VARY);
		store.put(key, entry);
		rendered.resetBuffer();
		response.reset();
		write(entry, request, response);
		return entry;
	}

	/** The other request's answer, or null when it is not for everyone, failed, or takes too long. */
	private static CachedResponse awaitRendering(CompletableFuture<CachedResponse> running) {
		try {
			return running.get(RENDERING_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException e) {
			return null;
		}
	}

	/** A rendering in progress: of one address as keyed, at one data version (a newer version renders anew). */
	private record Flight(ResponseKey key, long version) {
	}

	private boolean storable(Rendering rendered) {
		String cacheControl = rendered.getHeader(HttpHeaders.CACHE_CONTROL);
		return rendered.getStatus() == HttpServletResponse.SC_OK && !rendered.isCommitted()
				&& rendered.getHeaders(HttpHeaders.SET_COOKIE).isEmpty() && rendered.getContentType() != null
				&& rendered.getHeader(HttpHeaders.CONTENT_ENCODING) == null
				&& (cacheControl == null || !cacheControl.toLowerCase(Locale.ROOT).contains("private"))
				&& rendered.getContentSize() <= properties.maxEntrySize().toBytes() && variesOnlyOnTheKey(rendered);
	}

	/** A response that varies on a request header the key does not hold would be served to the wrong requests. */
	private boolean variesOnlyOnTheKey(Rendering rendered) {
		for (String vary : rendered.getHeaders(HttpHeaders.VARY)) {
			for (String name : StringUtils.commaDelimitedListToStringArray(vary)) {
				String header = name.trim();
				if (!header.isEmpty() && VARY.stream().noneMatch(header::equalsIgnoreCase)
						&& properties.keyHeaders().stream().noneMatch(header::equalsIgnoreCase)
						&& !HttpHeaders.ACCEPT_ENCODING.equalsIgnoreCase(header)) {
					return false;
				}
			}
		}
		return true;
	}

	private static Map<String, List<String>> headers(Rendering rendered) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : rendered.getHeaderNames()) {
			if (!OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT)) || HttpHeaders.VARY.equalsIgnoreCase(name)) {
				headers.computeIfAbsent(name, n -> new ArrayList<>()).addAll(rendered.getHeaders(name));
			}
		}
		boolean languageListed = headers.keySet().stream().anyMatch(HttpHeaders.CONTENT_LANGUAGE::equalsIgnoreCase);
		if (rendered.language != null && !languageListed) {
			headers.put(HttpHeaders.CONTENT_LANGUAGE, List.of(rendered.language.toLanguageTag()));
		}
		return headers;
	}

	private void write(CachedResponse cached, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		cached.headers().forEach((name, values) -> {
			// headers the filters before this one set on every response (security, demo marker) are there already
			if (!response.containsHeader(name)) {
				values.forEach(value -> response.addHeader(name, value));
			}
		});
		boolean gzip = cached.gzipped() != null && acceptsGzip(request);
		response.setHeader(HttpHeaders.VARY, cached.vary());
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		response.setHeader(HttpHeaders.ETAG, gzip ? cached.gzippedEtag() : cached.etag());
		// a version bumped several times in one second runs ahead of the clock; no date then, the ETag suffices
		boolean dated = !cached.lastModified().isAfter(clock.instant());
		if (dated) {
			response.setHeader(HttpHeaders.LAST_MODIFIED, cached.lastModifiedDate());
		}
		if (notModified(request, cached, dated)) {
			notModified.increment();
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		served.increment();
		byte[] body = gzip ? cached.gzipped() : cached.body();
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(cached.contentType());
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	/** Whether {@code Accept-Encoding} takes gzip (by name or {@code *}) with a weight above zero. */
	private static boolean acceptsGzip(HttpServletRequest request) {
		for (String header : Collections.list(request.getHeaders(HttpHeaders.ACCEPT_ENCODING))) {
			for (String coding : StringUtils.commaDelimitedListToStringArray(header)) {
				String[] parts = coding.split(";");
				String name = parts[0].trim();
				boolean refused = parts.length > 1 && parts[1].trim().replace(" ", "").matches("q=0(\\.0*)?");
				if (("gzip".equalsIgnoreCase(name) || "*".equals(name)) && !refused) {
					return true;
				}
			}
		}
		return false;
	}

	/** RFC 9110 §13.2.2: If-None-Match decides when present (weak comparison); else If-Modified-Since. */
	private static boolean notModified(HttpServletRequest request, CachedResponse cached, boolean dated) {
		List<String> ifNoneMatch = Collections.list(request.getHeaders(HttpHeaders.IF_NONE_MATCH));
		if (!ifNoneMatch.isEmpty()) {
			for (String header : ifNoneMatch) {
				for (String tag : StringUtils.commaDelimitedListToStringArray(header)) {
					String trimmed = tag.trim();
					String opaque = trimmed.startsWith("W/") ? trimmed.substring(2) : trimmed;
					// either encoding's tag confirms the client's copy: both are the same content
					if ("*".equals(trimmed) || opaque.equals(cached.etag()) || opaque.equals(cached.gzippedEtag())) {
						return true;
					}
				}
			}
			return false;
		}
		if (!dated) {
			return false;
		}
		try {
			long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
			return since >= 0 && cached.lastModified().toEpochMilli() <= since;
		}
		catch (IllegalArgumentException unparseable) {
			return false; // RFC 9110: an invalid date is ignored
		}
	}

	/**
	 * The response being rendered, its body kept; remembers the language a view set, which the container sends
	 * as {@code Content-Language} without listing it among the headers.
	 */
	private static final class Rendering extends ContentCachingResponseWrapper {

		private Locale language;

		Rendering(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setLocale(Locale locale) {
			super.setLocale(locale);
			language = locale;
		}
	}

	/** A HEAD request seen as the GET it stands for. */
	private static final class AsGet extends HttpServletRequestWrapper {

		AsGet(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}
	}
}
