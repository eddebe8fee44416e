package kr.jobgoal.publicread;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The bytes and headers of one public response, as rendered at one data version. */
record CachedResponse(long version, Instant lastModified, String contentType, Map<String, List<String>> headers,
		byte[] body, String etag) {

	CachedResponse {
		headers = Map.copyOf(headers);
	}

	static CachedResponse of(long version, Instant lastModified, String contentType, Map<String, List<String>> headers,
			byte[] body) {
		return new CachedResponse(version, lastModified, contentType, headers, body, strongEtag(body));
	}

	/** A strong validator: equal exactly when the bytes are (SHA-256, cut to 128 bits). */
	static String strongEtag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + '"';
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	long size() {
		return body.length + 512L;
	}
}
