package kr.jobgoal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base for tests that use the running app in a real browser: Debian's Chromium driven by Playwright, one
 * browser per test class and a fresh context (no cookies, Korean browser, 1280×900) per test in
 * {@link #page}. Whatever a test does, the test fails afterwards if a page asked for anything outside this
 * app (such requests are blocked), if a style sheet, script, font or image failed to load, if a
 * script threw, or if the Content-Security-Policy refused anything (an inline script or style, an eval, a
 * source it does not allow). {@link #assertNoAccessibilityViolations(Page)} runs axe-core for WCAG 2.1 A and AA
 * and its best practices.
 */
public abstract class BrowserTest extends HttpTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	/** WCAG 2.1 A and AA and axe-core's best practices (landmarks: "region"; "scrollable-region-focusable"). */
	private static final List<String> WCAG_21_AA_AND_BEST_PRACTICES = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
			"best-practice");

	private static final Set<String> SUBRESOURCES = Set.of("stylesheet", "script", "font", "image");

	private static final String CSP_VIOLATION = "Content-Security-Policy refused ";

	/** Runs before any script of a page; the browser's own console message alone may come after the test. */
	private static final String REPORT_CSP_VIOLATIONS = "document.addEventListener('securitypolicyviolation', e => "
			+ "console.error('" + CSP_VIOLATION + "' + (e.blockedURI || 'inline') + ' by ' + e.effectiveDirective"
			+ " + ' at ' + e.sourceFile + ':' + e.lineNumber));";

	private static Playwright playwright;

	private static Browser browser;

	/** The current test's browser context; use it for cookies or to open another page. */
	protected BrowserContext context;

	/** The current test's page, empty until a test navigates. */
	protected Page page;

	private final List<String> problems = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void launchBrowser() {
		if (!Files.isExecutable(CHROMIUM)) {
			fail(CHROMIUM + " is missing: install it with `apt-get install -y chromium fonts-nanum` (see .ci/run)");
		}
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openPage() {
		problems.clear();
		context = newContext(new Browser.NewContextOptions().setLocale("ko-KR").setViewportSize(1280, 900));
		page = context.newPage();
	}

	@AfterEach
	void closePageAndCheckItsLoads() {
		// nothing may still be loading when the context closes: a request routed during the close fails it
		context.pages().forEach(open -> open.waitForLoadState(LoadState.NETWORKIDLE));
		context.close();
		assertThat(problems).as("requests outside the app, missing resources or script errors").isEmpty();
	}

	/**
	 * A further browser context with other options (a phone's viewport, JavaScript off), watched like the
	 * default one; close it when done.
	 */
	protected BrowserContext newContext(Browser.NewContextOptions options) {
		BrowserContext created = browser.newContext(options);
		created.route("**/*", route -> {
			String host = URI.create(route.request().url()).getHost();
			if ("localhost".equals(host) || "127.0.0.1".equals(host)) {
				route.resume();
			}
			else {
				problems.add("request left the app: " + route.request().url());
				route.abort();
			}
		});
		created.addInitScript(REPORT_CSP_VIOLATIONS);
		created.onPage(opened -> {
			opened.onPageError(error -> problems.add("script error on " + opened.url() + ": " + error));
			opened.onConsoleMessage(message -> {
				if (message.text().startsWith(CSP_VIOLATION)) {
					problems.add(message.text() + " on " + opened.url());
				}
			});
			opened.onResponse(response -> {
				if (response.status() >= 400 && SUBRESOURCES.contains(response.request().resourceType())) {
					problems.add(response.status() + " for " + response.url());
				}
			});
		});
		return created;
	}

	/**
	 * The problems recorded so far (see the class comment), which no longer fail the test: for a test that causes
	 * one on purpose, to see that it is caught.
	 */
	protected List<String> takeProblems() {
		List<String> taken = List.copyOf(problems);
		problems.clear();
		return taken;
	}

	/** Opens a path of the app in {@link #page}. */
	protected Page open(String path) {
		page.navigate(url(path));
		return page;
	}

	/** Signs in through the login form in {@link #page} and waits until it has left the login page. */
	protected void signIn(String username, String password) {
		open("/login");
		page.locator("#username").fill(username);
		page.locator("#password").fill(password);
		page.locator("form.login-form button[type=submit]").click();
		page.waitForURL(url -> !url.contains("/login"));
	}

	/**
	 * Fails, listing each violated rule with the elements concerned, unless axe-core finds no WCAG 2.0/2.1 level
	 * A or AA violation and no breach of its best practices (every content inside a landmark, scrollable regions
	 * reachable by keyboard, one main landmark, heading order…) on the page as it is now.
	 */
	protected static void assertNoAccessibilityViolations(Page page) {
		assertNoViolations(page, WCAG_21_AA_AND_BEST_PRACTICES);
	}

	private static void assertNoViolations(Page page, List<String> tags) {
		AxeResults results = new AxeBuilder(page).withTags(tags).analyze();
		if (results.getError() != null || results.getErrorMessage() != null) {
			fail("axe-core could not check " + page.url() + ": " + results.getErrorMessage());
		}
		List<Rule> violations = results.getViolations();
		if (!violations.isEmpty()) {
			fail(violations.size() + " accessibility violation(s) on " + page.url() + ":\n"
					+ violations.stream().map(BrowserTest::describe).collect(Collectors.joining("\n")));
		}
	}

	private static String describe(Rule rule) {
		StringBuilder text = new StringBuilder("- ").append(rule.getId())
			.append(" (").append(rule.getImpact()).append("): ").append(rule.getHelp())
			.append(" ").append(rule.getHelpUrl());
		for (CheckedNode node : rule.getNodes()) {
			text.append("\n    at ").append(node.getTarget()).append(": ").append(node.getHtml());
			if (node.getFailureSummary() != null) {
				text.append("\n      ").append(node.getFailureSummary().replace("\n", "\n      "));
			}
		}
		return text.toString();
	}
}
