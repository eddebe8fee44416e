package kr.jobgoal.publicread;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PublicResponseStoreTests {

	private static final Instant CHANGED = Instant.parse("2026-12-01T00:00:00Z");

	@Test
	void holdsAtMostTheConfiguredEntriesLeastRecentlyUsedGoingFirst() {
		PublicResponseStore store = new PublicResponseStore(2, 1_000_000);
		store.put(key("/a"), response(1, 10));
		store.put(key("/b"), response(1, 10));
		assertThat(store.get(key("/a"), version(1))).isNotNull();
		store.put(key("/c"), response(1, 10));
		assertThat(store.get(key("/b"), version(1))).as("least recently used").isNull();
		assertThat(store.get(key("/a"), version(1))).isNotNull();
		assertThat(store.get(key("/c"), version(1))).isNotNull();
	}

	@Test
	void holdsAtMostTheConfiguredBytes() {
		PublicResponseStore store = new PublicResponseStore(100, 3_000);
		store.put(key("/a"), response(1, 900));
		store.put(key("/b"), response(1, 900));
		store.put(key("/c"), response(1, 900));
		assertThat(store.size()).isEqualTo(2);
		store.put(key("/big"), response(1, 5_000));
		assertThat(store.get(key("/big"), version(1))).as("larger than the whole store").isNull();
	}

	@Test
	void aNewerVersionEmptiesItAndAnOlderOneNeverReadsOrWrites() {
		PublicResponseStore store = new PublicResponseStore(100, 1_000_000);
		store.put(key("/a"), response(1, 10));
		assertThat(store.get(key("/a"), version(2))).isNull();
		assertThat(store.size()).isZero();
		store.put(key("/a"), response(1, 10));
		assertThat(store.size()).as("rendered before the change another request saw").isZero();
		store.put(key("/a"), response(2, 10));
		assertThat(store.get(key("/a"), version(1))).isNull();
		assertThat(store.get(key("/a"), version(2))).isNotNull();
	}

	@Test
	void theEtagIsStrongAndFollowsTheBytes() {
		String etag = CachedResponse.strongEtag("가".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(etag).startsWith("\"").endsWith("\"").doesNotStartWith("W/");
		assertThat(CachedResponse.strongEtag("가".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(etag);
		assertThat(CachedResponse.strongEtag("나".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isNotEqualTo(etag);
	}

	private static ResponseKey key(String path) {
		return new ResponseKey("localhost", path, null, "ko", "*/*", LocalDate.of(2026, 12, 2), List.of());
	}

	private static DataVersion version(long number) {
		return new DataVersion(number, CHANGED);
	}

	private static CachedResponse response(long version, int bytes) {
		return CachedResponse.of(version, CHANGED, "text/html", Map.of(), new byte[bytes], List.of());
	}
}
