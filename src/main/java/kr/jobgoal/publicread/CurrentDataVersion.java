package kr.jobgoal.publicread;

import org.springframework.stereotype.Component;

/**
 * The data version a public read is checked against: the one this instance follows by notice while it does, with
 * no statement; else from a read of its own that started after the request arrived.
 */
@Component
class CurrentDataVersion {

	private final DataVersionNotices notices;

	private final CoalescedVersionReads reads;

	CurrentDataVersion(DataVersionNotices notices, CoalescedVersionReads reads) {
		this.notices = notices;
		this.reads = reads;
	}

	DataVersion current() {
		DataVersion known = notices.known();
		return known != null ? known : reads.current();
	}
}
