package kr.jobgoal.publicread;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds of the public response cache; the cookies that say nothing about who is asking (any other cookie,
 * such as the session's, means the reader may be signed in, and the cache stays out of the way); and further
 * request headers that pages vary on (htmx's), which become part of the key. A response that varies on any
 * other header is not stored.
 */
@ConfigurationProperties("jobgoal.public-cache")
record PublicCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("2000") int maxEntries,
		@DefaultValue("64MB") DataSize maxSize, @DefaultValue("8MB") DataSize maxEntrySize,
		@DefaultValue("jobgoal-lang") Set<String> anonymousCookies,
		@DefaultValue({ "HX-Request", "HX-History-Restore-Request" }) List<String> keyHeaders) {
}
