package kr.jobgoal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import kr.jobgoal.identity.account.JobgoalPrincipal;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Fails the build when an endpoint has no authorisation rule: every handler method, for every HTTP method it
 * answers, is put to the security filter chain's rules as an anonymous visitor and as each role. Denied to
 * everyone means only the final denyAll matched (nobody declared the endpoint); open to anonymous visitors
 * means it must be one of the contract's public pages or read API listed here.
 */
class EndpointAuthorizationGuardTests extends HttpTest {

	/**
	 * The contract's public pages and read API, the sign-in and sign-out pages, the site's policies (개인정보처리방침,
	 * 저작권정책) and the framework's documents.
	 */
	static final List<String> PUBLIC = List.of(
			"GET /", "GET /governments", "GET /governments/{code}", "GET /governments/{code}/plans/{year}",
			"GET /governments/{code}/results/{year}", "GET /dashboard", "GET /awards/{year}", "GET /data",
			"GET /login", "GET /logout", "GET /search", "GET /programs", "GET /api/v1/programs", "POST /api/v1/auth/tokens", "GET /privacy", "GET /copyright",
			"GET /api/v1/governments", "GET /api/v1/governments/{code}", "GET /api/v1/governments.csv",
			"GET /api/v1/governments/{code}/plans/{year}", "GET /api/v1/governments/{code}/plans/{year}/versions",
			"GET /api/v1/governments/{code}/plans/{year}/versions/{version}",
			"GET /api/v1/governments/{code}/plans/{year}/document.hwpx",
			"GET /api/v1/governments/{code}/results/{year}", "GET /api/v1/governments/{code}/results/{year}/facts",
			"GET /api/v1/governments/{code}/results/{year}/document.hwpx",
			"GET /api/v1/statistics", "GET /api/v1/awards/{year}", "GET /api/v1/awards/{year}/notices/{code}.hwpx",
			"GET /api/v1/awards/{year}/results.xlsx", "GET /api/v1/evaluations/{year}/rankings",
			"GET /api/v1/evaluations/{year}/governments/{code}",
			"POST /api/v1/evaluations/simulate", "POST /api/v1/matching/simulate", "GET /api/v1/downloads/{file}",
			"GET /openapi/jobgoal/{operation}", "GET /v3/api-docs/**", "GET /v3/api-docs.yaml", "GET /api-docs",
			"GET /swagger-ui.html", "GET /swagger-ui/**");

	/**
	 * Public reading areas beyond the contract's named pages (version history, peer comparison, province
	 * drill-downs, the main menu's awards of the latest year): pages here may be open, but need not be; nothing
	 * but GET is ever open.
	 */
	static final List<String> PUBLIC_READING_AREAS = List.of("GET /governments/**", "GET /dashboard/**",
			"GET /provinces/**", "GET /plans/**", "GET /awards/**");

	private static final List<HttpMethod> ALL_METHODS = List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT,
			HttpMethod.PATCH, HttpMethod.DELETE);

	private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(:[^}]*)?}");

	private static final PathPatternParser PARSER = new PathPatternParser();

	@Autowired
	Map<String, RequestMappingHandlerMapping> handlerMappings;

	@Autowired
	List<SecurityFilterChain> filterChains;

	@Test
	void everyEndpointHasADeclaredRuleAndOnlyPublicOnesAreOpen() {
		AuthorizationManager<HttpServletRequest> rules = authorizationRules();
		List<String> problems = new ArrayList<>();
		List<String> checked = new ArrayList<>();
		handlerMappings.values().forEach(mapping -> mapping.getHandlerMethods().forEach((info, handler) -> {
			if (isFrameworkErrorPage(handler)) {
				return;
			}
			for (String pattern : patterns(info)) {
				for (HttpMethod method : methods(info)) {
					String endpoint = method.name() + " " + pattern;
					checked.add(endpoint);
					String path = samplePath(pattern);
					boolean anonymous = granted(rules, method, path, anonymous());
					boolean anyRole = false;
					for (Role role : Role.values()) {
						anyRole |= granted(rules, method, path, signedIn(role));
					}
					boolean isPublic = matchesAny(PUBLIC, method, path);
					if (!anonymous && !anyRole) {
						problems.add(endpoint + ": no module declares a rule for it (only the final denyAll matched)");
					}
					else if (anonymous && !isPublic && !matchesAny(PUBLIC_READING_AREAS, method, path)) {
						problems.add(endpoint + ": open without login but not a public page or read API of the contract");
					}
					else if (!anonymous && isPublic) {
						problems.add(endpoint + ": public in the contract but needs a login");
					}
					if (method == HttpMethod.GET && granted(rules, HttpMethod.HEAD, path, anonymous()) != anonymous) {
						problems.add("HEAD " + pattern + ": not authorised as its GET");
					}
				}
			}
		}));
		assertThat(checked).as("the guard sees the endpoints").contains("POST /api/v1/auth/tokens", "GET /admin/users");
		assertThat(problems).isEmpty();
	}

	@Test
	void theGuardRecognisesAnUndeclaredEndpoint() {
		AuthorizationManager<HttpServletRequest> rules = authorizationRules();
		// actuator's index answers GET here, and no rule declares it: only the final denyAll matches
		assertThat(granted(rules, HttpMethod.GET, "/actuator", anonymous())).isFalse();
		for (Role role : Role.values()) {
			assertThat(granted(rules, HttpMethod.GET, "/actuator", signedIn(role))).isFalse();
		}
		// an address no controller answers passes, so that the visitor is told it does not exist; so does a
		// method no controller answers at an address (405 with Allow), and OPTIONS, which Spring answers itself
		assertThat(granted(rules, HttpMethod.GET, "/nobody/declared/this", anonymous())).isTrue();
		assertThat(granted(rules, HttpMethod.DELETE, "/api/v1/governments", anonymous())).isTrue();
		assertThat(granted(rules, HttpMethod.PUT, "/api/v1/governments/45210/results/2020/facts", anonymous())).isTrue();
		assertThat(granted(rules, HttpMethod.OPTIONS, "/api/v1/governments/45210/results/2020/facts", anonymous()))
			.isTrue();
		// HEAD is its GET: open where GET is, closed where GET is
		assertThat(granted(rules, HttpMethod.HEAD, "/api/v1/governments", anonymous())).isTrue();
		assertThat(granted(rules, HttpMethod.HEAD, "/api/v1/governments/45210/plans/2020/draft", anonymous())).isFalse();
		assertThat(granted(rules, HttpMethod.HEAD, "/admin/users", signedIn(Role.LOCAL_OFFICER))).isFalse();
		assertThat(granted(rules, HttpMethod.GET, "/api/v1/governments", anonymous())).isTrue();
		assertThat(granted(rules, HttpMethod.GET, "/admin/users", signedIn(Role.MINISTRY_ADMIN))).isTrue();
		assertThat(granted(rules, HttpMethod.GET, "/admin/users", signedIn(Role.LOCAL_OFFICER))).isFalse();
	}

	private AuthorizationManager<HttpServletRequest> authorizationRules() {
		assertThat(filterChains).hasSize(1);
		for (Filter filter : filterChains.get(0).getFilters()) {
			if (filter instanceof AuthorizationFilter authorization) {
				return authorization.getAuthorizationManager();
			}
		}
		throw new AssertionError("the security filter chain has no AuthorizationFilter");
	}

	/** The error controller answers every method at /error (error dispatches, and "not found" when asked directly). */
	private static boolean isFrameworkErrorPage(HandlerMethod handler) {
		return ErrorController.class.isAssignableFrom(handler.getBeanType());
	}

	private static Set<String> patterns(RequestMappingInfo info) {
		return info.getPathPatternsCondition() != null ? info.getPathPatternsCondition().getPatternValues()
				: info.getPatternValues();
	}

	private static List<HttpMethod> methods(RequestMappingInfo info) {
		Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
		return declared.isEmpty() ? ALL_METHODS : declared.stream().map(RequestMethod::asHttpMethod).toList();
	}

	/** A concrete path for a pattern: a government code, a year, or "1" for each variable. */
	static String samplePath(String pattern) {
		Matcher variables = VARIABLE.matcher(pattern.replace("/**", "/x"));
		StringBuilder path = new StringBuilder();
		while (variables.find()) {
			String name = variables.group(1).toLowerCase();
			String value = name.contains("code") ? "45210" : name.contains("year") ? "2024" : "1";
			variables.appendReplacement(path, value);
		}
		variables.appendTail(path);
		return path.toString();
	}

	private static boolean matchesAny(List<String> endpoints, HttpMethod method, String path) {
		return endpoints.stream().anyMatch(entry -> {
			String[] parts = entry.split(" ", 2);
			PathPattern pattern = PARSER.parse(parts[1]);
			return parts[0].equals(method.name()) && pattern.matches(PathContainer.parsePath(path));
		});
	}

	private static boolean granted(AuthorizationManager<HttpServletRequest> rules,
			HttpMethod method, String path, Authentication authentication) {
		MockHttpServletRequest request = new MockHttpServletRequest(method.name(), path);
		Supplier<Authentication> who = () -> authentication;
		AuthorizationResult result = rules.authorize(who, request);
		return result != null && result.isGranted();
	}

	private static Authentication anonymous() {
		return new AnonymousAuthenticationToken("guard", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
	}

	private static Authentication signedIn(Role role) {
		JobgoalPrincipal principal = new JobgoalPrincipal(new CurrentUser(1, "guard", "guard", role, 1L), null, true,
				false);
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}
}
