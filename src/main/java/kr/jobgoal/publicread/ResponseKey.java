package kr.jobgoal.publicread;

import java.time.LocalDate;
import java.util.List;

/**
 * What a public response depends on besides the data: the address as sent (path and query, still encoded),
 * the origin it was asked of, the language chosen for the reader, the representation asked for, and the day
 * (pages and API answers default to "today": valid codes, deadlines, the years offered), and the configured
 * headers a page varies on (htmx asking for a fragment).
 */
record ResponseKey(String origin, String path, String query, String language, String accept, LocalDate day,
		List<String> keyHeaders) {
}
