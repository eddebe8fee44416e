package kr.jobgoal.site;

import static org.assertj.core.api.Assertions.assertThat;

import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.site.request.RequestTextFilter;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The parts of a request the HTTP tests cannot reach because Tomcat already refuses them (controls in headers). */
class RequestTextFilterTests {

	@Test
	void aControlCharacterInAHeaderWeReadIsNamed() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/governments");
		request.addHeader("If-Match", "\"1-2\"\u0085");
		InvalidInputException problem = RequestTextFilter.problem(request);
		assertThat(problem.errors()).extracting(FieldProblem::field).containsExactly("If-Match");
		assertThat(problem.getMessage()).contains("U+0085");
	}

	@Test
	void tabsInHeadersAndPlainRequestsPass() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/governments");
		request.addHeader("Accept-Language", "ko,\ten;q=0.5");
		request.addParameter("parent", "45000");
		assertThat(RequestTextFilter.problem(request)).isNull();
	}

	@Test
	void aControlCharacterInThePathIsNamed() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/governments/4521\u00070");
		request.setServletPath("/governments/4521\u00070");
		assertThat(RequestTextFilter.problem(request).errors()).extracting(FieldProblem::field).containsExactly("path");
	}
}
