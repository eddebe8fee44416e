package kr.jobgoal.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kr.jobgoal.site.api.PublicUrl;
import kr.jobgoal.site.request.TrustedProxies;
import org.junit.jupiter.api.Test;

/** What JOBGOAL_TRUSTED_PROXIES and JOBGOAL_PUBLIC_URL accept, and what the OpenAPI server becomes. */
class ProxySettingsTests {

	@Test
	void trustedProxiesAreAddressesOrCidrRangesAndABareAddressIsARangeOfOne() {
		assertThat(TrustedProxies.parse("")).isEmpty();
		assertThat(TrustedProxies.parse(" 10.0.0.5 , 192.168.0.0/16,fd00::/8, ::1"))
			.containsExactly("10.0.0.5/32", "192.168.0.0/16", "fd00::/8", "::1/128");
	}

	@Test
	void anythingElseStopsTheStartWithTheEntryNamed() {
		// a host name would be trusted as whatever DNS says; a regular expression is what Tomcat would make of it
		for (String wrong : new String[] { "proxy.example", "10\\.0\\..*", "10.0.0.0/33", "10.0.0/8", "1.2", "::1/129",
				"10.0.0.1/x" }) {
			assertThatThrownBy(() -> TrustedProxies.parse(wrong)).as(wrong)
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("JOBGOAL_TRUSTED_PROXIES")
				.hasMessageContaining(wrong);
		}
	}

	@Test
	void thePublicUrlIsTheOpenApiServerAndWithoutOneTheServerIsRelative() {
		assertThat(new PublicUrl("https://jobgoal.example.kr/").customize("http://evil.example", null))
			.isEqualTo("https://jobgoal.example.kr");
		assertThat(new PublicUrl("").customize("http://evil.example", null)).isEqualTo("/");
	}

	@Test
	void aPublicUrlMustBeAPlainHttpAddress() {
		for (String wrong : new String[] { "jobgoal.example.kr", "ftp://jobgoal.example.kr", "https://a@jobgoal.example.kr",
				"https://jobgoal.example.kr/?x=1", "https://jobgoal.example.kr/#top", "https:///path" }) {
			assertThatThrownBy(() -> PublicUrl.parse(wrong)).as(wrong)
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("JOBGOAL_PUBLIC_URL");
		}
	}
}
