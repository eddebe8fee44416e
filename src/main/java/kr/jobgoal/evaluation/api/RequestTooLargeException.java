package kr.jobgoal.evaluation.api;

/** A request body over the simulation's limit; refused (413) before it is read further. */
class RequestTooLargeException extends RuntimeException {

	RequestTooLargeException(int maxBytes) {
		super("요청 본문이 너무 큽니다. 평가 모의 계산은 " + (maxBytes / (1024 * 1024)) + "MB까지 받습니다.");
	}
}
