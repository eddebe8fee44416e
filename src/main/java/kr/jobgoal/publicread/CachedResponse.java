package kr.jobgoal.publicread;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;

/**
 * The bytes and headers of one public response, as rendered at one data version, with its gzip encoding when
 * that is worth having: compressed once here rather than on every request (the servlet container would not
 * compress a response with a strong ETag anyway). Each encoding has its own strong ETag, as they are
 * different bytes.
 */
record CachedResponse(long version, Instant lastModified, String contentType, Map<String, List<String>> headers,
		byte[] body, String etag, byte[] gzipped, String gzippedEtag, String vary, String lastModifiedDate) {

	private static final int COMPRESS_FROM = 1024;

	/** RFC 9110's IMF-fixdate (Java's RFC_1123 formatter writes a one-digit day as one digit). */
	private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
			Locale.US).withZone(ZoneOffset.UTC);

	CachedResponse {
		headers = Map.copyOf(headers);
	}

	/**
	 * An entry with what every answer from it repeats worked out once: the {@code Vary} list (the rendered one, the
	 * cache's own and, with a gzip encoding, {@code Accept-Encoding}) and {@code Last-Modified} as an HTTP date.
	 */
	static CachedResponse of(long version, Instant lastModified, String contentType, Map<String, List<String>> headers,
			byte[] body, List<String> alwaysVary) {
		byte[] gzipped = compressible(contentType) && body.length >= COMPRESS_FROM ? gzip(body) : null;
		if (gzipped != null && gzipped.length >= body.length) {
			gzipped = null;
		}
		Set<String> vary = new LinkedHashSet<>();
		Map<String, List<String>> replayed = new LinkedHashMap<>();
		headers.forEach((name, values) -> {
			if (HttpHeaders.VARY.equalsIgnoreCase(name)) {
				values.forEach(value -> vary.addAll(StringUtils.commaDelimitedListToSet(value.replace(" ", ""))));
			}
			else {
				replayed.put(name, List.copyOf(values));
			}
		});
		vary.addAll(alwaysVary);
		if (gzipped != null) {
			vary.add(HttpHeaders.ACCEPT_ENCODING);
		}
		return new CachedResponse(version, lastModified, contentType, replayed, body, strongEtag(body), gzipped,
				gzipped == null ? null : strongEtag(gzipped), String.join(", ", vary),
				HTTP_DATE.format(lastModified));
	}

	/** A strong validator: equal exactly when the bytes are (SHA-256, cut to 128 bits). */
	static String strongEtag(byte[] bytes) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
			return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + '"';
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	long size() {
		return body.length + (gzipped == null ? 0 : gzipped.length) + 512L;
	}

	private static boolean compressible(String contentType) {
		String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
		return type.startsWith("text/") || type.startsWith("application/json") || type.contains("+json")
				|| type.startsWith("application/xml") || type.startsWith("application/javascript");
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		catch (IOException e) {
			throw new UncheckedIOException("gzip in memory cannot fail", e);
		}
		return out.toByteArray();
	}
}
