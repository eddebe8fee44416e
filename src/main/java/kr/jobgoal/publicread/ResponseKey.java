package kr.jobgoal.publicread;

import java.time.LocalDate;

/**
 * What a public response depends on besides the data: the address as sent (path and query, still encoded),
 * the origin it was asked of, the language chosen for the reader, the representation asked for, and the day
 * (pages and API answers default to "today": valid codes, deadlines, the years offered).
 */
record ResponseKey(String origin, String path, String query, String language, String accept, LocalDate day) {
}
