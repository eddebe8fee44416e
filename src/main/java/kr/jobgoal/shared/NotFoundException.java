package kr.jobgoal.shared;

/** Something a user asked for does not exist; the message is the Korean text they see (404). */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}
}
