package kr.jobgoal.publicread;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * The bytes and headers of one public response, as rendered at one data version, with its gzip encoding when
 * that is worth having: compressed once here rather than on every request (the servlet container would not
 * compress a response with a strong ETag anyway). Each encoding has its own strong ETag, as they are
 * different bytes.
 */
record CachedResponse(long version, Instant lastModified, String contentType, Map<String, List<String>> headers,
		byte[] body, String etag, byte[] gzipped, String gzippedEtag) {

	private static final int COMPRESS_FROM = 1024;

	CachedResponse {
		headers = Map.copyOf(headers);
	}

	static CachedResponse of(long version, Instant lastModified, String contentType, Map<String, List<String>> headers,
			byte[] body) {
		byte[] gzipped = compressible(contentType) && body.length >= COMPRESS_FROM ? gzip(body) : null;
		if (gzipped != null && gzipped.length >= body.length) {
			gzipped = null;
		}
		return new CachedResponse(version, lastModified, contentType, headers, body, strongEtag(body), gzipped,
				gzipped == null ? null : strongEtag(gzipped));
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
