package kr.jobgoal.shared;

/**
 * Something a user asked for does not exist; the message is the Korean text they see (404), its particles settled
 * ({@link KoreanParticles}).
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(KoreanParticles.resolve(message));
	}
}
