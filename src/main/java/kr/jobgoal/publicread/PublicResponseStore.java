package kr.jobgoal.publicread;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cached public responses of one data version, least recently used evicted first, bounded in entries and in
 * bytes. An entry of another version is never returned; the first request that sees a new version empties
 * the store.
 */
class PublicResponseStore {

	private final int maxEntries;

	private final long maxBytes;

	private final LinkedHashMap<ResponseKey, CachedResponse> entries = new LinkedHashMap<>(256, 0.75f, true);

	private long bytes;

	private long version = Long.MIN_VALUE;

	PublicResponseStore(int maxEntries, long maxBytes) {
		this.maxEntries = maxEntries;
		this.maxBytes = maxBytes;
	}

	synchronized CachedResponse get(ResponseKey key, DataVersion current) {
		if (current.number() < version) {
			return null; // this request read the version before another one saw a newer one
		}
		forgetOlderThan(current.number());
		return entries.get(key);
	}

	synchronized void put(ResponseKey key, CachedResponse response) {
		if (response.version() < version) {
			return; // rendered before a change that another request has already seen
		}
		forgetOlderThan(response.version());
		if (response.size() > maxBytes) {
			return;
		}
		CachedResponse replaced = entries.put(key, response);
		bytes += response.size() - (replaced == null ? 0 : replaced.size());
		Iterator<Map.Entry<ResponseKey, CachedResponse>> eldest = entries.entrySet().iterator();
		while ((entries.size() > maxEntries || bytes > maxBytes) && eldest.hasNext()) {
			bytes -= eldest.next().getValue().size();
			eldest.remove();
		}
	}

	synchronized int size() {
		return entries.size();
	}

	private void forgetOlderThan(long current) {
		if (current > version) {
			entries.clear();
			bytes = 0;
			version = current;
		}
	}
}
