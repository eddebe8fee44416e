package kr.jobgoal.site.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The policies every Korean government site publishes: 개인정보처리방침 and 저작권정책 (public, cached pages). */
@Controller
class SitePolicyController {

	static final String PRIVACY = "/privacy";

	static final String COPYRIGHT = "/copyright";

	@GetMapping(PRIVACY)
	String privacy() {
		return "site/privacy";
	}

	@GetMapping(COPYRIGHT)
	String copyright() {
		return "site/copyright";
	}
}
