package kr.jobgoal.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import kr.jobgoal.identity.account.UserAdministration;
import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrator's identity pages in a real browser: they render, work and pass axe-core. */
class AdminPagesBrowserTests extends BrowserTest {

	@Autowired
	UserAdministration administration;

	@Test
	void theAuditChainVerificationIsReachableFromTheAuditLogAndAccessible() {
		signIn("admin", ApiTokens.DEMO_PASSWORD);
		open("/admin/audit");
		page.locator("a[href='/admin/audit/chain']").click();
		assertThat(page.locator("h1")).hasText("감사 기록 검증");
		assertThat(page.locator("#chain-result")).containsText("이상 없음");
		assertNoAccessibilityViolations(page);
	}

	@Test
	void aResetUserSignsInWithTheOneTimePasswordAndMustChooseTheirOwnFirst() {
		TestUsers.Created user = TestUsers.create(administration, Role.LOCAL_OFFICER, "45210");
		signIn("admin", ApiTokens.DEMO_PASSWORD);
		open("/admin/users");
		page.locator("a[href='/admin/users/" + user.username() + "']").click();
		assertThat(page.locator("h1")).containsText(user.username());
		assertNoAccessibilityViolations(page);
		page.locator("form[action$='/password-reset'] button[type=submit]").click();
		assertThat(page.locator("h1")).hasText("일회용 비밀번호");
		assertNoAccessibilityViolations(page);
		String oneTime = page.locator("#one-time-password").textContent().strip();
		// the user, in a browser of their own
		context.clearCookies();
		signIn(user.username(), oneTime);
		assertThat(page).hasURL(Pattern.compile(".*/account/password$"));
		assertThat(page.locator("#must-change")).containsText("관리자가 비밀번호를 초기화했습니다.");
		assertNoAccessibilityViolations(page);
		open("/governments");
		assertThat(page).hasURL(Pattern.compile(".*/account/password$"));

		page.locator("#currentPassword").fill(oneTime);
		page.locator("#newPassword").fill("Chosen-password-2026");
		page.locator("#confirmation").fill("Chosen-password-2027");
		page.locator("form.password-form button[type=submit]").click();
		assertThat(page.locator("#confirmation-error")).isVisible();
		assertNoAccessibilityViolations(page);
		page.locator("#currentPassword").fill(oneTime);
		page.locator("#newPassword").fill("Chosen-password-2026");
		page.locator("#confirmation").fill("Chosen-password-2026");
		page.locator("form.password-form button[type=submit]").click();
		assertThat(page.locator("#password-changed")).isVisible();
		open("/governments");
		assertThat(page).hasURL(Pattern.compile(".*/governments$"));
	}
}
